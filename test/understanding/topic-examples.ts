// The example questions the topic classifier learns from, taken from our tuning sets (never from the
// held-back slices, never from test/): `npm run examples` rewrites src/understanding/lexicon/topic-examples.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_FILE, type TextExample } from '../../src/understanding/topic-examples.js';
import { TUNE_DIR } from './score.js';

interface TuneLine {
  lang: TextExample['lang'];
  text: string;
  task?: string;
  expected: unknown;
}

/**
 * Topic lines of every tuning file but the held-back slices and the emergency sets (their calm lines are
 * near-misses, not topic examples), as examples; none and emergency left out.
 */
export function tuneExamples(dir = TUNE_DIR): TextExample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !f.includes('.holdout') && !f.includes('emergenc'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as TuneLine))
    .filter((l) => (l.task ?? 'topic') === 'topic' && typeof l.expected === 'string' && l.expected !== 'none' && l.expected !== 'emergency')
    .map((l) => ({ topic: l.expected as string, lang: l.lang, text: l.text }));
}

export function examplesJson(examples: readonly TextExample[]): string {
  return `[\n${examples.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
}

if (process.argv[1]?.endsWith('topic-examples.ts')) {
  const examples = tuneExamples();
  writeFileSync(EXAMPLES_FILE, examplesJson(examples));
  console.log(`${examples.length} examples written to ${EXAMPLES_FILE}`);
}
