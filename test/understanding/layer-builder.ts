// The understanding layer over the France content, as the bot builds it, for the measuring scripts
// (crossval.ts, emergency-crossval.ts): each builds many layers that differ only in what they learn from.
import type { UnderstandingDeps } from '../../src/understanding/understanding.js';

export async function layerBuilder() {
  const { createTranslator } = await import('../../src/i18n.js');
  const { createKnowledge } = await import('../../src/knowledge/knowledge.js');
  const { SUPPORTED_LANGUAGES } = await import('../../src/config.js');
  const { Understanding } = await import('../../src/understanding/understanding.js');
  const { contentExamples, frenchTexts } = await import('../../src/understanding/topic-examples.js');
  const translator = await createTranslator({ languages: SUPPORTED_LANGUAGES, defaultLanguage: 'fr' });
  const knowledge = createKnowledge({ contentPack: 'france', directoryFile: undefined, languages: [...SUPPORTED_LANGUAGES], timeZone: 'Europe/Paris' }, translator);
  const shared: UnderstandingDeps = {
    translator,
    index: knowledge.router,
    emergencies: knowledge.emergencies,
    topics: knowledge.content.all('fr').map((t) => t.id),
    timeZone: 'Europe/Paris',
    frenchVocabulary: frenchTexts(knowledge.content),
  };
  return {
    /** The content's own examples (titles, synonyms, questions) in every language. */
    content: contentExamples(knowledge.content, SUPPORTED_LANGUAGES),
    build: (deps: Partial<UnderstandingDeps>) => new Understanding({ ...shared, ...deps }),
  };
}
