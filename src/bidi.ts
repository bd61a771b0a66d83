// Right-to-left text that reads correctly: Latin fragments inside Arabic wrapped in Unicode isolates.

const LRI = '\u2066';
const PDI = '\u2069';

/**
 * A left-to-right run: starts and ends with a Latin letter or an ASCII digit and may hold spaces and
 * the punctuation of addresses, phone numbers, receipt numbers and e-mails ("1 rue de la Mairie,
 * 75000 Paris", "01 23 45 67 89", "B-2026-0001", "+33 1 23", "a.b@c.fr"). A run already inside an
 * isolate is left alone, so wrapping twice changes nothing.
 */
const LTR_RUN = /(?<![\u2066\u2067\u2068])(?:[A-Za-z\u00C0-\u024F0-9+]|\(\d)(?:[A-Za-z\u00C0-\u024F0-9 .,'’:/@_+()\-–]*[A-Za-z\u00C0-\u024F0-9)])?/g;
const ISOLATED = /[\u2066\u2067\u2068][^\u2069]*\u2069/g;

/**
 * Wraps every left-to-right run of a right-to-left text in LRI … PDI, so the bidirectional
 * algorithm keeps "B-2026-0001" and "01 23 45 67 89" whole and in order instead of reordering
 * their parts around the Arabic words. Text without Arabic script is returned as it is.
 */
export function isolateLeftToRight(text: string): string {
  if (!/[\u0600-\u06ff]/.test(text)) return text;
  // Keep runs that are already isolated as they are; wrap the others.
  const kept: string[] = [];
  const masked = text.replace(ISOLATED, (span) => String.fromCharCode(0xe000 + kept.push(span) - 1));
  const wrapped = masked.replace(LTR_RUN, (run) => `${LRI}${run}${PDI}`);
  return wrapped.replace(/[\ue000-\uf8ff]/g, (mark) => kept[mark.charCodeAt(0) - 0xe000] ?? mark);
}

/** Characters that only steer direction, to compare texts as a person reads them. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
