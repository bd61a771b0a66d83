// The behaviour every Store implementation must have. Run it from one test file per engine.
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { EtagConflictError, type Resident, type Store } from '../../src/store/types.js';

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

    it('answers ping while its data is readable', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
