// Events and registrations on lowdb: events by month, registrations one file per event.
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { CommunityEvent, EventRepository, Registration, RegistrationRepository } from '../types.js';
import { recordRepository } from './records.js';
import { ShardedTable } from './sharded-table.js';

const copy = <T>(value: T): T => structuredClone(value);
const CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: codes are read aloud

function registrationCode(): string {
  return `R-${[...randomBytes(6)].map((b) => CODE_LETTERS[b % CODE_LETTERS.length]).join('')}`;
}

export async function openEventTables(dataDir: string, offerHours: number): Promise<{ events: EventRepository; registrations: RegistrationRepository; tables: ShardedTable<never>[] }> {
  const events = new ShardedTable<CommunityEvent>(join(dataDir, 'events'), (_key, e) => e.start.slice(0, 7));
  const registrations = new ShardedTable<Registration>(join(dataDir, 'registrations'), (_key, r) => r.eventId);
  await Promise.all([events.open(), registrations.open()]);

  const ofEvent = (eventId: string) => [...registrations.values()].filter((r) => r.eventId === eventId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const holdsSeats = (r: Registration, at: Date) => r.status === 'confirmed' || (r.status === 'offered' && (r.offerExpiresAt ?? '') > at.toISOString());
  const taken = (eventId: string, at: Date) => ofEvent(eventId).reduce((sum, r) => sum + (holdsSeats(r, at) ? r.seats : 0), 0);

  /**
   * Offers freed seats, in waitlist order, to those whose request fits. The offers are recorded
   * before anything else can run (ShardedTable.put changes memory at once), so a registration
   * arriving meanwhile sees the seats as held; `written` resolves when they are on disk.
   */
  function promote(eventId: string, at: Date): { offers: Registration[]; written: Promise<unknown> } {
    const event = events.get(eventId);
    if (!event || event.status !== 'published') return { offers: [], written: Promise.resolve() };
    let left = event.capacity - taken(eventId, at);
    const offers: Registration[] = [];
    for (const r of ofEvent(eventId)) {
      if (left <= 0) break;
      if (r.status !== 'waitlisted' || r.seats > left) continue;
      offers.push({ ...r, status: 'offered', offerExpiresAt: new Date(at.getTime() + offerHours * 3_600_000).toISOString(), updatedAt: at.toISOString() });
      left -= r.seats;
    }
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
      const event = events.get(input.eventId);
      if (!event || event.status !== 'published' || event.start <= at.toISOString()) return { closed: true };
      if (input.seats < 1 || input.seats > event.maxSeatsPerRegistration) return { tooMany: true, max: event.maxSeatsPerRegistration };
      const left = event.capacity - taken(event.id, at);
      const fits = input.seats <= left;
      if (!fits && !input.waitlist) return { full: true, seatsLeft: Math.max(0, left) };
      const now = at.toISOString();
      const registration: Registration = {
        id: randomUUID(), code: registrationCode(), eventId: event.id, residentId: input.residentId, seats: input.seats,
        status: fits ? 'confirmed' : 'waitlisted', reminder: input.reminder, language: input.language, createdAt: now, updatedAt: now,
      };
      await registrations.put(registration.id, registration);
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
      const event = r && events.get(r.eventId);
      if (!r || !event || r.status === 'cancelled' || seats < 1 || seats > event.maxSeatsPerRegistration) return false;
      const others = taken(event.id, at) - (holdsSeats(r, at) ? r.seats : 0);
      if (r.status === 'confirmed' && others + seats > event.capacity) return false;
      const write = registrations.put(id, { ...r, seats, updatedAt: at.toISOString() });
      const freed = seats < r.seats && r.status === 'confirmed' ? promote(event.id, at).written : undefined;
      await Promise.all([write, freed]);
      return true;
    },
    async accept(id, at) {
      const r = registrations.get(id);
      if (!r || r.status !== 'offered' || (r.offerExpiresAt ?? '') <= at.toISOString()) return false;
      await registrations.put(id, { ...r, status: 'confirmed', offerExpiresAt: undefined, updatedAt: at.toISOString() });
      return true;
    },
    async expireOffers(at) {
      const expired = [...registrations.values()].filter((r) => r.status === 'offered' && (r.offerExpiresAt ?? '') <= at.toISOString());
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
      return mine.length;
    },
  };

  return { events: eventRepository, registrations: registrationRepository, tables: [events, registrations] as unknown as ShardedTable<never>[] };
}
