// How many seats a resident asks for, said any way, and whether to say the count back before booking.
//
// A count is booked without asking only when the message is plain: one number or number word, "just me",
// "we are 3", "2 places", with nothing else around it but words that never change a count (please, hello).
// Anything worked out (companions added up, a correction, a part left out because someone does not come)
// or said beside words the reader does not know is said back first: "4 places, c'est bien ça ?".
import type { Language } from '../config.js';
import { wordForms } from './concepts.js';
import { canonicalWords, words } from './normalize.js';
import { countSeats, findNumbers, type SeatCount } from './seat-count.js';
import { ARABIC_KNOWN, type CompiledPeople, isCompanion, isOneOf, isPlainWord, PEOPLE, plainPhrases, unglued } from './seat-words.js';

export interface SeatsReading {
  /** The number of seats, the resident included; undefined when the message gives none. */
  seats?: number;
  /** true when the count is not plain (worked out, corrected, unknown words around it): say it back and ask first. */
  confirm: boolean;
}

const ARABIC_CLITICS = /^(?:ف|ب|و)(?=ال[\u0600-\u06ff]{2,})/;
/** Punctuation that ends a part of the message ("mon mari vient pas, ce sera moi et le bébé"). */
const PART_END = /[,;.!?…\n()،؛؟]+|\s-\s/;

/** A message's words, each with the part of the message it stands in. */
interface Message {
  words: string[];
  parts: number[];
}

export class SeatsReader {
  read(text: string, lng: Language): SeatsReading {
    const darija = lng === 'ar' || lng === 'fr';
    const parts = said(text).split(PART_END);
    // Arabic script is read as written (its lexicon has the darija words, clitics set apart); Arabizi
    // and French typed inside Arabic are read through French words. Phonetic French is not read: it
    // makes "voisins" one neighbour.
    const canonical = message(parts, (p) => unglued(canonicalWords(p, { darija, french: false }, 60)));
    if (canonical.words.length === 0) return { confirm: false };
    // "ومي": "and" joined to a short word is set apart when that makes it known.
    const arabicWord = (w: string) => wordForms(w).find((f) => ARABIC_KNOWN.has(f)) ?? (/^و/.test(w) && ARABIC_KNOWN.has(w.slice(1)) ? w.slice(1) : w.replace(ARABIC_CLITICS, ''));
    const arabic = message(parts, (p) => words(p, 60).map(arabicWord));
    const arabicScript = /[\u0600-\u06ff]/.test(text);
    const lexicons: [CompiledPeople, Message][] =
      lng === 'ar' && arabicScript ? [[PEOPLE.ar, arabic], [PEOPLE.fr, canonical]]
        : lng === 'ar' || lng === 'fr' ? [[PEOPLE.fr, canonical]]
          : [[PEOPLE[lng], canonical], [PEOPLE.fr, canonical]];
    for (const [lexicon, words] of lexicons) {
      const reading = this.readMessage(words, lexicon, lng === 'ar');
      if (reading.seats !== undefined) return reading;
    }
    return { confirm: false };
  }

  private readMessage(message: Message, lx: CompiledPeople, nounFirst: boolean): SeatsReading {
    // "3 non pardon 4", "4, sorry I meant 5", "ربعة لا خمسة": the count said last; then "mon mari vient
    // pas, ce sera moi et le bébé": the part about someone not coming is left out. Either is said back.
    const corrected = this.afterCorrection(message, lx) ?? message;
    const kept = this.withoutAbsent(corrected, lx) ?? corrected;
    if (kept !== message) {
      const reading = countSeats(kept.words, lx, nounFirst);
      if (reading.seats !== undefined) return { seats: reading.seats, confirm: true };
    }
    const reading = countSeats(message.words, lx, nounFirst);
    if (reading.seats === undefined) return reading;
    const phrases = plainPhrases(message.words, lx);
    return { seats: reading.seats, confirm: reading.confirm || kept !== message || !message.words.every((w, i) => isPlainWord(w) || phrases.has(i)) };
  }

  /** The words after the last correction that has a number on each side, or undefined. */
  private afterCorrection({ words, parts }: Message, lx: CompiledPeople): Message | undefined {
    if (!words.some((w) => isOneOf(w, lx.corrections))) return undefined;
    const numbers = findNumbers(words, lx);
    for (let i = words.length - 2; i > 0; i--) {
      if (!isOneOf(words[i], lx.corrections)) continue;
      // "flat no 12": a place word just before its number, in the same part, is not a correction.
      const next = numbers.find((n) => n.at === i + 1);
      if (next && isOneOf(words[i], lx.placeBefore) && parts[i] === parts[i + 1]) continue;
      if (numbers.some((n) => n.at < i) && numbers.some((n) => n.at > i)) return { words: words.slice(i + 1), parts: parts.slice(i + 1) };
    }
    return undefined;
  }

  /**
   * The words without the people said not to come ("mon mari vient pas", "my wife works that day", "kocam
   * gelemiyor", "pas de bébé"): a people noun up to three words before or two after such a word, in the
   * same part of the message, is left out with its number. Undefined when nobody is said not to come.
   */
  private withoutAbsent({ words, parts }: Message, lx: CompiledPeople): Message | undefined {
    // A new part starts at punctuation and at "but", "because", "mais", "ama".
    const part: number[] = [];
    words.forEach((w, i) => part.push(i === 0 ? 0 : part[i - 1]! + (parts[i] !== parts[i - 1] || isOneOf(w, lx.clauseBreaks) ? 1 : 0)));
    const dropped = new Set<number>();
    words.forEach((w, a) => {
      if (!isOneOf(w, lx.absent)) return;
      for (let i = Math.max(0, a - 3); i <= Math.min(words.length - 1, a + 2); i++) {
        if (part[i] !== part[a] || !isCompanion(words[i], lx)) continue;
        dropped.add(i).add(a);
        // "mes 2 enfants", "nos deux": the count of the people left out goes with them.
        for (const j of [i - 1, i - 2]) if (j >= 0 && findNumbers([words[j]!], lx).length > 0) dropped.add(j);
      }
    });
    if (dropped.size === 0) return undefined;
    const keep = (_: unknown, i: number) => !dropped.has(i);
    return { words: words.filter(keep), parts: parts.filter(keep) };
  }
}

/** The message with "+" as a word ("moi + 2"), "x2" and "2x" as the number, digits (Arabic-Indic too) set apart from Arabic letters. */
function said(text: string): string {
  return text
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/\+/g, ' plus ')
    .replace(/(^|[\s,;:])[x×*]\s?(\d{1,2})(?![\d\p{L}])/giu, '$1$2')
    .replace(/(^|[\s,;:])(\d{1,2})\s?[x×](?![\d\p{L}])/giu, '$1$2')
    .replace(/([\u0600-\u06ff])(\d)/g, '$1 $2')
    .replace(/(\d)([\u0600-\u06ff])/g, '$1 $2');
}

/** The words of each part, read by `read`, with the part each word stands in. */
function message(parts: string[], read: (part: string) => string[]): Message {
  const out: Message = { words: [], parts: [] };
  parts.forEach((p, i) => {
    for (const w of read(p)) {
      if (out.words.length >= 60) return;
      out.words.push(w);
      out.parts.push(i);
    }
  });
  return out;
}
