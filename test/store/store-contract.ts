// The behaviour every Store implementation must have. Run it from one test file per engine.
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { CallRecorder } from './contract-coverage.js';
import { repositoriesContract } from './repositories-contract.js';
import { residentChange } from '../../src/residents/records.js';
import { EtagConflictError, type CommunityEvent, type Need, type NewNeed, type OutboxMessage, type Resident, type Store } from '../../src/store/types.js';

export interface StoreHarness {
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** The same data, reopened as after a restart. */
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

const resident = (id: string, over: Partial<Resident> = {}): Resident => ({
  id,
  language: 'fr',
  languageSource: 'channel',
  consents: [],
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
  ...over,
});

const need = (residentId: string, over: Partial<NewNeed> = {}): NewNeed => ({
  residentId,
  type: 'need',
  category: 'building',
  text: 'La porte du hall ne ferme plus depuis une semaine.',
  language: 'fr',
  site: 'Les Tilleuls',
  audience: 'everyone',
  notifyOnStatus: false,
  channel: 'sms',
  ...over,
});

const event = (over: Partial<CommunityEvent> = {}): Omit<CommunityEvent, 'id' | 'createdAt' | 'updatedAt'> => ({
  title: { fr: 'Atelier cuisine du monde' },
  description: { fr: 'On cuisine ensemble.' },
  start: '2026-12-05T13:00:00.000Z',
  end: '2026-12-05T16:00:00.000Z',
  place: { address: '4 allée des Tilleuls', site: 'Les Tilleuls' },
  capacity: 10,
  maxSeatsPerRegistration: 4,
  audience: ['everyone'],
  topics: ['culture'],
  organiser: { kind: 'staff', name: 'Agence Nord' },
  status: 'published',
  ...over,
});

const message = (id: string, over: Partial<OutboxMessage> = {}): OutboxMessage => ({
  id,
  kind: 'announcement',
  ref: 'a1',
  residentId: 'r1',
  channelId: 'sms',
  language: 'fr',
  text: 'Fête des voisins samedi dans la cour.',
  notBefore: '2026-11-24T10:00:00.000Z',
  status: 'pending',
  attempts: 0,
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-24T09:00:00.000Z',
  ...over,
});

export function storeContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: Store;
    const recorder = new CallRecorder();

    beforeEach(async () => {
      const engine = await makeHarness();
      // Every store the tests use is recorded, so the last test can check that nothing was left out.
      harness = { open: async () => recorder.wrap(await engine.open()), reopen: async () => recorder.wrap(await engine.reopen()), cleanup: engine.cleanup };
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
      await harness.cleanup();
    });

    repositoriesContract(() => store);

    it('photos: keeps the bytes and their type across a restart, deletes by id and with the resident', async () => {
      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
      const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(300, 1)]);
      const photo = (id: string, residentId: string, contentType: 'image/jpeg' | 'image/png', size: number) =>
        ({ id, residentId, contentType, size, createdAt: '2026-12-03T10:00:00.000Z' }) as const;
      await store.photos.add(photo('p1', 'r1', 'image/jpeg', jpeg.length), jpeg);
      await store.photos.add(photo('p2', 'r1', 'image/png', png.length), png);
      await store.photos.add(photo('p3', 'r2', 'image/png', png.length), png);
      const created = await store.needs.create(need('r1', { photos: ['p1', 'p2'] }), new Date('2026-12-03T10:01:00.000Z'));
      await store.close();
      store = await harness.reopen();
      expect((await store.needs.get(created.id))?.photos).toEqual(['p1', 'p2']);
      const first = await store.photos.get('p1');
      expect(first?.photo).toEqual(photo('p1', 'r1', 'image/jpeg', 2004));
      expect(first?.data.equals(jpeg)).toBe(true);
      expect((await store.photos.get('p3'))?.data.equals(png)).toBe(true);
      expect(await store.photos.get('nope')).toBeUndefined();
      await store.photos.delete(['p2', 'never-stored']);
      expect(await store.photos.get('p2')).toBeUndefined();
      expect(await store.photos.deleteByResident('r1')).toBe(1);
      expect(await store.photos.get('p1')).toBeUndefined();
      expect((await store.photos.get('p3'))?.photo.residentId).toBe('r2');
    });

    it('keeps a resident across a restart', async () => {
      await store.residents.save(resident('r1', { language: 'ar', languageSource: 'chosen' }));
      await store.close();
      store = await harness.reopen();
      expect(await store.residents.get('r1')).toMatchObject({ id: 'r1', language: 'ar', languageSource: 'chosen' });
    });

    it('keeps survey definitions and their invitation mark across a restart', async () => {
      const survey = { id: 'noise', title: { fr: 'Le bruit' }, target: { sites: [], groups: [] }, opens: '2026-12-10', closes: '2026-12-31', questions: [{ id: 'q', type: 'yesno' as const, text: { fr: 'Gêné ?' } }] };
      expect(await store.surveys.add(survey, new Date('2026-12-01T09:00:00.000Z'))).toBe(true);
      expect(await store.surveys.markInvited('noise', '2026-12-10', new Date('2026-12-10T00:01:00.000Z'))).toBe(true);
      await store.close();
      store = await harness.reopen();
      expect(await store.surveys.get('noise')).toEqual(survey);
      expect(await store.surveys.notInvited()).toEqual([]);
      expect(await store.surveys.markInvited('noise', '2026-12-10', new Date('2026-12-10T00:02:00.000Z'))).toBe(false);
    });

    it('returns copies, so a caller cannot change stored data by accident', async () => {
      await store.residents.save(resident('r1'));
      const read = await store.residents.get('r1');
      read!.language = 'tr';
      expect((await store.residents.get('r1'))!.language).toBe('fr');
    });

    it('deletes a resident for good', async () => {
      await store.residents.save(resident('r1'));
      await store.residents.delete('r1');
      await store.close();
      store = await harness.reopen();
      expect(await store.residents.get('r1')).toBeUndefined();
    });

    it("saves a need and its resident's change in one commit; an unchanged resident is not written, a failing change keeps neither", async () => {
      const at = new Date('2026-12-03T11:00:00.000Z');
      await store.residents.save(resident('r1'));
      const consent = residentChange<Need>(resident('r1'), at, (r, n) => ({ ...r, site: n.site, consents: [...r.consents, { purpose: 'need-contact', givenAt: at.toISOString(), ref: n.receipt }] }));
      const created = await store.needs.create(need('r1', { contact: { kind: 'phone', value: '0612345678' } }), at, consent);
      // A resident not stored yet is saved from the record given.
      const second = await store.needs.create(need('r2'), at, residentChange<Need>(resident('r2'), at, (r) => ({ ...r, site: 'Le Clos' })));
      const same = await store.needs.create(need('r1'), at, residentChange<Need>(resident('r1'), new Date('2027-01-01T00:00:00.000Z'), (r) => r));
      await expect(store.needs.create(need('r1', { text: 'refusée' }), at, residentChange<Need>(resident('r1'), at, () => { throw new Error('no'); }))).rejects.toThrow('no');
      await store.close();
      store = await harness.reopen();
      expect(await store.residents.get('r1')).toMatchObject({ site: 'Les Tilleuls', updatedAt: at.toISOString(), consents: [{ purpose: 'need-contact', ref: created.receipt }] });
      expect(await store.residents.get('r2')).toMatchObject({ site: 'Le Clos', updatedAt: at.toISOString() });
      expect((await store.needs.list()).map((n) => n.receipt)).toEqual([created.receipt, second.receipt, same.receipt]);
    });

    it('gives bot state a new eTag on every write and rejects a stale one', async () => {
      await store.botState.write({ 'conv/1': { dialog: 'a' } });
      const first = (await store.botState.read(['conv/1']))['conv/1']!;
      expect(first.eTag).toBeTruthy();
      await store.botState.write({ 'conv/1': { ...first, dialog: 'b' } });
      await expect(store.botState.write({ 'conv/1': { ...first, dialog: 'stale' } })).rejects.toBeInstanceOf(EtagConflictError);
      expect((await store.botState.read(['conv/1']))['conv/1']).toMatchObject({ dialog: 'b' });
    });

    it('lets a "*" eTag overwrite whatever is stored', async () => {
      await store.botState.write({ k: { v: 1 } });
      await store.botState.write({ k: { v: 2, eTag: '*' } });
      expect((await store.botState.read(['k'])).k).toMatchObject({ v: 2 });
    });

    it("deletes the state of every conversation marked as a resident's, and no other", async () => {
      await store.botState.write({ c1: { owner: 'me', v: 1 }, c2: { owner: 'me', v: 2 }, c3: { owner: 'you', v: 3 }, c4: { v: 4 } });
      expect(await store.botState.deleteOwnedBy('me')).toBe(2);
      expect(Object.keys(await store.botState.read(['c1', 'c2', 'c3', 'c4'])).sort()).toEqual(['c3', 'c4']);
      expect(await store.botState.deleteOwnedBy('me')).toBe(0);
    });

    it('reads only the keys that exist, and deletes state', async () => {
      await store.botState.write({ a: { v: 1 }, b: { v: 2 } });
      await store.botState.delete(['a']);
      const items = await store.botState.read(['a', 'b', 'c']);
      expect(Object.keys(items)).toEqual(['b']);
    });

    it('keeps every one of many concurrent writes (group commit loses nothing)', async () => {
      const ids = Array.from({ length: 300 }, (_, i) => `r${i}`);
      await Promise.all(ids.map((id) => store.residents.save(resident(id))));
      await store.close();
      store = await harness.reopen();
      const found = await Promise.all(ids.map((id) => store.residents.get(id)));
      expect(found.filter(Boolean)).toHaveLength(ids.length);
    });

    it('numbers needs per year (B-2026-0001, ...) without gaps or repeats, also across a restart', async () => {
      const at = new Date('2026-03-02T09:00:00Z');
      const first = await store.needs.create(need('r1'), at);
      const second = await store.needs.create(need('r2', { type: 'idea' }), at);
      expect([first.receipt, second.receipt]).toEqual(['B-2026-0001', 'B-2026-0002']);
      expect(first).toMatchObject({ status: 'new', staffNotes: [], createdAt: at.toISOString() });
      await store.close();
      store = await harness.reopen();
      expect((await store.needs.create(need('r3'), at)).receipt).toBe('B-2026-0003');
      expect((await store.needs.create(need('r3'), new Date('2027-01-05T10:00:00Z'))).receipt).toBe('B-2027-0001');
    });

    it('gives 100 needs created at once 100 different receipts, all stored', async () => {
      const at = new Date('2026-05-01T12:00:00Z');
      const created = await Promise.all(Array.from({ length: 100 }, (_, i) => store.needs.create(need(`r${i}`), at)));
      expect(new Set(created.map((n) => n.receipt)).size).toBe(100);
      await store.close();
      store = await harness.reopen();
      expect(await store.needs.list()).toHaveLength(100);
    });

    it('lists a resident\'s needs, changes a status, and deletes all of a resident\'s needs', async () => {
      const at = new Date('2026-06-01T12:00:00Z');
      const mine = await store.needs.create(need('me'), at);
      await store.needs.create(need('me', { type: 'idea' }), at);
      await store.needs.create(need('other'), at);
      expect((await store.needs.byResident('me')).map((n) => n.type)).toEqual(['need', 'idea']);
      await store.needs.update(mine.id, { status: 'planned', staffNotes: [{ note: 'devis demandé', by: 'staff-1', at: at.toISOString() }] });
      expect(await store.needs.get(mine.id)).toMatchObject({ status: 'planned' });
      expect(await store.needs.list({ status: 'planned' })).toHaveLength(1);
      expect(await store.needs.deleteByResident('me')).toBe(2);
      await store.close();
      store = await harness.reopen();
      expect(await store.needs.byResident('me')).toEqual([]);
      expect(await store.needs.byResident('other')).toHaveLength(1);
    });

    it('never overbooks: 50 registrations at once for 10 seats', async () => {
      const at = new Date('2026-11-24T10:00:00Z');
      const e = await store.events.create(event(), at);
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.registrations.register({ eventId: e.id, residentId: `r${i}`, seats: 1 + (i % 2), waitlist: true, reminder: false, language: 'fr' }, at)),
      );
      const registrations = outcomes.flatMap((o) => ('registration' in o ? [o.registration] : []));
      const confirmed = registrations.filter((r) => r.status === 'confirmed');
      expect(confirmed.reduce((sum, r) => sum + r.seats, 0)).toBeLessThanOrEqual(10);
      expect(await store.registrations.seatsTaken(e.id, at)).toBeLessThanOrEqual(10);
      expect(registrations.filter((r) => r.status === 'waitlisted').length).toBeGreaterThan(30);
      await store.close();
      store = await harness.reopen();
      expect(await store.registrations.seatsTaken(e.id, at)).toBe(confirmed.reduce((sum, r) => sum + r.seats, 0));
    });

    it('refuses too many seats, and a full event unless the resident joins the waitlist', async () => {
      const at = new Date('2026-11-24T10:00:00Z');
      const e = await store.events.create(event({ capacity: 3 }), at);
      const input = { eventId: e.id, residentId: 'a', waitlist: false, reminder: true, language: 'fr' as const };
      expect(await store.registrations.register({ ...input, seats: 5 }, at)).toEqual({ tooMany: true, max: 4 });
      expect(await store.registrations.register({ ...input, seats: 3 }, at)).toMatchObject({ registration: { status: 'confirmed', seats: 3, code: expect.stringMatching(/^R-[A-Z2-9]{6}$/) } });
      expect(await store.registrations.register({ ...input, residentId: 'b', seats: 1 }, at)).toEqual({ full: true, seatsLeft: 0 });
    });

    it('offers freed seats to the waitlist in order, and passes an expired offer to the next', async () => {
      const at = new Date('2026-11-24T10:00:00Z');
      const e = await store.events.create(event({ capacity: 2 }), at);
      const reg = async (residentId: string, seats: number) => {
        const o = await store.registrations.register({ eventId: e.id, residentId, seats, waitlist: true, reminder: false, language: 'fr' }, at);
        return 'registration' in o ? o.registration : undefined;
      };
      const first = (await reg('first', 2))!;
      const second = (await reg('second', 1))!;
      const third = (await reg('third', 1))!;
      expect([second.status, third.status]).toEqual(['waitlisted', 'waitlisted']);
      const offered = await store.registrations.cancel(first.id, at);
      expect(offered.map((r) => r.id)).toEqual([second.id, third.id]);
      expect(await store.registrations.accept(second.id, new Date('2026-11-24T12:00:00Z'))).toBe(true);
      const later = new Date('2026-11-26T12:00:00Z'); // third's offer (24 h) has expired
      expect(await store.registrations.accept(third.id, later)).toBe(false);
      await store.registrations.expireOffers(later);
      expect((await store.registrations.get(third.id))!.status).toBe('cancelled');
      expect(await store.registrations.seatsTaken(e.id, later)).toBe(1);
    });

    it('changes an event: never below the seats held, and seats a higher capacity frees go to the waitlist in order', async () => {
      const at = new Date('2026-11-24T10:00:00Z');
      const e = await store.events.create(event({ capacity: 2 }), at);
      const reg = async (residentId: string, seats: number) => {
        const o = await store.registrations.register({ eventId: e.id, residentId, seats, waitlist: true, reminder: false, language: 'fr' }, at);
        return 'registration' in o ? o.registration : undefined;
      };
      await reg('first', 2);
      const second = (await reg('second', 1))!;
      const third = (await reg('third', 2))!;
      expect(await store.registrations.changeEvent(e.id, { capacity: 1 }, at)).toEqual({ belowBooked: 2 });
      expect((await store.events.get(e.id))!.capacity).toBe(2);
      expect(await store.registrations.changeEvent('no-such-event', { capacity: 9 }, at)).toEqual({ missing: true });
      // One more seat: the second fits, the third (two seats) waits.
      const raised = await store.registrations.changeEvent(e.id, { capacity: 3, title: { fr: 'Atelier cuisine', en: 'Cooking workshop' } }, at);
      expect(raised).toMatchObject({ event: { capacity: 3, title: { fr: 'Atelier cuisine', en: 'Cooking workshop' } }, offers: [{ id: second.id, status: 'offered' }] });
      expect(await store.registrations.seatsTaken(e.id, at)).toBe(3);
      expect(await store.registrations.changeEvent(e.id, { capacity: 2 }, at)).toEqual({ belowBooked: 3 });
      // Seats freed while the event awaits approval are offered once it is published again.
      expect(await store.registrations.changeEvent(e.id, { capacity: 5, status: 'pending' }, at)).toMatchObject({ offers: [] });
      expect(await store.registrations.changeEvent(e.id, { status: 'published' }, at)).toMatchObject({ event: { capacity: 5 }, offers: [{ id: third.id }] });
      expect((await store.registrations.get(third.id))!.status).toBe('offered');
      expect((await store.events.get(e.id))!.title).toEqual({ fr: 'Atelier cuisine', en: 'Cooking workshop' });
    });

    it('changes seats only when they fit, marks attendance, and deletes a resident\'s registrations', async () => {
      const at = new Date('2026-11-24T10:00:00Z');
      const e = await store.events.create(event({ capacity: 4 }), at);
      const o = await store.registrations.register({ eventId: e.id, residentId: 'me', seats: 2, waitlist: false, reminder: false, language: 'fr' }, at);
      const mine = 'registration' in o ? o.registration : undefined;
      await store.registrations.register({ eventId: e.id, residentId: 'other', seats: 2, waitlist: false, reminder: false, language: 'fr' }, at);
      expect(await store.registrations.changeSeats(mine!.id, 3, at)).toEqual({ changed: false, offers: [] });
      expect(await store.registrations.changeSeats(mine!.id, 1, at)).toEqual({ changed: true, offers: [] });
      expect(await store.registrations.markAttendance(mine!.id, true, at)).toMatchObject({ attended: true });
      expect(await store.registrations.deleteByResident('me', at)).toEqual({ deleted: 1, offers: [] });
      expect(await store.registrations.byResident('me')).toEqual([]);
      expect(await store.registrations.seatsTaken(e.id, at)).toBe(2);
    });

    describe('outbox', () => {
      const at = new Date('2026-11-24T10:00:00.000Z');
      const ids = (messages: OutboxMessage[]) => messages.map((m) => m.id).sort();

      it('gives each due message to one claimer only, however many claim at once, and keeps the claims', async () => {
        const all = Array.from({ length: 100 }, (_, i) => message(`m${String(i).padStart(3, '0')}`, { residentId: `r${i}` }));
        await store.outbox.add(all);
        const claims = await Promise.all(Array.from({ length: 10 }, () => store.outbox.claimDue(at, 15)));
        const claimed = claims.flat();
        expect(claimed).toHaveLength(100);
        expect(new Set(claimed.map((m) => m.id)).size).toBe(100);
        expect(claimed.every((m) => m.status === 'sending')).toBe(true);
        expect(await store.outbox.claimDue(at, 15)).toEqual([]);
        store = await harness.reopen();
        expect(await store.outbox.list({ status: 'sending' })).toHaveLength(100);
      });

      it('claims only pending messages whose notBefore and nextAttemptAt have come, oldest pending first', async () => {
        await store.outbox.add([
          message('later', { notBefore: '2026-11-24T11:00:00.000Z' }),
          message('retry', { nextAttemptAt: '2026-11-24T10:30:00.000Z', attempts: 1 }),
          message('now', { notBefore: '2026-11-24T10:00:00Z' }),
          message('sent', { status: 'sent', sentAt: '2026-11-24T09:30:00.000Z' }),
          message('failed', { status: 'failed' }),
        ]);
        expect(ids(await store.outbox.claimDue(at, 10))).toEqual(['now']);
        expect(ids(await store.outbox.claimDue(new Date('2026-11-24T10:30:00.000Z'), 10))).toEqual(['retry']);
        expect(ids(await store.outbox.claimDue(new Date('2026-11-24T12:00:00.000Z'), 10))).toEqual(['later']);
        await store.outbox.add([message('a'), message('b'), message('c')]);
        expect(ids(await store.outbox.claimDue(at, 2))).toEqual(['a', 'b']);
      });

      it('puts messages left sending by a dead worker back to pending, with the same id', async () => {
        await store.outbox.add([message('m1'), message('m2'), message('m3', { status: 'sent' })]);
        expect(await store.outbox.claimDue(at, 10)).toHaveLength(2);
        store = await harness.reopen(); // as after SIGKILL: the claims are on disk
        expect(await store.outbox.recoverInterrupted(at)).toBe(2);
        expect(ids(await store.outbox.list({ status: 'pending' }))).toEqual(['m1', 'm2']);
        expect(ids(await store.outbox.claimDue(at, 10))).toEqual(['m1', 'm2']);
      });

      it('keeps the first message given an id twice, and updates only from the expected status', async () => {
        await store.outbox.add([message('m1', { text: 'first' }), message('m1', { text: 'second' })]);
        await store.outbox.add([message('m1', { text: 'third' })]);
        expect((await store.outbox.list()).map((m) => m.text)).toEqual(['first']);
        const [claimed] = await store.outbox.claimDue(at, 1);
        expect(await store.outbox.cancelForResident('r1', 'failed', at)).toBe(1);
        // The worker finishing its send must not undo the cancellation.
        expect(await store.outbox.update(claimed!.id, { status: 'pending', attempts: 1 }, 'sending')).toBe(false);
        expect(await store.outbox.update(claimed!.id, { status: 'sent', sentAt: at.toISOString() })).toBe(true);
        expect(await store.outbox.update('missing', { status: 'sent' })).toBe(false);
        store = await harness.reopen();
        expect((await store.outbox.list())[0]).toMatchObject({ id: 'm1', status: 'sent', sentAt: at.toISOString() });
      });

      it('counts one reference\'s messages by status', async () => {
        await store.outbox.add([
          message('m1'),
          message('m2', { status: 'sent' }),
          message('m3', { status: 'sent' }),
          message('m4', { status: 'unreachable' }),
          message('other', { ref: 'a2', status: 'failed' }),
        ]);
        expect(await store.outbox.countsByRef('a1')).toEqual({ pending: 1, sending: 0, sent: 2, failed: 0, unreachable: 1 });
        expect(await store.outbox.countsByRef('none')).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0, unreachable: 0 });
        expect(await store.outbox.countsByRef()).toEqual({ pending: 1, sending: 0, sent: 2, failed: 1, unreachable: 1 });
      });

      it("counts one reference's messages by language and status, in the store", async () => {
        await store.outbox.add([
          message('m1'),
          message('m2', { status: 'sent' }),
          message('m3', { language: 'ar', status: 'sent' }),
          message('m4', { language: 'ar', status: 'unreachable' }),
          message('m5', { language: 'tr', status: 'failed' }),
          message('other', { ref: 'a2', language: 'es' }),
        ]);
        const zero = { pending: 0, sending: 0, sent: 0, failed: 0, unreachable: 0 };
        expect(await store.outbox.countsByLanguage('a1')).toEqual({
          fr: { ...zero, pending: 1, sent: 1 },
          ar: { ...zero, sent: 1, unreachable: 1 },
          tr: { ...zero, failed: 1 },
        });
        expect(await store.outbox.countsByLanguage('none')).toEqual({});
      });

      it('cancels every unsent message of one resident, and only theirs', async () => {
        await store.outbox.add([message('p'), message('s'), message('done', { status: 'sent' }), message('theirs', { residentId: 'r2' })]);
        await store.outbox.update('s', { status: 'sending' });
        expect(await store.outbox.cancelForResident('r1', 'unreachable', at)).toBe(2);
        const byId = Object.fromEntries((await store.outbox.list()).map((m) => [m.id, m.status]));
        expect(byId).toEqual({ p: 'unreachable', s: 'unreachable', done: 'sent', theirs: 'pending' });
        expect(ids(await store.outbox.claimDue(at, 10))).toEqual(['theirs']);
      });

      it("deletes a resident's messages for good", async () => {
        await store.outbox.add([message('m1'), message('m2', { status: 'sent' }), message('theirs', { residentId: 'r2' })]);
        expect(await store.outbox.deleteByResident('r1')).toBe(2);
        expect(ids(await store.outbox.claimDue(at, 10))).toEqual(['theirs']);
        store = await harness.reopen();
        expect(ids(await store.outbox.list())).toEqual(['theirs']);
      });
    });

    it('answers ping while its data is readable', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    // Last: vitest runs a file's tests in order, so every test above has run (unless filtered with -t).
    it('has called every method of every repository', () => {
      expect(recorder.missing()).toEqual([]);
    });
  });
}
