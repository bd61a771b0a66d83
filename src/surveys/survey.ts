// Survey definitions: staff-written JSON with translated texts, a target and open/close dates.
import { z } from 'zod';
import { SUPPORTED_LANGUAGES, type Language } from '../config.js';
import { startOfLocalDay } from '../understanding/calendar.js';

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

/** A date alone, as a local day (dates with a time are instants). */
const localDay = (date: string) => ({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });

/** When a survey opens: a date alone is the start of that day in the landlord's time zone, a date with a time that instant. */
export function opensAt(survey: Pick<Survey, 'opens'>, timeZone: string): Date {
  return survey.opens.length === 10 ? startOfLocalDay(localDay(survey.opens), timeZone) : new Date(survey.opens);
}

/** When a survey closes: a date alone is the end of that day in the landlord's time zone, a date with a time that instant. */
export function closesAt(survey: Pick<Survey, 'closes'>, timeZone: string): Date {
  if (survey.closes.length !== 10) return new Date(survey.closes);
  const day = localDay(survey.closes);
  return new Date(startOfLocalDay({ ...day, day: day.day + 1 }, timeZone).getTime() - 1);
}

/** Whether a survey is between its opening and closing dates at `now` (whatever its target), dates read in `timeZone`. */
export function isOpenAt(survey: Pick<Survey, 'opens' | 'closes'>, now: Date, timeZone: string): boolean {
  return opensAt(survey, timeZone) <= now && now <= closesAt(survey, timeZone);
}

/** Open now, and meant for this resident's site (an unknown site sees every survey). */
export function isOpenFor(survey: Survey, now: Date, site: string | undefined, timeZone: string): boolean {
  const sites = survey.target.sites;
  return isOpenAt(survey, now, timeZone) && (!site || sites.length === 0 || sites.includes(site));
}
