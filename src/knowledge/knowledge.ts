// Everything the bot knows about housing procedures, built once at start from config and locales.
import { join } from 'node:path';
import type { Config, Language } from '../config.js';
import type { Translator } from '../i18n.js';
import { projectRoot } from '../paths.js';
import { loadPackManifest, ProcedureContent, type PackManifest } from './content.js';
import { Directory } from './directory.js';
import { EmergencyDetector, type EmergencyKind } from './emergency.js';
import { QuestionRouter } from './router.js';
import { CALM_CLASS, EMERGENCY_CLASS } from '../understanding/topic-classifier.js';
import { contentExamples, frenchTexts, shippedExamples, type TextExample } from '../understanding/topic-examples.js';
import { readTopicModel, topicFingerprint } from '../understanding/topic-model.js';
import { Understanding } from '../understanding/understanding.js';

export interface Knowledge {
  pack: PackManifest;
  content: ProcedureContent;
  directory: Directory;
  emergencies: EmergencyDetector;
  /** The lexical index of the content (one of the scorers the understanding layer fuses). */
  router: QuestionRouter;
  /** A resident's message → language, topic or emergency, choice, seats, dates. */
  understanding: Understanding;
  /** The number ids to show for an emergency, in the pack's order. */
  emergencyNumbers(kind: EmergencyKind): string[];
}

export const packsDir = join(projectRoot, 'src', 'knowledge', 'packs');
export const sampleDirectoryFile = join(projectRoot, 'src', 'knowledge', 'sample-directory.json');

/** What the topic classifier learns from: the content's own words, the shipped example questions on its topics and the emergency examples and their calm near-misses (a backstop, never topics). */
export function topicTraining(content: ProcedureContent, languages: readonly Language[], topics: readonly string[]): { examples: TextExample[]; frenchVocabulary: string[] } {
  return { examples: [...contentExamples(content, languages), ...shippedExamples().filter((e) => topics.includes(e.topic) || e.topic === EMERGENCY_CLASS || e.topic === CALM_CLASS)], frenchVocabulary: frenchTexts(content) };
}

export function createKnowledge(config: Pick<Config, 'contentPack' | 'directoryFile' | 'languages'> & Partial<Pick<Config, 'timeZone'>>, translator: Translator): Knowledge {
  const pack = loadPackManifest(config.contentPack, packsDir);
  const content = new ProcedureContent(pack, translator);
  const emergencies = new EmergencyDetector(translator);
  const router = new QuestionRouter(content, config.languages);
  const topics = content.all(translator.defaultLanguage).map((t) => t.id);
  const { examples, frenchVocabulary } = topicTraining(content, config.languages, topics);
  // Trained at build time on the same examples (the usual case): read back; otherwise trained here.
  const topicCounts = readTopicModel(topicFingerprint(examples, frenchVocabulary));
  const understanding = new Understanding({ translator, index: router, emergencies, topics, timeZone: config.timeZone ?? 'Europe/Paris', examples, topicCounts, frenchVocabulary });
  return {
    pack,
    content,
    directory: Directory.fromFile(config.directoryFile ?? (pack.sampleDirectory ? join(packsDir, pack.sampleDirectory) : sampleDirectoryFile), !config.directoryFile),
    emergencies,
    router,
    understanding,
    emergencyNumbers: (kind) => pack.emergencies[kind] ?? [],
  };
}
