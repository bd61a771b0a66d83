// The content's lexical index (MiniSearch), in every language: one of the scorers topic routing fuses (understanding/topics.ts).
import MiniSearch from 'minisearch';
import type { Language } from '../config.js';
import { foldText } from '../text.js';
import type { ProcedureContent, Topic } from './content.js';
import { STOP_WORDS } from './stopwords.js';

export interface ScoredTopic {
  id: string;
  score: number;
  /** Share of the question's meaningful words this topic matched (0 to 1). */
  coverage: number;
}

interface TopicDocument {
  id: string;
  topic: string;
  lng: Language;
  title: string;
  summary: string;
  steps: string;
  synonyms: string;
  terms: string;
}

/** A question is read up to here: enough for any question, and a flood of text cannot make search slow. */
const MAX_QUESTION_CHARS = 500;
const SEARCH_FIELDS = ['title', 'summary', 'steps', 'synonyms', 'terms'] as const;
const ARABIC_PREFIXES = /^(?:وال|بال|فال|كال|لل|ال)(?=\S{2,})/;

/** Crude, language-aware stemming: enough to join "loyers"/"loyer", "kiramı"/"kira", "الإيجار"/"ايجار". */
export function stem(term: string, lng: Language): string {
  if (lng === 'ar') return term.replace(ARABIC_PREFIXES, '').replace(/^و(?=\S{3,})/, '');
  if (lng === 'tr') return term.slice(0, 5);
  return term.slice(0, 6);
}

/** Documents in the resident's own language weigh this much more. */
const OWN_LANGUAGE_BOOST = 1.6;

export class QuestionRouter {
  private readonly index: MiniSearch<TopicDocument>;

  constructor(
    private readonly content: ProcedureContent,
    languages: readonly Language[],
  ) {
    const documents = languages.flatMap((lng) => content.all(lng).map((topic) => this.document(topic, lng)));
    this.index = this.buildIndex(documents);
  }

  /** Topics by relevance, best first, one entry per topic. */
  rank(text: string, lng: Language, limit = 3): ScoredTopic[] {
    const query = this.terms(text.slice(0, MAX_QUESTION_CHARS), lng);
    if (query.length === 0) return [];
    const results = this.index.search(query.join(' '), {
      boost: { synonyms: 3, title: 2, summary: 1.2, terms: 1, steps: 0.6 },
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      prefix: (term) => term.length >= 4,
      combineWith: 'OR',
      boostDocument: (_id, _term, stored) => (stored?.lng === lng ? OWN_LANGUAGE_BOOST : 1),
    });
    const best = new Map<string, ScoredTopic>();
    for (const r of results) {
      const topic = r.topic as string;
      if ((best.get(topic)?.score ?? 0) >= r.score) continue;
      const matched = new Set(r.queryTerms).size;
      best.set(topic, { id: topic, score: Math.round(r.score * 100) / 100, coverage: Math.round((matched / query.length) * 100) / 100 });
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private terms(text: string, lng: Language): string[] {
    const stop = STOP_WORDS[lng];
    return foldText(text)
      .split(' ')
      .filter((w) => w.length > 1 && !stop.has(w))
      .map((w) => stem(w, lng));
  }

  private document(topic: Topic, lng: Language): TopicDocument {
    return {
      id: `${lng}:${topic.id}`,
      topic: topic.id,
      lng,
      title: topic.title,
      summary: topic.summary,
      steps: topic.steps.join(' '),
      synonyms: topic.synonyms.join(' '),
      terms: topic.terms.map((t) => `${t.term} ${t.meaning}`).join(' '),
    };
  }

  /**
   * Text is folded, filtered and stemmed by terms() in its own language before MiniSearch sees it
   * (each document in its language, each query in the resident's), so MiniSearch only splits words.
   */
  private buildIndex(documents: TopicDocument[]): MiniSearch<TopicDocument> {
    const index = new MiniSearch<TopicDocument>({
      fields: [...SEARCH_FIELDS],
      storeFields: ['topic', 'lng'],
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term || null,
    });
    for (const doc of documents) {
      const processed = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, this.terms(doc[f], doc.lng).join(' ')]));
      index.add({ ...doc, ...processed });
    }
    return index;
  }
}
