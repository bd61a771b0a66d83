// Emergencies as situations: a hazard, with what the resident senses or sees happening, and when.
import { EMERGENCY_KINDS, type EmergencyDetector, type EmergencyKind } from '../knowledge/emergency.js';
import { ConceptMatcher, type Found } from './concepts.js';
import { arabiziScore } from './language.js';
import { HAZARD_CONCEPTS, type HazardConcept } from './lexicon/hazards.js';

export interface EmergencyReading {
  kind: EmergencyKind;
  /** "now": answer with the numbers at once; "unsure": ask "is it happening now?" first. */
  certainty: 'now' | 'unsure';
}

/** How strongly a message describes one kind of danger: 2 a danger as it happens, 1 a possible one. */
type Level = 0 | 1 | 2;

const MATCHER = new ConceptMatcher<HazardConcept>(HAZARD_CONCEPTS);

/** Concepts that put the message in the past, elsewhere, on paper or in a "what if", whatever the danger. */
const CALM: readonly HazardConcept[] = ['past', 'since', 'media', 'paper', 'hypothetical', 'fixed', 'future', 'nearly', 'fine'];
/**
 * Calm cues that only calm some dangers: a detector's battery or a cigarette says nothing about a child
 * who swallowed a battery or a husband who burns his wife, a drip nothing about a fire.
 */
const CALM_FOR: Partial<Record<EmergencyKind, readonly HazardConcept[]>> = {
  gas: ['device', 'benign'],
  fire: ['device', 'benign'],
  flood: ['minor'],
  domesticViolence: ['accident'],
  violence: ['accident'],
};

/** The calm cues a reading of this kind meets, less those the situation itself outweighs. */
function calmCues(kind: EmergencyKind, has: (c: HazardConcept) => boolean, found: Found<HazardConcept>): HazardConcept[] {
  const outweighed = new Set<HazardConcept>();
  // "depuis ce matin", "منذ ساعة": a danger going on since, not one that is over.
  if (has('ongoing')) outweighed.add('since').add('past');
  // "10 min ago", "منذ دقائق": just now, not in the past.
  if (has('recent')) outweighed.add('since').add('past');
  // A coin swallowed is money in the mouth, not a bill.
  if (kind === 'injury' && has('swallowed')) outweighed.add('paper');
  // A drip does not calm water that is everywhere, rising, filling a room or reaching the sockets.
  if (kind === 'flood' && (has('everywhere') || has('rising') || has('full') || has('depth') || has('electric'))) outweighed.add('minor');
  // The detector's battery does not calm smoke seen apart from the detector's name ("smoke under the door, the alarm beeps").
  if (kind === 'fire' && realSmoke(found)) outweighed.add('device');
  // Papers come with evictions ("no court letter", "sans papier"): the locks or belongings say it is happening.
  if (kind === 'evictionToday' && (has('thrownOut') || (has('locks') && has('changedLocks')))) outweighed.add('paper');
  // Nobody answering for days is feared for, whatever the television or the days say.
  if (kind === 'injury' && welfare(has)) ['media', 'past', 'since'].forEach((c) => outweighed.add(c as HazardConcept));
  return [...CALM, ...(CALM_FOR[kind] ?? [])].filter((c) => has(c) && !outweighed.has(c));
}

/** Smoke said other than as a detector's name ("smoke alarm", "détecteur de fumée"). */
function realSmoke(found: Found<HazardConcept>): boolean {
  const alarms = found.get('fireAlarmOnly') ?? [];
  return (found.get('smoke') ?? []).some((i) => !alarms.some((a) => a - i === 1 || (i - a >= 1 && i - a <= 2)));
}

/** A neighbour who has not opened or answered for days, or whose flat smells or has the television on behind the door. */
const welfare = (has: (c: HazardConcept) => boolean) => has('welfareNotOpening') && (has('days') || has('smell') || has('media'));

/** Darija's present marker typed as its own word, "kay dreb", "kat bki", read joined at the verb's place. */
const PRESENT_MARKER = new Set(['kay', 'kat', 'ka', 'tay', 'tat', 'ki', 'kan', 'kan9', 'كي', 'كا', 'كت', 'كن', 'تي']);
function joinPresentMarker(words: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!PRESENT_MARKER.has(words[i]!) || words[i + 1]!.length < 2) continue;
    out ??= [...words];
    out[i + 1] = words[i]! + words[i + 1]!;
  }
  return out;
}

/** Two concepts said close together (within `span` words), as "me" and "hit" in "il me frappe". */
function near(found: Found<HazardConcept>, a: HazardConcept, b: HazardConcept, span = 3): boolean {
  const as = found.get(a) ?? [];
  const bs = found.get(b) ?? [];
  return as.some((i) => bs.some((j) => i !== j && Math.abs(i - j) <= span));
}

/** Blows, not knocks: "hit" said within three words of a door is knocking or banging on it ("tapent à ma porte"). */
function blows(found: Found<HazardConcept>): Found<HazardConcept> {
  const doors = found.get('door') ?? [];
  const nearDoor = (i: number) => doors.some((d) => Math.abs(d - i) <= 3);
  const out = new Map(found);
  for (const concept of ['hit', 'me'] as const) {
    // "ma porte" is "my door", not "me": the word right before a door is not the one struck.
    const left = (found.get(concept) ?? []).filter((i) => (concept === 'hit' ? !nearDoor(i) : !doors.includes(i + 1)));
    if (left.length) out.set(concept, left);
    else out.delete(concept);
  }
  return out;
}

/**
 * A word read as the first concept is not the second too: Turkish "sigorta kutusu" is the fuse box, not
 * insurance; "prise en charge" is not a socket.
 */
const OVERRIDES: readonly [winner: HazardConcept, loser: HazardConcept, wordsAfter: number][] = [
  ['notElectric', 'electric', 0],
  ['electric', 'paper', 0],
  // lowlit French "le bra" is the arm, not darija "bra" (a letter)
  ['arm', 'paper', 0],
  // bleeding a radiator lets air out, not blood
  ['notBlood', 'blood', 0],
  // "bla3 dirham": a coin swallowed, not money to pay
  ['smallObject', 'paper', 0],
  // "next door" is a neighbour, not a door being knocked on
  ['nextDoor', 'door', 1],
  // lowlit "la fumer", "de la fume": the smoke, not someone smoking
  ['smoke', 'benign', 1],
];

function withoutOverlaps(found: Found<HazardConcept>): Found<HazardConcept> {
  let out = found;
  for (const [winner, loser, after] of OVERRIDES) {
    const wins = out.get(winner);
    const loses = out.get(loser);
    if (!wins || !loses) continue;
    const left = loses.filter((i) => !wins.some((w) => i >= w && i <= w + after));
    if (left.length === loses.length) continue;
    out = new Map(out);
    if (left.length) out.set(loser, left);
    else out.delete(loser);
  }
  return out;
}

/** A person shut in a lift ("je suis coincée dans l'ascenseur", "mama fih, between floors"), not a lift out of order. */
function trappedInLift(has: (c: HazardConcept) => boolean): boolean {
  if (!has('lift') && !has('inLift')) return false;
  if (has('nobody')) return false;
  const someoneIn = has('someone') || has('self') || has('inside') || has('inLift') || ((has('family') || has('child')) && (has('cry') || has('fear') || has('help')));
  return has('stuckPerson') || (has('stuck') && someoneIn) || (has('betweenFloors') && someoneIn);
}

/** A child on a window sill or a balcony's edge, climbing it or with the legs outside. */
function childAtWindow(has: (c: HazardConcept) => boolean): Level {
  if (!has('child') || !(has('window') || has('balconyOrStairs'))) return 0;
  if (!has('ledge') && !has('hanging')) return 0;
  return has('alone') || has('nobody') || has('now') || has('fear') || has('hanging') ? 2 : 1;
}

/**
 * Violence heard through a wall: screams, crying, blows or a call for help, two of them together, from
 * a neighbour's, a person or someone heard ("j'entends des cris et des coups chez la voisine").
 */
function heardViolence(has: (c: HazardConcept) => boolean): Level {
  const signs = (['shout', 'cry', 'blowsHeard', 'help', 'fight', 'hit'] as const).filter((c) => has(c)).length;
  // Screams and a call for help alone may be a fall: the injury rule asks about those.
  if (signs < 2 || !(has('blowsHeard') || has('cry') || has('fight') || has('hit'))) return 0;
  if (!(has('heard') || has('neighbour') || has('someone') || has('partner') || has('child'))) return 0;
  // "les enfants des voisins crient et pleurent tous les soirs": a noise to report, the bot asks at most.
  return has('habitual') ? 1 : 2;
}

/** "Ce loyer va me tuer", "kira beni öldürecek": a threat to kill said of the rent is a figure of speech. */
const kills = (has: (c: HazardConcept) => boolean) => has('kill') && !has('rentWord');

/** Children fighting over a game are not a brawl, unless a weapon, blood or a wound is said. */
const brawl = (has: (c: HazardConcept) => boolean) => has('fight') && !(has('child') && !has('weapon') && !has('blood') && !has('hurt'));

/** Someone lost in the cold (an old person or a child, in nightclothes or outside), a dog attacking someone, a face or throat swelling after eating. */
function exposed(has: (c: HazardConcept) => boolean): boolean {
  if (has('lost') && has('cold') && (has('elder') || has('child'))) return true;
  if (has('dog') && has('bite') && (has('child') || has('someone') || has('family') || has('me') || has('self') || has('now') || has('urgent') || has('help'))) return true;
  return has('swelling') && has('face') && (has('ingest') || has('noBreath') || has('breath'));
}

/** Someone getting in by a window or a door while the resident hides or says it is happening now. */
const gettingIn = (has: (c: HazardConcept) => boolean) =>
  has('someone') && has('entering') && (has('window') || has('door')) && (has('fear') || has('now') || has('help'));

/** Someone opening the door with a tool, or while the resident is alone or afraid inside. */
const forcedOpen = (has: (c: HazardConcept) => boolean) =>
  has('someone') && has('door') && has('opening') && (has('tool') || has('fear') || has('alone'));

/**
 * Turkish says "if" with a suffix: "yangın çıkarsa", "gaz kokarsa", "su basarsa". Only its back-vowel
 * forms: the front ones ("düşerse") end like Spanish reflexives ("levantarse", "moverse").
 */
const isTurkishConditional = (word: string) => /^[a-z]{3,}[aiu]rsa$/.test(word);

/** The situation rules, one per kind: which concepts together make a danger happening, or a possible one. */
const RULES: Record<EmergencyKind, (has: (c: HazardConcept) => boolean, found: Found<HazardConcept>) => Level> = {
  gas: (has) => {
    if (has('rottenEgg') || (has('gas') && (has('smell') || has('leak') || has('hiss') || has('symptom')))) return 2;
    // Carbon monoxide has no smell: headaches, dizziness or sickness where a boiler or heater burns, or its detector with someone unwell.
    if (has('symptom') && has('heater')) return 2;
    if (has('coAlarm')) return has('symptom') || has('fall') || has('onFloor') || has('unconscious') || has('now') ? 2 : 1;
    if ((has('gas') && (has('now') || has('help') || has('urgent'))) || (has('smell') && has('symptom'))) return 1;
    return 0;
  },
  fire: (has, found) => {
    if (has('fire') && !has('fireAlarmOnly')) return 2;
    // "un détecteur de fumée", "détecteur dyal dkhan": the device's name, not smoke seen.
    const smoke = has('smoke') && realSmoke(found);
    if (smoke && (has('now') || has('everywhere') || has('much') || has('help') || has('urgent') || has('door'))) return 2;
    if ((has('sparks') && has('electric')) || ((smoke || has('smoking')) && has('electric'))) return 2;
    // A smoke alarm going off next door or with a call for help is asked about; one to buy or to fit is not.
    if (has('smoke') && has('fireAlarmOnly') && (has('now') || has('neighbour') || has('help') || has('urgent'))) return 1;
    if (smoke || has('sparks') || (has('fire') && has('fireAlarmOnly'))) return 1;
    return 0;
  },
  flood: (has) => {
    if (has('flooding') || (has('pipe') && has('burst'))) return 2;
    const water = has('water') || has('leak') || has('sewage');
    // Water and electricity together are a danger when the water moves: "coule sur les prises", not "les compteurs d'eau et d'électricité".
    const moving = has('pouring') || has('rising') || has('much') || has('now') || has('ceiling') || has('leak');
    if (water && (has('everywhere') || has('rising') || has('full') || has('depth') || (has('electric') && moving) || (has('ceiling') && (has('pouring') || has('much'))) || (has('pouring') && has('much')))) return 2;
    if (water && (has('ceiling') || has('pouring') || has('much'))) return 1;
    return 0;
  },
  injury: (has, found) => {
    // Something a child must not take, taken: a cleaning product, pills, a button battery.
    // Someone's own medicine taken as prescribed is not an overdose, a whole box of it is.
    const medicine = has('medicine') && (!has('ownMedicine') || has('wholeBox') || has('much'));
    if (has('suicide')) return 2;
    if ((has('poison') || has('product') || medicine) && (has('ingest') || has('swallowed'))) return 2;
    if ((has('poison') || has('product')) && has('mouth')) return 2;
    if (has('swallowed') && (has('smallObject') || has('cough') || has('noBreath') || has('pain') || has('something'))) return 2;
    if (childAtWindow(has) === 2 || exposed(has)) return 2;
    // The heart and the brain: chest pain with the arm or sweating; a face drooping, speech gone.
    if ((has('chest') && (has('arm') || has('sweat'))) || has('strokeSign')) return 2;
    // The building gives way: a balcony or stairs collapsing, a ceiling fallen on someone.
    if ((has('collapse') && has('structure')) || (has('fall') && has('structure') && has('onSomeone'))) return 2;
    if (welfare(has) || near(found, 'wake', 'abnormal', 3)) return 2;
    if (has('fall') && (has('balconyOrStairs') || has('window') || has('headHit') || (has('bone') && has('smashed')))) return 2;
    // A child hanging from a balcony or a window.
    if (has('hanging') && (has('balconyOrStairs') || has('window'))) return 2;
    // Down and not getting up, not answering, or shaking: "il se relève pas", "she is not answering".
    const down = has('fall') || has('onFloor') || has('floorPlace');
    if (down && (near(found, 'getUp', 'abnormal', 3) || near(found, 'answer', 'abnormal', 3) || near(found, 'speak', 'abnormal', 2) || has('convulse'))) return 2;
    if (has('unconscious') || has('noBreath') || near(found, 'breath', 'abnormal', 2) || has('heart') || has('cantGetUp') || (has('blood') && (has('much') || has('fall') || has('now') || has('help')))) return 2;
    if ((has('fall') && (has('hurt') || has('help') || has('urgent'))) || ((has('fall') || has('onFloor')) && near(found, 'moves', 'abnormal', 2))) return 2;
    // Someone heard shouting for help: the bot asks.
    // "wa7ed tay7 f ascenseur": someone lying fallen, not paint fallen off a wall.
    const lyingSomeone = has('lyingFallen') && (has('family') || has('someone'));
    if (has('blood') || has('onFloor') || lyingSomeone || (has('shout') && has('help')) || (has('fall') && (has('now') || has('ambulance'))) || (has('hurt') && (has('help') || has('urgent')))) return 1;
    if (has('ambulance') && (has('now') || has('urgent') || has('help'))) return 2;
    return childAtWindow(has);
  },
  // Someone shut in a lift needs the lift's alarm and the fire brigade, not first aid: its own kind.
  trapped: (has) => (trappedInLift(has) ? 2 : 0),
  domesticViolence: (has, found) => {
    if (!has('partner')) return 0;
    // At the door, breaking it or threatening to, or kept away by a court order.
    const smashing = has('smashed') && (has('now') || has('fear') || has('help'));
    if ((has('door') || has('window')) && (smashing || has('forcing') || has('threat') || has('protectionOrder'))) return 2;
    if (has('confined')) return 2;
    // A partner who broke a nose or a bone.
    if (has('smashed') && has('bone') && near(found, 'partner', 'smashed', 8)) return 2;
    if (near(found, 'partner', 'hit', 4) || near(found, 'partner', 'hitMe', 8) || near(found, 'partner', 'threat', 8) || near(found, 'partner', 'weapon', 6) || near(found, 'partner', 'hurt', 4) || kills(has)) return 2;
    return has('fear') && near(found, 'partner', 'fear', 6) ? 1 : 0;
  },
  violence: (has, found) => {
    // A window or door broken by someone who is getting in: "biri camı kırdı içeri giriyor".
    const breakingIn = (has('forcing') && (has('door') || has('window'))) || (has('someone') && (has('smashed') || has('forcing')) && (has('window') || has('door')) && has('entering'));
    if (kills(has) || has('breakIn') || breakingIn || forcedOpen(has) || gettingIn(has) || (has('weapon') && (has('threat') || has('now') || has('door') || has('help') || has('fight') || has('shout')))) return 2;
    if (has('hitMe') || near(found, 'me', 'hit', 2) || (brawl(has) && (has('now') || has('help') || has('urgent')))) return 2;
    const heard = heardViolence(has);
    if (heard === 2) return 2;
    // A knife or a gun said with nobody holding it is a kitchen knife or the news: only a person with it is asked about.
    const armedPerson = has('weapon') && (has('someone') || has('partner') || has('neighbour') || has('fear') || has('they'));
    if (armedPerson || brawl(has) || (has('threat') && (has('help') || has('fear'))) || (has('fear') && has('door')) || heard === 1) return 1;
    return 0;
  },
  evictionToday: (has) => {
    const official = has('bailiff') || (has('police') && (has('thrownOut') || has('locks')));
    // Locks changed by someone, now: "ils changent la serrure", not "je voudrais changer ma serrure".
    const locksChanged = has('locks') && has('changedLocks') && (official || has('landlord') || has('they') || has('today'));
    if (has('evicting')) return 2;
    if ((official && (has('door') || has('now') || has('today') || has('locks'))) || (has('thrownOut') && has('locks')) || locksChanged || (has('thrownOut') && (has('today') || has('now')))) return 2;
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

  /**
   * @param raw the message as folded words; @param canonical the same once Arabizi and phonetic spellings are read;
   * @param darija the message may be darija (Arabic chosen, or Arabizi words in it): its Latin words are also respelled.
   */
  read(text: string, raw: readonly string[], canonical: readonly string[], darija = arabiziScore(raw.join(' ')) >= 1): EmergencyReading | undefined {
    const views = canonical.join(' ') === raw.join(' ') ? [raw] : [raw, canonical];
    // Darija in Latin letters is also read respelled the lexicon's way ("rihet" as "ri7t"), its present
    // marker typed apart joined back ("kay dreb" as "kaydreb").
    if (darija) {
      const respelled = MATCHER.respell(raw);
      views.push(respelled);
      const joined = joinPresentMarker(raw);
      if (joined) views.push(MATCHER.respell(joined));
    }
    const found = withoutOverlaps(MATCHER.find(views));
    const conditional = raw.some(isTurkishConditional);
    const has = (c: HazardConcept) => found.has(c) || (c === 'hypothetical' && conditional);
    const byPattern = this.patterns.match(text) ?? this.patterns.match(canonical.join(' '));
    let kind: EmergencyKind | undefined;
    let level: Level = 0;
    const struck = blows(found);
    const hasBlow = (c: HazardConcept) => struck.has(c);
    for (const k of EMERGENCY_KINDS) {
      const violent = k === 'violence' || k === 'domesticViolence';
      const l = violent ? RULES[k](hasBlow, struck) : RULES[k](has, found);
      if (l > level) [kind, level] = [k, l];
    }
    // The content's patterns: one of several words says a danger; a one-word pattern ("couteau", "knife")
    // only when the rules or a word of urgency say something is happening.
    const urgent = has('now') || has('help') || has('urgent') || has('fear') || /!{2,}/.test(text);
    // At equal strength the kind checked first wins, as in the rules.
    const first = (a: EmergencyKind, b: EmergencyKind | undefined) => !b || EMERGENCY_KINDS.indexOf(a) <= EMERGENCY_KINDS.indexOf(b);
    if (byPattern && (!byPattern.weak || level > 0 || urgent) && (level < 2 || first(byPattern.kind, kind))) [kind, level] = [byPattern.kind, 2];
    if (!kind || level === 0) return undefined;
    // "Ce loyer va me tuer" said by a pattern too: with nothing else violent, the rent is not a threat.
    if ((kind === 'violence' || kind === 'domesticViolence') && has('rentWord') && has('kill') && !['hit', 'hitMe', 'weapon', 'partner', 'threat'].some((c) => struck.has(c as HazardConcept))) return undefined;
    // A possible danger that comes back each time ("l'eau rentre quand il pleut", "every night") is a repair to ask for.
    if (level === 1 && has('habitual')) return undefined;
    const calm = calmCues(kind, has, found);
    if (calm.length > 0) {
      // "Hier déjà, et ça sent encore", "help, the gas!!": what is happening beats what happened.
      const stillNow = has('help') || has('urgent') || /!{2,}/.test(text) || (has('still') && calm.every((c) => c === 'past' || c === 'since' || c === 'nearly'));
      return stillNow && level === 2 ? { kind, certainty: 'unsure' } : undefined;
    }
    return { kind, certainty: level === 2 || (has('now') && (has('help') || has('urgent'))) ? 'now' : 'unsure' };
  }
}

/**
 * Whether a message says what it tells is past, elsewhere, on paper or a "what if" (the calm cues every danger
 * shares): the classifier's backstop (emergency-backstop.ts) never asks about such a message.
 */
export function saysCalm(raw: readonly string[], canonical: readonly string[], darija: boolean): boolean {
  const views = canonical.join(' ') === raw.join(' ') ? [raw] : [raw, canonical];
  if (darija) views.push(MATCHER.respell(raw));
  const found = withoutOverlaps(MATCHER.find(views));
  if (raw.some(isTurkishConditional)) return true;
  // "depuis ce matin": going on since, not over.
  const outweighed = found.has('ongoing') ? new Set<HazardConcept>(['since', 'past']) : new Set<HazardConcept>();
  return CALM.some((c) => found.has(c) && !outweighed.has(c));
}
