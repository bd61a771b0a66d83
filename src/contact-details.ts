// Recognises a phone number or an e-mail address typed by a resident.
import type { CountryCode } from 'libphonenumber-js';
import { phoneNumbers } from './phone-numbers.js';
import type { ContactDetails } from './store/types.js';

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

/** A valid phone number (in international form) or e-mail address, or undefined. */
export function parseContactDetails(text: string, country: string): ContactDetails | undefined {
  const value = text.trim();
  if (EMAIL.test(value)) return { kind: 'email', value: value.toLowerCase() };
  const phone = phoneNumbers().parsePhoneNumberFromString(value, country as CountryCode);
  return phone?.isValid() ? { kind: 'phone', value: phone.formatInternational() } : undefined;
}

const EMAIL_IN_TEXT = /[^\s@<>()[\],;:"]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/gu;
/** What replaces a contact detail taken out of a text. */
export const REMOVED = '[…]';

/**
 * Where phone numbers are written in `text` (E.164 number, start, end), from the first to the last.
 * libphonenumber counts an opening bracket before a number as part of it ("(06 12…" in "Mme X
 * (06 12 34 56 78, …)"): a span starting with "(" and holding no ")" starts after it.
 */
export function phoneSpans(text: string, country: string): { number: string; start: number; end: number }[] {
  return phoneNumbers().findPhoneNumbersInText(text, { defaultCountry: country as CountryCode }).map((found) => {
    let start = found.startsAt;
    while (text[start] === '(' && !text.slice(start, found.endsAt).includes(')')) start++;
    return { number: found.number.number, start, end: found.endsAt };
  });
}

/**
 * The text with every e-mail address and phone number in it replaced by "[…]": for words kept
 * without the resident's identity (unanswered questions), so they cannot name anyone either.
 */
export function withoutContactDetails(text: string, country: string): string {
  let result = text.replace(EMAIL_IN_TEXT, REMOVED);
  // From the end, so earlier positions stay right.
  for (const { start, end } of phoneSpans(result, country).reverse()) result = `${result.slice(0, start)}${REMOVED}${result.slice(end)}`;
  return result;
}
