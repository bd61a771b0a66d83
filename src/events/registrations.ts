// Registrations: the rules a resident or staff action follows; every freed seat queues the next waitlisted resident's offer.
import { recordAudit } from '../audit.js';
import type { Clock, IdGenerator } from '../clock.js';
import type { Config } from '../config.js';
import type { Translator } from '../i18n.js';
import type { Logger } from '../logger.js';
import { dropRegistrationMessages, queueEventCancelled, queueOffers, queueReminder, type NotifyContext } from '../outbox/queue.js';
import { giveConsents, withdrawConsents } from '../residents/consents.js';
import type { Account, CommunityEvent, EventChangeOutcome, RegisterOutcome, Registration, Store } from '../store/types.js';
import type { RegisterInput } from './waitlist.js';

export interface RegistrationsDeps {
  store: Store;
  translator: Translator;
  config: Config;
  clock: Clock;
  newId: IdGenerator;
  logger?: Logger;
  /** Told when messages were queued, so they go out now rather than at the next interval. */
  outbox?: { kick(): unknown };
}

/**
 * Register, cancel, change seats, accept an offer, forget a resident, expire offers, staff
 * cancellation of a registration or of a whole event. The store engines take and free seats atomically and return the offers they
 * made; this module queues one outbox message per offer, whatever the path that freed the seats.
 */
export class Registrations {
  constructor(private readonly deps: RegistrationsDeps) {
    if (!deps?.store || !deps.translator || !deps.clock) throw new Error('Registrations: store, translator and clock are required');
  }

  /** Takes seats or joins the waitlist; with a reminder, records the consent and queues the reminder of a confirmed seat. */
  async register(input: RegisterInput): Promise<RegisterOutcome> {
    const now = this.deps.clock.now();
    const outcome = await this.deps.store.registrations.register(input, now);
    if (!('registration' in outcome) || !input.reminder) return outcome;
    const { registration } = outcome;
    await giveConsents(this.deps.store, input.residentId, ['event-reminder'], now, registration.code);
    if (registration.status === 'confirmed') await queueReminder(registration, this.notify(now));
    return outcome;
  }

  /** The resident cancels: the reminder is withdrawn and the freed seats are offered. */
  async cancel(registration: Registration): Promise<Registration[]> {
    const now = this.deps.clock.now();
    const offers = await this.deps.store.registrations.cancel(registration.id, now);
    await this.dropQueued(registration, now);
    return this.offer(offers, now);
  }

  /** A cancelled registration's reminder (and offer) are not sent; "My data" keeps no agreement to a reminder for it. */
  private async dropQueued(registration: Registration, now: Date): Promise<void> {
    await dropRegistrationMessages(registration, this.notify(now));
    await withdrawConsents(this.deps.store, registration.residentId, now, (c) => c.purpose === 'event-reminder' && c.ref === registration.code);
  }

  /** Staff cancel a registration (recorded in the audit log); the freed seats are offered. */
  async cancelByStaff(id: string, account: Pick<Account, 'id' | 'name'>): Promise<Registration | undefined> {
    const registration = await this.deps.store.registrations.get(id);
    if (!registration) return undefined;
    if (registration.status !== 'cancelled') {
      await this.cancel(registration);
      await recordAudit(this.deps, account, 'registration.cancel', registration.code);
    }
    return this.deps.store.registrations.get(id);
  }

  /**
   * Staff cancel an event (recorded in the audit log): its registrations are cancelled, their
   * queued reminders and offers are dropped, and each resident still to come is told. The event
   * is cancelled first, so the freed seats are offered to no one.
   */
  async cancelEvent(eventId: string, account: Pick<Account, 'id' | 'name'>): Promise<CommunityEvent | undefined> {
    const now = this.deps.clock.now();
    const event = await this.deps.store.events.get(eventId);
    if (!event || event.status === 'cancelled') return event;
    // Under the event's lock: a registration arriving meanwhile is either listed below or refused.
    const changed = await this.deps.store.registrations.changeEvent(eventId, { status: 'cancelled', updatedAt: now.toISOString() }, now);
    if (!('event' in changed)) return undefined;
    const updated = changed.event;
    const active = (await this.deps.store.registrations.byEvent(eventId)).filter((r) => r.status !== 'cancelled');
    for (const registration of active) {
      await this.deps.store.registrations.cancel(registration.id, now);
      await this.dropQueued(registration, now);
    }
    if (event.status === 'published' && event.start > now.toISOString() && (await queueEventCancelled(updated, active, this.notify(now)))) this.deps.outbox?.kick();
    await recordAudit(this.deps, account, 'event.cancel', eventId, { registrations: active.length });
    return updated;
  }

  /** Changes the seats if they fit; fewer confirmed seats are offered to the waitlist. */
  async changeSeats(id: string, seats: number): Promise<boolean> {
    const now = this.deps.clock.now();
    const { changed, offers } = await this.deps.store.registrations.changeSeats(id, seats, now);
    await this.offer(offers, now);
    return changed;
  }

  /** The resident takes an offered place; its reminder is queued if they asked for one. */
  async accept(registration: Registration): Promise<boolean> {
    const now = this.deps.clock.now();
    const accepted = await this.deps.store.registrations.accept(registration.id, now);
    if (accepted && registration.reminder) await queueReminder({ ...registration, status: 'confirmed' }, this.notify(now));
    return accepted;
  }

  /** Deletes a resident's registrations (their data erased); the seats they held are offered. */
  async forget(residentId: string): Promise<number> {
    const now = this.deps.clock.now();
    const { deleted, offers } = await this.deps.store.registrations.deleteByResident(residentId, now);
    await this.offer(offers, now);
    return deleted;
  }

  /**
   * Changes an event (staff or partner edit, approval): refused below the seats already held; the
   * seats a higher capacity or a new publication leaves free are offered to the waitlist.
   */
  async changeEvent(eventId: string, patch: Partial<Omit<CommunityEvent, 'id' | 'createdAt'>>): Promise<EventChangeOutcome> {
    const now = this.deps.clock.now();
    const outcome = await this.deps.store.registrations.changeEvent(eventId, patch, now);
    if ('offers' in outcome) await this.offer(outcome.offers, now);
    return outcome;
  }

  /** Lapsed offers go to the next on the waitlist; returns the new offers (run on a timer, see OfferExpiry). */
  async expireOffers(): Promise<Registration[]> {
    const now = this.deps.clock.now();
    return this.offer(await this.deps.store.registrations.expireOffers(now), now);
  }

  private async offer(offers: Registration[], now: Date): Promise<Registration[]> {
    if (offers.length === 0) return offers;
    await queueOffers(offers, this.notify(now));
    this.deps.outbox?.kick();
    return offers;
  }

  private notify(now: Date): NotifyContext {
    return { store: this.deps.store, translator: this.deps.translator, config: this.deps.config, now };
  }
}
