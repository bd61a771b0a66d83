// Recognises a phone number or an e-mail address typed by a resident.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { ContactDetails } from './store/types.js';

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

/** A valid phone number (in international form) or e-mail address, or undefined. */
export function parseContactDetails(text: string, country: string): ContactDetails | undefined {
  const value = text.trim();
  if (EMAIL.test(value)) return { kind: 'email', value: value.toLowerCase() };
  const phone = parsePhoneNumberFromString(value, country as CountryCode);
  return phone?.isValid() ? { kind: 'phone', value: phone.formatInternational() } : undefined;
}
