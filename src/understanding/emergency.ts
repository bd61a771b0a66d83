// Emergencies as situations: a danger described in any language, happening now, not a past or calm mention.
import { EMERGENCY_KINDS, type EmergencyDetector, type EmergencyKind } from '../knowledge/emergency.js';
import { foldText } from '../text.js';
import { CALM_CUES, NOW_CUES, SITUATION_CUES } from './lexicon/situations.js';
import { entryMatches, compileEntries, type Entry } from './word-match.js';

export interface EmergencyReading {
  kind: EmergencyKind;
  /** "now": answer with the numbers at once; "unsure": ask "is it happening now?" first. */
  certainty: 'now' | 'unsure';
}

const compile = (list: string) => compileEntries(list, foldText);
const CUES = EMERGENCY_KINDS.map((kind) => ({ kind, entries: compile(SITUATION_CUES[kind]) }));
const NOW = compile(NOW_CUES);
const CALM = compile(CALM_CUES);

const anyMatches = (entries: Entry[], views: readonly (readonly string[])[]) => entries.some((e) => views.some((words) => entryMatches(e, words, false)));

/**
 * Reads a message for danger. The content's emergency patterns (locales/<lng>/emergency.json) and our
 * situation cues name the kind; words of time and context decide whether it is happening now.
 */
export class EmergencyReader {
  constructor(private readonly patterns: EmergencyDetector) {}

  /**
   * @param raw the message as folded words; @param canonical the same once Arabizi and phonetic spellings are read.
   */
  read(text: string, raw: readonly string[], canonical: readonly string[]): EmergencyReading | undefined {
    const views = [raw, canonical];
    const byPattern = this.patterns.detect(text) ?? this.patterns.detect(canonical.join(' '));
    const cued = CUES.filter((c) => anyMatches(c.entries, views)).map((c) => c.kind);
    const kind = byPattern ?? cued[0];
    if (!kind) return undefined;
    const now = anyMatches(NOW, views) || /!{2,}/.test(text);
    const calm = anyMatches(CALM, views);
    if (calm && !now) return undefined;
    const strong = now || (byPattern !== undefined && cued.length > 0) || cued.length > 1;
    return { kind, certainty: strong ? 'now' : 'unsure' };
  }
}
