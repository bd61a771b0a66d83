// The one way a consent is given or withdrawn: purpose, time and what it is about, on the resident's record.
import type { Consent, Resident, Store } from '../store/types.js';
import { updateResident } from './records.js';

/** What a consent allows; my data names each one in the resident's language (needs:myData.purposes.*). */
export type ConsentPurpose = 'need-contact' | 'status-updates' | 'callback' | 'event-reminder' | 'news' | 'consultations';

/** Purposes given once for everything: giving one again keeps a single consent. */
const ONE_PER_RESIDENT: readonly string[] = ['news', 'consultations'];

/** The resident with these consents added (given `at`, each about `ref` when it concerns one thing); the same record when none. */
export function withConsents(resident: Resident, purposes: readonly ConsentPurpose[], at: Date, ref?: string): Resident {
  if (!purposes.length) return resident;
  const given: Consent[] = purposes.map((purpose) => ({ purpose, givenAt: at.toISOString(), ...(ref ? { ref } : {}) }));
  const replaced = (c: Consent) => ONE_PER_RESIDENT.includes(c.purpose) && (purposes as readonly string[]).includes(c.purpose);
  return { ...resident, consents: [...resident.consents.filter((c) => !replaced(c)), ...given] };
}

/** The resident without the consents that match. */
export function withoutConsents(resident: Resident, matches: (consent: Consent, index: number) => boolean): Resident {
  return { ...resident, consents: resident.consents.filter((c, i) => !matches(c, i)) };
}

/** Records consents on the stored resident; resolves once durable. */
export async function giveConsents(store: Pick<Store, 'residents'>, resident: Resident | string, purposes: readonly ConsentPurpose[], at: Date, ref?: string): Promise<Resident | undefined> {
  return updateResident(store, resident, at, (r) => withConsents(r, purposes, at, ref));
}

/** Withdraws the consents that match; resolves once durable. */
export async function withdrawConsents(store: Pick<Store, 'residents'>, resident: Resident | string, at: Date, matches: (consent: Consent, index: number) => boolean): Promise<Resident | undefined> {
  return updateResident(store, resident, at, (r) => withoutConsents(r, matches));
}
