// What may be published, checked in one place for staff and partner routes: event capacity against
// booked seats, partner edits that keep other translations, announcements tied to an event the
// author may use, approvals in the right order, and the decision recorded with its reason.
import type { Registrations } from '../events/registrations.js';
import type { Account, Announcement, CommunityEvent, ReviewDecision, Store, Translations } from '../store/types.js';
import type { EventInput } from '../events/seed.js';
import { ApiError } from './api-error.js';

/** Texts an edit may give for some languages only: the others are kept. */
const TRANSLATED_FIELDS = ['title', 'description', 'accessibility', 'childcare'] as const;

/**
 * An edit merged into the stored event: for translated texts, the languages given replace theirs
 * and the others stay (editing the French title never drops the English one).
 */
export function mergeEventEdit(event: CommunityEvent, edit: Partial<EventInput>): Partial<EventInput> {
  const merged: Partial<EventInput> = { ...edit };
  for (const field of TRANSLATED_FIELDS) {
    const given = edit[field] as Translations | undefined;
    if (!given) continue;
    const texts: Record<string, string> = { ...(event[field] ?? {}) };
    for (const [code, text] of Object.entries(given)) if (text) texts[code] = text;
    merged[field] = texts as EventInput[typeof field];
  }
  return merged;
}

/**
 * An event change through the registrations module (so freed seats are offered to the waitlist); a
 * capacity below the seats already booked (confirmed and offered) would leave people without a seat.
 */
export async function changeEvent(registrations: Registrations, eventId: string, patch: Partial<Omit<CommunityEvent, 'id' | 'createdAt'>>): Promise<CommunityEvent> {
  const outcome = await registrations.changeEvent(eventId, patch);
  if ('missing' in outcome) throw new ApiError(404, 'NotFound', `No event with id ${eventId}.`);
  if ('belowBooked' in outcome) {
    const booked = outcome.belowBooked;
    throw new ApiError(409, 'CapacityBelowBooked', `capacity: ${booked} seats are already booked; the capacity cannot be less than ${booked}.`, { booked });
  }
  return outcome.event;
}

/**
 * The event an announcement links to: it must exist and, for a partner, be their own; a partner may
 * announce their own event while it awaits approval (the announcement then waits for it), staff only
 * a published one.
 */
export async function checkAnnouncementEvent(store: Store, eventId: string | undefined, author: Account): Promise<CommunityEvent | undefined> {
  if (!eventId) return undefined;
  const event = await store.events.get(eventId);
  const mine = event && (author.role !== 'partner' || event.organiser.accountId === author.id);
  if (!event || !mine) throw new ApiError(400, 'InvalidAnnouncement', 'eventId: no such event among yours.');
  const allowed = author.role === 'partner' ? ['pending', 'published'] : ['published'];
  if (!allowed.includes(event.status)) throw new ApiError(400, 'InvalidAnnouncement', `eventId: the event is ${event.status}; announce a published event.`);
  return event;
}

/** Approving an announcement whose event is not published would send residents to an event they cannot find. */
export async function checkAnnouncementApprovable(store: Store, announcement: Announcement): Promise<void> {
  if (!announcement.eventId) return;
  const event = await store.events.get(announcement.eventId);
  if (!event) throw new ApiError(409, 'EventMissing', 'The event this announcement links to no longer exists; reject the announcement.');
  if (event.status === 'pending') throw new ApiError(409, 'EventPending', 'Approve the event first: this announcement links to an event still awaiting approval.');
  if (event.status !== 'published') throw new ApiError(409, 'EventNotPublished', `The event this announcement links to is ${event.status}; reject the announcement.`);
}

/** The decision as stored and shown to the partner; a rejection needs its reason. */
export function reviewDecision(outcome: 'approve' | 'reject', reason: string | undefined, account: Account, now: Date): ReviewDecision {
  const text = reason?.trim();
  if (outcome === 'reject' && !text) throw new ApiError(400, 'ReasonRequired', 'reason: say why it is rejected; the partner reads it.');
  return { outcome, ...(text ? { reason: text } : {}), by: account.name, at: now.toISOString() };
}
