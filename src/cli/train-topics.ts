// Run by `npm run build` once the code is compiled: trains the topic classifier on the content pack and languages
// of the environment (.env) and writes what it learned next to the built understanding layer (topic-model.ts).
import '../load-env.js';
import { loadConfig } from '../config.js';
import { createTranslator } from '../i18n.js';
import { loadPackManifest, ProcedureContent } from '../knowledge/content.js';
import { EmergencyDetector } from '../knowledge/emergency.js';
import { packsDir, topicTraining } from '../knowledge/knowledge.js';
import { QuestionRouter } from '../knowledge/router.js';
import { TOPIC_MODEL_FILE, topicFingerprint, writeTopicModel } from '../understanding/topic-model.js';
import { Understanding } from '../understanding/understanding.js';

// Only what shapes the training is read from the environment; the rest (production checks) does not matter here.
const { CONTENT_PACK, LANGUAGES, DEFAULT_LANGUAGE } = process.env;
const config = loadConfig({ CONTENT_PACK, LANGUAGES, DEFAULT_LANGUAGE });
const translator = await createTranslator({ languages: config.languages, defaultLanguage: config.defaultLanguage, contentPack: config.contentPack });
const content = new ProcedureContent(loadPackManifest(config.contentPack, packsDir), translator);
const topics = content.all(translator.defaultLanguage).map((t) => t.id);
const { examples, frenchVocabulary } = topicTraining(content, config.languages, topics);
// The same reading of the examples as at start-up: an understanding layer over the same content, not yet trained.
const reader = new Understanding({ translator, index: new QuestionRouter(content, config.languages), emergencies: new EmergencyDetector(translator), topics, timeZone: config.timeZone, frenchVocabulary });
writeTopicModel(reader.topicCounts(examples), topicFingerprint(examples, frenchVocabulary));
console.log(`topic model: ${examples.length} examples (${config.contentPack}, ${config.languages.join(' ')}) → ${TOPIC_MODEL_FILE}`);
