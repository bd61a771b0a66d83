// Events and registrations on PostgreSQL: seats are counted and taken with the event row locked.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { decideRegistration, nextOffers, offerLapsed, seatsChangeFits, seatsHeld } from '../../events/waitlist.js';
import { registrationCode } from '../registration-code.js';
import type { CommunityEvent, EventChangeOutcome, EventRepository, Registration, RegistrationRepository } from '../types.js';
import { conditions, inTransaction } from './db.js';
import { tables } from './tables.js';

const { events, registrations } = tables;
/** An event row locked for the transaction, with its registrations in waitlist order. */
interface Locked {
  event?: CommunityEvent;
  list: Registration[];
}

/** Events: plain records; the list filters on indexed columns. */
export function postgresEvents(pool: pg.Pool): EventRepository {
  return {
    async create(fields, at) {
      const now = at.toISOString();
      const event = { ...structuredClone(fields), id: randomUUID(), createdAt: now, updatedAt: now } as CommunityEvent;
      await events.insert(pool, event);
      return event;
    },
    get: (id) => events.get(pool, id),
    async update(id, patch) {
      const [updated] = await events.patch(pool, 'id = $1', [id], patch);
      return updated;
    },
    async list(filter = {}) {
      const { add, where, params } = conditions();
      if (filter.from) add('start >= ?', filter.from);
      if (filter.to) add('start < ?', filter.to);
      if (filter.status) add('status = ?', filter.status);
      if (filter.organiserAccountId) add('organiser_account_id = ?', filter.organiserAccountId);
      return events.select(pool, where(), params, 'start, seq');
    },
  };
}

/**
 * Every change that takes or frees seats runs in a transaction that first locks the event's row
 * (`SELECT … FOR UPDATE`): registrations for one event arriving on any connection of any
 * instance are counted one after the other, so the event is never overbooked, and freed seats
 * are offered to the waitlist in the same transaction.
 */
export function postgresRegistrations(pool: pg.Pool, offerHours: number): RegistrationRepository {
  const lockEvent = async (client: pg.PoolClient, eventId: string): Promise<Locked> => {
    const event = await events.get(client, eventId, true);
    const list = await registrations.select(client, 'event_id = $1', [eventId], 'created_at, seq');
    return { event, list };
  };

  /** Offers the seats left, in waitlist order, to those whose request fits; writes and returns the offers. */
  const promote = async (client: pg.PoolClient, { event, list }: Locked, at: Date): Promise<Registration[]> => {
    const offers = nextOffers(event, list, at, offerHours);
    for (const offer of offers) await registrations.put(client, offer);
    return offers;
  };

  /** Replaces a registration in the locked list (so the seat count sees it) and in the table. */
  const save = async (client: pg.PoolClient, locked: Locked, r: Registration) => {
    locked.list = locked.list.map((x) => (x.id === r.id ? r : x));
    await registrations.put(client, r);
  };

  /** Runs `work` with the registration's event locked, the registration read again under the lock. */
  const withRegistration = async <R>(id: string, missing: R, work: (client: pg.PoolClient, locked: Locked, r: Registration) => Promise<R>): Promise<R> => {
    const found = await registrations.get(pool, id);
    if (!found) return missing;
    return inTransaction(pool, async (client) => {
      const locked = await lockEvent(client, found.eventId);
      const r = locked.list.find((x) => x.id === id);
      return r ? work(client, locked, r) : missing;
    });
  };

  return {
    register: (input, at) =>
      inTransaction(pool, async (client) => {
        const locked = await lockEvent(client, input.eventId);
        const outcome = decideRegistration(locked.event, locked.list, input, at);
        if (!('registration' in outcome)) return outcome;
        // A sequence never goes back (not even when the transaction rolls back): codes are never reused.
        const number = await client.query<{ n: string }>(`SELECT nextval('registration_numbers') AS n`);
        const registration = { ...outcome.registration, code: registrationCode(Number(number.rows[0]!.n)) };
        await registrations.insert(client, registration);
        return { registration };
      }),

    get: (id) => registrations.get(pool, id),
    byResident: (residentId) => registrations.select(pool, 'resident_id = $1', [residentId], 'created_at, seq'),
    byEvent: (eventId) => registrations.select(pool, 'event_id = $1', [eventId], 'created_at, seq'),

    async seatsTaken(eventId, at) {
      const result = await pool.query<{ seats: string }>(
        `SELECT coalesce(sum(seats), 0) AS seats FROM registrations
         WHERE event_id = $1 AND (status = 'confirmed' OR (status = 'offered' AND coalesce(offer_expires_at, '') > $2))`,
        [eventId, at.toISOString()],
      );
      return Number(result.rows[0]!.seats);
    },

    changeEvent: (eventId, patch, at) =>
      inTransaction(pool, async (client): Promise<EventChangeOutcome> => {
        const locked = await lockEvent(client, eventId);
        if (!locked.event) return { missing: true };
        const held = seatsHeld(locked.list, at);
        if (patch.capacity !== undefined && patch.capacity < held) return { belowBooked: held };
        const [event] = await events.patch(client, 'id = $1', [eventId], patch);
        locked.event = event;
        return { event: event!, offers: await promote(client, locked, at) };
      }),

    cancel: (id, at) =>
      withRegistration(id, [] as Registration[], async (client, locked, r) => {
        if (r.status === 'cancelled') return [];
        await save(client, locked, { ...r, status: 'cancelled', offerExpiresAt: undefined, updatedAt: at.toISOString() });
        return promote(client, locked, at);
      }),

    changeSeats: (id, seats, at) =>
      withRegistration<{ changed: boolean; offers: Registration[] }>(id, { changed: false, offers: [] }, async (client, locked, r) => {
        if (!seatsChangeFits(locked.event, locked.list, r, seats, at)) return { changed: false, offers: [] };
        await save(client, locked, { ...r, seats, updatedAt: at.toISOString() });
        const offers = seats < r.seats && r.status === 'confirmed' ? await promote(client, locked, at) : [];
        return { changed: true, offers };
      }),

    accept: (id, at) =>
      withRegistration(id, false, async (client, locked, r) => {
        if (r.status !== 'offered' || (r.offerExpiresAt ?? '') <= at.toISOString()) return false;
        await save(client, locked, { ...r, status: 'confirmed', offerExpiresAt: undefined, updatedAt: at.toISOString() });
        return true;
      }),

    async expireOffers(at) {
      const now = at.toISOString();
      const due = await pool.query<{ event_id: string }>(
        `SELECT DISTINCT event_id FROM registrations WHERE status = 'offered' AND coalesce(offer_expires_at, '') <= $1 ORDER BY event_id`,
        [now],
      );
      const offers: Registration[] = [];
      // One transaction per event: an event's lock is never held while waiting for another's.
      for (const { event_id: eventId } of due.rows) {
        offers.push(
          ...(await inTransaction(pool, async (client) => {
            const locked = await lockEvent(client, eventId);
            const expired = locked.list.filter((r) => offerLapsed(r, at));
            for (const r of expired) await save(client, locked, { ...r, status: 'cancelled', offerExpiresAt: undefined, updatedAt: now });
            return promote(client, locked, at);
          })),
        );
      }
      return offers;
    },

    async markAttendance(id, attended, at) {
      const [updated] = await registrations.patch(pool, 'id = $1', [id], { attended, updatedAt: at.toISOString() });
      return updated;
    },

    deleteByResident: (residentId, at) =>
      inTransaction(pool, async (client) => {
        const mine = await registrations.select(client, 'resident_id = $1', [residentId]);
        const freed = [...new Set(mine.filter((r) => r.status !== 'cancelled').map((r) => r.eventId))].sort();
        // Events locked in id order, so two deletions cannot wait for each other.
        await client.query('SELECT id FROM events WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE', [freed]);
        const deleted = await client.query<{ data: Registration }>('DELETE FROM registrations WHERE resident_id = $1 RETURNING data', [residentId]);
        // Also any registration made meanwhile for another event (its event is locked now, late).
        const held = deleted.rows.map((r) => r.data).filter((r) => r.status !== 'cancelled');
        const offers: Registration[] = [];
        for (const eventId of [...new Set([...freed, ...held.map((r) => r.eventId)])]) offers.push(...(await promote(client, await lockEvent(client, eventId), at)));
        return { deleted: deleted.rowCount ?? 0, offers };
      }),
  };
}
