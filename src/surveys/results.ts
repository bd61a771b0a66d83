// Survey results for staff in the older per-question shape: counts, means and the answers given,
// under the same small-cell rule as the report (breakdown.ts), so no one can be singled out.
import type { SurveyAnswer, SurveyResponse } from '../store/types.js';
import { shown, SMALL_CELL, type Shown } from './breakdown.js';
import type { Survey } from './survey.js';

export interface QuestionResult {
  id: string;
  type: string;
  answered: Shown;
  /** For choices, yes/no and ratings: how many times each value was given; null when under SMALL_CELL. */
  counts?: Record<string, Shown>;
  /** For numbers and ratings; null when fewer than SMALL_CELL numbers were given. */
  mean?: number | null;
  /**
   * The answers given, each list sorted on its own so that answers cannot be lined up across
   * questions into one person's response; absent when the survey has fewer than SMALL_CELL respondents.
   */
  answers?: SurveyAnswer[];
}

export interface SurveyResults {
  responses: Shown;
  completed: Shown;
  smallCell: number;
  questions: QuestionResult[];
}

const sortKey = (a: SurveyAnswer) => (Array.isArray(a) ? a.join(',') : String(a));

export function surveyResults(survey: Survey, responses: SurveyResponse[]): SurveyResults {
  const enough = responses.length >= SMALL_CELL;
  const questions = survey.questions.map((q): QuestionResult => {
    const answers = responses.map((r) => r.answers[q.id]).filter((a): a is SurveyAnswer => a !== undefined);
    const result: QuestionResult = { id: q.id, type: q.type, answered: shown(answers.length) };
    if (['single', 'multiple', 'yesno', 'rating'].includes(q.type)) {
      const counts: Record<string, number> = {};
      for (const value of answers.flatMap((a) => (Array.isArray(a) ? a : [a]))) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
      result.counts = Object.fromEntries(Object.entries(counts).map(([value, n]) => [value, shown(n)]));
    }
    const numbers = answers.filter((a): a is number => typeof a === 'number');
    if (q.type === 'number' || q.type === 'rating') {
      result.mean = numbers.length >= SMALL_CELL ? Math.round((numbers.reduce((s, n) => s + n, 0) / numbers.length) * 100) / 100 : null;
    }
    if (enough) result.answers = [...answers].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    return result;
  });
  return { responses: shown(responses.length), completed: shown(responses.filter((r) => r.completedAt).length), smallCell: SMALL_CELL, questions };
}
