// Numbers, ordinals, yes/no and choices in the resident's language: recognizers-text where it has a
// model for the culture, word lists from locales/ where it has none (Arabic, Turkish) or misses.
import { createRequire } from 'node:module';
import type { Language } from './config.js';
import type { Translator } from './i18n.js';
import { BoundedMemo } from './memo.js';
import { foldText } from './text.js';
import { readChoice } from './understanding/choice.js';

type NumberModels = typeof import('@microsoft/recognizers-text-number');
type ChoiceModels = typeof import('@microsoft/recognizers-text-choice');
type DateTimeModels = typeof import('@microsoft/recognizers-text-date-time');
const load = createRequire(import.meta.url);
let numberModels: NumberModels | undefined;
let choiceModels: ChoiceModels | undefined;
let dateTimeModels: DateTimeModels | undefined;
/**
 * recognizers-text is loaded on first use (or by the warm-up after listening), synchronously, so every call sees the
 * same recognizers whenever it comes; one package per kind rather than the suite, whose one bundle holds every
 * kind's source (7 MB of heap for the text alone) when a turn needs numbers, ordinals and yes/no.
 */
const numbers = (): NumberModels => (numberModels ??= load('@microsoft/recognizers-text-number') as NumberModels);
const choices = (): ChoiceModels => (choiceModels ??= load('@microsoft/recognizers-text-choice') as ChoiceModels);
/** The date-time models (about 35 MB and seconds of CPU) load on a survey's first date answer, never before. */
const dateTimes = (): DateTimeModels => (dateTimeModels ??= load('@microsoft/recognizers-text-date-time') as DateTimeModels);

/**
 * recognizers-text runs hundreds of regular expressions per call, and residents send the same short answers
 * ("non", "2", a button's words) again and again: short texts' results are kept, in a bounded memo.
 */
const MEMO_MAX_LENGTH = 60;
const memo = new BoundedMemo<unknown>(5_000);
function remembered<T>(kind: string, text: string, culture: string, recognize: () => T): T {
  return text.length > MEMO_MAX_LENGTH ? recognize() : (memo.get(`${kind}\u0000${culture}\u0000${text}`, recognize) as T);
}

/** Cultures recognizers-text (JavaScript) has number and yes/no models for. */
const MODEL_CULTURES: Partial<Record<Language, string>> = { fr: 'fr-fr', en: 'en-us', es: 'es-es', pt: 'pt-br' };

export interface ChoiceOption {
  /** Stable value returned when the option is picked. */
  value: string;
  /** What the resident sees. */
  label: string;
  /** Other words that pick this option, in the resident's language. */
  synonyms?: string[];
}

/** Each option's words folded (label, value, synonyms), kept per list: the shared lists (menu, yes/no) are read on every turn. */
const foldedLists = new WeakMap<readonly ChoiceOption[], string[][]>();
function foldedPhrases(options: readonly ChoiceOption[]): string[][] {
  let phrases = foldedLists.get(options);
  if (!phrases) {
    phrases = options.map((o) => [o.label, o.value, ...(o.synonyms ?? [])].map(foldText).filter(Boolean));
    if (Object.isFrozen(options)) foldedLists.set(options, phrases);
  }
  return phrases;
}

export class Recognizer {
  constructor(private readonly translator: Translator) {
    if (!translator) throw new Error('Recognizer: a translator is required');
  }

  /** Loads every enabled culture's models now, so the first resident does not wait for them. */
  warmUp(): void {
    for (const load of this.modelLoads()) load();
  }

  /**
   * The same, one model at a time between other work (the server already listening): each load
   * is synchronous, so yielding between them lets turns and health checks through.
   */
  async warmUpGradually(): Promise<void> {
    for (const load of this.modelLoads()) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      load();
    }
  }

  private modelLoads(): (() => unknown)[] {
    return this.translator.languages.flatMap((lng) => {
      const culture = MODEL_CULTURES[lng];
      if (!culture) return [];
      // Ordinals are read on every short answer to a choice; the number models (French: 20 MB and 3 s of CPU) serve
      // only a survey answer in words that the locale's cardinals miss, so they load on such an answer, like dates.
      // V8 runs a regular expression's first execution in its interpreter and compiles it on the second: each model is
      // run twice, on a digit and on a word, or the first residents' words pay that compilation (about a second of CPU).
      const texts = ['2', this.translator.list(lng, 'common:numbers.cardinals')[1] ?? 'two'];
      return texts.flatMap((text) => [() => numbers().recognizeOrdinal(text, culture), () => choices().recognizeBoolean(text, culture)]);
    });
  }

  /** A whole number said in digits or words ("3", "trois", "üç", "ثلاثة"), or undefined. */
  number(text: string, lng: Language): number | undefined {
    const folded = foldText(text);
    const digits = /(?:^|\s)(\d{1,6})(?:\s|$)/.exec(folded);
    if (digits) return Number(digits[1]);
    const fromList = this.indexIn(folded, this.translator.list(lng, 'common:numbers.cardinals'));
    if (fromList !== undefined) return fromList;
    const culture = MODEL_CULTURES[lng];
    if (!culture) return undefined;
    const found = remembered('number', text, culture, () => numbers().recognizeNumber(text, culture).map((r) => Number(r.resolution?.value)).find((n) => Number.isInteger(n)));
    return found;
  }

  /** An ordinal ("le deuxième", "second", "ikinci", "الثاني"), or undefined. */
  ordinal(text: string, lng: Language): number | undefined {
    const fromList = this.indexIn(foldText(text), this.translator.list(lng, 'common:numbers.ordinals'));
    if (fromList !== undefined) return fromList;
    const culture = MODEL_CULTURES[lng];
    if (!culture) return undefined;
    const found = remembered('ordinal', text, culture, () => numbers().recognizeOrdinal(text, culture).map((r) => Number(r.resolution?.value)).find((n) => Number.isInteger(n)));
    return found;
  }

  /**
   * A calendar date as YYYY-MM-DD: "12/03/2027", "2027-03-12", or words where the culture has a
   * model ("le 12 mars", "next friday", "mañana"), relative to `now`.
   */
  date(text: string, lng: Language, now: Date): string | undefined {
    const numeric = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/.exec(foldText(text).replace(/ /g, '/')) ?? /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/.exec(text);
    if (numeric) {
      const [, d, m, y] = numeric;
      const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
      return this.validDate(year, Number(m), Number(d));
    }
    const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
    if (iso) return this.validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const culture = MODEL_CULTURES[lng];
    if (!culture) return undefined;
    for (const result of dateTimes().recognizeDateTime(text, culture, dateTimes().DateTimeOptions.None, now)) {
      const values = (result.resolution?.values ?? []) as { type?: string; value?: string }[];
      const date = values.find((v) => v.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v.value ?? ''));
      if (date?.value) return date.value;
    }
    return undefined;
  }

  private validDate(year: number, month: number, day: number): string | undefined {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
  }

  /** true for yes, false for no, undefined when the answer is neither. */
  yesNo(text: string, lng: Language): boolean | undefined {
    const folded = foldText(text);
    if (this.matchesAny(folded, this.translator.list(lng, 'common:answers.yes'))) return true;
    if (this.matchesAny(folded, this.translator.list(lng, 'common:answers.no'))) return false;
    const culture = MODEL_CULTURES[lng];
    if (!culture) return undefined;
    const value = remembered('boolean', text, culture, () => choices().recognizeBoolean(text, culture)[0]?.resolution?.value);
    return typeof value === 'boolean' ? value : undefined;
  }

  /**
   * Picks one option from what the resident typed: its label or a synonym, its number in the
   * list ("2", "deux", "le deuxième"), the one option whose words all appear in the text, or the
   * option the understanding layer reads in a part of its words or a typo.
   */
  choice(text: string, options: readonly ChoiceOption[], lng: Language): ChoiceOption | undefined {
    const folded = foldText(text);
    if (!folded) return undefined;
    const phrases = foldedPhrases(options);

    const exact = options.find((_, i) => phrases[i]!.includes(folded));
    if (exact) return exact;

    const position = this.position(text, folded, lng);
    if (position !== undefined) return options[position - 1];

    // "je veux changer de langue" picks "Changer de langue": every word of one phrase is in the text.
    const words = new Set(folded.split(' '));
    const contained = options.filter((_, i) => phrases[i]!.some((p) => p.split(' ').every((w) => words.has(w))));
    if (contained.length === 1) return contained[0];
    // A part of the option ("tilleuls"), a typo ("suivnat"), a synonym's words: the understanding layer.
    return contained.length === 0 ? readChoice(text, options).option : undefined;
  }

  /** A position only when the whole (short) answer is one: "2", "deux", "le deuxième", "ikinci". */
  private position(text: string, folded: string, lng: Language): number | undefined {
    if (/^\d{1,2}$/.test(folded)) return Number(folded);
    if (folded.split(' ').length > 3) return undefined;
    const cardinals = this.translator.list(lng, 'common:numbers.cardinals').map(foldText);
    const cardinal = cardinals.indexOf(folded);
    if (cardinal >= 0) return cardinal + 1;
    return this.ordinal(text, lng);
  }

  private indexIn(folded: string, list: string[]): number | undefined {
    const words = folded.split(' ');
    for (let i = list.length - 1; i >= 0; i--) {
      const entry = foldText(list[i] ?? '');
      if (!entry) continue;
      const hit = entry.includes(' ') ? ` ${folded} `.includes(` ${entry} `) : words.includes(entry);
      if (hit) return i + 1;
    }
    return undefined;
  }

  private matchesAny(folded: string, phrases: string[]): boolean {
    return phrases.some((p) => foldText(p) === folded);
  }
}
