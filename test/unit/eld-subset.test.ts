// The cut n-gram database (scripts/eld-subset.mjs) must read the six languages exactly as eld's full 'medium' one.
import { join } from 'node:path';
import { eld as fullEld } from 'eld/medium';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/config.js';
import { createSubsetEld } from '../../src/understanding/eld-subset.js';
import { readSet } from '../fixtures/understanding/score.js';

const tuneDir = join(import.meta.dirname, '..', 'fixtures', 'understanding', 'tune');
const texts = readSet(tuneDir).map((line) => line.text);

describe('the six-language eld database', () => {
  it('gives the language, the scores and the reliability the full database gives for every tuning message', () => {
    fullEld.setLanguageSubset([...SUPPORTED_LANGUAGES]);
    const cut = createSubsetEld();
    cut.setLanguageSubset([...SUPPORTED_LANGUAGES]);
    expect(texts.length).toBeGreaterThan(500);
    const differences = texts.filter((text) => {
      const [full, subset] = [fullEld.detect(text), cut.detect(text)];
      return full.language !== subset.language || full.isReliable() !== subset.isReliable() || JSON.stringify(full.getScores()) !== JSON.stringify(subset.getScores());
    });
    expect(differences).toEqual([]);
  });

  it('is found and loaded with no language outside the six', () => {
    const cut = createSubsetEld();
    expect(cut.detect('bonjour, je voudrais payer mon loyer en retard').language).toBe('fr');
    expect(cut.detect('merhaba, kiramı ödeyemiyorum bu ay').language).toBe('tr');
    expect(Object.keys(cut.detect('good morning, my heating does not work').getScores()).every((lng) => (SUPPORTED_LANGUAGES as readonly string[]).includes(lng))).toBe(true);
  });
});
