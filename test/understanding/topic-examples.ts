// The example questions the topic classifier learns from, taken from our tuning sets (never from the
// held-back slices, never from test/): `npm run examples` rewrites src/understanding/lexicon/topic-examples.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_FILE, type TextExample } from '../../src/understanding/topic-examples.js';
import { CALM_CLASS } from '../../src/understanding/topic-classifier.js';
import { TUNE_DIR } from './score.js';

export interface TuneLine {
  lang: TextExample['lang'];
  text: string;
  task?: string;
  expected: unknown;
  calm?: boolean;
}

/**
 * Topic lines of every tuning file but the held-back slices, as examples: emergencies as the classifier's
 * emergency class (a backstop for the rules, never a topic), calm near-misses as its calm class; none left out.
 */
export function tuneExamples(dir = TUNE_DIR): TextExample[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  // Sets written apart sometimes say the very same short thing: never learn a sentence a held-back slice scores.
  const held = new Set(readLines(files.filter((f) => f.includes('.holdout')), dir).map((l) => l.text));
  return tuneLines(files.filter((f) => !f.includes('.holdout')), dir).filter((e) => !held.has(e.text));
}

function readLines(files: readonly string[], dir: string): TuneLine[] {
  return [...files].sort().flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as TuneLine));
}

/** The topic lines of these tuning files as examples (emergency included, none left out, calm near-misses in the calm class). */
export function tuneLines(files: readonly string[], dir = TUNE_DIR): TextExample[] {
  return asExamples(readLines(files, dir));
}

/** Near-misses are fewer than emergencies: counted twice (cross-validated, a few calm alarms fewer). */
const CALM_WEIGHT = 2;

export function asExamples(lines: readonly TuneLine[]): TextExample[] {
  return lines
    .filter((l) => (l.task ?? 'topic') === 'topic' && typeof l.expected === 'string')
    .flatMap((l) => [
      // A near-miss teaches the calm class only: taught to its topic too, it tipped topic lines the other way.
      ...(l.expected === 'none' || l.calm ? [] : [{ topic: l.expected as string, lang: l.lang, text: l.text }]),
      ...(l.calm ? [{ topic: CALM_CLASS, lang: l.lang, text: l.text, weight: CALM_WEIGHT }] : []),
    ]);
}

export function examplesJson(examples: readonly TextExample[]): string {
  return `[\n${examples.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
}

if (process.argv[1]?.endsWith('topic-examples.ts')) {
  const examples = tuneExamples();
  writeFileSync(EXAMPLES_FILE, examplesJson(examples));
  console.log(`${examples.length} examples written to ${EXAMPLES_FILE}`);
}
