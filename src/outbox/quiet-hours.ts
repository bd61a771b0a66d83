// Quiet hours: local times (the landlord's time zone) during which no proactive message is sent.
import { wallClock } from '../events/present.js';

const minuteOfDay = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When the quiet hours `now` falls in end (for "21:00-08:00", the morning), or undefined when
 * `now` is outside them or there are none (config.quietHours, already validated).
 */
export function quietHoursEnd(now: Date, quietHours: string | undefined, timeZone: string): Date | undefined {
  if (!quietHours) return undefined;
  const local = wallClock(now.toISOString(), timeZone);
  const minute = minuteOfDay(local.slice(11, 16));
  const start = minuteOfDay(quietHours.slice(0, 5));
  const endTime = quietHours.slice(6, 11);
  const end = minuteOfDay(endTime);
  const spansMidnight = start > end;
  const inside = spansMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inside) return undefined;
  // Evening part of 21:00-08:00: the end is tomorrow morning; otherwise it is later today.
  const [year, month, day] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  const endDay = new Date(Date.UTC(year, month - 1, day + (spansMidnight && minute >= start ? 1 : 0))).toISOString().slice(0, 10);
  const at = zonedTime(`${endDay}T${endTime}:00`, timeZone);
  // A daylight-saving change can only shift the end, never put it before now; guard anyway so a deferral always moves forward.
  return at > now ? at : new Date(now.getTime() + 60_000);
}

/** The instant a wall-clock time in a time zone names ("2026-11-25T08:00:00" in Europe/Paris is 07:00Z). */
export function zonedTime(wall: string, timeZone: string): Date {
  const asUtc = Date.parse(`${wall}Z`);
  let instant = asUtc;
  // The zone's offset at the guessed instant; measured twice in case a daylight-saving change lies between.
  for (let i = 0; i < 2; i++) instant = asUtc - (Date.parse(`${wallClock(new Date(instant).toISOString(), timeZone)}Z`) - instant);
  return new Date(instant);
}
