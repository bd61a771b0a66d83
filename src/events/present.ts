// How an event reads to a resident: title in their language, date and time the way they say it.
import type { Language } from '../config.js';
import type { Translator } from '../i18n.js';
import type { CommunityEvent, Translations } from '../store/types.js';

/** The text in the resident's language, or the default language's with `translated: false`. */
export function pick(text: Translations | undefined, lng: Language, fallback: Language): { text: string; translated: boolean } {
  if (text?.[lng]) return { text: text[lng], translated: true };
  return { text: text?.[fallback] ?? Object.values(text ?? {})[0] ?? '', translated: false };
}

/** "mardi 3 mars, 14:00" / "الثلاثاء 3 مارس" — Intl in the resident's culture and the landlord's time zone. */
export function eventWhen(event: CommunityEvent, lng: Language, translator: Translator, timeZone: string): string {
  const culture = translator.culture(lng);
  const day = new Intl.DateTimeFormat(culture, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date(event.start));
  const time = (iso: string) => new Intl.DateTimeFormat(culture, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
  return `${day}, ${time(event.start)}–${time(event.end)}`;
}

/** "2026-12-05T14:00:00": the wall-clock time in a zone, as calendar files with a TZID expect. */
export function wallClock(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}
