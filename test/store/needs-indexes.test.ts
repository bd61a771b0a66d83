// A resident's needs and the published ideas on lowdb come from indexes kept beside the needs' files, not from reading
// every need: they must say what the files say, after a restart, a deletion and a refused write.
import * as fsPromises from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isStoreUnavailable } from '../../src/store/errors.js';
import type { FileOps } from '../../src/store/lowdb/durable-file.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { NewNeed } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';

const need = (residentId: string, text: string): NewNeed => ({ residentId, type: 'idea', category: 'green', text, language: 'fr', site: 'Les Tilleuls', notifyOnStatus: false, channel: 'webchat' });
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10));
const texts = (needs: { text: string }[]) => needs.map((n) => n.text);

describe('needs indexes on lowdb', () => {
  it("find a resident's needs and the published ideas after a restart, a deletion and a refused write", async () => {
    const dir = await tempDir();
    let refuse = false;
    const fs: FileOps = { ...fsPromises, rename: (from, to) => (refuse ? Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) : fsPromises.rename(from, to)) };
    let store = await openLowdbStore({ dataDir: dir.path, fs });
    const first = await store.needs.create(need('anna', 'a bench'), at(1));
    await store.needs.create(need('anna', 'more light'), at(2));
    const other = await store.needs.create(need('bob', 'a garden'), at(3));
    await store.needs.publish(other.id, { at: at(4).toISOString(), by: 'staff', translations: {} });
    await store.needs.support(other.id, 'anna');
    refuse = true;
    await expect(store.needs.create(need('anna', 'refused'), at(5))).rejects.toSatisfy(isStoreUnavailable);
    await expect(store.needs.publish(first.id, { at: at(5).toISOString(), by: 'staff', translations: {} })).rejects.toSatisfy(isStoreUnavailable);
    refuse = false;
    expect(texts(await store.needs.byResident('anna'))).toEqual(['a bench', 'more light']);
    expect(texts(await store.needs.published())).toEqual(['a garden']);
    await store.close();

    store = await openLowdbStore({ dataDir: dir.path, fs });
    expect(texts(await store.needs.byResident('anna'))).toEqual(['a bench', 'more light']);
    expect(texts(await store.needs.byResident('bob'))).toEqual(['a garden']);
    expect((await store.needs.published('Les Tilleuls'))[0]?.supporters).toEqual(['anna']);
    expect(await store.needs.deleteByResident('anna')).toBe(2);
    expect(await store.needs.byResident('anna')).toEqual([]);
    expect((await store.needs.published())[0]?.supporters).toEqual([]);
    await store.needs.create(need('anna', 'back again'), at(6));
    expect(texts(await store.needs.byResident('anna'))).toEqual(['back again']);
    await store.close();
    await dir.remove();
  });
});
