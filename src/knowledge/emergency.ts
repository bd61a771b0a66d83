// A deliberately simple, fast emergency check run before anything else on every turn.
import type { Translator } from '../i18n.js';
import { foldText } from '../text.js';

/** Checked in this order: the first kind that matches wins (domestic violence before violence). */
export const EMERGENCY_KINDS = ['gas', 'fire', 'flood', 'injury', 'domesticViolence', 'violence', 'evictionToday'] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

interface Matcher {
  kind: EmergencyKind;
  patterns: RegExp[];
  exclude: RegExp[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "fuite de gaz" matches as whole words; a trailing * matches any word starting so ("brul*"). */
function compile(pattern: string): RegExp | undefined {
  const prefix = pattern.trim().endsWith('*');
  const folded = foldText(pattern.replace(/\*$/, ''));
  if (!folded) return undefined;
  return new RegExp(`(?:^| )${escape(folded)}${prefix ? '\\S*' : ''}(?= |$)`);
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
        translator.languages.flatMap((lng) => translator.list(lng, `emergency:kinds.${kind}.${key}`)).map(compile).filter((r): r is RegExp => !!r);
      this.matchers.push({ kind, patterns: all('patterns'), exclude: all('exclude') });
    }
  }

  detect(text: string | undefined): EmergencyKind | undefined {
    if (!text) return undefined;
    const folded = foldText(text);
    if (!folded) return undefined;
    for (const { kind, patterns, exclude } of this.matchers) {
      if (patterns.some((p) => p.test(folded)) && !exclude.some((p) => p.test(folded))) return kind;
    }
    return undefined;
  }
}

/** The answer to an emergency: what to do now, then the numbers of the content pack. */
export function emergencyMessage(kind: EmergencyKind, numbers: string[], t: (key: string) => string): string {
  const lines = [`⚠️ ${t('emergency:intro')}`, ...numbers.map((n) => `📞 ${t(`emergency:numbers.${n}`)}`), t(`emergency:kinds.${kind}.advice`), t('emergency:after')];
  return lines.join('\n');
}
