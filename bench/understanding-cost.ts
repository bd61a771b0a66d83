// The understanding layer alone, in this process: memory it adds and the time to understand one message
// (language, then topic or emergency, as every turn does), over the tuning set's messages.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Language } from '../src/config.js';
import { createTranslator } from '../src/i18n.js';
import { createKnowledge } from '../src/knowledge/knowledge.js';
import { readSet } from '../test/fixtures/understanding/score.js';

export interface UnderstandingCost {
  messages: number;
  p50Ms: number;
  p99Ms: number;
  /** Heap and resident memory added by building the content index and the understanding layer, in MB. */
  heapMb: number;
  rssMb: number;
}

const tuneDir = fileURLToPath(new URL('../test/fixtures/understanding/tune/', import.meta.url));

// A forced collection before each memory reading, so the figure is what stays, not what was freed meanwhile.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function measureUnderstanding(rounds = 5): Promise<UnderstandingCost> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const translator = await createTranslator({ languages: config.languages, defaultLanguage: config.defaultLanguage, contentPack: config.contentPack });
  const messages = readSet(tuneDir);
  gc();
  const before = process.memoryUsage();
  const { understanding } = createKnowledge(config, translator);
  // Whatever is built lazily is built by the first pass, which is not timed.
  // As a turn does: the language guessed once, then the message read in the line's language (or the guess).
  const understandOne = (text: string, lang?: string) => {
    const guessed = understanding.language(text).language;
    return understanding.understand(text, (lang as Language | undefined) ?? guessed ?? config.defaultLanguage);
  };
  for (const m of messages) understandOne(m.text, m.lang);
  gc();
  const after = process.memoryUsage();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const m of messages) {
      const start = performance.now();
      understandOne(m.text, m.lang);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 1000) / 1000;
  return { messages: messages.length, p50Ms: at(0.5), p99Ms: at(0.99), heapMb: mb(after.heapUsed - before.heapUsed), rssMb: mb(after.rss - before.rss) };
}
