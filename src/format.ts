// Dates written the way a resident reads them, in their language and the configured time zone.
import type { Language } from './config.js';
import type { Translator } from './i18n.js';

/** "24 novembre 2026" / "24 November 2026" / "٢٤ نوفمبر ٢٠٢٦" for an ISO date or date-time. */
export function formatDate(iso: string, lng: Language, translator: Translator, timeZone: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(translator.culture(lng), { dateStyle: 'long', timeZone }).format(date);
}
