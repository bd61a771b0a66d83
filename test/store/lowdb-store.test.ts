// The store contract on the lowdb store, in a temporary folder (real files, not the memory adapter).
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { Store } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';
import { storeContract } from './store-contract.js';

storeContract('lowdb', async () => {
  const dir = await tempDir();
  // One process per folder: the store being replaced lets go of the folder first, as a stopped or killed bot does.
  let current: Store | undefined;
  const open = async () => (current = await openLowdbStore({ dataDir: dir.path }));
  return {
    open,
    reopen: async () => {
      await current?.close();
      return open();
    },
    cleanup: async () => {
      await current?.close();
      await dir.remove();
    },
  };
});

describe('lowdb store files', () => {
  it('writes residents as JSON files a person can read, spread over shards', async () => {
    const dir = await tempDir();
    const store = await openLowdbStore({ dataDir: dir.path, residentShards: 4 });
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) =>
        store.residents.save({ id, language: 'fr', languageSource: 'default', consents: [], createdAt: 'x', updatedAt: 'x' }),
      ),
    );
    const files = await readdir(join(dir.path, 'residents'));
    expect(files.length).toBeGreaterThan(1);
    const parsed = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir.path, 'residents', f), 'utf8'))));
    expect(parsed.flatMap((p) => Object.keys(p)).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    await store.close();
    await dir.remove();
  });

  it('keeps outbox files small: at most 200 messages each, by creation month', async () => {
    const dir = await tempDir();
    const store = await openLowdbStore({ dataDir: dir.path });
    const at = '2026-11-24T09:00:00.000Z';
    const rows = Array.from({ length: 450 }, (_, i) => ({
      id: `m${i}`, kind: 'announcement' as const, ref: 'a1', residentId: `r${i}`, channelId: 'sms', language: 'fr' as const,
      text: 'Fête des voisins', notBefore: at, status: 'pending' as const, attempts: 0, createdAt: at, updatedAt: at,
    }));
    await store.outbox.add(rows.slice(0, 300));
    await store.close();
    const reopened = await openLowdbStore({ dataDir: dir.path });
    await reopened.outbox.add(rows.slice(300));
    const files = (await readdir(join(dir.path, 'outbox'))).sort();
    expect(files).toEqual(['2026-11-000.json', '2026-11-001.json', '2026-11-002.json']);
    const sizes = await Promise.all(files.map(async (f) => Object.keys(JSON.parse(await readFile(join(dir.path, 'outbox', f), 'utf8'))).length));
    expect(sizes).toEqual([200, 200, 50]);
    await reopened.close();
    await dir.remove();
  });

  it('refuses to open a damaged file, naming it', async () => {
    const dir = await tempDir();
    await mkdir(join(dir.path, 'residents'), { recursive: true });
    await writeFile(join(dir.path, 'residents', 's001.json'), '{ not json');
    await expect(openLowdbStore({ dataDir: dir.path })).rejects.toThrow(/s001\.json/);
    await dir.remove();
  });
});
