// What understanding costs: start-up time and memory of the layer (with and without the topic
// classifier), and time per message (p50, p99) over every tuning line.
// `node --expose-gc --import tsx test/understanding/cost.ts`
import { SUPPORTED_LANGUAGES } from '../../src/config.js';
import { createTranslator } from '../../src/i18n.js';
import { createKnowledge } from '../../src/knowledge/knowledge.js';
import { contentExamples, shippedExamples } from '../../src/understanding/topic-examples.js';
import { Understanding } from '../../src/understanding/understanding.js';
import { readSet, setFiles, TUNE_NOW } from './score.js';
import { parseNow } from '../../src/understanding/batch.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = () => (gc(), process.memoryUsage().heapUsed / 1e6);
const translator = await createTranslator({ languages: SUPPORTED_LANGUAGES, defaultLanguage: 'fr' });
const knowledge = createKnowledge({ contentPack: 'france', directoryFile: undefined, languages: [...SUPPORTED_LANGUAGES], timeZone: 'Europe/Paris' }, translator);
const topics = knowledge.content.all('fr').map((t) => t.id);
const deps = { translator, index: knowledge.router, emergencies: knowledge.emergencies, topics, timeZone: 'Europe/Paris' };
const build = (withClassifier: boolean) => {
  const before = heap();
  const started = performance.now();
  const examples = withClassifier ? [...contentExamples(knowledge.content, SUPPORTED_LANGUAGES), ...shippedExamples()] : [];
  const understanding = new Understanding({ ...deps, examples });
  const ms = performance.now() - started;
  return { understanding, ms, mb: heap() - before };
};
const bare = build(false);
const full = build(true);
console.log(`start-up: ${bare.ms.toFixed(0)} ms without the classifier, ${full.ms.toFixed(0)} ms with it; memory ${bare.mb.toFixed(1)} MB / ${full.mb.toFixed(1)} MB`);
const lines = setFiles(false).concat(setFiles(true)).flatMap((f) => readSet(f));
const now = parseNow(TUNE_NOW, 'Europe/Paris');
for (const [label, u] of [['without', bare.understanding], ['with', full.understanding]] as const) {
  for (const l of lines) u.topics(l.text, l.lang); // warm-up
  const times: number[] = [];
  for (const l of lines) {
    const started = performance.now();
    u.language(l.text);
    if (l.task === 'seats') u.seats(l.text, l.lang);
    else if (l.task === 'when') u.when(l.text, l.lang, now);
    else u.topics(l.text, l.lang);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);
  console.log(`per message ${label} the classifier (${times.length} lines, language + task): p50 ${at(50)} ms, p99 ${at(99)} ms`);
}
console.log(`load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
