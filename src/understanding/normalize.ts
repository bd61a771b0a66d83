// Residents' words made comparable: folded text, Arabizi read as darija, phonetic French spellings mended.
import { foldText } from '../text.js';
import { ARABIZI_WORDS } from './lexicon/arabizi.js';
import { PHONETIC_FRENCH } from './lexicon/phonetic-french.js';
import { SMS_SPANISH } from './lexicon/sms-spanish.js';

/** Arabizi digits that stand for Arabic letters, inside a word made of letters ("ri7a", "m3atel", "n9der"). */
const ARABIZI_DIGIT_IN_WORD = /^(?=.*[a-z])(?=.*[2-9])[a-z2-9]+$/;

export { foldText };

/** Folded words of a text, at most `max` of them (a flood of text cannot slow a turn down). */
export function words(text: string, max = 300): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ').slice(0, max).map(withoutArabicAnd) : [];
}

/** Words that start with و as part of the word, not as "and". */
const VAV_WORDS = new Set('وقع وقعت وقعات وقعو واقع واحد واحده وحده وحدي ولاد ولادي ولد ولدي وليدي وصل وقت واش وش والو وزاره وراق ورقه وسط وجه وجع وضع وعد ولا ولات وين'.split(' '));

/** Arabic writes "and" joined to the next word ("وجوج", "ومراتي"): read it apart. */
function withoutArabicAnd(word: string): string {
  return word.length >= 4 && word.startsWith('و') && !VAV_WORDS.has(word) ? word.slice(1) : word;
}

/** True when a folded word is written the Arabizi way: letters with 2, 3, 5, 7 or 9 standing for Arabic letters. */
export function isArabiziWord(word: string): boolean {
  return ARABIZI_DIGIT_IN_WORD.test(word) && !/^\d+(?:h|e|er|eme|st|nd|rd|th|pm|am|ci|ye|de|da|te|ta|den|dan|ten|tan)$/.test(word) && !/^\d/.test(word);
}

/**
 * The words a message says once Arabizi and phonetic spellings are read: "lkra" → "loyer",
 * "ri7a" → "odeur", "pe pa paye" → "peux pas payer". Unknown words stay as they are, so this only
 * ever adds understanding; `spanish` reads Spanish SMS spellings ("xq", "kiero"). `mend` reads a French word written by ear (french-sound.ts). Darija spellings are read only where darija is likely (Arabic, French or an
 * Arabizi message): "bit" or "jar" are English words too.
 */
export function canonicalWords(text: string, options: { darija: boolean; french: boolean; spanish?: boolean; mend?: (word: string) => string | undefined }, max = 300): string[] {
  const out: string[] = [];
  const darija = (w: string) => (options.darija ? ARABIZI_WORDS.get(w) ?? ARABIZI_WORDS.get(w.replace(/^(?:l|el|f|b|w|d)(?=[a-z0-9]{3,})/, '')) : undefined);
  const all = words(text, max);
  all.forEach((word, i) => {
    const negated = options.darija ? darijaNegation(word, all[i - 1]) : undefined;
    const mapped = darija(word) ?? (negated && darija(negated) ? `pas ${darija(negated)}` : undefined) ?? (options.french ? PHONETIC_FRENCH.get(word) ?? options.mend?.(word) : undefined) ?? (options.spanish ? SMS_SPANISH.get(word) : undefined);
    if (mapped) out.push(...mapped.split(' '));
    else out.push(word);
  });
  return out;
}

/**
 * Darija says "not" around the verb: ما خلصتش, ماخلصتش, ma khalastch, makhalastch. The verb without
 * them, when the word is such a negation, else undefined.
 */
export function darijaNegation(word: string, before: string | undefined): string | undefined {
  const arabic = /^(?:ما|م)?([\u0600-\u06ff]{2,})ش$/.exec(word);
  if (arabic && (before === 'ما' || word.startsWith('م'))) {
    const verb = before === 'ما' ? word.slice(0, -1) : arabic[1]!;
    return verb.length >= 2 ? verb : undefined;
  }
  const latin = /^(?:ma)?([a-z0-9]{3,}?)(?:ch|sh)$/.exec(word);
  if (latin && (before === 'ma' || word.startsWith('ma'))) return before === 'ma' ? word.replace(/(?:ch|sh)$/, '') : latin[1]!;
  return undefined;
}
