// Darija negation and Arabic light stemming, as topic routing reads them.
import { describe, expect, it } from 'vitest';
import { canonicalWords, darijaNegation } from '../../src/understanding/normalize.js';
import { arabicStem } from '../../src/understanding/topic-classifier.js';

describe('darija negation', () => {
  it('reads ما…ش and ma…ch around a verb as "not" and the verb', () => {
    expect(darijaNegation('خلصتش', 'ما')).toBe('خلصت');
    expect(darijaNegation('ماخلصتش', undefined)).toBe('خلصت');
    expect(darijaNegation('khalastch', 'ma')).toBe('khalast');
    expect(canonicalWords('ما خلصتش الكرا', { darija: true, french: true })).toEqual(['ما', 'pas', 'payer', 'loyer']);
    expect(canonicalWords('makhalastch lkra', { darija: true, french: true })).toEqual(['pas', 'payer', 'loyer']);
  });

  it('leaves a word that only ends like a negation', () => {
    expect(darijaNegation('فراش', undefined)).toBeUndefined();
    expect(canonicalWords('on cherche un match', { darija: true, french: true })).toEqual(['on', 'cherche', 'un', 'match']);
  });
});

describe('Arabic light stemming', () => {
  it('takes off joined "the", "and", "with" and endings of possession and plural', () => {
    expect(arabicStem('بالكراء')).toBe('كراء');
    expect(arabicStem('والشركه')).toBe('شركه');
    expect(arabicStem('داري')).toBe('دار');
    expect(arabicStem('الجيران')).toBe('جيران');
  });
});
