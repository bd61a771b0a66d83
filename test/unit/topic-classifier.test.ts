// The topic classifier trained at start-up, and the example questions it ships with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_FILE, shippedExamples } from '../../src/understanding/topic-examples.js';
import { TopicClassifier, topicFeatures } from '../../src/understanding/topic-classifier.js';
import { examplesJson, tuneExamples } from '../understanding/topic-examples.js';
import { setFiles, readSet } from '../understanding/score.js';

const words = (s: string) => s.split(' ');

describe('topic classifier', () => {
  const classifier = new TopicClassifier([
    { topic: 'insurance', words: words('assurance habitation attestation d assurance') },
    { topic: 'insurance', words: words('home insurance certificate') },
    { topic: 'rent', words: words('payer le loyer par prelevement') },
    { topic: 'rent', words: words('pay the rent by direct debit') },
  ]);

  it('recognises a word it only saw with another ending or a typo, through its letter n-grams', () => {
    const probabilities = classifier.classify(words('mon assurence habitations'));
    expect(probabilities.get('insurance')!).toBeGreaterThan(probabilities.get('rent')!);
    expect(classifier.classify(words('prelevements du loyers')).get('rent')!).toBeGreaterThan(0.5);
  });

  it('says nothing about a message with no word it knows', () => {
    expect(classifier.classify(words('zzz qqq')).size).toBe(0);
  });

  it('ignores stop words and numbers', () => {
    expect([...topicFeatures(words('le 12 de'))]).toEqual([]);
    expect(topicFeatures(words('loyer')).has('w:loyer')).toBe(true);
  });
});

describe('shipped example questions', () => {
  it('are exactly the tuning topic lines (run `npm run examples` after changing tune/)', () => {
    expect(readFileSync(EXAMPLES_FILE, 'utf8')).toBe(examplesJson(tuneExamples()));
  });

  it('never contain a held-back line', () => {
    const held = new Set(setFiles(true).flatMap((f) => readSet(f).map((l) => l.text)));
    expect(shippedExamples().filter((e) => held.has(e.text))).toEqual([]);
  });
});
