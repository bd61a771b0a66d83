// Finds lexicon concepts in a message's words: compiled once into look-up tables, a few map reads per word.
import { foldText } from '../text.js';

/** One word of an entry: exact, or (written with a trailing *) a prefix of at least three letters. */
interface Part {
  word: string;
  prefix: boolean;
}

interface Compiled<C extends string> {
  concept: C;
  parts: Part[];
}

/** Words between two words of a phrase, at most. */
const GAP = 2;
/** Arabic "and", "so", "with", "for", "like" and "the" joined to a word; darija's present marker كي / كا. */
const ARABIC_CLITIC = /^[وفبلك](?=[\u0600-\u06ff]{3,})/;
const ARABIC_ARTICLE = /^ال(?=[\u0600-\u06ff]{2,})/;
const DARIJA_PRESENT = /^(?:كي|كا|كت|تي|تا)(?=[\u0600-\u06ff]{3,})/;
/** Arabizi written with the article or a preposition joined: "lgaz", "flcuisine", "bzaf" stays. */
const ARABIZI_CLITIC = /^(?:fl|f|l|el|b|w)(?=[a-z0-9]{3,}$)/;

/** The forms a word may be read as: itself and, in Arabic, without its clitics and present marker. */
export function wordForms(word: string): string[] {
  const forms = [word];
  if (/[\u0600-\u06ff]/.test(word)) {
    // Each step's form is kept: "فالأخبار" is read as itself, "الأخبار" and "أخبار".
    let w = word;
    // "للأولاد" is ل with ال, the alef dropped: read as "الأولاد".
    if (/^لل[\u0600-\u06ff]{2,}/.test(w)) forms.push((w = `ا${w.slice(1)}`));
    for (const strip of [ARABIC_CLITIC, ARABIC_ARTICLE, DARIJA_PRESENT]) {
      const next = w.replace(strip, '');
      if (next !== w) forms.push((w = next));
    }
  } else {
    if (/\d/.test(word) || /^(?:l|fl)[bcdfghjklmnpqrstvwxz]/.test(word)) {
      const bare = word.replace(ARABIZI_CLITIC, '');
      if (bare !== word) forms.push(bare);
    }
    // Colloquial Turkish drops the r of the present tense: "kokuyo", "geliyoz", "kalkamiyom" are read as "kokuyor", ...
    // The past continuous reads as the present ("dusuyodu", "geliyordu"), and a vowel typed away as both ("kokyor" → "kokuyor", "kokiyor").
    const turkish = /^(.{3,}[iu])yo(r?(?:du|dum|duk|dun)|z|m|n|lar)?$/.exec(word);
    if (turkish) forms.push(`${turkish[1]}yor${({ z: 'uz', m: 'um', n: 'sun', lar: 'lar' } as Record<string, string>)[turkish[2] ?? ''] ?? ''}`);
    const clipped = /^([a-z]{2,}[bcdfghjklmnprstvz])yor?(lar)?$/.exec(word);
    if (clipped) forms.push(`${clipped[1]}uyor${clipped[2] ?? ''}`, `${clipped[1]}iyor${clipped[2] ?? ''}`);
    // Letters typed twice or once alike: "bzzaf", "chffara", "sarrout" are read as "bzaf", "chfara", "sarout".
    const single = word.replace(/([a-z])\1+/g, '$1');
    if (single !== word && single.length >= 3) forms.push(single);
  }
  return forms;
}

/**
 * Darija in Latin letters has no fixed spelling: "ri7t", "rihet"; "dkhan", "d5an", "dokhane"; "kayjawbch",
 * "kayjawebch". Its consonants are steadier than its vowels: 7 and h as one, kh as 5, q as 9, sh as ch,
 * vowels (and y after the first letter) dropped, doubled letters as one.
 */
export function arabiziSkeleton(word: string): string {
  return word
    .replace(/kh/g, '5')
    .replace(/gh/g, '8')
    .replace(/sh/g, 'ch')
    .replace(/ch/g, 'C')
    .replace(/q/g, '9')
    .replace(/7/g, 'h')
    .replace(/2/g, '')
    .replace(/(?!^)y/g, '')
    .replace(/[aeiou]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** A lexicon word is read by its skeleton when it is darija (a 3, 7 or 9 in it) or long enough not to meet another language's word. */
function skeletonOf(word: string): string | undefined {
  if (!/^[a-z0-9]+$/.test(word) || !/[a-z]/.test(word)) return undefined;
  const skeleton = arabiziSkeleton(word);
  const darija = /[2-9]/.test(word);
  return skeleton.length >= (darija ? 3 : 4) ? skeleton : undefined;
}

/** Positions (word indexes) where each concept was found. */
export type Found<C extends string> = Map<C, number[]>;

/**
 * A concept lexicon compiled into an exact-word map and prefix buckets (by first three letters), so a
 * message of n words costs about n × forms look-ups whatever the size of the lexicon.
 */
export class ConceptMatcher<C extends string> {
  private readonly exact = new Map<string, Compiled<C>[]>();
  private readonly prefixes = new Map<string, Compiled<C>[]>();
  /** The lexicon's words by their Arabizi skeleton: a message in Arabizi is also read respelled with them. */
  private readonly skeletons = new Map<string, string>();
  private readonly known = new Set<string>();

  constructor(lexicon: Readonly<Record<C, string>>) {
    for (const concept of Object.keys(lexicon) as C[]) {
      for (const raw of lexicon[concept].split(/\s+/).filter(Boolean)) {
        const parts = raw.split('_').flatMap((part) => {
          const prefix = part.endsWith('*');
          const words = foldText(part.replace(/\*$/, '')).split(' ').filter(Boolean);
          return words.map((word, i) => ({ word, prefix: prefix && i === words.length - 1 && word.length >= 3 }));
        });
        if (parts.length === 0) continue;
        const entry = { concept, parts };
        for (const part of parts.filter((p) => !p.prefix)) {
          this.known.add(part.word);
          const skeleton = skeletonOf(part.word);
          if (skeleton && !this.skeletons.has(skeleton)) this.skeletons.set(skeleton, part.word);
        }
        const first = parts[0]!;
        const table = first.prefix ? this.prefixes : this.exact;
        const key = first.prefix ? first.word.slice(0, 3) : first.word;
        table.set(key, [...(table.get(key) ?? []), entry]);
      }
    }
  }

  /**
   * Darija words in Latin letters respelled the lexicon's way when their skeletons agree ("rihet" →
   * "ri7t", "kayjawbch" → "kayjawebch"); other words as they are.
   */
  respell(words: readonly string[]): string[] {
    return words.map((word) => {
      if (word.length < 4 || this.known.has(word) || !/^[a-z0-9]+$/.test(word)) return word;
      const skeleton = arabiziSkeleton(word);
      return (skeleton.length >= 3 && this.skeletons.get(skeleton)) || word;
    });
  }

  /** Every concept the words say, with where; `views` are several readings of the same message. */
  find(views: readonly (readonly string[])[]): Found<C> {
    const found: Found<C> = new Map();
    const add = (concept: C, i: number) => {
      const at = found.get(concept);
      if (!at) found.set(concept, [i]);
      else if (!at.includes(i)) at.push(i);
    };
    for (const view of views) {
      const forms = view.map(wordForms);
      for (let i = 0; i < forms.length; i++) {
        for (const form of forms[i]!) {
          for (const entries of [this.exact.get(form), this.prefixes.get(form.slice(0, 3))]) {
            for (const entry of entries ?? []) {
              if (!partMatches(form, entry.parts[0]!)) continue;
              if (entry.parts.length > 1 && !restFollows(entry.parts, forms, i)) continue;
              add(entry.concept, i);
            }
          }
        }
      }
    }
    return found;
  }

}

const partMatches = (form: string, part: Part) => (part.prefix ? form.startsWith(part.word) : form === part.word);

/** The entry's other words after position i, in order, each at most GAP words after the one before. */
function restFollows(parts: Part[], forms: string[][], i: number): boolean {
  let at = i;
  for (const part of parts.slice(1)) {
    let next = -1;
    for (let j = at + 1; j <= Math.min(forms.length - 1, at + 1 + GAP); j++) {
      if (forms[j]!.some((f) => partMatches(f, part))) {
        next = j;
        break;
      }
    }
    if (next < 0) return false;
    at = next;
  }
  return true;
}
