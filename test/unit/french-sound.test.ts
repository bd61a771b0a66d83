// French written by ear, read as the content's words by sound.
import { describe, expect, it } from 'vitest';
import { FrenchSpeller, frenchKey } from '../../src/understanding/french-sound.js';

const content = [
  'attestation d assurance habitation pour votre appartement',
  'les charges locatives et la regularisation',
  'le prelevement du loyer et les dettes',
  'un papier du bailleur et l huissier',
].map((t) => t.split(' '));

describe('French by sound', () => {
  const speller = new FrenchSpeller(content);

  it('gives the same key to spellings that sound the same', () => {
    expect(frenchKey('asurence')).toBe(frenchKey('assurance'));
    expect(frenchKey('charje')).toBe(frenchKey('charges'));
    expect(frenchKey('papie')).toBe(frenchKey('papier'));
    expect(frenchKey('prelevemen')).toBe(frenchKey('prelevement'));
  });

  it('mends a word the content does not know, and takes a glued article off', () => {
    expect(speller.mend('asurence')).toBe('assurance');
    expect(speller.mend('lasurance')).toBe('assurance');
    expect(speller.mend('dasurence')).toBe('assurance');
    expect(speller.mend('huisie')).toBe('huissier');
    expect(speller.mend('detes')).toBe('dettes');
  });

  it('leaves known words, short words and words that sound like nothing known', () => {
    expect(speller.mend('charges')).toBeUndefined();
    expect(speller.mend('veut')).toBeUndefined();
    expect(speller.mend('football')).toBeUndefined();
  });
});
