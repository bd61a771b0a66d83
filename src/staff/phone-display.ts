// Phone numbers as staff dial them: national form for the landlord's country ("06 12 34 56 78"),
// the international call prefix otherwise ("00 44 20 7946 0958"). Never a leading "+", which a
// spreadsheet reading a CSV would take for a formula.
import type { CountryCode } from 'libphonenumber-js';
import { phoneNumbers } from '../phone-numbers.js';

export function phoneForStaff(value: string, country: string): string {
  const phone = phoneNumbers().parsePhoneNumberFromString(value, country as CountryCode);
  if (!phone) return value;
  if (phone.country === country) return phone.formatNational();
  return phone.format('IDD', { fromCountry: country as CountryCode }) || phone.formatInternational().replace(/^\+/, '00 ');
}
