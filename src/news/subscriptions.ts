// Subscribing to and unsubscribing from neighbourhood news; "stop" at any moment stops everything.
import type { Resident, Store, Subscription } from '../store/types.js';

export async function subscribe(store: Store, resident: Resident, subscription: Omit<Subscription, 'consentedAt'>, at: Date): Promise<Resident> {
  const fresh = (await store.residents.get(resident.id)) ?? resident;
  const consentedAt = at.toISOString();
  const updated: Resident = {
    ...fresh,
    subscription: { ...subscription, consentedAt },
    site: subscription.site ?? fresh.site,
    consents: [...fresh.consents.filter((c) => c.purpose !== 'news'), { purpose: 'news', givenAt: consentedAt }],
    updatedAt: consentedAt,
  };
  await store.residents.save(updated);
  return updated;
}

/** Ends the subscription and its consent, and cancels every message not yet sent to the resident. */
export async function unsubscribe(store: Store, residentId: string, at: Date): Promise<void> {
  const resident = await store.residents.get(residentId);
  if (resident) {
    const { subscription: _ended, ...rest } = resident;
    await store.residents.save({ ...rest, consents: resident.consents.filter((c) => c.purpose !== 'news'), updatedAt: at.toISOString() });
  }
  await store.outbox.cancelForResident(residentId, 'failed', at);
}
