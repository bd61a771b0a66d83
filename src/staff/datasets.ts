// The rows of each export: needs, unanswered questions, survey answers (none carries a resident id).
import type { Need, SurveyResponse, UnansweredQuestion } from '../store/types.js';
import type { Survey } from '../surveys/survey.js';
import type { Cell, Dataset } from './exports.js';
import { EXPORT_COLUMNS, type StaffLanguage } from './labels.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Dates as ISO for machines and in the staff's own format and time zone for people. */
function localDate(iso: string, lng: StaffLanguage, timeZone: string): string {
  // Building a formatter costs far more than using one: a 100,000-row export reuses it.
  const key = `${lng}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(lng === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone })));
  return formatter.format(new Date(iso));
}

const columns = (lng: StaffLanguage, keys: string[]) => keys.map((k) => EXPORT_COLUMNS[lng][k] ?? k);

export function needsDataset(needs: Need[], lng: StaffLanguage, timeZone: string): Dataset {
  const keys = ['receipt', 'kind', 'category', 'status', 'site', 'audience', 'language', 'text', 'contact', 'preferredTime', 'createdIso', 'createdLocal', 'updatedIso', 'notes', 'supporters'];
  return {
    columns: columns(lng, keys),
    rows: (function* (): Generator<Cell[]> {
      for (const n of needs) {
        yield [
          n.receipt, n.type, n.category, n.status, n.site, n.audience, n.language, n.text, n.contact?.value, n.preferredTime,
          n.createdAt, localDate(n.createdAt, lng, timeZone), n.updatedAt, n.staffNotes.map((s) => `${s.at.slice(0, 10)} ${s.by}: ${s.note}`).join(' | '), n.supporters?.length ?? 0,
        ];
      }
    })(),
  };
}

export function questionsDataset(questions: UnansweredQuestion[], lng: StaffLanguage, timeZone: string): Dataset {
  return {
    columns: columns(lng, ['createdIso', 'createdLocal', 'language', 'text', 'offered']),
    rows: (function* (): Generator<Cell[]> {
      for (const q of questions) yield [q.createdAt, localDate(q.createdAt, lng, timeZone), q.language, q.text, q.offered.join(', ')];
    })(),
  };
}

/** One row per response, one column per question; multiple choices joined by commas. */
export function surveyAnswersDataset(survey: Survey, responses: SurveyResponse[], lng: StaffLanguage, timeZone: string): Dataset {
  return {
    columns: [...columns(lng, ['response', 'language', 'createdIso', 'createdLocal', 'completed']), ...survey.questions.map((q) => q.text[lng] ?? q.text.fr ?? q.id)],
    rows: (function* (): Generator<Cell[]> {
      let n = 0;
      for (const r of responses) {
        const answers = survey.questions.map((q) => {
          const a = r.answers[q.id];
          return Array.isArray(a) ? a.join(', ') : a;
        });
        yield [++n, r.language, r.createdAt, localDate(r.createdAt, lng, timeZone), r.completedAt ?? '', ...answers];
      }
    })(),
  };
}
