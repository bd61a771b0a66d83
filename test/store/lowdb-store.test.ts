// The store contract on the lowdb store, in a temporary folder (real files, not the memory adapter).
import { cp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { NewNeed, Store } from '../../src/store/types.js';
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

  it('has the receipt counter on disk at or above every receipt given; after a crash the numbers reserved ahead are skipped, never reused', async () => {
    const dir = await tempDir();
    const crashed = await tempDir();
    const at = new Date('2026-11-24T10:00:00.000Z');
    const need = (text: string): NewNeed => ({
      residentId: 'r1', type: 'need', category: 'building', text, language: 'fr', site: 'Les Tilleuls', audience: 'everyone', notifyOnStatus: false, channel: 'sms',
    });
    const counterOnDisk = async (folder: string) => JSON.parse(await readFile(join(folder, 'counters', 'counters.json'), 'utf8'))['receipt-2026'] as number;
    const store = await openLowdbStore({ dataDir: dir.path });
    const given: number[] = [];
    for (let i = 0; i < 40; i++) {
      given.push(Number((await store.needs.create(need(`besoin ${i}`), at)).receipt.slice(-4)));
      expect(await counterOnDisk(dir.path)).toBeGreaterThanOrEqual(given.at(-1)!);
    }
    expect(given).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // A power cut now: the folder as it is on disk, without a close; every need deleted first so only the counter remembers.
    await store.needs.deleteByResident('r1');
    await cp(dir.path, crashed.path, { recursive: true, filter: (source) => !source.includes('palier.lock') });
    const afterCrash = await openLowdbStore({ dataDir: crashed.path });
    const next = Number((await afterCrash.needs.create(need('après la panne'), at)).receipt.slice(-4));
    expect(next).toBeGreaterThan(40);
    await afterCrash.close();
    // A clean close gives back what was reserved and not given: numbers continue without a gap.
    await store.close();
    expect(await counterOnDisk(dir.path)).toBe(40);
    const reopened = await openLowdbStore({ dataDir: dir.path });
    expect((await reopened.needs.create(need('suite'), at)).receipt).toBe('B-2026-0041');
    await reopened.close();
    await dir.remove();
    await crashed.remove();
  });
});
