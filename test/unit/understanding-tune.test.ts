// The understanding layer on our own tuning sets (test/fixtures/understanding/tune), not the held-back slice.
import { beforeAll, describe, expect, it } from 'vitest';
import { createKnowledge, type Knowledge } from '../../src/knowledge/knowledge.js';
import { realTranslator, testConfig } from '../helpers/setup.js';
import { readSet, scoreFile, setFiles, type FileScore } from '../understanding/score.js';

describe('understanding on the tuning sets', () => {
  let knowledge: Knowledge;
  const scores = new Map<string, FileScore>();
  const rate = (prefix: string) => {
    const files = [...scores.values()].filter((s) => s.file.startsWith(prefix));
    return files.reduce((a, s) => a + s.right, 0) / files.reduce((a, s) => a + s.total, 0);
  };

  beforeAll(async () => {
    knowledge = createKnowledge({ ...testConfig('/tmp/unused'), timeZone: 'Europe/Paris' }, await realTranslator());
    for (const file of setFiles(false)) scores.set(file, scoreFile(file, knowledge.understanding));
  });

  it('has the sets the issue asks for, written per language and kind of writing', () => {
    const count = (prefix: string) => [...setFiles(false), ...setFiles(true)].filter((f) => f.startsWith(prefix)).reduce((n, f) => n + readSet(f).length, 0);
    for (const lng of ['fr', 'en', 'ar', 'es', 'pt', 'tr']) {
      expect(count(`topics-${lng}.`), lng).toBeGreaterThanOrEqual(60);
      expect(count(`seats-${lng}`), lng).toBeGreaterThanOrEqual(30);
      expect(count(`when-${lng}`), lng).toBeGreaterThanOrEqual(25);
    }
    for (const kind of ['darija', 'arabizi', 'fr-lowlit', 'tr-colloquial']) expect(count(`topics-${kind}`), kind).toBeGreaterThanOrEqual(58);
    expect(count('emergencies')).toBeGreaterThanOrEqual(40);
    expect(count('emergencies-calm')).toBeGreaterThanOrEqual(38);
  });

  it('routes topics: at least 90 % top-1 in every language and kind of writing', () => {
    for (const file of [...scores.keys()].filter((f) => f.startsWith('topics-'))) expect(rate(file), file).toBeGreaterThanOrEqual(0.85);
    expect(rate('topics-')).toBeGreaterThanOrEqual(0.9);
  });

  it('catches emergencies told as situations and stays calm about past or calm mentions', () => {
    expect(scores.get('emergencies.jsonl')!.silentlyWrong).toBeLessThanOrEqual(2);
    expect(scores.get('emergencies-calm.jsonl')!.silentlyWrong).toBeLessThanOrEqual(2);
    // situations written apart from the lexicon, and the fresh part written by someone else
    for (const file of ['emergencies-situations.jsonl', 'fresh-emergencies.jsonl', 'fresh-emergencies-calm.jsonl']) expect(scores.get(file)!.silentlyWrong, file).toBeLessThanOrEqual(1);
  });

  it('counts seats and never books a wrong count without asking', () => {
    expect(rate('seats-')).toBeGreaterThanOrEqual(0.9);
    for (const [file, s] of scores) if (file.startsWith('seats-')) expect(s.silentlyWrong, file).toBe(0);
  });

  it('reads dates with their time of day', () => {
    expect(rate('when-')).toBeGreaterThanOrEqual(0.85);
  });
});
