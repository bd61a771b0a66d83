// Emergencies as situations: a hazard, with what the resident senses or sees happening, and when.
import { EMERGENCY_KINDS, type EmergencyDetector, type EmergencyKind } from '../knowledge/emergency.js';
import { ConceptMatcher, type Found } from './concepts.js';
import { HAZARD_CONCEPTS, type HazardConcept } from './lexicon/hazards.js';

export interface EmergencyReading {
  kind: EmergencyKind;
  /** "now": answer with the numbers at once; "unsure": ask "is it happening now?" first. */
  certainty: 'now' | 'unsure';
}

/** How strongly a message describes one kind of danger: 2 a danger as it happens, 1 a possible one. */
type Level = 0 | 1 | 2;

const MATCHER = new ConceptMatcher<HazardConcept>(HAZARD_CONCEPTS);

/** Concepts that put the message in the past, elsewhere, on paper or in a "what if". */
const CALM: readonly HazardConcept[] = ['past', 'since', 'media', 'paper', 'hypothetical', 'device', 'fixed', 'benign', 'future', 'minor'];

/** Two concepts said close together (within `span` words), as "me" and "hit" in "il me frappe". */
function near(found: Found<HazardConcept>, a: HazardConcept, b: HazardConcept, span = 3): boolean {
  const as = found.get(a) ?? [];
  const bs = found.get(b) ?? [];
  return as.some((i) => bs.some((j) => i !== j && Math.abs(i - j) <= span));
}

/** Blows, not knocks: "hit" said within two words of a door is knocking or banging on it. */
function blows(found: Found<HazardConcept>): Found<HazardConcept> {
  const doors = found.get('door') ?? [];
  const hits = (found.get('hit') ?? []).filter((i) => !doors.some((d) => Math.abs(d - i) <= 2));
  const out = new Map(found);
  if (hits.length) out.set('hit', hits);
  else out.delete('hit');
  return out;
}

/** The situation rules, one per kind: which concepts together make a danger happening, or a possible one. */
const RULES: Record<EmergencyKind, (has: (c: HazardConcept) => boolean, found: Found<HazardConcept>) => Level> = {
  gas: (has) => {
    if (has('rottenEgg') || (has('gas') && (has('smell') || has('leak') || has('hiss') || has('symptom')))) return 2;
    if ((has('gas') && (has('now') || has('help') || has('urgent'))) || (has('smell') && has('symptom'))) return 1;
    return 0;
  },
  fire: (has) => {
    if (has('fire') && !has('fireAlarmOnly')) return 2;
    if (has('smoke') && (has('now') || has('everywhere') || has('much') || has('help') || has('urgent') || has('door'))) return 2;
    if ((has('sparks') && has('electric')) || (has('smoke') && has('electric'))) return 2;
    if (has('smoke') || has('sparks') || (has('fire') && has('fireAlarmOnly'))) return 1;
    return 0;
  },
  flood: (has) => {
    if (has('flooding') || (has('pipe') && has('burst'))) return 2;
    const water = has('water') || has('leak');
    if (water && (has('everywhere') || has('rising') || has('electric') || (has('ceiling') && (has('pouring') || has('much'))) || (has('pouring') && has('much')))) return 2;
    if (water && (has('ceiling') || has('pouring') || has('much'))) return 1;
    return 0;
  },
  injury: (has, found) => {
    if (has('poison') && has('ingest')) return 2;
    if (has('unconscious') || has('noBreath') || near(found, 'breath', 'abnormal', 2) || has('heart') || has('cantGetUp') || (has('blood') && (has('much') || has('fall') || has('now') || has('help')))) return 2;
    if ((has('fall') && (has('hurt') || has('help') || has('urgent'))) || ((has('fall') || has('onFloor')) && near(found, 'moves', 'abnormal', 2))) return 2;
    if (has('blood') || has('onFloor') || (has('fall') && (has('now') || has('ambulance'))) || (has('hurt') && (has('help') || has('urgent')))) return 1;
    if (has('ambulance') && (has('now') || has('urgent') || has('help'))) return 2;
    return 0;
  },
  domesticViolence: (has, found) => {
    if (!has('partner')) return 0;
    if (near(found, 'partner', 'hit', 4) || near(found, 'partner', 'hitMe', 4) || near(found, 'partner', 'threat', 4) || near(found, 'partner', 'weapon', 6) || near(found, 'partner', 'hurt', 4) || has('kill')) return 2;
    return has('fear') && near(found, 'partner', 'fear', 6) ? 1 : 0;
  },
  violence: (has, found) => {
    if (has('kill') || has('breakIn') || (has('forcing') && has('door')) || (has('weapon') && (has('threat') || has('now') || has('door') || has('help') || has('fight')))) return 2;
    if (has('hitMe') || near(found, 'me', 'hit', 2) || (has('fight') && (has('now') || has('help') || has('urgent')))) return 2;
    if (has('weapon') || has('fight') || (has('threat') && (has('help') || has('fear'))) || (has('fear') && has('door'))) return 1;
    return 0;
  },
  evictionToday: (has) => {
    const official = has('bailiff') || (has('police') && (has('thrownOut') || has('locks')));
    if ((official && (has('door') || has('now') || has('today'))) || (has('thrownOut') && has('locks')) || (has('locks') && has('changedLocks')) || (has('thrownOut') && (has('today') || has('now')))) return 2;
        return 0;
  },
};

/**
 * Reads a message for danger, compositionally: a hazard (gas, smoke, water, blood, a blow, a bailiff)
 * with a sense, a state or a time ("ça sent", "partout", "qui monte", "maintenant"), in any language.
 * The content's own emergency patterns (locales/<lng>/emergency.json) count as a described danger too.
 * A calm cue (the past, the news, a bill, a "what if", a detector's battery, a cigarette) makes the
 * message calm, unless the resident also says it is happening now: then the bot asks.
 */
export class EmergencyReader {
  constructor(private readonly patterns: EmergencyDetector) {}

  /** @param raw the message as folded words; @param canonical the same once Arabizi and phonetic spellings are read. */
  read(text: string, raw: readonly string[], canonical: readonly string[]): EmergencyReading | undefined {
    const found = MATCHER.find(canonical.join(' ') === raw.join(' ') ? [raw] : [raw, canonical]);
    const has = (c: HazardConcept) => found.has(c);
    const byPattern = this.patterns.detect(text) ?? this.patterns.detect(canonical.join(' '));
    let kind: EmergencyKind | undefined;
    let level: Level = 0;
    const struck = blows(found);
    const hasBlow = (c: HazardConcept) => struck.has(c);
    for (const k of EMERGENCY_KINDS) {
      const violent = k === 'violence' || k === 'domesticViolence';
      const l = Math.max(violent ? RULES[k](hasBlow, struck) : RULES[k](has, found), byPattern === k ? 2 : 0) as Level;
      if (l > level) [kind, level] = [k, l];
    }
    if (!kind || level === 0) return undefined;
    const calm = CALM.filter(has);
    if (calm.length > 0) {
      // "Hier déjà, et ça sent encore", "help, the gas!!": what is happening beats what happened.
      const stillNow = has('help') || has('urgent') || /!{2,}/.test(text) || (has('still') && calm.every((c) => c === 'past' || c === 'since'));
      return stillNow && level === 2 ? { kind, certainty: 'unsure' } : undefined;
    }
    return { kind, certainty: level === 2 || (has('now') && (has('help') || has('urgent'))) ? 'now' : 'unsure' };
  }
}
