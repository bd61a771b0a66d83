// A period said in words: inclusive first and last day, and a time-of-day window, in the configured time zone.
// One import per locale read: the package's main entry loads all sixteen (twice the start-up CPU, 4 MB more heap).
import type { Chrono } from 'chrono-node';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoPt from 'chrono-node/pt';
import type { Language } from '../config.js';
import { foldText } from '../text.js';
import { addDays, compare, daysInMonth, isValid, iso, localNow, shiftMonth, weekdayOf, type Day } from './calendar.js';
import { CALENDAR_WORDS, type CalendarWords } from './lexicon/calendar.js';
import { canonicalWords, words } from './normalize.js';
import { compileEntries, type Entry } from './word-match.js';

export interface WhenReading {
  /** First and last day, both included (YYYY-MM-DD); undefined when any day will do. */
  days?: [string, string];
  /** Time-of-day window (HH:mm); undefined when any time will do. */
  hours?: [string, string];
  /** A weekday that could be today was read as next week's ("jeudi" on a Thursday): say so. */
  weekdayChoice?: 'today' | 'nextWeek';
}

type Kind = keyof Omit<CalendarWords, 'months' | 'weekdays'>;
type Lexicon = Record<Kind, Entry[]> & { months: Map<string, number>; weekdays: Map<string, number> };

const CHRONO: Partial<Record<Language, Chrono>> = { fr: chronoFr.casual, en: chronoEn.casual, es: chronoEs.casual, pt: chronoPt.casual };
const INTL: Record<Language, string> = { fr: 'fr', en: 'en', es: 'es', pt: 'pt', tr: 'tr', ar: 'ar' };
const PART_OF_DAY: Record<'morning' | 'noon' | 'afternoon' | 'evening', [string, string]> = {
  morning: ['08:00', '12:00'],
  noon: ['12:00', '14:00'],
  afternoon: ['12:00', '18:00'],
  evening: ['18:00', '23:59'],
};

function compileLexicon(lng: Language): Lexicon {
  const words = CALENDAR_WORDS[lng];
  const lexicon = {} as Lexicon;
  for (const [kind, list] of Object.entries(words)) if (typeof list === 'string') lexicon[kind as Kind] = compileEntries(list, foldText);
  const names = (type: 'month' | 'weekday', count: number, extra?: string[]) => {
    const map = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      for (const style of ['long', 'short'] as const) {
        const date = type === 'month' ? new Date(Date.UTC(2026, i, 15)) : new Date(Date.UTC(2026, 0, 5 + i)); // 5 Jan 2026 is a Monday
        const name = foldText(new Intl.DateTimeFormat(INTL[lng], { [type]: style, timeZone: 'UTC' }).format(date));
        const first = name.split(' ')[0]!;
        if (first.length >= 3 && !/\d/.test(first)) map.set(first, i);
      }
      for (const spelling of extra?.[i]?.split('|') ?? []) map.set(foldText(spelling.replace(/_/g, ' ')).split(' ')[0]!, i);
    }
    return map;
  };
  lexicon.months = names('month', 12, words.months);
  lexicon.weekdays = names('weekday', 7, words.weekdays);
  if (lng === 'en') for (const [w, i] of Object.entries({ mon: 0, tue: 1, tues: 1, wed: 2, thu: 3, thur: 3, thurs: 3, fri: 4, sat: 5, sun: 6 })) lexicon.weekdays.set(w, i);
  if (lng === 'en') lexicon.months.delete('may'); // "may I come": May only with a day number (see monthAt)
  return lexicon;
}

const LEXICONS = Object.fromEntries((Object.keys(CALENDAR_WORDS) as Language[]).map((lng) => [lng, compileLexicon(lng)])) as Record<Language, Lexicon>;

/** Reads days and hours from a resident's words, relative to `now`, in `timeZone`. */
export class WhenReader {
  constructor(private readonly timeZone: string) {}

  read(text: string, lng: Language, now: Date): WhenReading {
    const canonical = canonicalWords(text, { darija: lng === 'ar' || lng === 'fr', french: lng === 'fr' }, 80);
    // Arabic script is read as written (its lexicon has the darija words); Arabizi through French words.
    const raw = words(text, 80);
    const lexicons: [Lexicon, string[]][] = lng === 'ar' ? [[LEXICONS.ar, raw], [LEXICONS.fr, canonical]] : lng === 'fr' ? [[LEXICONS.fr, canonical]] : [[LEXICONS[lng], canonical], [LEXICONS.fr, canonical]];
    const local = localNow(now, this.timeZone);
    const reading: WhenReading = {};
    const dayWords = new Set<number>();
    for (const [lx, words] of lexicons) {
      const scan = new Scan(words, lx, local.day, local.weekday, lng === 'en' ? text : undefined, lx === LEXICONS.tr, dayWords);
      const days = scan.days(); // also marks the words read as days, so they are not read as hours
      if (!reading.days) {
        if (days) {
          reading.days = [iso(days.from), iso(days.to)];
          if (days.weekdayChoice) reading.weekdayChoice = days.weekdayChoice;
        }
      }
      reading.hours ??= scan.hours();
    }
    if (!reading.days) {
      const found = this.chronoDay(text, lng, now);
      if (found) reading.days = [found, found];
    }
    return reading;
  }

  /** chrono-node for a single date written in a way our rules do not read ("March the 12th"). */
  private chronoDay(text: string, lng: Language, now: Date): string | undefined {
    const parser = CHRONO[lng];
    if (!parser) return undefined;
    const result = parser.parse(text, { instant: now, timezone: this.timeZone }, { forwardDate: true })[0];
    if (!result || !result.start.isCertain('day')) return undefined;
    const d = result.start.date();
    return iso(localNow(d, this.timeZone).day);
  }
}

interface DayRange {
  from: Day;
  to: Day;
  weekdayChoice?: 'today' | 'nextWeek';
}

/** One pass over a message's words with one language's calendar words. */
class Scan {
  constructor(
    private readonly words: string[],
    private readonly lx: Lexicon,
    private readonly today: Day,
    private readonly weekday: number,
    private readonly english: string | undefined,
    private readonly turkish: boolean,
    /** Word positions read as days ("du 3 au 7") by any scan, so they are not read again as hours. */
    private readonly dayWords: Set<number>,
  ) {}

  days(): DayRange | undefined {
    return this.explicitDays() ?? this.relative() ?? this.weekdays() ?? this.monthAlone() ?? this.dayOfMonthAlone();
  }

  /** "du 3 au 7 juin", "3-7 juin", "June 3 to 7", "entre le 10 et le 15 du mois prochain", "le 12 mars", "12/03". */
  private explicitDays(): DayRange | undefined {
    const w = this.words;
    for (let i = 0; i < w.length; i++) {
      const d1 = this.dayNumber(w[i]);
      if (d1 === undefined) continue;
      // A second day number after a range word: "3 au 7", "10 et le 15", "3 ile 7".
      let j = i + 1;
      let d2: number | undefined;
      let m1: [number, number] | undefined = this.monthAt(j);
      if (m1) j += 1;
      const connector = this.connectorAt(j);
      // "3-7 juin" reaches us as "3 7 juin".
      const adjacent = !m1 && this.dayNumber(w[j]) !== undefined && this.monthAt(j + 1) ? this.dayNumber(w[j]) : undefined;
      if (adjacent !== undefined && adjacent > d1) {
        d2 = adjacent;
        j += 1;
      } else if (connector > 0) {
        const k = j + connector + (['le', 'the', 'el', 'o', 'dia'].includes(w[j + connector] ?? '') ? 1 : 0);
        d2 = this.dayNumber(w[k]);
        if (d2 !== undefined) j = k + 1;
      }
      const m2 = this.monthAt(j) ?? this.monthAt(j + 1) ?? (d2 !== undefined || m1 ? undefined : this.monthBefore(i));
      const month = m2 ?? m1 ?? (d2 !== undefined ? this.monthBefore(i) : undefined);
      if (!month) continue;
      const from = this.dated(d1, m1 ?? month);
      if (!from) continue;
      this.dayWords.add(i);
      if (d2 === undefined) return { from, to: from };
      const to = this.dated(d2, month, from);
      for (let k = i; k < j; k++) this.dayWords.add(k);
      if (to && compare(to, from) >= 0) return { from, to };
    }
    return this.numericDates();
  }

  /** "12/03", "12/03/2027", "du 03/06 au 07/06". */
  private numericDates(): DayRange | undefined {
    const text = this.words.join(' ');
    const found: Day[] = [];
    for (const m of text.matchAll(/\b(\d{1,2}) (\d{1,2})(?: (\d{4}|\d{2}))?\b/g)) {
      const [d, mo, y] = [Number(m[1]), Number(m[2]), m[3]];
      if (mo < 1 || mo > 12 || d > 31) continue;
      // "17 00" is an hour, not the 17th of a 0th month; hours are read elsewhere.
      const year = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : undefined;
      const day = year ? { year, month: mo, day: d } : this.dated(d, [mo - 1, 0]);
      if (day && isValid(day)) found.push(day);
    }
    if (found.length === 0) return undefined;
    return { from: found[0]!, to: found.length > 1 && compare(found[1]!, found[0]!) >= 0 ? found[1]! : found[0]! };
  }

  private relative(): DayRange | undefined {
    const { today } = this;
    if (this.says('afterTomorrow')) return this.one(addDays(today, 2));
    if (this.says('tomorrow') && !this.morningNotTomorrow()) return this.one(addDays(today, 1));
    if (this.says('weekend')) {
      const saturday = addDays(today, this.weekday === 6 ? -1 : 5 - this.weekday);
      const next = this.says('next') || this.says('nextWeek');
      const from = next && this.weekday < 5 ? addDays(saturday, 7) : saturday;
      return { from: compare(from, today) < 0 ? today : from, to: addDays(from, 1) };
    }
    if (this.says('today')) return this.one(today);
    const monday = addDays(today, -this.weekday);
    const weekdayNamed = this.words.some((w) => this.lx.weekdays.has(w));
    if (this.says('nextWeek') && !weekdayNamed) return { from: addDays(monday, 7), to: addDays(monday, 13) };
    if (this.says('thisWeek')) return { from: today, to: addDays(monday, 6) };
    if (this.says('nextMonth')) {
      const [y, m] = shiftMonth(today.year, today.month, 1);
      return { from: { year: y, month: m, day: 1 }, to: { year: y, month: m, day: daysInMonth(y, m) } };
    }
    if (this.says('thisMonth')) return { from: today, to: { ...today, day: daysInMonth(today.year, today.month) } };
    return undefined;
  }

  /** "jeudi", "jeudi prochain", "samedi ou dimanche", "from Monday to Wednesday". */
  private weekdays(): DayRange | undefined {
    const found: { index: number; at: number }[] = [];
    this.words.forEach((w, at) => {
      const index = this.lx.weekdays.get(w);
      if (index !== undefined) found.push({ index, at });
    });
    if (found.length === 0) return undefined;
    const first = found[0]!;
    const next = this.saysNear('next', first.at) || this.says('nextWeek');
    const thisOne = this.saysNear('this', first.at);
    let ahead = (first.index - this.weekday + 7) % 7;
    let weekdayChoice: DayRange['weekdayChoice'];
    if (ahead === 0) {
      ahead = thisOne || this.says('today') ? 0 : 7;
      weekdayChoice = ahead === 0 ? 'today' : 'nextWeek';
    } else if (this.says('nextWeek')) ahead = 7 - this.weekday + first.index; // "haftaya pazartesi": that day of next week
    const from = addDays(this.today, ahead);
    const last = found.at(-1)!;
    const to = found.length > 1 ? addDays(from, (last.index - first.index + 7) % 7) : from;
    return { from, to, ...(weekdayChoice ? { weekdayChoice } : {}) };
  }

  /** "en mars", "in June": the whole month, the next one of that name. */
  private monthAlone(): DayRange | undefined {
    for (let i = 0; i < this.words.length; i++) {
      const month = this.monthAt(i);
      if (!month) continue;
      const [year, m] = this.yearOf(month[0] + 1, 1);
      const from = year === this.today.year && m === this.today.month ? this.today : { year, month: m, day: 1 };
      return { from, to: { year, month: m, day: daysInMonth(year, m) } };
    }
    return undefined;
  }

  /** "le 10", "the 15th", "ayin 10u": that day of this month, or of the next when it has passed. */
  private dayOfMonthAlone(): DayRange | undefined {
    const articles = new Set(['le', 'the', 'el', 'dia', 'o', 'ayin', 'on']);
    for (let i = 1; i < this.words.length; i++) {
      if (!articles.has(this.words[i - 1]!)) continue;
      const d = this.dayNumber(this.words[i]);
      if (d === undefined || this.isHour(i)) continue;
      const thisMonth = { ...this.today, day: d };
      if (isValid(thisMonth) && compare(thisMonth, this.today) >= 0) return this.one(thisMonth);
      const [y, m] = shiftMonth(this.today.year, this.today.month, 1);
      const day = { year: y, month: m, day: d };
      if (isValid(day)) return this.one(day);
    }
    return undefined;
  }

  /** The time-of-day window: "après 17h", "vers 14h", "entre 14h et 16h", "le matin", "after 5pm". */
  hours(): [string, string] | undefined {
    const hours = this.hourMentions().filter((h) => !this.dayWords.has(h.at));
    // "between 2 and 4pm": the afternoon of the second hour holds for the first.
    if (hours.length >= 2 && hours[0]!.minutes < 12 * 60 && hours[1]!.minutes >= 12 * 60 && hours[0]!.minutes + 12 * 60 < hours[1]!.minutes) hours[0]!.minutes += 12 * 60;
    if (hours.length >= 2 && (this.saysBeforeIndex('rangeFrom', hours[0]!.at) || this.connectorAt(hours[0]!.end) > 0)) {
      return [hhmm(hours[0]!.minutes), hhmm(hours[1]!.minutes)];
    }
    const first = hours[0];
    if (first) {
      const m = first.minutes;
      // "2 بعد الظهر" is 2 in the afternoon, not after 2: an "after" that starts a part of the day is not one.
      const afterFollows = this.saysAfterIndex('after', first.end) && !this.saysAfterIndex('afternoon', first.end);
      if (this.saysBeforeIndex('after', first.at) || afterFollows) return [hhmm(m), '23:59'];
      if (this.saysBeforeIndex('before', first.at) || this.saysAfterIndex('before', first.end)) return ['00:00', hhmm(m)];
      if (this.saysBeforeIndex('around', first.at) || this.saysAfterIndex('around', first.end)) return [hhmm(Math.max(0, m - 60)), hhmm(Math.min(23 * 60 + 59, m + 60))];
      return [hhmm(m), hhmm(m)];
    }
    // "avant midi", "before noon", "ogleden once": noon as an hour.
    const noon = this.says('afternoon') ? undefined : this.lx.noon.map((e) => this.findEntry(e)).find((at) => at >= 0);
    if (noon !== undefined && (this.saysBeforeIndex('before', noon) || this.saysAfterIndex('before', noon + 1))) return ['00:00', '12:00'];
    if (noon !== undefined && (this.saysBeforeIndex('after', noon) || this.saysAfterIndex('after', noon + 1))) return ['12:00', '23:59'];
    for (const part of ['afternoon', 'morning', 'noon', 'evening'] as const) if (this.says(part)) return PART_OF_DAY[part];
    return undefined;
  }

  /** Hours said in the message: "17h", "17h30", "17 00", "5pm", "a las 5", "saat 17", "الساعة 5 مساء". */
  private hourMentions(): { minutes: number; at: number; end: number }[] {
    const found: { minutes: number; at: number; end: number }[] = [];
    const w = this.words;
    for (let i = 0; i < w.length; i++) {
      const word = w[i]!;
      let match = /^(\d{1,2})(?:h|hr|hrs|heure|heures|uhr)(\d{2})?$/.exec(word);
      let end = i + 1;
      let hour: number | undefined;
      let minute = 0;
      if (match) {
        hour = Number(match[1]);
        minute = Number(match[2] ?? 0);
      } else if (this.turkish && (match = /^(\d{1,2})(den|dan|ten|tan|de|da|te|ta|e|a|ye|ya)$/.exec(word))) {
        hour = Number(match[1]);
      } else if ((match = /^(\d{1,2})(am|pm|a|p)$/.exec(word))) {
        hour = (Number(match[1]) % 12) + (match[2]!.startsWith('p') ? 12 : 0);
      } else if (/^\d{1,2}$/.test(word)) {
        const next = w[i + 1] ?? '';
        const prev = w[i - 1] ?? '';
        const timeWord = /^(h|heure|heures|hours|hour|horas|hora|saat|ساعه|uhr|o|oclock)$/.test(next) || next === 'pm' || next === 'am' || /^(00|15|30|45)$/.test(next);
        const marked = ['saat', 'las', 'as', 'at', 'vers', 'apres', 'after', 'before', 'avant', 'around', 'الساعه', 'ate', 'depois', 'antes', 'hasta', 'sobre', 'hacia', 'بعد', 'قبل'].includes(prev);
        const turkish = this.turkish && /^(den|dan|ten|tan|de|da|te|ta|e|a|ye|ya|gibi|civari|civarinda|sularinda)$/.test(next);
        const ranged = ['between', 'entre', 'from', 'de', 'desde', 'من', 'بين'].includes(prev) && /^\d{1,2}(?:h|pm|am)?$/.test(w[i + 2] ?? '') && /^(and|to|et|a|y|e|ate|hasta|الى|و)$/.test(next);
        if (timeWord || marked || turkish || ranged || (found.length > 0 && /^(et|and|y|e|ile|a|to|au|و|الى)$/.test(prev))) {
          hour = Number(word);
          if (/^(00|15|30|45)$/.test(next)) {
            minute = Number(next);
            end = i + 2;
          } else if (timeWord && next !== 'pm' && next !== 'am') end = i + 2;
          if (next === 'pm' || this.lx.pm.some((e) => e[0]!.word === next)) {
            hour = (hour % 12) + 12;
            end = i + 2;
          }
          if (next === 'am') end = i + 2;
        }
      }
      if (hour === undefined || hour > 23 || minute > 59) continue;
      // "à 5h de l'après-midi", "5 مساء", "a las 5 de la tarde": a small hour in the afternoon or evening.
      if (hour < 12 && hour >= 1 && this.afternoonNear(end)) hour += 12;
      found.push({ minutes: hour * 60 + minute, at: i, end });
    }
    return found;
  }

  private afternoonNear(end: number): boolean {
    const next = this.words.slice(end, end + 4);
    return ['afternoon', 'evening', 'pm'].some((k) => this.lx[k as Kind].some((e) => next.includes(e[0]!.word))) && !/^(11|10)$/.test('');
  }

  private isHour(i: number): boolean {
    return this.hourMentions().some((h) => h.at === i);
  }

  /** Spanish "mañana" is tomorrow, but "por la mañana" is the morning. */
  private morningNotTomorrow(): boolean {
    const at = this.words.indexOf('manana');
    return at > 0 && this.words[at - 1] === 'la' && this.words.indexOf('manana', at + 1) < 0;
  }

  private one(day: Day): DayRange {
    return { from: day, to: day };
  }

  private says(kind: Kind): boolean {
    return this.lx[kind].some((e) => this.findEntry(e) >= 0);
  }

  private saysNear(kind: Kind, at: number): boolean {
    return this.lx[kind].some((e) => {
      const found = this.findEntry(e);
      return found >= 0 && Math.abs(found - at) <= 2;
    });
  }

  private saysBeforeIndex(kind: Kind, at: number): boolean {
    return this.lx[kind].some((e) => {
      for (let start = Math.max(0, at - e.length - 1); start <= at - e.length; start++) if (this.entryAt(e, start)) return true;
      return false;
    });
  }

  private saysAfterIndex(kind: Kind, at: number): boolean {
    return this.lx[kind].some((e) => this.entryAt(e, at));
  }

  /** The number of words of a range connector at `at` ("au", "jusqu au", "to", "ile"), 0 when none. */
  private connectorAt(at: number): number {
    if (this.words[at] === '' || at >= this.words.length) return 0;
    const entry = this.lx.rangeTo.filter((e) => this.entryAt(e, at)).sort((a, b) => b.length - a.length)[0];
    return entry?.length ?? 0;
  }

  private findEntry(entry: Entry): number {
    for (let i = 0; i + entry.length <= this.words.length; i++) if (this.entryAt(entry, i)) return i;
    return -1;
  }

  private entryAt(entry: Entry, at: number): boolean {
    return at >= 0 && entry.every((part, j) => {
      const w = this.words[at + j];
      return w !== undefined && (part.prefix ? w.startsWith(part.word) : w === part.word);
    });
  }

  /** A day of the month: "3", "3rd", "1er", "10u", "15i". */
  private dayNumber(word: string | undefined): number | undefined {
    const m = word ? /^(\d{1,2})(?:er|eme|e|st|nd|rd|th|º|o|a|u|i|si|su|inci|nci|ndan|ndan|den|dan|ye|ya)?$/.exec(word) : null;
    const n = m ? Number(m[1]) : NaN;
    return n >= 1 && n <= 31 ? n : undefined;
  }

  /** A month named at `at`, or "du mois prochain" / "next month" / "bu ay": [index 0-11, year offset hint]. */
  private monthAt(at: number): [number, number] | undefined {
    let i = at;
    while (['de', 'du', 'of', 'del', 'do', 'da', 'en', 'in'].includes(this.words[i] ?? '')) i++;
    const word = this.words[i];
    if (!word) return undefined;
    const named = this.lx.months.get(word) ?? (this.turkish ? this.lx.months.get(word.replace(/(?:n?d[ae]|t[ae])$/, '')) : undefined);
    if (named !== undefined) return [named, 0];
    if (this.english && word === 'may') return [4, 0];
    const rest = this.words.slice(i).join(' ');
    const mentions = (kind: Kind) => this.lx[kind].some((e) => rest.startsWith(e.map((p) => p.word).join(' ')) || rest.startsWith(`mois ${e.map((p) => p.word).join(' ')}`));
    if (this.lx.nextMonth.some((e) => this.entryAt(e, i) || this.entryAt(e, i + 1)) || mentions('nextMonth')) {
      const [, m] = shiftMonth(this.today.year, this.today.month, 1);
      return [m - 1, 1];
    }
    if (this.lx.thisMonth.some((e) => this.entryAt(e, i) || this.entryAt(e, i + 1))) return [this.today.month - 1, 0];
    return undefined;
  }

  /** "June 3 to 7": a month just before the day number. */
  private monthBefore(at: number): [number, number] | undefined {
    // "gelecek ayin 10u ile 15i": the month named before the days.
    for (let start = Math.max(0, at - 3); start < at; start++) {
      if (this.lx.nextMonth.some((e) => this.entryAt(e, start))) {
        const [, m] = shiftMonth(this.today.year, this.today.month, 1);
        return [m - 1, 1];
      }
    }
    for (const back of [1, 2]) {
      const word = this.words[at - back];
      const named = word ? this.lx.months.get(word) : undefined;
      if (named !== undefined) return [named, 0];
    }
    return undefined;
  }

  /** A day of a month in the coming twelve months (or in the same year as `after`). */
  private dated(day: number, month: [number, number], after?: Day): Day | undefined {
    const [year, m] = after ? [after.year + (month[0] + 1 < after.month ? 1 : 0), month[0] + 1] : this.yearOf(month[0] + 1, day);
    const d = { year, month: m, day };
    return isValid(d) ? d : undefined;
  }

  /** The year of the next (or current) such month and day. */
  private yearOf(month: number, day: number): [number, number] {
    const candidate = { year: this.today.year, month, day: Math.min(day, daysInMonth(this.today.year, month)) };
    const past = month < this.today.month || (month === this.today.month && compare(candidate, this.today) < 0 && day !== 1);
    return [past ? this.today.year + 1 : this.today.year, month];
  }
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export { weekdayOf };
