// Takes a deleted resident's name, phone numbers and e-mail addresses out of texts that are kept (staff notes).
import type { CountryCode } from 'libphonenumber-js';
import { phoneNumbers } from '../phone-numbers.js';
import { phoneSpans, REMOVED } from '../contact-details.js';
import type { ContactDetails } from '../store/types.js';

/** What identifies a resident in a text: phones in E.164 (+33612345678), e-mails in lower case, names as written. */
export interface Identifiers {
  phones: string[];
  emails: string[];
  names: string[];
}

/** The identifiers of the contact details a resident gave, and names staff know them by. */
export function identifiersOf(contacts: readonly ContactDetails[], names: readonly string[], country: string): Identifiers {
  const phones = new Set<string>();
  const emails = new Set<string>();
  for (const contact of contacts) {
    if (contact.kind === 'email') emails.add(contact.value.trim().toLowerCase());
    else {
      const phone = phoneNumbers().parsePhoneNumberFromString(contact.value, country as CountryCode);
      if (phone) phones.add(phone.number);
    }
  }
  return { phones: [...phones], emails: [...emails], names: names.map((n) => n.trim()).filter((n) => n.length >= 2) };
}

const EMAIL_IN_TEXT = /[^\s@<>()[\],;:"]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/gu;
const WORD = /[\p{L}\p{N}]/u;

/** Lower case without accents, with where each folded character came from in the original. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = text[i]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Spans [start, end) of `name` in `text` as whole words, ignoring case, accents and how words are spaced. */
function nameSpans(text: string, name: string): [number, number][] {
  const { folded, origin } = fold(text);
  const words = fold(name).folded.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\-]+'), 'gu');
  const spans: [number, number][] = [];
  for (const match of folded.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if ((start > 0 && WORD.test(folded[start - 1]!)) || (end < folded.length && WORD.test(folded[end]!))) continue;
    spans.push([origin[start]!, origin[end - 1]! + 1]);
  }
  return spans;
}

/**
 * The text with each of the resident's phone numbers (in any written form), e-mail addresses and
 * names replaced by "[…]"; everything else, other people's details included, is left as written.
 */
export function pseudonymise(text: string, ids: Identifiers, country: string): string {
  if (ids.phones.length + ids.emails.length + ids.names.length === 0) return text;
  const emails = new Set(ids.emails);
  let result = text.replace(EMAIL_IN_TEXT, (found) => (emails.has(found.toLowerCase()) ? REMOVED : found));
  const phones = new Set(ids.phones);
  // From the end, so earlier positions stay right.
  for (const { number, start, end } of phoneSpans(result, country).reverse()) {
    if (phones.has(number)) result = `${result.slice(0, start)}${REMOVED}${result.slice(end)}`;
  }
  // Longer names first, so "Fatima Benali" goes as one before "Benali" alone.
  for (const name of [...ids.names].sort((a, b) => b.length - a.length)) {
    for (const [start, end] of nameSpans(result, name).reverse()) result = `${result.slice(0, start)}${REMOVED}${result.slice(end)}`;
  }
  return result;
}
