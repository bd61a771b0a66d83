// Scores procedure topics by the words that point to them (lexicon/topics.ts), in any language.
import { foldText } from '../text.js';
import { TOPIC_WORDS } from './lexicon/topics.js';
import { compileEntries, entryPositions, type Entry } from './word-match.js';

interface TopicEntries {
  topic: string;
  strong: Entry[];
  weak: Entry[];
}

const STRONG = 3;
const WEAK = 1;

/** The compiled lexicon, with the first letters of each entry so a message only meets likely entries. */
export class TopicWordScorer {
  private readonly topics: TopicEntries[];
  /** First two letters of an entry's first word → entries (topic index, weight). */
  private readonly byStart = new Map<string, { topic: number; entry: Entry; weight: number }[]>();

  constructor(known: readonly string[]) {
    this.topics = Object.entries(TOPIC_WORDS)
      .filter(([topic]) => known.includes(topic))
      .map(([topic, words]) => ({ topic, strong: compileEntries(words.strong, foldText), weak: compileEntries(words.weak, foldText) }));
    this.topics.forEach((t, topic) => {
      for (const [list, weight] of [[t.strong, STRONG], [t.weak, WEAK]] as const) {
        for (const entry of list) {
          const key = entry[0]!.word.slice(0, 2);
          this.byStart.set(key, [...(this.byStart.get(key) ?? []), { topic, entry, weight }]);
        }
      }
    });
  }

  /**
   * Topic → score; each entry counts once, a longer entry (a phrase) a little more. A message word
   * counts once for a topic: "payer mon loyer" scores the phrase, not also "payer", "pay*" and "loyer*".
   */
  score(message: readonly string[]): Map<string, number> {
    const keys = new Set(message.map((w) => w.slice(0, 2)));
    const found: { topic: number; weight: number; at: number[] }[] = [];
    const seen = new Set<Entry>();
    for (const key of keys) {
      for (const { topic, entry, weight } of this.byStart.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const at = entryPositions(entry, message);
        if (at) found.push({ topic, weight: weight * (1 + 0.5 * (entry.length - 1)), at });
      }
    }
    // Longer and stronger entries first take the words they use.
    found.sort((a, b) => b.at.length - a.at.length || b.weight - a.weight);
    const used = new Map<number, Set<number>>();
    const scores = new Map<string, number>();
    for (const { topic, weight, at } of found) {
      const taken = used.get(topic) ?? new Set<number>();
      if (at.some((i) => taken.has(i))) continue;
      for (const i of at) taken.add(i);
      used.set(topic, taken);
      const id = this.topics[topic]!.topic;
      scores.set(id, (scores.get(id) ?? 0) + weight);
    }
    return scores;
  }
}
