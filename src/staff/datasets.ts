// The rows of each export: needs, unanswered questions, survey answers, an event's registrations
// (none carries a resident id). Codes become labels in the staff language; dates stay dates.
import type { CommunityEvent, Need, Registration, SurveyResponse, UnansweredQuestion } from '../store/types.js';
import type { Survey } from '../surveys/survey.js';
import type { Cell, Dataset } from './exports.js';
import { columnTitles, topicLabel, valueLabel, yesNo, type StaffLanguage } from './labels.js';
import { localParts } from './local-time.js';
import { phoneForStaff } from './phone-display.js';
import { SMALL_CELL } from '../surveys/breakdown.js';

const date = (iso: string | undefined) => (iso ? new Date(iso) : undefined);
/** The local day of an instant, as YYYY-MM-DD. */
function localDay(iso: string | undefined, timeZone: string): string | undefined {
  if (!iso) return undefined;
  const p = localParts(new Date(iso), timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export interface ExportContext {
  lng: StaffLanguage;
  timeZone: string;
  /** The landlord's country (content pack), for phone numbers in national form. */
  country: string;
  /** The content pack's locale namespace, where its procedure topics are titled. */
  topicNamespace: string;
}

const contact = (need: Need, country: string) => (need.contact?.kind === 'phone' ? phoneForStaff(need.contact.value, country) : need.contact?.value);

export function needsDataset(needs: Need[], { lng, timeZone, country }: ExportContext): Dataset {
  const keys = ['receipt', 'kind', 'category', 'status', 'site', 'audience', 'language', 'text', 'contact', 'preferredTime', 'created', 'updated', 'notes', 'supporters'];
  return {
    columns: columnTitles(lng, keys),
    timeZone,
    rows: (function* (): Generator<Cell[]> {
      for (const n of needs) {
        yield [
          n.receipt,
          valueLabel(lng, 'kind', n.type),
          valueLabel(lng, 'category', n.category),
          valueLabel(lng, 'status', n.status),
          n.site ?? valueLabel(lng, 'category', 'unknown'),
          valueLabel(lng, 'audience', n.audience),
          valueLabel(lng, 'language', n.language),
          n.text,
          contact(n, country),
          valueLabel(lng, 'preferredTime', n.preferredTime),
          date(n.createdAt),
          date(n.updatedAt),
          n.staffNotes.map((s) => `${s.at.slice(0, 10)} ${s.by}: ${s.note}`).join(' | '),
          n.supporters?.length ?? 0,
        ];
      }
    })(),
  };
}

/** Questions the bot could not answer, with the procedure topics it offered by their titles in the staff language. */
export function questionsDataset(questions: UnansweredQuestion[], { lng, timeZone, topicNamespace }: ExportContext): Dataset {
  return {
    columns: columnTitles(lng, ['created', 'language', 'question', 'offered']),
    timeZone,
    rows: (function* (): Generator<Cell[]> {
      for (const q of questions) yield [date(q.createdAt), valueLabel(lng, 'language', q.language), q.text, q.offered.map((id) => topicLabel(lng, topicNamespace, id)).join(', ')];
    })(),
  };
}

/**
 * One row per response, one column per question; multiple choices joined by commas. Under the
 * small-cell rule: a language fewer than SMALL_CELL respondents answered in is shown as "<5",
 * and times are the local day only (an hour could point at the one person seen answering).
 * The caller refuses the export when the survey has fewer than SMALL_CELL respondents.
 */
export function surveyAnswersDataset(survey: Survey, responses: SurveyResponse[], { lng, timeZone }: ExportContext): Dataset {
  const perLanguage = new Map<string, number>();
  for (const r of responses) perLanguage.set(r.language, (perLanguage.get(r.language) ?? 0) + 1);
  const language = (l: string) => ((perLanguage.get(l) ?? 0) < SMALL_CELL ? `<${SMALL_CELL}` : valueLabel(lng, 'language', l));
  return {
    columns: [...columnTitles(lng, ['response', 'language', 'created', 'completed']), ...survey.questions.map((q) => q.text[lng] ?? q.text.fr ?? q.id)],
    timeZone,
    rows: (function* (): Generator<Cell[]> {
      let n = 0;
      for (const r of responses) {
        const answers = survey.questions.map((q) => {
          const a = r.answers[q.id];
          // A yes/no answer is a word: a spreadsheet would show "no" as an empty cell, like no answer.
          return Array.isArray(a) ? a.join(', ') : typeof a === 'boolean' ? yesNo(lng, a) : a;
        });
        yield [++n, language(r.language), localDay(r.createdAt, timeZone), localDay(r.completedAt, timeZone), ...answers];
      }
    })(),
  };
}

/** An event's registrations: codes residents can quote, never who they are. */
export function registrationsDataset(event: CommunityEvent, registrations: Registration[], { lng, timeZone }: ExportContext): Dataset {
  const title = event.title[lng] ?? event.title.fr ?? Object.values(event.title)[0] ?? event.id;
  return {
    columns: columnTitles(lng, ['code', 'event', 'status', 'seats', 'language', 'reminder', 'attended', 'offerExpires', 'created', 'updated']),
    timeZone,
    rows: (function* (): Generator<Cell[]> {
      for (const r of registrations) {
        yield [r.code, title, valueLabel(lng, 'registration', r.status), r.seats, valueLabel(lng, 'language', r.language), yesNo(lng, r.reminder), yesNo(lng, r.attended), date(r.offerExpiresAt), date(r.createdAt), date(r.updatedAt)];
      }
    })(),
  };
}
