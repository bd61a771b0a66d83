// Calendar arithmetic on local days in the configured time zone: no library needed for whole days.

/** A local calendar day. */
export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

const MS_DAY = 86_400_000;

/** The local day and hour of an instant in a time zone. */
export function localNow(now: Date, timeZone: string): { day: Day; weekday: number; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', hourCycle: 'h23', weekday: 'short' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const day = { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
  return { day, weekday: weekdayOf(day), hour: Number(parts.hour) };
}

/** 0 Monday … 6 Sunday. */
export function weekdayOf(d: Day): number {
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
}

export function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * MS_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValid(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export function compare(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function iso(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The month after `month` of `year` (by offset), as [year, month]. */
export function shiftMonth(year: number, month: number, offset: number): [number, number] {
  const index = year * 12 + (month - 1) + offset;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The first instant of a local day in a time zone, as a Date (DST-safe to the minute). */
export function startOfLocalDay(d: Day, timeZone: string, minutes = 0): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day, 0, minutes);
  const offset = (at: number) => {
    const local = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
      .formatToParts(new Date(at))
      .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
    return Date.UTC(local.year!, local.month! - 1, local.day!, local.hour!, local.minute!) - at;
  };
  const first = guess - offset(guess);
  return new Date(guess - offset(first));
}
