// Events and registrations on lowdb: events by month, registrations one file per event.
import { join } from 'node:path';
import { decideRegistration, nextOffers, offerLapsed, seatsChangeFits, seatsHeld } from '../../events/waitlist.js';
import type { CommunityEvent, EventRepository, Registration, RegistrationRepository } from '../types.js';
import { registrationCode } from '../registration-code.js';
import type { Counters } from './counters.js';
import { recordRepository } from './records.js';
import { ShardedTable, type TableOptions } from './sharded-table.js';
import { copy } from './copy.js';

export async function openEventTables(dataDir: string, offerHours: number, counters: Counters, tableOptions: TableOptions = {}): Promise<{ events: EventRepository; registrations: RegistrationRepository; tables: ShardedTable<never>[] }> {
  const events = new ShardedTable<CommunityEvent>(join(dataDir, 'events'), (_key, e) => e.start.slice(0, 7), tableOptions);
  const registrations = new ShardedTable<Registration>(join(dataDir, 'registrations'), (_key, r) => r.eventId, tableOptions);
  await Promise.all([events.open(), registrations.open()]);

  const ofEvent = (eventId: string) => [...registrations.values()].filter((r) => r.eventId === eventId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const taken = (eventId: string, at: Date) => seatsHeld(ofEvent(eventId), at);

  /**
   * Offers freed seats, in waitlist order, to those whose request fits. The offers are recorded
   * before anything else can run (ShardedTable.put changes memory at once), so a registration
   * arriving meanwhile sees the seats as held; `written` resolves when they are on disk.
   */
  function promote(eventId: string, at: Date): { offers: Registration[]; written: Promise<unknown> } {
    const offers = nextOffers(events.get(eventId), ofEvent(eventId), at, offerHours);
    return { offers: offers.map(copy), written: Promise.all(offers.map((o) => registrations.put(o.id, o))) };
  }

  const eventRecords = recordRepository(events);
  const eventRepository: EventRepository = {
    create: eventRecords.create,
    get: eventRecords.get,
    update: eventRecords.update,
    async list(filter = {}) {
      return eventRecords.select(
        (e) =>
          (!filter.from || e.start >= filter.from) &&
          (!filter.to || e.start < filter.to) &&
          (!filter.status || e.status === filter.status) &&
          (!filter.organiserAccountId || e.organiser.accountId === filter.organiserAccountId),
        (a, b) => a.start.localeCompare(b.start),
      );
    },
  };

  const registrationRepository: RegistrationRepository = {
    async register(input, at) {
      // Check and take the seats in one synchronous step, so concurrent registrations cannot both see the last seat.
      const outcome = decideRegistration(events.get(input.eventId), ofEvent(input.eventId), input, at);
      if (!('registration' in outcome)) return outcome;
      // The code comes from a counter that never goes back (taken at once, so the seat check stays one synchronous step).
      const number = counters.take('registration');
      const registration = { ...outcome.registration, code: registrationCode(number.value) };
      await Promise.all([number.written, registrations.put(registration.id, registration)]);
      return { registration: copy(registration) };
    },
    async get(id) {
      const r = registrations.get(id);
      return r && copy(r);
    },
    async byResident(residentId) {
      return [...registrations.values()].filter((r) => r.residentId === residentId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(copy);
    },
    async byEvent(eventId) {
      return ofEvent(eventId).map(copy);
    },
    async seatsTaken(eventId, at) {
      return taken(eventId, at);
    },
    async changeEvent(eventId, patch, at) {
      const event = events.get(eventId);
      if (!event) return { missing: true };
      // Checked, changed and promoted in one synchronous step: no registration can slip in between.
      const held = taken(eventId, at);
      if (patch.capacity !== undefined && patch.capacity < held) return { belowBooked: held };
      const updated = { ...event, ...copy(patch) };
      const write = events.put(eventId, updated);
      const { offers, written } = promote(eventId, at);
      await Promise.all([write, written]);
      return { event: copy(updated), offers };
    },
    async cancel(id, at) {
      const r = registrations.get(id);
      if (!r || r.status === 'cancelled') return [];
      const write = registrations.put(id, { ...r, status: 'cancelled', offerExpiresAt: undefined, updatedAt: at.toISOString() });
      const { offers, written } = promote(r.eventId, at);
      await Promise.all([write, written]);
      return offers;
    },
    async changeSeats(id, seats, at) {
      const r = registrations.get(id);
      if (!r || !seatsChangeFits(events.get(r.eventId), ofEvent(r.eventId), r, seats, at)) return { changed: false, offers: [] };
      const write = registrations.put(id, { ...r, seats, updatedAt: at.toISOString() });
      const freed = seats < r.seats && r.status === 'confirmed' ? promote(r.eventId, at) : { offers: [], written: undefined };
      await Promise.all([write, freed.written]);
      return { changed: true, offers: freed.offers };
    },
    async accept(id, at) {
      const r = registrations.get(id);
      if (!r || r.status !== 'offered' || (r.offerExpiresAt ?? '') <= at.toISOString()) return false;
      await registrations.put(id, { ...r, status: 'confirmed', offerExpiresAt: undefined, updatedAt: at.toISOString() });
      return true;
    },
    async expireOffers(at) {
      const expired = [...registrations.values()].filter((r) => offerLapsed(r, at));
      const writes = expired.map((r) => registrations.put(r.id, { ...r, status: 'cancelled', offerExpiresAt: undefined, updatedAt: at.toISOString() }));
      const promoted = [...new Set(expired.map((r) => r.eventId))].map((eventId) => promote(eventId, at));
      await Promise.all([...writes, ...promoted.map((p) => p.written)]);
      return promoted.flatMap((p) => p.offers);
    },
    async markAttendance(id, attended, at) {
      const r = registrations.get(id);
      if (!r) return undefined;
      const updated = { ...r, attended, updatedAt: at.toISOString() };
      await registrations.put(id, updated);
      return copy(updated);
    },
    async deleteByResident(residentId, at) {
      const mine = [...registrations.values()].filter((r) => r.residentId === residentId);
      const freed = [...new Set(mine.filter((r) => r.status !== 'cancelled').map((r) => r.eventId))];
      const deletes = mine.map((r) => registrations.delete(r.id));
      const promoted = freed.map((eventId) => promote(eventId, at));
      await Promise.all([...deletes, ...promoted.map((p) => p.written)]);
      return { deleted: mine.length, offers: promoted.flatMap((p) => p.offers) };
    },
  };

  return { events: eventRepository, registrations: registrationRepository, tables: [events, registrations] as unknown as ShardedTable<never>[] };
}
