// "ce week-end", "la semaine prochaine", "en mars", "hafta sonu", "الشهر القادم": a period to filter events by.
import type { Language } from '../config.js';
import type { Translator } from '../i18n.js';
import type { Recognizer } from '../recognize.js';
import { foldText } from '../text.js';

export interface Period {
  from: string;
  to: string;
}

const DAY = 86_400_000;
const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const span = (from: Date, days: number): Period => ({ from: from.toISOString(), to: new Date(from.getTime() + days * DAY).toISOString() });

/** Month names in the resident's language, from Intl (so every language has them). */
function monthNames(culture: string): string[][] {
  return Array.from({ length: 12 }, (_, m) => {
    const date = new Date(Date.UTC(2026, m, 15));
    return ['long', 'short'].map((month) => foldText(new Intl.DateTimeFormat(culture, { month: month as 'long' | 'short', timeZone: 'UTC' }).format(date)).replace(/\s+/g, ' '));
  });
}

/** The period the resident named, or undefined when the text names none. */
export function periodFrom(text: string, lng: Language, now: Date, translator: Translator, recognizer: Recognizer): Period | undefined {
  const folded = ` ${foldText(text)} `;
  const says = (key: string) => translator.list(lng, `workshops:periods.${key}`).some((p) => folded.includes(` ${foldText(p)} `));
  const today = startOfDay(now);
  const weekday = today.getUTCDay(); // 0 Sunday … 6 Saturday
  if (says('today')) return span(today, 1);
  if (says('tomorrow')) return span(new Date(today.getTime() + DAY), 1);
  if (says('weekend')) {
    const saturday = weekday === 0 ? new Date(today.getTime() - DAY) : new Date(today.getTime() + (6 - weekday) * DAY);
    return span(saturday, 2);
  }
  const monday = new Date(today.getTime() - ((weekday + 6) % 7) * DAY);
  if (says('nextWeek')) return span(new Date(monday.getTime() + 7 * DAY), 7);
  if (says('thisWeek')) return span(today, (7 - ((weekday + 6) % 7)));
  const month = monthNames(translator.culture(lng)).findIndex((names) => names.some((n) => n.length >= 3 && folded.includes(` ${n} `)));
  if (month >= 0 && !/\d/.test(folded)) {
    const year = month < today.getUTCMonth() ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
    return { from: new Date(Date.UTC(year, month, 1)).toISOString(), to: new Date(Date.UTC(year, month + 1, 1)).toISOString() };
  }
  return recognizer.dateRange(text, lng, now);
}
