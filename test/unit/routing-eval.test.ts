// The question router against our evaluation set: at least 90 % top-1 overall, 85 % per language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { topicsFor } from '../../src/cli/ask.js';
import type { Language } from '../../src/config.js';
import { createKnowledge, type Knowledge } from '../../src/knowledge/knowledge.js';
import { projectRoot } from '../../src/paths.js';
import { realTranslator, testConfig } from '../helpers/setup.js';

interface Question {
  id: string;
  lang: Language;
  text: string;
  expected: string;
}

const questions: Question[] = readFileSync(join(projectRoot, 'test/fixtures/questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Question);

describe('question routing evaluation', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = createKnowledge(testConfig('/tmp/unused'), await realTranslator());
  });

  it('has a realistic set: at least 150 questions over the six languages', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(questions.map((q) => q.lang))).toEqual(new Set(['fr', 'en', 'ar', 'es', 'pt', 'tr']));
  });

  it('puts the right topic first for at least 90 % overall and 85 % in each language', () => {
    const perLanguage = new Map<Language, { total: number; right: number }>();
    for (const q of questions) {
      const entry = perLanguage.get(q.lang) ?? { total: 0, right: 0 };
      entry.total++;
      if (topicsFor(knowledge, q.text, q.lang)[0] === q.expected) entry.right++;
      perLanguage.set(q.lang, entry);
    }
    const rates = Object.fromEntries([...perLanguage].map(([lng, { total, right }]) => [lng, right / total]));
    const overall = [...perLanguage.values()].reduce((s, e) => s + e.right, 0) / questions.length;
    console.log(`routing top-1: overall ${(overall * 100).toFixed(1)} %`, Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, `${(v * 100).toFixed(1)} %`])));
    expect(overall).toBeGreaterThanOrEqual(0.9);
    for (const [lng, rate] of Object.entries(rates)) expect(rate, lng).toBeGreaterThanOrEqual(0.85);
  });

  it('answers "none" rather than a wrong topic for questions about something else', () => {
    const offTopic: [Language, string][] = [
      ['fr', 'est-ce que je peux installer une antenne parabolique sur le balcon de mon cousin'],
      ['fr', 'qui a gagné le match hier soir'],
      ['en', 'can you recommend a good pizza place'],
      ['en', 'my cat is sick what should i do'],
      ['pt', 'qual é a capital da Austrália'],
      ['tr', 'çocuğuma okul arıyorum'],
    ];
    for (const [lng, text] of offTopic) expect(topicsFor(knowledge, text, lng), text).toEqual(['none']);
  });
});
