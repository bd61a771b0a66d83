// Matching residents' words against lexicon entries: exact, prefix ("loyer*"), phrases, one typo allowed.

/** One word of an entry: exact, or (written with a trailing *) a prefix. */
export interface EntryWord {
  word: string;
  prefix: boolean;
}

/** Lexicon entries compiled from "word prefix* two_words" lists (already folded). */
export type Entry = EntryWord[];

/** Parses a lexicon list: spaces separate entries, _ joins the words of one entry, * marks a prefix. */
export function compileEntries(list: string, fold: (s: string) => string): Entry[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) =>
      raw
        .split('_')
        .flatMap((part) => {
          const prefix = part.endsWith('*');
          const folded = fold(part.replace(/\*$/, '')).split(' ').filter(Boolean);
          return folded.map((word, i) => ({ word, prefix: prefix && i === folded.length - 1 }));
        }),
    )
    .filter((e) => e.length > 0)
    // Two spellings that fold to the same words ("habitação_social", "habitacao_social") are one entry, counted once.
    .filter((e, i, all) => all.findIndex((o) => sameEntry(o, e)) === i);
}

const sameEntry = (a: Entry, b: Entry): boolean => a.length === b.length && a.every((w, i) => w.word === b[i]!.word && w.prefix === b[i]!.prefix);

/** Edit distance with swapped neighbours counting as one typo ("suivnat"), stopping once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Typos allowed for a word of this length: none under 5 letters, one from 5, two from 9. */
export function typosAllowed(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Does one message word match one entry word (prefixes and long words allow typos)? */
export function wordMatches(word: string, part: EntryWord, fuzzy = true): boolean {
  if (part.prefix ? word.startsWith(part.word) : word === part.word) return true;
  if (!fuzzy) return false;
  const allowed = Math.min(1, typosAllowed(part.word.length));
  if (allowed === 0) return false;
  if (part.prefix) return word.length >= part.word.length && editDistance(word.slice(0, part.word.length), part.word, allowed) <= allowed;
  return editDistance(word, part.word, allowed) <= allowed;
}

/** Does the entry occur in the message words (its words in order, at most one word between two)? */
export function entryMatches(entry: Entry, message: readonly string[], fuzzy = true): boolean {
  return entryPositions(entry, message, fuzzy) !== undefined;
}

/** Where the entry first occurs in the message words (one position per entry word), or undefined. */
export function entryPositions(entry: Entry, message: readonly string[], fuzzy = true): number[] | undefined {
  const first = entry[0]!;
  for (let i = 0; i < message.length; i++) {
    if (!wordMatches(message[i]!, first, fuzzy)) continue;
    const at = [i];
    for (const part of entry.slice(1)) {
      const last = at[at.length - 1]!;
      const next = [last + 1, last + 2].find((j) => j < message.length && wordMatches(message[j]!, part, fuzzy));
      if (next === undefined) break;
      at.push(next);
    }
    if (at.length === entry.length) return at;
  }
  return undefined;
}
