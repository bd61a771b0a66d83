// The one way a consent is given or withdrawn: purpose, time and what it is about, on the resident's record.
import type { Consent, Resident, Store } from '../store/types.js';
import { updateResident } from './records.js';

/** What a consent allows; my-data names each one in the resident's language (needs:myData.purposes.*). */
export type ConsentPurpose = 'need-contact' | 'status-updates' | 'callback' | 'event-reminder' | 'news';

/** Purposes a resident gives once for everything (giving it again replaces the earlier one). */
const ONE_PER_RESIDENT: readonly ConsentPurpose[] = ['news'];

/** The resident with these consents added (given `at`, each about `ref` when it concerns one thing). */
export function withConsents(resident: Resident, purposes: readonly ConsentPurpose[], at: Date, ref?: string): Resident {
  const given: Consent[] = purposes.map((purpose) => ({ purpose, givenAt: at.toISOString(), ...(ref ? { ref } : {}) }));
  const kept = resident.consents.filter((c) => !(ONE_PER_RESIDENT as readonly string[]).includes(c.purpose) || !purposes.includes(c.purpose as ConsentPurpose));
  return { ...resident, consents: [...kept, ...given] };
}

/** Records consents on the stored resident; resolves once durable. */
export async function giveConsents(store: Pick<Store, 'residents'>, residentId: string, purposes: readonly ConsentPurpose[], at: Date, ref?: string): Promise<Resident | undefined> {
  if (purposes.length === 0) return store.residents.get(residentId);
  return updateResident(store, residentId, at, (resident) => withConsents(resident, purposes, at, ref));
}

/** Withdraws the consents that match; resolves once durable. */
export async function withdrawConsents(store: Pick<Store, 'residents'>, residentId: string, at: Date, matches: (consent: Consent) => boolean): Promise<Resident | undefined> {
  return updateResident(store, residentId, at, (resident) => ({ ...resident, consents: resident.consents.filter((c) => !matches(c)) }));
}
