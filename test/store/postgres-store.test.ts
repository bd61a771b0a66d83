// The store contract on PostgreSQL (a fresh schema per test), and what only several instances can show.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/postgres/migrate.js';
import { EtagConflictError } from '../../src/store/types.js';
import { storeContract } from './store-contract.js';
import { freshSchema } from './postgres-harness.js';

storeContract('postgres', async () => {
  const db = await freshSchema();
  return {
    open: () => db.open(),
    reopen: () => db.open(),
    cleanup: db.drop,
  };
});

const at = new Date('2026-11-24T10:00:00.000Z');

describe('PostgreSQL store: two instances on one database', () => {
  it('shares survey definitions, and marks an opening invited for one instance only when both race', async () => {
    const db = await freshSchema();
    try {
      const [a, b] = [await db.open({ poolSize: 5 }), await db.open({ poolSize: 5 })];
      const survey = { id: 'seniors', title: { fr: 'Bien vieillir' }, target: { sites: [], groups: ['age-65-plus'] }, opens: '2026-12-10', closes: '2026-12-31', questions: [{ id: 'q', type: 'yesno' as const, text: { fr: 'Oui ?' } }] };
      const added = await Promise.all([a.surveys.add(survey, at), b.surveys.add(survey, at)]);
      expect(added.filter(Boolean)).toHaveLength(1);
      expect(await b.surveys.get('seniors')).toEqual(survey);
      const marks = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).surveys.markInvited('seniors', '2026-12-10', at)));
      expect(marks.filter(Boolean)).toHaveLength(1);
      expect(await a.surveys.notInvited()).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it('never overbooks: 50 registrations at once for 10 seats, spread over both instances', async () => {
    const db = await freshSchema();
    try {
      const [a, b] = [await db.open({ poolSize: 5 }), await db.open({ poolSize: 5 })];
      const event = await a.events.create({
        title: { fr: 'Atelier vélo' }, description: { fr: 'Réparer son vélo.' }, start: '2026-12-05T13:00:00.000Z', end: '2026-12-05T16:00:00.000Z',
        place: { address: '4 allée des Tilleuls' }, capacity: 10, maxSeatsPerRegistration: 4, audience: ['everyone'], topics: ['culture'],
        organiser: { kind: 'staff', name: 'Agence Nord' }, status: 'published',
      }, at);
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 ? a : b).registrations.register({ eventId: event.id, residentId: `r${i}`, seats: 1 + (i % 3 === 0 ? 1 : 0), waitlist: i % 5 !== 0, reminder: false, language: 'fr' }, at),
        ),
      );
      const registered = outcomes.flatMap((o) => ('registration' in o ? [o.registration] : []));
      const confirmedSeats = registered.filter((r) => r.status === 'confirmed').reduce((sum, r) => sum + r.seats, 0);
      expect(confirmedSeats).toBeLessThanOrEqual(10);
      expect(confirmedSeats).toBeGreaterThanOrEqual(9);
      const stored = await db.query<{ seats: string }>(`SELECT coalesce(sum(seats), 0) AS seats FROM registrations WHERE status = 'confirmed'`);
      expect(Number(stored.rows[0]!.seats)).toBe(confirmedSeats);
      expect(await a.registrations.seatsTaken(event.id, at)).toBe(confirmedSeats);
      expect(await b.registrations.seatsTaken(event.id, at)).toBe(confirmedSeats);
      // Every refusal saw a full event, and everything else is on the waitlist.
      for (const o of outcomes) if (!('registration' in o)) expect(o).toMatchObject({ full: true });
      expect(registered.filter((r) => r.status === 'waitlisted').length + registered.filter((r) => r.status === 'confirmed').length).toBe(registered.length);

      // Cancelling on one instance offers the freed seats to the waitlist, seen by the other.
      const firstConfirmed = registered.find((r) => r.status === 'confirmed')!;
      const offers = await b.registrations.cancel(firstConfirmed.id, at);
      expect(offers.length).toBeGreaterThan(0);
      expect(await a.registrations.seatsTaken(event.id, at)).toBeLessThanOrEqual(10);
      expect((await a.registrations.get(offers[0]!.id))!.status).toBe('offered');
    } finally {
      await db.drop();
    }
  });

  it('two outbox claimers never get the same message', async () => {
    const db = await freshSchema();
    try {
      const [a, b] = [await db.open({ poolSize: 4 }), await db.open({ poolSize: 4 })];
      const messages = Array.from({ length: 300 }, (_, i) => ({
        id: `m${String(i).padStart(3, '0')}`, kind: 'announcement' as const, ref: 'a1', residentId: `r${i}`, channelId: 'sms', language: 'fr' as const,
        text: 'Fête des voisins', notBefore: '2026-11-24T09:00:00Z', status: 'pending' as const, attempts: 0, createdAt: at.toISOString(), updatedAt: at.toISOString(),
      }));
      await a.outbox.add(messages.slice(0, 150));
      await b.outbox.add(messages.slice(100)); // overlapping ids: the first stays
      const claimedBy = { a: [] as string[], b: [] as string[] };
      const worker = async (store: typeof a, into: string[]) => {
        for (;;) {
          const claimed = await store.outbox.claimDue(at, 7);
          if (claimed.length === 0) return;
          into.push(...claimed.map((m) => m.id));
        }
      };
      await Promise.all([...Array.from({ length: 4 }, () => worker(a, claimedBy.a)), ...Array.from({ length: 4 }, () => worker(b, claimedBy.b))]);
      const all = [...claimedBy.a, ...claimedBy.b];
      expect(all).toHaveLength(300);
      expect(new Set(all).size).toBe(300);
      expect(claimedBy.a.length).toBeGreaterThan(0);
      expect(claimedBy.b.length).toBeGreaterThan(0);
      expect(await a.outbox.countsByRef('a1')).toEqual({ pending: 0, sending: 300, sent: 0, failed: 0, unreachable: 0 });
    } finally {
      await db.drop();
    }
  });

  it('rejects a stale bot state write from the other instance, and lets exactly one of two racing writes win', async () => {
    const db = await freshSchema();
    try {
      const [a, b] = [await db.open(), await db.open()];
      await a.botState.write({ 'conv/1': { dialog: 'start' } });
      const seenByB = (await b.botState.read(['conv/1']))['conv/1']!;
      const seenByA = (await a.botState.read(['conv/1']))['conv/1']!;
      await a.botState.write({ 'conv/1': { ...seenByA, dialog: 'from a' } });
      await expect(b.botState.write({ 'conv/1': { ...seenByB, dialog: 'stale from b' } })).rejects.toBeInstanceOf(EtagConflictError);
      expect((await b.botState.read(['conv/1']))['conv/1']).toMatchObject({ dialog: 'from a' });

      // A write of several keys with one stale eTag changes none of them.
      const fresh = (await b.botState.read(['conv/1']))['conv/1']!;
      await expect(b.botState.write({ 'conv/0': { dialog: 'new' }, 'conv/1': { ...seenByA, dialog: 'stale' } })).rejects.toBeInstanceOf(EtagConflictError);
      expect(await a.botState.read(['conv/0'])).toEqual({});

      const results = await Promise.allSettled([a.botState.write({ 'conv/1': { ...fresh, dialog: 'race a' } }), b.botState.write({ 'conv/1': { ...fresh, dialog: 'race b' } })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
      expect(rejected.reason).toBeInstanceOf(EtagConflictError);
    } finally {
      await db.drop();
    }
  });

  it('numbers needs created on both instances at once without gaps or repeats', async () => {
    const db = await freshSchema();
    try {
      const [a, b] = [await db.open(), await db.open()];
      const created = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          (i % 2 ? a : b).needs.create({ residentId: `r${i}`, type: 'need', category: 'building', text: 'Fuite', language: 'fr', notifyOnStatus: false, channel: 'sms' }, at),
        ),
      );
      expect(created.map((n) => n.receipt).sort()).toEqual(Array.from({ length: 60 }, (_, i) => `B-2026-${String(i + 1).padStart(4, '0')}`));
    } finally {
      await db.drop();
    }
  });

  it('migrates once: running the migrations again, or from two instances at once, does nothing more', async () => {
    const db = await freshSchema();
    try {
      const again = await Promise.all([migrate(db.connectionString, { schema: db.schema }), migrate(db.connectionString, { schema: db.schema })]);
      expect(again).toEqual([[], []]);
    } finally {
      await db.drop();
    }
  });
});
