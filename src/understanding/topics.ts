// Topic routing by rank fusion: the content's MiniSearch index and the multilingual topic lexicon.
import type { Language } from '../config.js';
import type { QuestionRouter, ScoredTopic } from '../knowledge/router.js';
import type { TopicClassifier } from './topic-classifier.js';
import { TopicWordScorer } from './topic-words.js';

export interface TopicRanking {
  /** Topics best first, with the fused score. */
  ranked: ScoredTopic[];
  /** true when nothing is relevant enough to name a topic. */
  none: boolean;
  /** true when the best topic is clearly ahead (the bot may open it without asking). */
  clear: boolean;
}

/** Tuned on test/fixtures/understanding/tune (see README, "Understanding"). */
export interface FusionTuning {
  /** Weight of the index's score (relative to its best) next to the lexicon's points. */
  indexWeight: number;
  /** Index scores below this count as nothing. */
  indexFloor: number;
  /** Below this fused score, nothing is relevant. */
  minScore: number;
  /** The best topic is clear when it beats the second by this factor. */
  clearRatio: number;
  /** Weight of the classifier's probability next to the lexicon's points. */
  classifierWeight: number;
  /** The classifier alone names a topic when it gives it at least this probability. */
  classifierAlone: number;
}

export const DEFAULT_FUSION: FusionTuning = { indexWeight: 2.5, indexFloor: 25, minScore: 1.5, clearRatio: 1.4, classifierWeight: 3, classifierAlone: 0.9 };

export class TopicRouter {
  private readonly words: TopicWordScorer;

  constructor(
    private readonly index: QuestionRouter,
    topics: readonly string[],
    private readonly classifier?: TopicClassifier,
    private readonly tuning: FusionTuning = DEFAULT_FUSION,
  ) {
    this.words = new TopicWordScorer(topics);
  }

  /**
   * @param canonical the message's words once Arabizi and phonetic spellings are read;
   * @param indexLanguage the language whose documents weigh most in the index (French for Arabizi).
   */
  rank(text: string, canonical: readonly string[], indexLanguage: Language, limit = 3): TopicRanking {
    const fused = new Map<string, number>();
    for (const [topic, points] of this.words.score(canonical)) fused.set(topic, points);
    const query = canonical.join(' ') === text ? text : `${text} ${canonical.join(' ')}`;
    const indexed = this.index.rank(query, indexLanguage, 5).filter((r) => r.score >= this.tuning.indexFloor);
    const top = indexed[0]?.score ?? 0;
    // The index's best topic counts in proportion to how strong the index is overall (a long match
    // scores high), capped, so a weak index hit cannot outvote the lexicon.
    const strength = Math.min(1, top / 100);
    for (const r of indexed) fused.set(r.id, (fused.get(r.id) ?? 0) + this.tuning.indexWeight * strength * (r.score / top) * (0.5 + 0.5 * r.coverage));
    const lexical = Math.max(0, ...fused.values());
    let sure = 0;
    for (const [topic, p] of this.classifier?.classifyTopics(canonical) ?? []) {
      fused.set(topic, (fused.get(topic) ?? 0) + this.tuning.classifierWeight * p);
      sure = Math.max(sure, p);
    }
    const ranked = [...fused.entries()]
      .map(([id, score]) => ({ id, score: Math.round(score * 100) / 100, coverage: 0 }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    const [first, second] = ranked;
    const none = !first || (lexical < this.tuning.minScore && sure < this.tuning.classifierAlone);
    return { ranked, none, clear: !none && (!second || first!.score >= second.score * this.tuning.clearRatio) };
  }
}
