// Wall-clock date and time in the landlord's time zone (Europe/Paris) ↔ instants, whatever zone the
// browser is in: the staff and partner event forms read and write times with it.
const pad = (n) => String(n).padStart(2, '0');

/** The zone's wall clock at an instant: year, month, day, hour, minute (numbers). */
function wallClock(instant, timeZone) {
  const parts = {};
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  for (const part of format.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  return { ...parts, hour: parts.hour % 24 };
}

/** Minutes the zone is ahead of UTC at that instant (Paris: 60 in winter, 120 in summer). */
function zoneOffsetMinutes(instant, timeZone) {
  const p = wallClock(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * "2026-12-05" + "14:00" in Europe/Paris → "2026-12-05T14:00:00+01:00". The offset is the zone's
 * at that moment (summer time included). Undefined if the date or time is not valid.
 */
export function localToIso(date, time, timeZone) {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date || '');
  const h = /^(\d{2}):(\d{2})/.exec(time || '');
  if (!d || !h) return undefined;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(h[1]), Number(h[2]));
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== Number(d[3])) return undefined;
  // First guess from the offset at that wall time read as UTC, then the offset at the real instant.
  let offset = zoneOffsetMinutes(wall, timeZone);
  offset = zoneOffsetMinutes(wall - offset * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${d[1]}-${d[2]}-${d[3]}T${h[1]}:${h[2]}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as the zone's date ("2026-12-05") and time ("14:00"), for date and time inputs. */
export function isoToLocal(iso, timeZone) {
  const p = wallClock(Date.parse(iso), timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}
