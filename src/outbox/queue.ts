// Queues proactive messages in the outbox: announcements, need status updates, reminders, waitlist offers, cancelled events.
import type { Config } from '../config.js';
import type { Translator } from '../i18n.js';
import type { Announcement, CommunityEvent, Need, Registration, Store } from '../store/types.js';
import { announcementMessages, eventCancelledMessage, offerMessage, offerMessageId, reminderMessage, statusUpdateMessage } from './messages.js';

export interface NotifyContext {
  store: Store;
  translator: Translator;
  config: Config;
  now: Date;
}

/** What the notify functions need, from a dialog's dependencies, at this moment. */
export function notifyContext(deps: Pick<NotifyContext, 'store' | 'translator' | 'config'> & { clock: { now(): Date } }): NotifyContext {
  return { store: deps.store, translator: deps.translator, config: deps.config, now: deps.clock.now() };
}

/** One message per matching subscribed resident; returns how many were queued. */
export async function queueAnnouncement(announcement: Announcement, { store, translator, config, now }: NotifyContext): Promise<number> {
  const event = announcement.eventId ? await store.events.get(announcement.eventId) : undefined;
  const messages = announcementMessages(announcement, await store.residents.subscribed(), event, { translator, config, now });
  await store.outbox.add(messages);
  return messages.length;
}

/** Tells the resident their need's new status, if they asked to be told and can be reached. */
export async function queueStatusUpdate(need: Need, { store, translator, config, now }: NotifyContext): Promise<boolean> {
  if (!need.notifyOnStatus) return false;
  const resident = await store.residents.get(need.residentId);
  if (!resident?.reference || resident.unreachableSince) return false;
  await store.outbox.add([statusUpdateMessage(need, resident, { translator, config, now })]);
  return true;
}

/** The reminder the day before, queued when the resident registers with a reminder. */
export async function queueReminder(registration: Registration, { store, translator, config, now }: NotifyContext): Promise<void> {
  const [event, resident] = await Promise.all([store.events.get(registration.eventId), store.residents.get(registration.residentId)]);
  if (!event || !resident?.reference || !registration.reminder) return;
  await store.outbox.add([reminderMessage(registration, event, resident, { translator, config, now })]);
}

/** Tells each resident offered a freed place. */
export async function queueOffers(offers: Registration[], { store, translator, config, now }: NotifyContext): Promise<void> {
  const messages = [];
  for (const offer of offers) {
    const [event, resident] = await Promise.all([store.events.get(offer.eventId), store.residents.get(offer.residentId)]);
    if (event && resident?.reference && !resident.unreachableSince) messages.push(offerMessage(offer, event, resident, { translator, config, now }));
  }
  if (messages.length) await store.outbox.add(messages);
}

/** A cancelled registration's reminder and seat offer are not sent (those still waiting in the outbox). */
export async function dropRegistrationMessages(registration: Registration, { store, now }: NotifyContext): Promise<void> {
  const drop = { status: 'failed' as const, lastError: 'registration cancelled', updatedAt: now.toISOString() };
  await store.outbox.update(`reminder:${registration.id}`, drop, 'pending');
  if (registration.status === 'offered') await store.outbox.update(offerMessageId(registration), drop, 'pending');
}

/** Tells each resident registered to an event staff cancelled (reachable ones only). */
export async function queueEventCancelled(event: CommunityEvent, registrations: Registration[], { store, translator, config, now }: NotifyContext): Promise<number> {
  const messages = [];
  for (const registration of registrations) {
    const resident = await store.residents.get(registration.residentId);
    if (resident?.reference && !resident.unreachableSince) messages.push(eventCancelledMessage(registration, event, resident, { translator, config, now }));
  }
  if (messages.length) await store.outbox.add(messages);
  return messages.length;
}
