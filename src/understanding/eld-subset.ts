// eld's language detector on the n-gram database cut to Palier's six languages (scripts/eld-subset.mjs): the full
// 'medium' database costs about 180 MB of resident memory, this one about 15 MB, with the same scores for the six.
// eld exports no way to load a database from a file in Node (its saveSubset works only in a browser), so its
// detector module is loaded by path; test/unit/eld-subset.test.ts checks it still agrees with 'eld/medium'.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

export interface EldResult {
  language: string;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}

export interface EldDetector {
  detect(text: string): EldResult;
  setLanguageSubset(languages: string[]): unknown;
}

interface EldModule {
  createEld(): { instance: EldDetector; loadData(data: unknown): string };
}

export const ELD_SUBSET_FILE = join(projectRoot, 'src', 'understanding', 'lexicon', 'eld-ngrams.json');

const { createEld } = (await import(new URL('../languageDetector.js', import.meta.resolve('eld')).href)) as EldModule;

let ngrams: unknown;

/** A new detector (its own language subset) over the six languages' n-grams, read once per process. */
export function createSubsetEld(): EldDetector {
  ngrams ??= JSON.parse(readFileSync(ELD_SUBSET_FILE, 'utf8'));
  const { instance, loadData } = createEld();
  if (!loadData(ngrams)) throw new Error(`eld could not load ${ELD_SUBSET_FILE}`);
  return instance;
}
