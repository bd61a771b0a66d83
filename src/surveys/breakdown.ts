// Survey results for staff and partners: per question, counts overall and by site, group and language,
// with every cell under SMALL_CELL respondents hidden so that no one can be singled out.
import type { Language } from '../config.js';
import type { Resident, SurveyResponse } from '../store/types.js';
import type { Survey, SurveyQuestion } from './survey.js';

/** Fewer respondents than this in a cell, and the cell is hidden (null). Zero is shown: it singles no one out. */
export const SMALL_CELL = 5;
export const DIMENSIONS = ['site', 'group', 'language'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** The segment for residents who gave no site or declared no group. */
export const UNKNOWN_SEGMENT = '-';

/** A count, or null when it is under the small-cell threshold. */
export type Shown = number | null;
export const shown = (n: number): Shown => (n > 0 && n < SMALL_CELL ? null : n);

export interface SegmentResult {
  dimension: Dimension;
  segment: string;
  answered: Shown;
  /** Respondents per value (option id, "true"/"false", rating 1-5); null when hidden. */
  counts: Record<string, Shown>;
  mean?: number | null;
}

export interface QuestionBreakdown {
  id: string;
  type: SurveyQuestion['type'];
  text: SurveyQuestion['text'];
  /** The values counted, in order, with their labels (for charts and tables). */
  values: { value: string; label: SurveyQuestion['text'] }[];
  answered: Shown;
  counts: Record<string, Shown>;
  mean?: number | null;
  segments: SegmentResult[];
  /** Free-text answers with their language only (never site or group); absent when the survey has too few respondents. */
  texts?: { language: Language; text: string }[];
}

export interface SurveyReport {
  surveyId: string;
  respondents: Shown;
  completed: Shown;
  smallCell: number;
  questions: QuestionBreakdown[];
}

/** One respondent: the answers, and the site and groups of the resident as stored now (never sent to staff). */
interface Respondent {
  response: SurveyResponse;
  site: string;
  groups: string[];
}

const numberFor = (a: unknown) => (typeof a === 'number' ? a : undefined);

function valuesOf(question: SurveyQuestion): QuestionBreakdown['values'] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (question.options ?? []).map((o) => ({ value: o.id, label: o.label }));
    case 'yesno':
      return [{ value: 'true', label: { en: 'yes' } }, { value: 'false', label: { en: 'no' } }];
    case 'rating':
      return [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: { en: String(n) } }));
    default:
      return [];
  }
}

function tally(question: SurveyQuestion, values: string[], respondents: Respondent[]): { answered: Shown; counts: Record<string, Shown>; mean?: number | null } {
  const answers = respondents.map((r) => r.response.answers[question.id]).filter((a) => a !== undefined);
  const counts: Record<string, Shown> = {};
  for (const value of values) counts[value] = shown(answers.filter((a) => (Array.isArray(a) ? a.includes(value) : String(a) === value)).length);
  const numbers = answers.map(numberFor).filter((n): n is number => n !== undefined);
  const result: { answered: Shown; counts: Record<string, Shown>; mean?: number | null } = { answered: shown(answers.length), counts };
  if (question.type === 'number' || question.type === 'rating') {
    result.mean = numbers.length >= SMALL_CELL ? Math.round((numbers.reduce((s, n) => s + n, 0) / numbers.length) * 100) / 100 : null;
  }
  return result;
}

function segmentsOf(respondents: Respondent[], dimension: Dimension): Map<string, Respondent[]> {
  const bySegment = new Map<string, Respondent[]>();
  const add = (segment: string, r: Respondent) => bySegment.set(segment, [...(bySegment.get(segment) ?? []), r]);
  for (const r of respondents) {
    if (dimension === 'site') add(r.site, r);
    else if (dimension === 'language') add(r.response.language, r);
    else if (r.groups.length === 0) add(UNKNOWN_SEGMENT, r);
    else for (const g of r.groups) add(g, r);
  }
  return new Map([...bySegment].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The report of a survey. `residentOf` gives the resident behind a response (site and groups are
 * read at report time, so a resident who removed their groups is no longer counted in them).
 */
export async function surveyReport(
  survey: Survey,
  responses: SurveyResponse[],
  residentOf: (id: string) => Promise<Pick<Resident, 'site' | 'groups'> | undefined>,
  options: { texts: boolean } = { texts: true },
): Promise<SurveyReport> {
  const respondents: Respondent[] = [];
  for (const response of responses) {
    const resident = await residentOf(response.residentId);
    respondents.push({ response, site: resident?.site ?? UNKNOWN_SEGMENT, groups: resident?.groups ?? [] });
  }
  const enough = respondents.length >= SMALL_CELL;
  const questions = survey.questions.map((question): QuestionBreakdown => {
    const values = valuesOf(question);
    const segments = DIMENSIONS.flatMap((dimension) =>
      [...segmentsOf(respondents, dimension)].map(([segment, members]): SegmentResult => ({ dimension, segment, ...tally(question, values.map((v) => v.value), members) })),
    );
    const breakdown: QuestionBreakdown = { id: question.id, type: question.type, text: question.text, values, ...tally(question, values.map((v) => v.value), respondents), segments };
    if (question.type === 'text' && options.texts && enough) {
      breakdown.texts = respondents.flatMap((r) => {
        const text = r.response.answers[question.id];
        return typeof text === 'string' ? [{ language: r.response.language, text }] : [];
      });
    }
    return breakdown;
  });
  return {
    surveyId: survey.id,
    respondents: shown(respondents.length),
    completed: shown(respondents.filter((r) => r.response.completedAt).length),
    smallCell: SMALL_CELL,
    questions,
  };
}

/** The report as table rows, the same shape for CSV and XLSX: counts first, then free texts. */
export function reportRows(report: SurveyReport): (string | number | undefined)[][] {
  const hidden = (n: Shown | undefined) => (n === null ? `<${SMALL_CELL}` : n);
  const rows: (string | number | undefined)[][] = [];
  for (const q of report.questions) {
    const scopes = [{ dimension: 'all', segment: '', answered: q.answered, counts: q.counts, mean: q.mean }, ...q.segments];
    for (const s of scopes) {
      for (const v of q.values) rows.push([q.id, q.type, s.dimension, s.segment, hidden(s.answered), v.value, hidden(s.counts[v.value])]);
      if (s.mean !== undefined) rows.push([q.id, q.type, s.dimension, s.segment, hidden(s.answered), 'mean', s.mean === null ? `<${SMALL_CELL}` : s.mean]);
      if (q.values.length === 0 && s.mean === undefined) rows.push([q.id, q.type, s.dimension, s.segment, hidden(s.answered), '', undefined]);
    }
    for (const text of q.texts ?? []) rows.push([q.id, q.type, 'text', text.language, undefined, text.text, undefined]);
  }
  return rows;
}

export const REPORT_COLUMNS = ['question', 'type', 'dimension', 'segment', 'answered', 'value', 'count'];
