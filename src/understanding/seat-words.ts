// The people words of lexicon/people.ts compiled once for reading seats: look-up sets and entries per language.
import type { Language } from '../config.js';
import { foldText } from '../text.js';
import { PEOPLE_WORDS, type PeopleWords } from './lexicon/people.js';
import { compileEntries, type Entry, wordMatches } from './word-match.js';

export interface CompiledPeople {
  /** Number words as written properly: a count said with them may be booked without asking. */
  numbers: Map<string, number>;
  /** Number words spelt by ear or with a typo: read, always said back. */
  soundsLike: Map<string, number>;
  heads: Entry[];
  one: Entry[];
  many: Entry[];
  pairs: Entry[];
  triples: Entry[];
  self: Set<string>;
  alone: Entry[];
  two: Entry[];
  placeBefore: Entry[];
  notPeopleAfter: Entry[];
  totalBefore: Entry[];
  corrections: Entry[];
  absent: Entry[];
  without: Entry[];
  clauseBreaks: Entry[];
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
    heads: entries(words.heads),
    one: entries(words.one),
    many: entries(words.many),
    pairs: entries(words.pairs),
    triples: entries(words.triples),
    self: new Set(words.self.split(' ').map((w) => foldText(w.replace(/_/g, ' ')))),
    alone: entries(words.alone),
    two: entries(words.two),
    placeBefore: entries(words.placeBefore),
    notPeopleAfter: entries(words.notPeopleAfter),
    totalBefore: entries(words.totalBefore),
    corrections: entries(words.corrections),
    absent: entries(words.absent),
    without: entries(words.without),
    clauseBreaks: entries(words.clauseBreaks),
  };
}

export const PEOPLE = Object.fromEntries(Object.entries(PEOPLE_WORDS).map(([lng, w]) => [lng, compile(w)])) as Record<Language, CompiledPeople>;

/** Does a word match one of these one-word entries (exactly, or as a prefix for "place*")? */
export function isOneOf(word: string | undefined, list: Entry[], fuzzy = false): boolean {
  return !!word && list.some((e) => e.length === 1 && wordMatches(word, e[0]!, fuzzy && e[0]!.word.length >= 6));
}

/** A people noun: someone who comes along ("ma femme", "les enfants", "twins"). */
export function isCompanion(word: string | undefined, lx: CompiledPeople): boolean {
  return isOneOf(word, lx.one, true) || isOneOf(word, lx.many, true) || isOneOf(word, lx.pairs) || isOneOf(word, lx.triples);
}

const wordsOf = (list: Entry[]) => list.flatMap((e) => e.map((p) => p.word));
const ALL = Object.values(PEOPLE);
const PEOPLE_NOUNS = new Set(ALL.flatMap((lx) => wordsOf([...lx.one, ...lx.many, ...lx.pairs, ...lx.triples])));

/**
 * Every word, in any of the six languages, that says a count and nothing else: number words, "places",
 * "we are", "just me", please, hello, "I want to book". A count said only with these words (and one
 * number) is plain; any other word around it may change it ("flat", "maybe", "kids"), so it is said back.
 */
const PLAIN_WORDS: ReadonlySet<string> = new Set(
  ALL.flatMap((lx) => [
    ...lx.numbers.keys(),
    ...lx.self,
    ...wordsOf([...lx.alone, ...lx.two, ...lx.totalBefore]).filter((w) => !PEOPLE_NOUNS.has(w)),
  ]).concat(Object.values(PEOPLE_WORDS).flatMap((w) => w.filler.split(' ').map(foldText))),
);
const HEADS = ALL.flatMap((lx) => lx.heads);

/** Is this word one that never changes a count (a digit, a number word, "places", "please")? */
export function isPlainWord(word: string): boolean {
  return /^\d{1,4}$/.test(word) || PLAIN_WORDS.has(word) || isOneOf(word, HEADS);
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
  ...(['heads', 'one', 'many', 'pairs', 'alone', 'two', 'placeBefore', 'notPeopleAfter', 'totalBefore', 'corrections', 'absent', 'without'] as const).flatMap((k) =>
    wordsOf(PEOPLE.ar[k]),
  ),
]);

/** Month names in every language (folded, long and short), so "le 14 mars" or "14 Mart" is a date. */
export const MONTHS: ReadonlySet<string> = new Set(
  ['fr', 'en', 'es', 'pt', 'tr', 'ar'].flatMap((culture) =>
    Array.from({ length: 12 }, (_, m) =>
      (['long', 'short'] as const).map((month) => foldText(new Intl.DateTimeFormat(culture, { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, m, 15))))),
    ).flat(),
  ).filter((m) => m.length >= 3 && !/\d/.test(m)),
);
