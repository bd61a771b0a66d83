// A deliberately simple, fast emergency check run before anything else on every turn.
import type { Translator } from '../i18n.js';
import { foldText } from '../text.js';

/** Checked in this order: the first kind that matches wins (domestic violence before violence). */
export const EMERGENCY_KINDS = ['gas', 'fire', 'flood', 'injury', 'trapped', 'domesticViolence', 'violence', 'evictionToday'] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

/** One pattern: its words, each exact or (ending in *) a prefix. */
type Pattern = { word: string; prefix: boolean }[];

/**
 * Patterns filed under one of their words (the longest), so a message is checked only against the
 * patterns whose anchor word it contains: a thousand patterns cost a few map look-ups per word.
 */
class PatternIndex {
  private readonly byWord = new Map<string, Pattern[]>();
  private readonly byPrefix: [string, Pattern][] = [];

  constructor(patterns: Pattern[]) {
    for (const pattern of patterns) {
      const anchor = pattern.reduce((a, b) => (b.word.length > a.word.length ? b : a));
      if (anchor.prefix) this.byPrefix.push([anchor.word, pattern]);
      else this.byWord.set(anchor.word, [...(this.byWord.get(anchor.word) ?? []), pattern]);
    }
  }

  matchesAny(message: string[][]): boolean {
    const candidates = new Set<Pattern>();
    for (const forms of message) {
      for (const form of forms) {
        for (const p of this.byWord.get(form) ?? []) candidates.add(p);
        for (const [prefix, p] of this.byPrefix) if (form.startsWith(prefix)) candidates.add(p);
      }
    }
    for (const pattern of candidates) if (matches(pattern, message)) return true;
    return false;
  }
}

interface Matcher {
  kind: EmergencyKind;
  /** Patterns of two words or more that say the danger ("odeur de gaz", "il me frappe fort"). */
  patterns: PatternIndex;
  /** Patterns with one meaningful word ("couteau", "knife", "et me menace"): a word, not yet a situation. */
  weak: PatternIndex;
  exclude: PatternIndex;
}

/** A content pattern that matched: its kind, and whether it was only a one-word pattern. */
export interface PatternMatch {
  kind: EmergencyKind;
  weak: boolean;
}

/** A pattern with fewer than two words of three letters or more names a thing, not a situation. */
const isWeak = (pattern: Pattern) => pattern.filter((part) => part.word.length >= 3).length < 2;

/** Only the start of a message is read: a flood of text cannot slow every turn down. */
const MAX_TOKENS = 300;
/** Arabic joins "and", "with", "for", "like" and "the" to the next word: "وكينزف", "بالغاز". */
const ARABIC_CLITICS = /^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل|ك)(?=\S{3,})/;

function compile(pattern: string): Pattern | undefined {
  // Folding may split a word ("d'artifice" → "d artifice"): a trailing * belongs to its last part.
  const parts = pattern
    .trim()
    .split(/\s+/)
    .flatMap((raw) => {
      const words = foldText(raw.replace(/\*$/, '')).split(' ').filter(Boolean);
      return words.map((word, i) => ({ word, prefix: raw.endsWith('*') && i === words.length - 1 }));
    });
  return parts.length ? parts : undefined;
}

/** Each message word, plus its form without an Arabic clitic, at the same position. */
function tokens(text: string): string[][] {
  return foldText(text)
    .split(' ')
    .slice(0, MAX_TOKENS)
    .map((w) => {
      const bare = w.replace(ARABIC_CLITICS, '');
      return bare !== w ? [w, bare] : [w];
    });
}

const wordMatches = (forms: string[], part: Pattern[number]) => forms.some((f) => (part.prefix ? f.startsWith(part.word) : f === part.word));

/** The words of a phrase, one after the other, anywhere in the message. */
function matchesInOrder(pattern: Pattern, message: string[][]): boolean {
  for (let i = 0; i + pattern.length <= message.length; i++) {
    if (pattern.every((part, j) => wordMatches(message[i + j]!, part))) return true;
  }
  return false;
}

/**
 * A pattern matches when all its words appear close together, in any order: "odeur de gaz"
 * also catches "une odeur très forte de gaz", "fuite de gaz" "le gaz, il y a une fuite".
 * Close means within the pattern's length plus three words. A pattern made of short words
 * ("mi ex me", "il me bat") must appear as written: in any order, such words are everywhere.
 */
function matches(pattern: Pattern, message: string[][]): boolean {
  if (pattern.filter((part) => part.word.length >= 3).length < 2) return matchesInOrder(pattern, message);
  const window = pattern.length + 3;
  for (let i = 0; i < message.length; i++) {
    if (!pattern.some((part) => wordMatches(message[i]!, part))) continue;
    const from = Math.max(0, i - window + 1);
    const near = message.slice(from, i + window);
    if (pattern.every((part) => near.some((forms) => wordMatches(forms, part)))) return true;
  }
  return false;
}

/**
 * Patterns come from locales/<lng>/emergency.json. Every language's patterns are checked whatever
 * the resident's language: someone in danger may write in the language that comes first to them.
 */
export class EmergencyDetector {
  private readonly matchers: Matcher[] = [];

  constructor(translator: Translator) {
    for (const kind of EMERGENCY_KINDS) {
      const all = (key: string) =>
        translator.languages.flatMap((lng) => translator.list(lng, `emergency:kinds.${kind}.${key}`)).map(compile).filter((p): p is Pattern => !!p);
      const patterns = all('patterns');
      this.matchers.push({
        kind,
        patterns: new PatternIndex(patterns.filter((p) => !isWeak(p))),
        weak: new PatternIndex(patterns.filter(isWeak)),
        exclude: new PatternIndex(all('exclude')),
      });
    }
  }

  detect(text: string | undefined): EmergencyKind | undefined {
    return this.match(text)?.kind;
  }

  /** The first kind a pattern of several words says, else the first a one-word pattern says (`weak`). */
  match(text: string | undefined): PatternMatch | undefined {
    if (!text) return undefined;
    const message = tokens(text);
    if (message.length === 0) return undefined;
    for (const weak of [false, true]) {
      for (const { kind, patterns, exclude, ...rest } of this.matchers) {
        if ((weak ? rest.weak : patterns).matchesAny(message) && !exclude.matchesAny(message)) return { kind, weak };
      }
    }
    return undefined;
  }
}

/** The answer to an emergency: what to do now, then the numbers of the content pack. */
export function emergencyMessage(kind: EmergencyKind, numbers: string[], t: (key: string) => string): string {
  const lines = [`⚠️ ${t('emergency:intro')}`, ...numbers.map((n) => `📞 ${t(`emergency:numbers.${n}`)}`), t(`emergency:kinds.${kind}.advice`), t('emergency:after')];
  return lines.join('\n');
}
