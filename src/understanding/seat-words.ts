// The people words of lexicon/people.ts compiled once for reading seats: look-up sets and entries per language.
import type { Language } from '../config.js';
import { foldText } from '../text.js';
import { PEOPLE_WORDS, type PeopleWords } from './lexicon/people.js';
import { compileEntries, type Entry, type EntryWord, wordMatches } from './word-match.js';

/** How far a word may differ from an entry: not at all, one typo in entries of 6 letters or more, or the usual rule (from 5). */
export type Typos = 'none' | 'long' | 'usual';

/** One-word entries compiled for quick look-ups: exact words in a set, prefixes apart, typo candidates by length. */
export class WordList {
  private readonly exact = new Set<string>();
  private readonly prefixes: EntryWord[] = [];
  private readonly byLength = new Map<number, EntryWord[]>();

  constructor(readonly entries: Entry[]) {
    for (const e of entries) {
      if (e.length !== 1) continue;
      const part = e[0]!;
      if (part.prefix) this.prefixes.push(part);
      else {
        this.exact.add(part.word);
        this.byLength.set(part.word.length, [...(this.byLength.get(part.word.length) ?? []), part]);
      }
    }
  }

  /** Does a word match an entry (exactly, or as a prefix for "place*"; with typos as asked)? */
  has(word: string | undefined, typos: Typos = 'none'): boolean {
    if (!word) return false;
    if (this.exact.has(word) || this.prefixes.some((p) => word.startsWith(p.word))) return true;
    if (typos === 'none') return false;
    const min = typos === 'long' ? 6 : 0;
    const fuzzy = (p: EntryWord) => p.word.length >= min && mayBeOneTypo(word, p.word) && wordMatches(word, p, true);
    // A typo inside a prefix ("kizlar*") would take other words for it ("kizkardesim"): only the usual rule allows it.
    if (typos === 'usual' && this.prefixes.some(fuzzy)) return true;
    for (let n = word.length - 1; n <= word.length + 1; n++) if (this.byLength.get(n)?.some(fuzzy)) return true;
    return false;
  }
}

/** One typo leaves the first or the last letter in place: a cheap test before the edit distance. */
export function mayBeOneTypo(word: string, entry: string): boolean {
  return word[0] === entry[0] || word.at(-1) === entry.at(-1) || (word.length > entry.length && word[entry.length - 1] === entry.at(-1));
}

/** Does a word match one of these one-word entries (exactly, or as a prefix for "place*"; with typos as asked)? */
export function isOneOf(word: string | undefined, list: WordList, typos: Typos = 'none'): boolean {
  return list.has(word, typos);
}

export interface CompiledPeople {
  /** Number words as written properly: a count said with them may be booked without asking. */
  numbers: Map<string, number>;
  /** Number words spelt by ear or with a typo: read, always said back. */
  soundsLike: Map<string, number>;
  heads: WordList;
  one: WordList;
  many: WordList;
  pairs: WordList;
  triples: WordList;
  self: Set<string>;
  alone: Entry[];
  two: Entry[];
  placeBefore: WordList;
  notPeopleAfter: WordList;
  totalBefore: Entry[];
  corrections: WordList;
  absent: WordList;
  without: WordList;
  clauseBreaks: WordList;
  /** Two-word people nouns ("grand mere", "petits enfants", "grands parents"): counted once. */
  compounds: Map<string, 'one' | 'many' | 'pairs'>;
}

const entries = (list: string) => compileEntries(list, foldText);

/** "un|une deux trois": the position of a slot is its value; "-" is an empty slot. */
function numberSlots(list: string): Map<string, number> {
  const numbers = new Map<string, number>();
  list.split(' ').forEach((slot, i) =>
    slot
      .split('|')
      .filter((w) => w !== '-')
      .forEach((w) => numbers.set(foldText(w.replace(/_/g, ' ')), i + 1)),
  );
  return numbers;
}

function compile(words: PeopleWords): CompiledPeople {
  return {
    numbers: numberSlots(words.numbers),
    soundsLike: numberSlots(words.soundsLike),
    heads: new WordList(entries(words.heads)),
    one: new WordList(entries(words.one)),
    many: new WordList(entries(words.many)),
    pairs: new WordList(entries(words.pairs)),
    triples: new WordList(entries(words.triples)),
    self: new Set(words.self.split(' ').map((w) => foldText(w.replace(/_/g, ' ')))),
    alone: entries(words.alone),
    two: entries(words.two),
    placeBefore: new WordList(entries(words.placeBefore)),
    // Only the first word counts: "3 de marzo" and "3 de nosotros" alike are not read as people.
    notPeopleAfter: new WordList(entries(words.notPeopleAfter).map((e) => [e[0]!])),
    totalBefore: entries(words.totalBefore),
    corrections: new WordList(entries(words.corrections)),
    absent: new WordList(entries(words.absent)),
    without: new WordList(entries(words.without)),
    clauseBreaks: new WordList(entries(words.clauseBreaks)),
    compounds: new Map(
      (['one', 'many', 'pairs'] as const).flatMap((kind) =>
        entries(words[kind]).filter((e) => e.length >= 2).map((e) => [e.map((p) => p.word).join(' '), kind] as const),
      ),
    ),
  };
}

export const PEOPLE = Object.fromEntries(Object.entries(PEOPLE_WORDS).map(([lng, w]) => [lng, compile(w)])) as Record<Language, CompiledPeople>;

/**
 * What kind of people noun a word is: one person ("ma femme"), several ("les enfants"), two ("twins",
 * "parents", Arabic duals) or three ("triplés"). Read as written first ("voisine" is one neighbour),
 * then with one typo in a long word ("enfan").
 */
export function peopleKind(word: string | undefined, lx: CompiledPeople): 'one' | 'many' | 'pairs' | 'triples' | undefined {
  if (isOneOf(word, lx.pairs)) return 'pairs';
  if (isOneOf(word, lx.triples)) return 'triples';
  if (isOneOf(word, lx.many)) return 'many';
  if (isOneOf(word, lx.one)) return 'one';
  if (isOneOf(word, lx.many, 'long')) return 'many';
  if (isOneOf(word, lx.one, 'long')) return 'one';
  return undefined;
}

/** A people noun: someone who comes along ("ma femme", "les enfants", "twins"). */
export function isCompanion(word: string | undefined, lx: CompiledPeople): boolean {
  return peopleKind(word, lx) !== undefined;
}

const wordsOf = (list: Entry[]) => list.flatMap((e) => e.map((p) => p.word));
const ALL = Object.values(PEOPLE);

/**
 * Every word, in any of the six languages, that says a count and nothing else: number words, "places",
 * please, hello, "I want to book". A count said only with these words, the resident's own ("moi") and the
 * phrases of `plainPhrases` (and one number) is plain; any other word around it may change it ("flat",
 * "maybe", "kids", "or"), so it is said back.
 */
const PLAIN_WORDS: ReadonlySet<string> = new Set(
  ALL.flatMap((lx) => [...lx.numbers.keys(), ...lx.self]).concat(Object.values(PEOPLE_WORDS).flatMap((w) => w.filler.split(' ').map(foldText))),
);
const HEADS = new WordList(ALL.flatMap((lx) => lx.heads.entries));

/** Is this word one that never changes a count (a digit, a number word, "places", "please")? */
export function isPlainWord(word: string): boolean {
  return /^\d{1,4}$/.test(word) || PLAIN_WORDS.has(word) || isOneOf(word, HEADS);
}

/** Positions of the words said in a phrase for a count ("just me", "we are", "nous deux", "somos"), word after word. */
export function plainPhrases(words: string[], lx: CompiledPeople): Set<number> {
  const covered = new Set<number>();
  for (const entry of [...lx.alone, ...lx.two, ...lx.totalBefore]) {
    for (let i = 0; i + entry.length <= words.length; i++) {
      if (entry.every((part, j) => wordMatches(words[i + j]!, part, false))) for (let j = 0; j < entry.length; j++) covered.add(i + j);
    }
  }
  return covered;
}

/** A digit glued to a head noun: "2pers", "3places", "2kisi" → "2", "pers". */
export function unglued(words: string[]): string[] {
  return words.flatMap((w) => {
    const glued = /^(\d{1,2})([a-z]{3,})$/.exec(w);
    return glued && isOneOf(glued[2], HEADS) ? [glued[1]!, glued[2]!] : [w];
  });
}

/** Every word of the Arabic lexicon: a word is read without its clitics only when that makes it known ("ولزوجتي"). */
export const ARABIC_KNOWN: ReadonlySet<string> = new Set([
  ...PEOPLE.ar.numbers.keys(),
  ...PEOPLE.ar.soundsLike.keys(),
  ...PEOPLE.ar.self,
  ...PEOPLE_WORDS.ar.filler.split(' ').map(foldText),
  ...(['alone', 'two', 'totalBefore'] as const).flatMap((k) => wordsOf(PEOPLE.ar[k])),
  ...(['heads', 'one', 'many', 'pairs', 'placeBefore', 'notPeopleAfter', 'corrections', 'absent', 'without'] as const).flatMap((k) => wordsOf(PEOPLE.ar[k].entries)),
]);

/** Month names in every language (folded, long and short), so "le 14 mars" or "14 Mart" is a date. */
export const MONTHS: ReadonlySet<string> = new Set(
  ['fr', 'en', 'es', 'pt', 'tr', 'ar'].flatMap((culture) =>
    Array.from({ length: 12 }, (_, m) =>
      (['long', 'short'] as const).map((month) => foldText(new Intl.DateTimeFormat(culture, { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, m, 15))))),
    ).flat(),
  ).filter((m) => m.length >= 3 && !/\d/.test(m)),
);
