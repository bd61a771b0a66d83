// Subscribing to and unsubscribing from neighbourhood news; "stop" at any moment stops everything.
import type { Resident, Store, Subscription } from '../store/types.js';
import { withConsents, withoutConsents } from '../residents/consents.js';
import { updateResident } from '../residents/records.js';

export async function subscribe(store: Store, resident: Resident, subscription: Omit<Subscription, 'consentedAt'>, at: Date): Promise<Resident> {
  const updated = await updateResident(store, resident, at, (fresh) =>
    withConsents({ ...fresh, subscription: { ...subscription, consentedAt: at.toISOString() }, site: subscription.site ?? fresh.site }, ['news'], at),
  );
  return updated!;
}

/** Ends the subscription and its consent, and cancels every message not yet sent to the resident. */
export async function unsubscribe(store: Store, residentId: string, at: Date): Promise<void> {
  await updateResident(store, residentId, at, ({ subscription: _ended, ...rest }) => withoutConsents(rest, (c) => c.purpose === 'news'));
  await store.outbox.cancelForResident(residentId, 'failed', at);
}
