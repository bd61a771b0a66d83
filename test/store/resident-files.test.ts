// Residents on lowdb in small files (4,096 by default), and a folder written with fewer files read as it is.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import { hashShards } from '../../src/store/lowdb/sharded-table.js';
import type { Resident } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';

const resident = (n: number, site = 'Les Tilleuls'): Resident => ({ id: `r${n}`, language: 'fr', languageSource: 'default', consents: [], site, createdAt: 'x', updatedAt: 'x' });

async function residentFiles(dataDir: string): Promise<Map<string, string[]>> {
  const dir = join(dataDir, 'residents');
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
  return new Map(await Promise.all(names.map(async (f) => [f, Object.keys(JSON.parse(await readFile(join(dir, f), 'utf8')))] as const)));
}

describe('resident files on lowdb', () => {
  it('spreads 100,000 residents over files of about 25, so a resident write rewrites a small file', () => {
    const perFile = new Map<string, number>();
    const shardOf = hashShards(4096);
    for (let n = 0; n < 100_000; n++) perFile.set(shardOf(`r${n}`), (perFile.get(shardOf(`r${n}`)) ?? 0) + 1);
    expect(perFile.size).toBe(4096);
    expect(Math.max(...perFile.values())).toBeLessThanOrEqual(50);
  });

  it('writes new residents to the default 4,096 files, and keeps residents of a folder written with 1,024 files where they are', async () => {
    const dir = await tempDir();
    const old = await openLowdbStore({ dataDir: dir.path, residentShards: 1024 });
    await Promise.all(Array.from({ length: 300 }, (_, n) => old.residents.save(resident(n))));
    await old.close();
    const before = await residentFiles(dir.path);
    expect([...before.keys()].every((f) => Number(f.slice(1, 5)) < 1024)).toBe(true);

    const store = await openLowdbStore({ dataDir: dir.path });
    expect((await store.residents.get('r7'))?.site).toBe('Les Tilleuls');
    // An old resident changed stays in its file; new residents go to the 4,096 files.
    await store.residents.save(resident(7, 'Le Clos Vert'));
    await Promise.all(Array.from({ length: 300 }, (_, n) => store.residents.save(resident(1000 + n))));
    await store.close();
    const after = await residentFiles(dir.path);
    const fileOf = (id: string) => [...after].filter(([, ids]) => ids.includes(id)).map(([f]) => f);
    expect(fileOf('r7')).toEqual([...before].filter(([, ids]) => ids.includes('r7')).map(([f]) => f));
    expect(fileOf('r1005')).toEqual([`${hashShards(4096)('r1005')}.json`]);
    expect([...after.values()].flat()).toHaveLength(600);
    expect([...after.keys()].some((f) => Number(f.slice(1, 5)) >= 1024)).toBe(true);

    const reopened = await openLowdbStore({ dataDir: dir.path });
    expect((await reopened.residents.get('r7'))?.site).toBe('Le Clos Vert');
    expect(await reopened.residents.get('r1299')).toEqual(resident(1299));
    await reopened.close();
    await dir.remove();
  });
});
