// Survey results for staff: per-question counts, and every raw answer.
import type { SurveyAnswer, SurveyResponse } from '../store/types.js';
import type { Survey } from './survey.js';

export interface QuestionResult {
  id: string;
  type: string;
  answered: number;
  /** For choices, yes/no and ratings: how many times each value was given. */
  counts?: Record<string, number>;
  /** For numbers and ratings. */
  mean?: number;
  answers: SurveyAnswer[];
}

export function surveyResults(survey: Survey, responses: SurveyResponse[]): { responses: number; completed: number; questions: QuestionResult[] } {
  const questions = survey.questions.map((q): QuestionResult => {
    const answers = responses.map((r) => r.answers[q.id]).filter((a): a is SurveyAnswer => a !== undefined);
    const result: QuestionResult = { id: q.id, type: q.type, answered: answers.length, answers };
    if (['single', 'multiple', 'yesno', 'rating'].includes(q.type)) {
      const counts: Record<string, number> = {};
      for (const value of answers.flatMap((a) => (Array.isArray(a) ? a : [a]))) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
      result.counts = counts;
    }
    const numbers = answers.filter((a): a is number => typeof a === 'number');
    if (numbers.length) result.mean = Math.round((numbers.reduce((s, n) => s + n, 0) / numbers.length) * 100) / 100;
    return result;
  });
  return { responses: responses.length, completed: responses.filter((r) => r.completedAt).length, questions };
}
