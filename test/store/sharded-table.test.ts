// A sharded table's files: what JSON.stringify would write, with only the records changed since the last write stringified again.
import * as fsPromises from 'node:fs/promises';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShardedTable, TEXT_CACHE_CHARS } from '../../src/store/lowdb/sharded-table.js';
import { tempDir } from '../helpers/setup.js';

/** A record that counts how often it is turned into JSON. */
const counted = (label: string, seen: Map<string, number>) => ({
  label,
  toJSON() {
    seen.set(label, (seen.get(label) ?? 0) + 1);
    return { label };
  },
});

async function filesOf(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
  return Object.fromEntries(await Promise.all(names.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const)));
}

describe('sharded table files', () => {
  it('writes exactly what JSON.stringify gives for each file, through changes, deletions and more shards than are kept hot', async () => {
    const dir = await tempDir();
    const table = new ShardedTable<{ n: number; words?: string; gone?: string }>(dir.path, (key) => `f${Number(key.slice(1)) % 300}`);
    await table.open();
    const expected: Record<string, Record<string, unknown>> = {};
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        Array.from({ length: 600 }, (_, i) => {
          const key = `k${i}`;
          const file = `f${i % 300}`;
          if (round === 2 && i % 5 === 0) {
            delete expected[file]![key];
            return table.delete(key);
          }
          const value = { n: round * 1000 + i, words: `« ${i} » é\n"${round}"`, gone: undefined };
          (expected[file] ??= {})[key] = value;
          return table.put(key, value);
        }),
      );
    }
    const files = await filesOf(dir.path);
    expect(Object.keys(files)).toHaveLength(300);
    for (const [file, records] of Object.entries(expected)) expect(files[`${file}.json`]).toBe(JSON.stringify(records));
    const reopened = new ShardedTable<{ n: number }>(dir.path, () => 'unused');
    await reopened.open();
    expect(reopened.get('k7')?.n).toBe(2007);
    expect(reopened.has('k5')).toBe(false);
    await dir.remove();
  });

  it('stringifies only the records changed since the file was last written', async () => {
    const dir = await tempDir();
    const seen = new Map<string, number>();
    const table = new ShardedTable<ReturnType<typeof counted>>(dir.path, () => 'one');
    await table.open();
    await Promise.all(['a', 'b', 'c'].map((key) => table.put(key, counted(key, seen))));
    await table.put('b', counted('b2', seen));
    await table.delete('c');
    expect(Object.fromEntries(seen)).toEqual({ a: 1, b: 1, c: 1, b2: 1 });
    expect(JSON.parse((await filesOf(dir.path))['one.json']!)).toEqual({ a: { label: 'a' }, b: { label: 'b2' } });
    // The JSON a caller already has goes to the file as it is.
    await table.put('d', counted('d', seen), '{"label":"d"}');
    expect(seen.get('d')).toBeUndefined();
    expect(table.text('d')).toBe('{"label":"d"}');
    expect(JSON.parse((await filesOf(dir.path))['one.json']!).d).toEqual({ label: 'd' });
    await dir.remove();
  });

  it('keeps records\' JSON only for the most recently written files that fit in its bound, and writes the same files', async () => {
    const dir = await tempDir();
    const seen = new Map<string, number>();
    // Files of 700 to 850 characters; a bound of 5,000 keeps five or six of them.
    const table = new ShardedTable<ReturnType<typeof counted>>(dir.path, (key) => `f${key.split('-')[0]}`, { textCacheChars: 5_000 });
    await table.open();
    const recordsPerFile = 30;
    for (let file = 0; file < 20; file++) {
      await Promise.all(Array.from({ length: recordsPerFile }, (_, i) => table.put(`${file}-${i}`, counted(`${file}-${i}`, seen))));
      const fileLength = (await filesOf(dir.path))[`f${file}.json`]!.length;
      const { shards, chars } = table.textCache();
      expect(chars).toBeLessThanOrEqual(5_000);
      expect(shards).toBeGreaterThanOrEqual(Math.min(file + 1, Math.floor(5_000 / fileLength)));
    }
    // A file still kept stringifies only its changed record; one dropped from the cache stringifies all of its records again.
    seen.clear();
    await table.put('19-0', counted('19-0', seen));
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(1);
    seen.clear();
    await table.put('0-0', counted('0-0', seen));
    expect(seen.size).toBe(recordsPerFile);
    const files = await filesOf(dir.path);
    expect(Object.keys(files)).toHaveLength(20);
    for (let file = 0; file < 20; file++) {
      const expected = Object.fromEntries(Array.from({ length: recordsPerFile }, (_, i) => [`${file}-${i}`, { label: `${file}-${i}` }]));
      expect(JSON.parse(files[`f${file}.json`]!)).toEqual(expected);
    }
    await dir.remove();
  });

  it('keeps a file larger than the whole bound while it is the one written last', async () => {
    const dir = await tempDir();
    const table = new ShardedTable<{ words: string }>(dir.path, () => 'big', { textCacheChars: 100 });
    await table.open();
    await table.put('a', { words: 'x'.repeat(500) });
    expect(table.textCache()).toEqual({ shards: 1, chars: JSON.stringify({ a: { words: 'x'.repeat(500) } }).length });
    expect(TEXT_CACHE_CHARS).toBeGreaterThan(1_000_000);
    await dir.remove();
  });

  it('goes back to what is on disk when a write fails: the failed write\'s changes and those made meanwhile undone', async () => {
    const dir = await tempDir();
    let failRenames = false;
    const fs = { ...fsPromises, rename: async (from: Parameters<typeof fsPromises.rename>[0], to: Parameters<typeof fsPromises.rename>[1]) => (failRenames ? Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })) : fsPromises.rename(from, to)) };
    const table = new ShardedTable<{ v: number }>(dir.path, () => 'one', { fs });
    await table.open();
    await Promise.all([table.put('kept', { v: 1 }), table.put('changed', { v: 1 }), table.put('deleted', { v: 1 })]);
    failRenames = true;
    const failing = [table.put('changed', { v: 2 }), table.delete('deleted'), table.put('new', { v: 2 })].map((p) => p.catch((e: Error) => e));
    // Made while that write runs: they wait for the next write, and go with the failed one.
    await Promise.resolve();
    const meanwhile = [table.put('changed', { v: 3 }), table.put('later', { v: 3 })].map((p) => p.catch((e: Error) => e));
    const errors = await Promise.all([...failing, ...meanwhile]);
    expect(errors.every((e) => e instanceof Error)).toBe(true);
    expect(Object.fromEntries(table.entries())).toEqual({ kept: { v: 1 }, changed: { v: 1 }, deleted: { v: 1 } });
    expect([table.has('new'), table.has('later'), table.size]).toEqual([false, false, 3]);
    failRenames = false;
    await table.put('kept', { v: 4 });
    expect(JSON.parse((await filesOf(dir.path))['one.json']!)).toEqual({ kept: { v: 4 }, changed: { v: 1 }, deleted: { v: 1 } });
    await dir.remove();
  });
});
