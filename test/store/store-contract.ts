// The behaviour every Store implementation must have. Run it from one test file per engine.
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { EtagConflictError, type NewNeed, type Resident, type Store } from '../../src/store/types.js';

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

export function storeContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: Store;

    beforeEach(async () => {
      harness = await makeHarness();
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
      await harness.cleanup();
    });

    it('keeps a resident across a restart', async () => {
      await store.residents.save(resident('r1', { language: 'ar', languageSource: 'chosen' }));
      await store.close();
      store = await harness.reopen();
      expect(await store.residents.get('r1')).toMatchObject({ id: 'r1', language: 'ar', languageSource: 'chosen' });
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

    it('answers ping while its data is readable', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
