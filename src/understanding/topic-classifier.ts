// A topic classifier trained on the content and on residents' example questions (at build time, see
// topic-model.ts, or at start-up when the content changed since): naive Bayes over word stems, word pairs and
// letter n-grams, so a word never seen whole ("asurence", "kiralık", "الإيجار") still counts through its pieces.
import { STOP_WORDS } from '../knowledge/stopwords.js';

export interface TopicExample {
  topic: string;
  /** The example's words as the understanding layer reads a message (canonicalWords). */
  words: readonly string[];
  /** How much the example counts (a content title counts more than one of its steps). */
  weight?: number;
}

/**
 * Not a topic: the class the classifier learns from our self-written emergencies, read only as a backstop
 * for the emergency rules (understanding.ts) and never offered as a topic to route to.
 */
export const EMERGENCY_CLASS = 'emergency';
/** Not a topic either: every calm near-miss of an emergency (a fire on the news, a gas bill), its counterweight. */
export const CALM_CLASS = 'calm';
/** The classes that are not topics. */
const NOT_TOPICS = new Set([EMERGENCY_CLASS, CALM_CLASS]);

/** Words that say nothing about a topic, in any of the six languages. */
const STOP = new Set(Object.values(STOP_WORDS).flatMap((s) => [...s]));

/** Weight of each kind of feature: a whole word, a pair of words, one letter n-gram. */
const WORD = 1;
const PAIR = 0.7;
const GRAM = 0.5;
/** Letter n-grams of four (with the word's edges marked): measured as good as three and four together, and half the work. */
const GRAM_SIZE = 4;
/** Additive smoothing. */
const ALPHA = 0.2;
/**
 * Naive Bayes adds up many letter n-grams and comes out far too sure of itself: scores are averaged
 * over the message's known features and multiplied by this before they become probabilities.
 */
const SHARPNESS = 4;

const ARABIC_PREFIX = /^(?:وال|فال|بال|كال|ولل|لل|ال|و|ف|ب|ل|ك)(?=[\u0600-\u06ff]{3,})/;
const ARABIC_SUFFIX = /(?:ها|هم|كم|نا|ات|ين|ون|تي|ي|ك)$/; // not ه: it is also the folded ة of every feminine noun

/** Arabic light stemming: the joined "and", "the", "in", "with" and the endings of possession and plural. */
export function arabicStem(word: string): string {
  const bare = word.replace(ARABIC_PREFIX, '');
  const stem = bare.replace(ARABIC_SUFFIX, '');
  return stem.length >= 3 ? stem : bare;
}

/** A word cut to the part that carries its meaning across endings ("loyers" → "loyer", "kirayi" → "kiray", "بالكراء" → "كراء"). */
function stemOf(word: string): string {
  return /[\u0600-\u06ff]/.test(word) ? arabicStem(word) : word.slice(0, 5);
}

/** The features of a message with their weights. */
export function topicFeatures(words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string, w: number) => out.set(f, Math.max(out.get(f) ?? 0, w));
  let previous: string | undefined;
  for (const word of words) {
    if (word.length < 2 || STOP.has(word) || /^\d+$/.test(word)) {
      previous = undefined;
      continue;
    }
    const stem = stemOf(word);
    add(`w:${stem}`, WORD);
    if (previous) add(`p:${previous}_${stem}`, PAIR);
    previous = stem;
    const padded = `<${word}>`;
    for (let i = 0; i + GRAM_SIZE <= padded.length; i++) add(`g:${padded.slice(i, i + GRAM_SIZE)}`, GRAM);
  }
  return out;
}

/** What training learned, as numbers a JSON file can hold exactly: the classifier is rebuilt from it without the examples. */
export interface TopicCounts {
  topics: string[];
  /** Every feature seen, in the order first seen. */
  features: string[];
  /** Per feature, its weighted count in each topic it was seen in: [topic index, count, topic index, count…]. */
  counts: number[][];
  /** Per topic, the sum of its weighted counts. */
  totals: number[];
}

/** Training proper: every example's features counted per topic. */
export function countTopicFeatures(examples: readonly TopicExample[]): TopicCounts {
  const topics = [...new Set(examples.map((e) => e.topic))].sort();
  const n = topics.length;
  const index = new Map(topics.map((t, i) => [t, i]));
  const rows = new Map<string, number>();
  const totals = new Float64Array(n);
  let counts = new Float32Array(4096 * n);
  for (const example of examples) {
    const t = index.get(example.topic)!;
    for (const [feature, w] of topicFeatures(example.words)) {
      let row = rows.get(feature);
      if (row === undefined) {
        row = rows.size;
        rows.set(feature, row);
        if ((row + 1) * n > counts.length) {
          const grown = new Float32Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
      }
      const value = w * (example.weight ?? 1);
      counts[row * n + t] = counts[row * n + t]! + value;
      totals[t] = totals[t]! + value;
    }
  }
  const sparse = [...rows.values()].map((row) => {
    const entries: number[] = [];
    for (let t = 0; t < n; t++) if (counts[row * n + t]) entries.push(t, counts[row * n + t]!);
    return entries;
  });
  return { topics, features: [...rows.keys()], counts: sparse, totals: [...totals] };
}

export class TopicClassifier {
  readonly topics: string[];
  /** feature → its row in `logLikelihood`. */
  private readonly rows = new Map<string, number>();
  /** log P(feature | topic), one row of topics per feature. */
  private readonly logLikelihood: Float32Array;
  /** Trains on `examples`, or takes what a training learned (`countTopicFeatures`), which gives the same classifier. */
  constructor(source: readonly TopicExample[] | TopicCounts) {
    const learned = Array.isArray(source) ? countTopicFeatures(source as readonly TopicExample[]) : (source as TopicCounts);
    this.topics = learned.topics;
    const n = this.topics.length;
    const vocabulary = learned.features.length;
    // Counts sum in single precision, as training does, so a classifier rebuilt from them is the same to the bit.
    this.logLikelihood = new Float32Array(vocabulary * n);
    learned.features.forEach((feature, row) => {
      this.rows.set(feature, row);
      const entries = learned.counts[row]!;
      for (let i = 0; i < entries.length; i += 2) this.logLikelihood[row * n + entries[i]!] = entries[i + 1]!;
    });
    const denominators = learned.totals.map((total) => total + ALPHA * vocabulary);
    for (let i = 0; i < this.logLikelihood.length; i++) this.logLikelihood[i] = Math.log((this.logLikelihood[i]! + ALPHA) / denominators[i % n]!);
  }

  /** Topic → probability (uniform prior), or an empty map when no word of the message is known. */
  classify(words: readonly string[]): Map<string, number> {
    const n = this.topics.length;
    const scores = new Float64Array(n);
    let known = 0;
    for (const [feature, w] of topicFeatures(words)) {
      const row = this.rows.get(feature);
      if (row === undefined) continue;
      known += w;
      for (let t = 0; t < n; t++) scores[t] = scores[t]! + w * this.logLikelihood[row * n + t]!;
    }
    if (known === 0) return new Map();
    const best = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(((s - best) / known) * SHARPNESS));
    const sum = exp.reduce((a, b) => a + b, 0);
    return new Map(this.topics.map((t, i) => [t, exp[i]! / sum]));
  }

  /** Topic → probability as `classify`, without the emergency and calm classes (their share spread back over the topics). */
  classifyTopics(words: readonly string[]): Map<string, number> {
    const all = this.classify(words);
    let removed = 0;
    for (const cls of NOT_TOPICS) {
      removed += all.get(cls) ?? 0;
      all.delete(cls);
    }
    if (removed === 0) return all;
    const rest = 1 - removed;
    for (const [topic, p] of all) all.set(topic, rest > 0 ? p / rest : 0);
    return all;
  }

  /** How far the emergency class leads the best other class (negative: another leads), or undefined when nothing is known. */
  emergencyLead(words: readonly string[]): number | undefined {
    const all = this.classify(words);
    const emergency = all.get(EMERGENCY_CLASS);
    if (emergency === undefined) return undefined;
    let best = 0;
    for (const [topic, p] of all) if (topic !== EMERGENCY_CLASS) best = Math.max(best, p);
    return emergency - best;
  }
}
