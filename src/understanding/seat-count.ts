// The count of seats in a message's words, for one language's people words: head counts, totals, companions.
import { ADULT_WORDS } from './lexicon/people.js';
import { type CompiledPeople, isCompanion, isOneOf, mayBeOneTypo, MONTHS, PEOPLE, peopleKind } from './seat-words.js';
import { editDistance, entryMatches, type Entry, wordMatches } from './word-match.js';

export interface SeatCount {
  seats?: number;
  /** true when the count was worked out or rests on a guess: it is said back before booking. */
  confirm: boolean;
}

/** A found number and what surrounds it. */
export interface NumberAt {
  value: number;
  at: number;
  /** Words it stands for (two for "on bir"). */
  length: number;
  /** Spelt by ear or with a typo ("troi", "kato"): the count is said back. */
  unsure?: boolean;
  /** The word is itself a count of people: an Arabic dual ("شخصان", "مقعدين"). */
  head?: boolean;
}

/** Above this, a count is said back even when it was said plainly: a typo of 20 for 2 costs others their seat. */
const LARGE = 8;

/**
 * Counts the seats in a message's words.
 * @param nounFirst Arabic and darija may say the number after the noun ("أطفالي الثلاثة", "wladi tlata").
 */
export function countSeats(words: string[], lx: CompiledPeople, nounFirst: boolean): SeatCount {
  const numbers = findNumbers(words, lx);
  const reading = count(words, numbers, lx, nounFirst);
  const unsure = numbers.some((n) => n.unsure);
  return reading.seats === undefined ? reading : { seats: reading.seats, confirm: reading.confirm || unsure || reading.seats > LARGE };
}

function count(words: string[], numbers: NumberAt[], lx: CompiledPeople, nounFirst: boolean): SeatCount {
  // "moi 3", "moi 1", "انا ... الثلاث": the resident and a number may mean 3 with them or 3 more, so it is
  // asked; "juste moi" is plain.
  const selfSaid = words.some((w) => lx.self.has(w));
  const plain = (seats: number, doubt: boolean): SeatCount => ({ seats, confirm: doubt || selfSaid });
  const people = numbers.filter((n) => !isOtherNumber(words, n, lx));
  const ignored = numbers.length - people.length;
  const isHead = (w: string | undefined) => isOneOf(w, lx.heads, 'usual');
  // "4 places", and in Arabic the noun may come first: "شخص واحد".
  const nearHead = (n: NumberAt) => n.head || words.slice(n.at + n.length, n.at + n.length + 2).some(isHead) || (lx === PEOPLE.ar && isHead(words[n.at - 1]));
  const said = (list: Entry[]) => list.some((e) => entryMatches(e, words, false));
  const isPeople = (w: string | undefined) => isOneOf(w, lx.heads) || isCompanion(w, lx);

  // "2 adultes et 2 enfants", "جوج كبار وجوج صغار": groups added up, then said back.
  const groups = people.filter((n) => isPeople(words[n.at + n.length]));
  if (groups.length >= 2) return { seats: groups.reduce((a, n) => a + n.value, 0), confirm: true };
  const plus = (w: string | undefined) => /^(plus|et|and|y|e|ve|arti|mas|mais|و)$/.test(w ?? '');
  // "moi + 2", "me plus 2", and "tres mas yo", "3 + moi": the resident and the others.
  // "eu e mais 2": plus words may follow one another.
  const selfBefore = (at: number) => {
    let i = at - 1;
    while (i > 0 && plus(words[i])) i--;
    return i < at - 1 && lx.self.has(words[i] ?? '');
  };
  const plusOthers = people.find((n) => selfBefore(n.at) || (plus(words[n.at + n.length]) && lx.self.has(words[n.at + n.length + 1] ?? '')));
  // With people named ("ben ve 2 cocuk" after "esimle"), the companions are counted below instead.
  if (plusOthers && people.length === 1 && companions(words, people, lx, nounFirst).count === 0) return { seats: plusOthers.value + 1, confirm: true };

  // "4 places", "cinco pessoas", "2 kisi": one head count.
  const heads = people.filter(nearHead);
  if (heads.length === 1) {
    // Anyone else named beside the head count: "2 adultes et un enfant" adds up, "2 places pour moi et ma fille"
    // may not; either way it is said back.
    const others = companions(words, people, lx, nounFirst).count;
    if (others > 0) return { seats: heads[0]!.value + (countsAdults(words, heads[0]!) ? others : 0), confirm: true };
    return plain(heads[0]!.value, ignored > 0 || people.length > 1);
  }
  const totals = people.filter((n) => lx.totalBefore.some((e) => endsBefore(e, words, n.at)));
  if (totals.length === 1) {
    // "we are 2 + baby", "on sera 3 plus le bébé": people added after the total.
    const added = words.findIndex((w, i) => i > totals[0]!.at && /^(plus|mas|mais|arti)$/.test(w));
    const rest = words.slice(added + 1);
    const more = added > 0 ? companions(rest, findNumbers(rest, lx), lx, nounFirst).count : 0;
    if (more > 0) return { seats: totals[0]!.value + more, confirm: true };
    return plain(totals[0]!.value, ignored > 0);
  }
  // "moi et mon fils", "ma femme et nos 2 enfants": the resident and everyone named, always said back.
  const { count: others } = companions(words, people, lx, nounFirst);
  if (others > 0) return { seats: others + 1, confirm: true };
  if (said(lx.alone) && people.length === 0) return { seats: 1, confirm: ignored > 0 };
  if (said(lx.two) && people.length <= 1 && (people[0]?.value ?? 2) === 2) return plain(2, ignored > 0);
  if (people.length === 1) return plain(people[0]!.value, ignored > 0);
  if (people.length > 1) return { seats: people[0]!.value, confirm: true };
  if (said(lx.alone)) return { seats: 1, confirm: ignored > 0 };
  return { confirm: false };
}

/** "2 adultes", "جوج كبار": a count of grown-ups, to which the children named after it are added. */
function countsAdults(words: string[], head: NumberAt): boolean {
  return words.slice(Math.max(0, head.at - 1), head.at + head.length + 2).some((w) => ADULT_WORDS.test(w));
}

/** Everyone named besides the resident: "ma femme" 1, "nos 2 enfants" 2, "les jumeaux" 2, "mes enfants" (how many?) 2. */
function companions(words: string[], people: NumberAt[], lx: CompiledPeople, nounFirst: boolean): { count: number } {
  let count = 0;
  const used = new Set<NumberAt>();
  for (let i = 0; i < words.length; i++) {
    // "sans mon mari", "without the kids": named, not coming.
    if (isOneOf(words[i - 1], lx.without) || isOneOf(words[i - 2], lx.without)) continue;
    // "grand-mère", "petits-enfants", "arrière-grand-mère": one noun in two or three words.
    const start = i;
    const compound = [3, 2].map((n) => ({ n, kind: lx.compounds.get(words.slice(i, i + n).join(' ')) })).find((c) => c.kind);
    if (compound) i += compound.n - 1;
    const kind = compound?.kind ?? peopleKind(words[i], lx);
    // "nos 2 enfants", "4 ديال الولاد": the number just before, or one word before a plural; Arabic may
    // put it after the noun ("أطفالي الثلاثة").
    // A number counts one group of people only ("أولادي الثلاثة ومراتي": the three are the children).
    const numberBefore = (gap: boolean) => {
      const n =
        people.find((n) => !used.has(n) && (n.at + n.length === start || (gap && n.at + n.length === start - 1))) ??
        (gap && nounFirst ? people.find((n) => !used.has(n) && n.at === i + 1) : undefined);
      if (n) used.add(n);
      return n;
    };
    if (kind === 'pairs') count += 2;
    else if (kind === 'triples') count += 3;
    else if (kind === 'many') count += numberBefore(true)?.value ?? 2;
    else if (kind === 'one') count += numberBefore(false)?.value ?? 1;
  }
  return { count };
}

/** Digits and number words ("2", "deux", "iki", "جوج", "troi"), where they stand. */
export function findNumbers(words: string[], lx: CompiledPeople): NumberAt[] {
  const found: NumberAt[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^\d{1,4}$/.test(w)) {
      found.push({ value: Number(w), at: i, length: 1 });
      continue;
    }
    const pair = lx.numbers.get(`${w} ${words[i + 1] ?? ''}`);
    if (pair !== undefined) {
      found.push({ value: pair, at: i, length: 2 });
      i++;
      continue;
    }
    const word = numberWord(w, lx);
    if (!word) continue;
    // "un", "a", "one", "bir" are articles more often than counts: only last ("asi que uno"), or next to a
    // people noun ("one seat", "bir cocuk", and in Arabic the noun first: "مقعد واحد").
    // "una pareja", "a couple", "um casal": the article starts a phrase for two.
    if (word.value === 1 && lx.two.some((e) => e.length === 2 && e[0]!.word === w && e[1]!.word === words[i + 1])) continue;
    const counts = word.value !== 1 || (i === words.length - 1 && w.length > 1) || countsPeople(words[i + 1], lx) || (lx === PEOPLE.ar && countsPeople(words[i - 1], lx));
    if (counts) found.push({ ...word, at: i, length: 1 });
  }
  return found;
}

type NumberWord = Omit<NumberAt, 'at' | 'length'>;
const numberWords = new WeakMap<CompiledPeople, Map<string, NumberWord | null>>();

/** A word's number, remembered per language: a turn reads the same words several times. */
function numberWord(w: string, lx: CompiledPeople): NumberWord | undefined {
  let memo = numberWords.get(lx);
  if (!memo) numberWords.set(lx, (memo = new Map()));
  let found = memo.get(w);
  if (found === undefined) {
    if (memo.size >= 5_000) memo.clear();
    memo.set(w, (found = readNumberWord(w, lx) ?? null));
  }
  return found ?? undefined;
}

function readNumberWord(w: string, lx: CompiledPeople): NumberWord | undefined {
  const exact = lx.numbers.get(w) ?? (lx === PEOPLE.ar ? lx.numbers.get(w.replace(/^[وفبلك]?(?:ال)?(?=.{3,})/, '')) : undefined);
  if (exact !== undefined) return { value: exact };
  // Arabic duals of head nouns are a count of two: "شخصان", "مقعدين".
  if (lx === PEOPLE.ar && lx.two.some((e) => e.length === 1 && e[0]!.word === w)) return { value: 2, head: true };
  const heard = lx.soundsLike.get(w);
  if (heard !== undefined) return { value: heard, unsure: true };
  // One typo in a long number word: "trios", "quatr", "cuatr0".
  if (w.length >= 4 && /^[a-z]+$/.test(w)) {
    for (const [name, value] of lx.numbers) if (name.length >= 5 && !name.includes(' ') && mayBeOneTypo(w, name) && editDistance(w, name, 1) <= 1) return { value, unsure: true };
  }
  return undefined;
}

function countsPeople(next: string | undefined, lx: CompiledPeople): boolean {
  return isOneOf(next, lx.heads) || isOneOf(next, lx.one) || isOneOf(next, lx.many);
}

/** A flat, floor, block, age, date or time: "flat 22", "bloco 7", "14 Mart", "5 ans". */
function isOtherNumber(words: string[], n: NumberAt, lx: CompiledPeople): boolean {
  if (n.head) return false;
  const before = words[n.at - 1];
  const after = words[n.at + n.length];
  // "2 kişi" after "4. kat": a head noun right after makes it people, whatever stands before.
  if (isOneOf(after, lx.heads)) return false;
  if (isOneOf(before, lx.placeBefore)) return true;
  if (isOneOf(after, lx.notPeopleAfter)) return true;
  if (after && MONTHS.has(after)) return true;
  return n.value > 60;
}

function endsBefore(entry: Entry, words: string[], at: number): boolean {
  const start = at - entry.length;
  return start >= 0 && entry.every((part, j) => wordMatches(words[start + j]!, part, false));
}
