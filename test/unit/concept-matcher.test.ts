// The concept matcher's readings of residents' spellings: Arabizi by its consonants, colloquial Turkish -yo.
import { describe, expect, it } from 'vitest';
import { arabiziSkeleton, ConceptMatcher, wordForms } from '../../src/understanding/concepts.js';

describe('concept matcher', () => {
  it('gives darija spellings that differ only in vowels, 7/h, kh/5 or doubled letters one skeleton', () => {
    expect(new Set(['ri7t', 'rihet', 'ri7et'].map(arabiziSkeleton)).size).toBe(1);
    expect(new Set(['dkhan', 'd5an', 'dokhane', 'ddokhan'].map(arabiziSkeleton)).size).toBe(1);
    expect(new Set(['kayjawebch', 'kayjawbch'].map(arabiziSkeleton)).size).toBe(1);
    expect(arabiziSkeleton('dkhan')).not.toBe(arabiziSkeleton('drbni'));
  });

  it('respells unknown darija words the lexicon way, and leaves other words alone', () => {
    const matcher = new ConceptMatcher({ smell: 'ri7t', smoke: 'd5an', calm: 'ma_kayjawebch' });
    expect(matcher.respell(['rihet', 'dokhane', 'kayjawbch', 'the', 'house'])).toEqual(['ri7t', 'd5an', 'kayjawebch', 'the', 'house']);
    expect([...matcher.find([['ma', 'kayjawbch']]).keys()]).toEqual([]);
    expect([...matcher.find([matcher.respell(['ma', 'kayjawbch'])]).keys()]).toEqual(['calm']);
  });

  it('reads colloquial Turkish present tense without its r', () => {
    expect(wordForms('kokuyo')).toContain('kokuyor');
    expect(wordForms('cikamiyoz')).toContain('cikamiyoruz');
    expect(wordForms('yo')).toEqual(['yo']);
  });
});
