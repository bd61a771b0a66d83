// "ce week-end", "du 3 au 7 juin après 17h", "hafta sonu", "الشهر القادم": a period to filter events by.
import type { Language } from '../config.js';
import { startOfLocalDay } from '../understanding/calendar.js';
import type { Understanding } from '../understanding/understanding.js';

export interface Period {
  from: string;
  to: string;
  /** Only events starting in this local time-of-day window ("après 17h", "le matin"). */
  hours?: [string, string];
  /** A weekday that could have been today was read as today or as next week's: the resident is told. */
  weekdayChoice?: 'today' | 'nextWeek';
}

const DAY = 86_400_000;

/**
 * The period a resident named, through the understanding layer: inclusive days in `timeZone` as
 * instants [from, to), and the time-of-day window. A time alone ("après 17h") means the coming days.
 */
export function periodFromWords(text: string, lng: Language, now: Date, understanding: Understanding, timeZone: string): Period | undefined {
  const { days, hours, weekdayChoice } = understanding.when(text, lng, now);
  if (!days && !hours) return undefined;
  const day = (iso: string) => {
    const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
    return { year, month, day: d };
  };
  const from = days ? startOfLocalDay(day(days[0]), timeZone) : now;
  const last = days ? day(days[1]) : undefined;
  const to = last ? startOfLocalDay({ ...last, day: last.day + 1 }, timeZone) : new Date(now.getTime() + 30 * DAY);
  return { from: from.toISOString(), to: to.toISOString(), ...(hours ? { hours } : {}), ...(weekdayChoice ? { weekdayChoice } : {}) };
}

/** Does an event starting at `start` start inside the local window [from, to] ("17:00"–"23:59")? */
export function withinHours(start: string, [from, to]: [string, string], timeZone: string): boolean {
  const local = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(start));
  return local >= from && local <= to;
}
