// How many seats a resident asks for, said any way, and whether to say the count back before booking.
import type { Language } from '../config.js';
import { foldText } from '../text.js';
import { ADULT_WORDS, PEOPLE_WORDS, type PeopleWords } from './lexicon/people.js';
import { wordForms } from './concepts.js';
import { canonicalWords, words } from './normalize.js';
import { compileEntries, entryMatches, wordMatches, type Entry } from './word-match.js';

export interface SeatsReading {
  /** The number of seats, the resident included; undefined when the message gives none. */
  seats?: number;
  /** true when the count was worked out (companions, several numbers): say it back and ask first. */
  confirm: boolean;
}

interface CompiledPeople {
  numbers: Map<string, number>;
  heads: Entry[];
  one: Entry[];
  many: Entry[];
  pairs: Set<string>;
  self: Set<string>;
  alone: Entry[];
  two: Entry[];
  placeBefore: Entry[];
  notPeopleAfter: Entry[];
  totalBefore: Entry[];
}

const ARABIC_CLITICS = /^(?:ف|ب|و)(?=ال[\u0600-\u06ff]{2,})/;

/** Above this, a count is said back even when it was said plainly: a typo of 20 for 2 costs others their seat. */
const LARGE = 8;

function compile(words: PeopleWords): CompiledPeople {
  const entries = (list: string) => compileEntries(list, foldText);
  const numbers = new Map<string, number>();
  words.numbers.split(' ').forEach((slot, i) => slot.split('|').forEach((w) => numbers.set(foldText(w.replace(/_/g, ' ')), i + 1)));
  return {
    numbers,
    heads: entries(words.heads),
    one: entries(words.one),
    many: entries(words.many),
    pairs: new Set((words.pairs ?? '').split(' ').filter(Boolean)),
    self: new Set(words.self.split(' ').map((w) => foldText(w.replace(/_/g, ' ')))),
    alone: entries(words.alone),
    two: entries(words.two),
    placeBefore: entries(words.placeBefore),
    notPeopleAfter: entries(words.notPeopleAfter),
    totalBefore: entries(words.totalBefore),
  };
}

const COMPILED = Object.fromEntries(Object.entries(PEOPLE_WORDS).map(([lng, w]) => [lng, compile(w)])) as Record<Language, CompiledPeople>;

/** Every word of the Arabic lexicon: a word is read without its clitics only when that makes it known ("ولزوجتي"). */
const ARABIC_KNOWN: ReadonlySet<string> = new Set([
  ...COMPILED.ar.numbers.keys(),
  ...COMPILED.ar.pairs,
  ...COMPILED.ar.self,
  ...(['heads', 'one', 'many', 'alone', 'two', 'placeBefore', 'notPeopleAfter', 'totalBefore'] as const).flatMap((k) => COMPILED.ar[k].flatMap((e) => e.map((p) => p.word))),
]);

/** A plain count in a longer message is said back: words we did not read may change it ("Arabic: 3 words"). */
const LONG = { arabic: 3, other: 6 };

/** A found number and what surrounds it. */
interface NumberAt {
  value: number;
  at: number;
  /** Words it stands for (two for "on bir"). */
  length: number;
}

export class SeatsReader {
  read(text: string, lng: Language): SeatsReading {
    const darija = lng === 'ar' || lng === 'fr';
    // "+" is a word here ("moi + 2"); phonetic French is not read: it makes "voisins" one neighbour.
    const said = text.replace(/\+/g, ' plus ').replace(/([\u0600-\u06ff])(\d)/g, '$1 $2').replace(/(\d)([\u0600-\u06ff])/g, '$1 $2');
    const canonical = canonicalWords(said, { darija, french: false }, 60);
    if (canonical.length === 0) return { confirm: false };
    // Arabic script is read as written (its lexicon has the darija words, clitics set apart); Arabizi
    // and French typed inside Arabic are read through French words.
    const arabic = words(said, 60).map((w) => wordForms(w).find((f) => ARABIC_KNOWN.has(f)) ?? w.replace(ARABIC_CLITICS, ''));
    const lexicons: [CompiledPeople, string[]][] =
      lng === 'ar' && /[\u0600-\u06ff]/.test(said) ? [[COMPILED.ar, arabic], [COMPILED.fr, canonical]] : lng === 'ar'
        ? [[COMPILED.fr, canonical]] : lng === 'fr' ? [[COMPILED.fr, canonical]] : [[COMPILED[lng], canonical], [COMPILED.fr, canonical]];
    let best: SeatsReading = { confirm: false };
    for (const [lexicon, message] of lexicons) {
      const reading = this.readWith(message, lexicon, lng === 'ar');
      if (reading.seats !== undefined) {
        best = reading;
        break;
      }
    }
    return best;
  }

  /** @param nounFirst Arabic and darija may say the number after the noun ("أطفالي الثلاثة", "wladi tlata"). */
  private readWith(words: string[], lx: CompiledPeople, nounFirst = false): SeatsReading {
    const long = words.length > (lx === COMPILED.ar || nounFirst ? LONG.arabic : LONG.other);
    // "moi 3", "انا ... الثلاث": the resident and a number may mean 3 with them or 3 more, so it is asked.
    const selfSaid = words.some((w) => lx.self.has(w));
    const plain = (seats: number, doubt: boolean) => this.plain(seats, doubt || long || (selfSaid && seats > 1));
    const numbers = this.numbers(words, lx);
    const people = numbers.filter((n) => !this.isOtherNumber(words, n, lx));
    const ignored = numbers.length - people.length;
    const isHead = (w: string | undefined) => !!w && lx.heads.some((e) => wordMatches(w, e[0]!));
    // "4 places", and in Arabic the noun may come first: "شخص واحد".
    const nearHead = (n: NumberAt) => words.slice(n.at + n.length, n.at + n.length + 2).some(isHead) || (lx === COMPILED.ar && isHead(words[n.at - 1]));
    const said = (entries: Entry[]) => entries.some((e) => entryMatches(e, words, false));
    const isPeople = (w: string | undefined) => !!w && [...lx.heads, ...lx.many, ...lx.one].some((e) => e.length === 1 && wordMatches(w, e[0]!, false));

    // "2 adultes et 2 enfants", "جوج كبار وجوج صغار": groups added up, then said back.
    const groups = people.filter((n) => isPeople(words[n.at + n.length]));
    if (groups.length >= 2) return { seats: groups.reduce((a, n) => a + n.value, 0), confirm: true };
    // "moi + 2", "me plus 2": the resident and the others.
    const plusOthers = people.find((n) => /^(plus|et|and|y|e|ve|arti|mas|mais|و)$/.test(words[n.at - 1] ?? '') && lx.self.has(words[n.at - 2] ?? ''));
    if (plusOthers && people.length === 1) return { seats: plusOthers.value + 1, confirm: true };

    // "4 places", "cinco pessoas", "2 kisi": one head count, said plainly.
    const heads = people.filter(nearHead);
    if (heads.length === 1) {
      // Anyone else named beside the head count: "2 adultes et un enfant" adds up, "2 places pour moi et ma fille"
      // may not; either way it is said back, never booked silently.
      const others = this.companions(words, people, lx, nounFirst).count;
      if (others > 0) return { seats: heads[0]!.value + (this.countsAdults(words, heads[0]!) ? others : 0), confirm: true };
      return plain(heads[0]!.value, ignored > 0 || people.length > 1);
    }
    const totals = people.filter((n) => lx.totalBefore.some((e) => this.endsBefore(e, words, n.at)));
    if (totals.length === 1) return plain(totals[0]!.value, ignored > 0);
    // "moi et mon fils" is plainly two; three or more, or "mes enfants" (how many?), is said back.
    const { count: companions, guessed, used } = this.companions(words, people, lx, nounFirst);
    if (companions > 0) return { seats: companions + 1, confirm: guessed || companions + 1 >= 3 || ignored > 0 || used < people.length || long };
    if (said(lx.alone) && people.length === 0) return plain(1, ignored > 0);
    if (said(lx.two) && people.length <= 1 && (people[0]?.value ?? 2) === 2) return plain(2, ignored > 0);
    if (people.length === 1) return plain(people[0]!.value, ignored > 0);
    if (people.length > 1) return { seats: people[0]!.value, confirm: true };
    if (said(lx.alone)) return { seats: 1, confirm: ignored > 0 };
    return { confirm: false };
  }

  /** "2 adultes", "جوج كبار": a count of grown-ups, to which the children named after it are added. */
  private countsAdults(words: string[], head: NumberAt): boolean {
    return words.slice(Math.max(0, head.at - 1), head.at + head.length + 2).some((w) => ADULT_WORDS.test(w));
  }

  private plain(seats: number, doubt: boolean): SeatsReading {
    return { seats, confirm: doubt || seats > LARGE };
  }

  /** Everyone named besides the resident: "ma femme" 1, "nos 2 enfants" 2, "mes enfants" (how many?) 2. */
  private companions(words: string[], people: NumberAt[], lx: CompiledPeople, nounFirst: boolean): { count: number; guessed: boolean; used: number } {
    let count = 0;
    let guessed = false;
    let used = 0;
    // Arabic may put the number after the noun: "أطفالي الثلاثة".
    const after = (i: number) => (nounFirst ? people.find((n) => n.at === i + 1) : undefined);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (lx.pairs.has(w)) count += 2;
      else if (lx.many.some((e) => e.length === 1 && wordMatches(w, e[0]!, false))) {
        // "nos 2 enfants", "4 ديال الولاد": the number just before, or one word before.
        const before = people.find((n) => n.at + n.length === i || n.at + n.length === i - 1) ?? after(i);
        count += before ? before.value : 2;
        if (before) used++;
        guessed ||= !before;
      } else if (lx.one.some((e) => e.length === 1 && wordMatches(w, e[0]!, false))) {
        const before = people.find((n) => n.at + n.length === i);
        count += before ? before.value : 1;
        if (before) used++;
      }
    }
    return { count, guessed, used };
  }

  /** Digits and number words ("2", "deux", "iki", "جوج"), where they stand. */
  private numbers(words: string[], lx: CompiledPeople): NumberAt[] {
    const found: NumberAt[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (/^\d{1,4}$/.test(w)) found.push({ value: Number(w), at: i, length: 1 });
      else {
        const pair = lx.numbers.get(`${w} ${words[i + 1] ?? ''}`);
        if (pair !== undefined) {
          found.push({ value: pair, at: i, length: 2 });
          i++;
          continue;
        }
        const value = lx.numbers.get(w) ?? (lx === COMPILED.ar ? lx.numbers.get(w.replace(/^[وفبلك]?(?:ال)?(?=.{3,})/, '')) : undefined);
        // "un", "a", "one", "bir" are articles more often than counts: only alone, or next to a head or people noun
        // ("one seat", and in Arabic the noun first: "مقعد واحد").
        const counts = value !== 1 || words.length === 1 || this.countsPeople(words[i + 1], lx) || (lx === COMPILED.ar && this.countsPeople(words[i - 1], lx));
        if (value !== undefined && counts) found.push({ value, at: i, length: 1 });
      }
    }
    return found;
  }

  private countsPeople(next: string | undefined, lx: CompiledPeople): boolean {
    return !!next && [...lx.heads, ...lx.one].some((e) => wordMatches(next, e[0]!, false));
  }

  /** A flat, floor, block, age, date or time: "flat 22", "bloco 7", "14 Mart", "5 ans". */
  private isOtherNumber(words: string[], n: NumberAt, lx: CompiledPeople): boolean {
    const before = words[n.at - 1];
    const after = words[n.at + n.length];
    // "2 kişi" after "4. kat": a head noun right after makes it people, whatever stands before.
    if (after && lx.heads.some((e) => e.length === 1 && wordMatches(after, e[0]!, false))) return false;
    if (before && lx.placeBefore.some((e) => e.length === 1 && wordMatches(before, e[0]!, false))) return true;
    if (after && lx.notPeopleAfter.some((e) => wordMatches(after, e[0]!, false))) return true;
    if (after && MONTHS.has(after)) return true;
    return n.value > 60;
  }

  private endsBefore(entry: Entry, words: string[], at: number): boolean {
    const start = at - entry.length;
    return start >= 0 && entry.every((part, j) => wordMatches(words[start + j]!, part, false));
  }
}

/** Month names in every language (folded, long and short), so "le 14 mars" or "14 Mart" is a date. */
const MONTHS: ReadonlySet<string> = new Set(
  ['fr', 'en', 'es', 'pt', 'tr', 'ar'].flatMap((culture) =>
    Array.from({ length: 12 }, (_, m) =>
      (['long', 'short'] as const).map((month) => foldText(new Intl.DateTimeFormat(culture, { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, m, 15))))),
    ).flat(),
  ).filter((m) => m.length >= 3 && !/\d/.test(m)),
);
