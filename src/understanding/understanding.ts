// The understanding layer: one resident message → language, topic or emergency, choice, seats, dates.
import type { Language } from '../config.js';
import type { Translator } from '../i18n.js';
import type { EmergencyDetector, EmergencyKind } from '../knowledge/emergency.js';
import type { QuestionRouter, ScoredTopic } from '../knowledge/router.js';
import type { ChoiceOption } from '../recognize.js';
import { readChoice, type ChoiceReading } from './choice.js';
import { WhenReader, type WhenReading } from './dates.js';
import { EmergencyReader, saysCalm, type EmergencyReading } from './emergency.js';
import { BACKSTOP_KIND, backstopAsks, type BackstopReading, type BackstopSignal, type BackstopTuning, DEFAULT_BACKSTOP } from './emergency-backstop.js';
import { arabiziScore, LanguageDetector, type LanguageGuess } from './language.js';
import { BoundedMemo } from '../memo.js';
import { canonicalWords, foldText, words } from './normalize.js';
import { SeatsReader, type SeatsReading } from './seats.js';
import { countTopicFeatures, EMERGENCY_CLASS, TopicClassifier, type TopicCounts } from './topic-classifier.js';
import type { TextExample } from './topic-examples.js';
import { FrenchSpeller } from './french-sound.js';
import { DEFAULT_FUSION, type FusionTuning, TopicRouter } from './topics.js';

export type { BackstopReading, ChoiceReading, EmergencyReading, LanguageGuess, SeatsReading, WhenReading };

/** What a message is about. */
export type Understood =
  | { kind: 'emergency'; emergency: EmergencyKind; certainty: 'now' | 'unsure' }
  | { kind: 'topic'; topic: string; candidates: ScoredTopic[] }
  | { kind: 'choices'; candidates: ScoredTopic[] }
  | { kind: 'none'; candidates: ScoredTopic[] };

export interface UnderstandingDeps {
  translator: Translator;
  index: QuestionRouter;
  emergencies: EmergencyDetector;
  topics: readonly string[];
  timeZone: string;
  /** What the topic classifier learns from (content and example questions); none: no classifier. */
  examples?: readonly TextExample[];
  /** What a training on these same examples learned (the build's topic model): the classifier is rebuilt from it, not trained. */
  topicCounts?: TopicCounts;
  /** Texts of the French content: their words mend French written by ear ("asurence" → assurance). */
  frenchVocabulary?: readonly string[];
  /** Fusion settings other than the tuned defaults (for measuring). */
  fusion?: Partial<FusionTuning>;
  /** When the classifier's backstop asks about a danger no rule saw, other than the tuned defaults (for measuring). */
  backstop?: Partial<BackstopTuning>;
}

/** A message is read up to here: enough for anyone, and a flood of text cannot slow a turn. */
const MAX_CHARS = 600;
/** Messages up to this length have their emergency check remembered. */
const SHORT_MESSAGE = 100;
export class Understanding {
  private readonly detector: LanguageDetector;
  private readonly router: TopicRouter;
  private readonly emergencyReader: EmergencyReader;
  private readonly seatsReader = new SeatsReader();
  private readonly whenReader: WhenReader;
  private readonly speller?: FrenchSpeller;
  private readonly emergencies = new BoundedMemo<Readonly<BackstopReading> | undefined>(2_000);
  private readonly classifier?: TopicClassifier;
  private readonly backstop: BackstopTuning;

  constructor(deps: UnderstandingDeps) {
    if (!deps?.translator || !deps.index || !deps.emergencies) throw new Error('Understanding: translator, index and emergencies are required');
    if (deps.frenchVocabulary?.length) this.speller = new FrenchSpeller(deps.frenchVocabulary.map((text) => words(text)));
    this.detector = new LanguageDetector(deps.translator.languages, (lng) => deps.translator.list(lng, 'common:commands.greeting'));
    const classifier = deps.examples?.length ? new TopicClassifier(deps.topicCounts ?? this.topicCounts(deps.examples)) : undefined;
    this.router = new TopicRouter(deps.index, deps.topics, classifier, { ...DEFAULT_FUSION, ...deps.fusion });
    if (classifier?.topics.includes(EMERGENCY_CLASS)) this.classifier = classifier;
    this.backstop = { ...DEFAULT_BACKSTOP, ...deps.backstop };
    this.emergencyReader = new EmergencyReader(deps.emergencies);
    this.whenReader = new WhenReader(deps.timeZone);
  }

  language(text: string): LanguageGuess {
    return this.detector.detect(text.slice(0, MAX_CHARS));
  }

  /**
   * Only the emergency check, run first on every turn: a danger happening now, or one to ask about; `backstop`
   * when only the classifier saw it (the dialog then asks only if the message does not answer its question).
   */
  emergency(text: string, lng: Language): Readonly<BackstopReading> | undefined {
    const check = () => {
      const reading = this.readEmergency(this.read(text, lng), lng);
      return reading && Object.freeze(reading);
    };
    // Residents send the same short answers over and over ("1", "non", a button's words); long messages are rarely repeated.
    return text.length <= SHORT_MESSAGE ? this.emergencies.get(`${lng}\u0000${text}`, check) : check();
  }

  private read(text: string, lng: Language) {
    const message = text.slice(0, MAX_CHARS);
    const raw = words(message);
    const arabizi = arabiziScore(raw.join(' ')) >= 1;
    const speller = this.speller;
    const canonical = canonicalWords(message, {
      darija: lng === 'ar' || lng === 'fr' || arabizi,
      french: lng === 'fr' || arabizi || lng === 'ar',
      spanish: lng === 'es',
      mend: speller && ((w: string) => speller.mend(w)),
    });
    return { message, raw, arabizi, canonical };
  }

  /** Trains the topic classifier on `examples`, read as messages are: what it learned. */
  topicCounts(examples: readonly TextExample[]): TopicCounts {
    return countTopicFeatures(examples.map((e) => ({ topic: e.topic, weight: e.weight, words: this.topicWords(e.text, e.lang) })));
  }

  /** A text's words as topic routing reads them (Arabizi and phonetic spellings read, Arabic stems added). */
  topicWords(text: string, lng: Language): string[] {
    return withArabicStems(this.read(text, lng).canonical);
  }

  /** The emergency rules; when they see nothing, the classifier's backstop may still ask. */
  private readEmergency(read: ReturnType<Understanding['read']>, lng: Language): BackstopReading | undefined {
    const { message, raw, arabizi, canonical } = read;
    const reading = this.emergencyReader.read(message, raw, canonical, lng === 'ar' || arabizi);
    if (reading) return reading;
    return backstopAsks(this.backstopSignal(read, lng), this.backstop) ? { kind: BACKSTOP_KIND, certainty: 'unsure', backstop: true } : undefined;
  }

  /** What the classifier's backstop weighs about a message, whatever the rules say (for measuring). */
  backstopSignalOf(text: string, lng: Language): BackstopSignal {
    return this.backstopSignal(this.read(text, lng), lng);
  }

  private backstopSignal({ message, raw, arabizi, canonical }: ReturnType<Understanding['read']>, lng: Language): BackstopSignal {
    const stemmed = withArabicStems(canonical);
    return {
      lead: this.classifier?.emergencyLead(stemmed),
      words: raw.length,
      calm: saysCalm(raw, canonical, lng === 'ar' || arabizi),
      // A broken cellar lock is a repair, even if cellars and doors are in many emergencies.
      clearTopic: () => this.router.rank(foldText(message), stemmed, this.indexLanguage(message, lng, arabizi)).clear,
    };
  }

  /** Arabizi is darija read through French words: the French documents weigh most. */
  private indexLanguage(message: string, lng: Language, arabizi: boolean): Language {
    const latinArabic = lng === 'ar' && !/[\u0600-\u06ff]/.test(message);
    return latinArabic || (arabizi && lng !== 'ar') ? 'fr' : lng;
  }

  /** Emergency first; then one clear topic, a few candidates, or nothing relevant. */
  understand(text: string, lng: Language): Understood {
    const read = this.read(text, lng);
    const { message, arabizi, canonical } = read;
    const emergency = this.readEmergency(read, lng);
    if (emergency) return { kind: 'emergency', emergency: emergency.kind, certainty: emergency.certainty };
    const { ranked, none, clear } = this.router.rank(foldText(message), withArabicStems(canonical), this.indexLanguage(message, lng, arabizi));
    if (none) return { kind: 'none', candidates: ranked };
    return clear ? { kind: 'topic', topic: ranked[0]!.id, candidates: ranked } : { kind: 'choices', candidates: ranked };
  }

  /** The topics as the batch command prints them: best first, "emergency" or "none" alone. */
  topics(text: string, lng: Language): string[] {
    const understood = this.understand(text, lng);
    if (understood.kind === 'emergency') return ['emergency'];
    if (understood.kind === 'none') return ['none'];
    return understood.candidates.map((c) => c.id);
  }

  /**
   * A clear new question typed where the bot expected something else ("et si j'ai une fuite ?"
   * while reading a procedure): its topic, or undefined. Short answers are never questions.
   */
  newQuestion(text: string, lng: Language): string | undefined {
    const sentence = words(text).length >= 3 || /\?\s*$/.test(text);
    if (!sentence) return undefined;
    const understood = this.understand(text, lng);
    return understood.kind === 'topic' ? understood.topic : undefined;
  }

  choice(text: string, options: readonly ChoiceOption[]): ChoiceReading {
    return readChoice(text.slice(0, MAX_CHARS), options);
  }

  seats(text: string, lng: Language): SeatsReading {
    return this.seatsReader.read(text.slice(0, MAX_CHARS), lng);
  }

  when(text: string, lng: Language, now: Date): WhenReading {
    return this.whenReader.read(text.slice(0, MAX_CHARS), lng, now);
  }
}

const ARABIC_CLITICS = /^(?:وال|فال|بال|كال|لل|ال|ف|ب|ل|ك)(?=[\u0600-\u06ff]{3,})/;

/** Arabic joins "the", "in", "with" to the next word ("فالكرا", "بالغاز"): the bare word is added too. */
function withArabicStems(words: readonly string[]): string[] {
  const extra = words.map((w) => w.replace(ARABIC_CLITICS, '')).filter((w, i) => w !== words[i]);
  return extra.length ? [...words, ...extra] : [...words];
}
