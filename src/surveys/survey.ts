// Survey definitions: staff-written JSON with translated texts, a target and open/close dates.
import { z } from 'zod';
import { SUPPORTED_LANGUAGES, type Language } from '../config.js';

/** A text per language; the default language is required, others fall back to it. */
const translated = z.record(z.enum(SUPPORTED_LANGUAGES), z.string().min(1)).refine((t) => Object.keys(t).length > 0, 'needs at least one language');

export const QUESTION_TYPES = ['single', 'multiple', 'number', 'yesno', 'date', 'text', 'rating'] as const;

const questionSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z0-9_-]+$/),
    type: z.enum(QUESTION_TYPES),
    text: translated,
    options: z.array(z.object({ id: z.string().regex(/^[a-zA-Z0-9_-]+$/), label: translated })).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((q) => !['single', 'multiple'].includes(q.type) || (q.options?.length ?? 0) >= 2, 'choice questions need at least two options');

export const surveySchema = z.object({
  id: z.string().regex(/^[a-zA-Z0-9_-]+$/),
  title: translated,
  target: z.object({ sites: z.array(z.string()).default([]), groups: z.array(z.string()).default([]) }).default({}),
  opens: z.string().datetime({ offset: true }).or(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  closes: z.string().datetime({ offset: true }).or(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  questions: z.array(questionSchema).min(1),
  /** A survey about a partner organisation (its opinion from residents): the partner sees only aggregated results. */
  partner: z.object({ accountId: z.string().min(1), name: z.string().min(1) }).optional(),
});

export type Survey = z.infer<typeof surveySchema>;
export type SurveyQuestion = Survey['questions'][number];
export type Translated = Survey['title'];

/** The text in the resident's language, else the default language, else any. */
export function inLanguage(text: Translated, lng: Language, fallback: Language): string {
  return text[lng] ?? text[fallback] ?? Object.values(text)[0]!;
}

const startOf = (day: string) => (day.length === 10 ? `${day}T00:00:00.000Z` : new Date(day).toISOString());
const endOf = (day: string) => (day.length === 10 ? `${day}T23:59:59.999Z` : new Date(day).toISOString());

/** Open now, and meant for this resident's site (an unknown site sees every survey). */
export function isOpenFor(survey: Survey, now: Date, site: string | undefined): boolean {
  const iso = now.toISOString();
  const open = startOf(survey.opens) <= iso && iso <= endOf(survey.closes);
  const sites = survey.target.sites;
  return open && (!site || sites.length === 0 || sites.includes(site));
}
