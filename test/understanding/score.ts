// Scores the understanding layer on our own tuning sets (test/fixtures/understanding/tune), per file.
// `npm exec -- tsx test/understanding/score.ts [--holdout] [--misses]`; the held-back slice is scored only at the end.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/config.js';
import type { Understanding } from '../../src/understanding/understanding.js';
import { answerBatchLine, parseNow } from '../../src/understanding/batch.js';

export const TUNE_DIR = join(import.meta.dirname, '..', 'fixtures', 'understanding', 'tune');
export const TUNE_NOW = '2026-12-03T10:00';

interface Line {
  id: string;
  lang: Language;
  text: string;
  task: 'topic' | 'seats' | 'when';
  expected: unknown;
  calm?: boolean;
  kind?: string;
}

export interface FileScore {
  file: string;
  total: number;
  right: number;
  /** Seats booked wrong without asking; emergencies missed; calm messages that raised an alarm. */
  silentlyWrong: number;
  misses: string[];
}

export function readSet(file: string): Line[] {
  return readFileSync(join(TUNE_DIR, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
}

export function setFiles(holdout: boolean): string[] {
  return readdirSync(TUNE_DIR).filter((f) => f.endsWith('.jsonl') && f.includes('.holdout') === holdout).sort();
}

export function scoreFile(file: string, understanding: Understanding, timeZone = 'Europe/Paris'): FileScore {
  const now = parseNow(TUNE_NOW, timeZone); // every line of our sets says this same now
  const score: FileScore = { file, total: 0, right: 0, silentlyWrong: 0, misses: [] };
  for (const line of readSet(file)) {
    const answer = answerBatchLine(line, understanding, line.lang, now) as Record<string, unknown>;
    let right: boolean;
    if (line.task === 'seats') {
      // As the evaluation scores it: "no count" (null) is right when the bot gives none or asks first.
      right = line.expected === null ? answer.seats === null || answer.confirm === true : answer.seats === line.expected;
      if (!right && answer.seats !== null && !answer.confirm) score.silentlyWrong++;
    } else if (line.task === 'when') {
      const expected = line.expected as { days: unknown; hours: unknown };
      right = JSON.stringify(answer.days) === JSON.stringify(expected.days) && JSON.stringify(answer.hours) === JSON.stringify(expected.hours);
    } else {
      const top = (answer.topics as string[])[0];
      if (line.calm) {
        right = top !== 'emergency';
        if (!right) score.silentlyWrong++;
      } else {
        right = top === line.expected;
        if (line.expected === 'emergency' && !right) score.silentlyWrong++;
      }
    }
    score.total++;
    if (right) score.right++;
    else score.misses.push(`${line.id} ${line.text} → ${JSON.stringify(answer)} (expected ${JSON.stringify(line.expected)})`);
  }
  return score;
}

async function main(): Promise<void> {
  const { createTranslator } = await import('../../src/i18n.js');
  const { createKnowledge } = await import('../../src/knowledge/knowledge.js');
  const { SUPPORTED_LANGUAGES } = await import('../../src/config.js');
  const holdout = process.argv.includes('--holdout');
  const translator = await createTranslator({ languages: SUPPORTED_LANGUAGES, defaultLanguage: 'fr' });
  const knowledge = createKnowledge({ contentPack: 'france', directoryFile: undefined, languages: [...SUPPORTED_LANGUAGES], timeZone: 'Europe/Paris' }, translator);
  let total = 0;
  let right = 0;
  for (const file of setFiles(holdout)) {
    const s = scoreFile(file, knowledge.understanding);
    total += s.total;
    right += s.right;
    console.log(`${file.padEnd(34)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} ${((100 * s.right) / s.total).toFixed(1).padStart(5)} %  silently wrong: ${s.silentlyWrong}`);
    if (process.argv.includes('--misses')) for (const m of s.misses) console.log(`    ${m}`);
  }
  console.log(`all: ${right}/${total} ${((100 * right) / total).toFixed(1)} %`);
}

if (process.argv[1]?.endsWith('score.ts')) void main();
