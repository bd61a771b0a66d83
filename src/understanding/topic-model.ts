// The topic classifier trained at build time (issue 14: nothing is trained at run time that could be trained
// before): `npm run build` writes what training learned next to the built code, and start-up reads it back
// (milliseconds) instead of training (a quarter of a second of CPU and its garbage). The file is keyed by a
// fingerprint of everything it learned from, so content or examples changed since the build are trained on at
// start-up as before, and it only exists in dist/: run from src/ (tests, tsx), the classifier is always trained.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TopicCounts } from './topic-classifier.js';
import type { TextExample } from './topic-examples.js';

export interface TopicModel extends TopicCounts {
  /** `topicFingerprint` of the examples and French vocabulary it was trained with. */
  fingerprint: string;
}

/** Next to this module: dist/src/understanding/ once built. */
export const TOPIC_MODEL_FILE = fileURLToPath(new URL('topic-model.json', import.meta.url));

/** What a training depends on besides the code: the examples (content and shipped questions) and the French words that mend spellings. */
export function topicFingerprint(examples: readonly TextExample[], frenchVocabulary: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const e of examples) hash.update(`${e.topic}\u0000${e.lang}\u0000${e.weight ?? 1}\u0000${e.text}\u0001`);
  hash.update('\u0002');
  for (const text of frenchVocabulary) hash.update(`${text}\u0001`);
  return hash.digest('hex');
}

/** The counts saved for exactly these inputs, or undefined (no file, or it was trained on something else). */
export function readTopicModel(fingerprint: string, file = TOPIC_MODEL_FILE): TopicCounts | undefined {
  let model: TopicModel;
  try {
    model = JSON.parse(readFileSync(file, 'utf8')) as TopicModel;
  } catch {
    return undefined;
  }
  return model.fingerprint === fingerprint ? model : undefined;
}

export function writeTopicModel(counts: TopicCounts, fingerprint: string, file = TOPIC_MODEL_FILE): void {
  const model: TopicModel = { fingerprint, ...counts };
  writeFileSync(file, JSON.stringify(model));
}
