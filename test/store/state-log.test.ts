// Bot state's append-only log on a real folder: group commit, crashes that tear the log's tail, refused appends,
// compaction while appends go on, and the former shard files taken over.
import * as fsPromises from 'node:fs/promises';
import { appendFile, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/store/errors.js';
import type { FileOps } from '../../src/store/lowdb/durable-file.js';
import { readStateFolder, StateLog, type StateEntry } from '../../src/store/lowdb/state-log.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { tempDir } from '../helpers/setup.js';

const entry = (value: Record<string, unknown>, eTag = String(value.v)): StateEntry => ({ text: JSON.stringify({ ...value, eTag }), eTag, owner: value.owner });
const valueOf = (log: StateLog, key: string) => {
  const found = log.get(key);
  return found && (JSON.parse(found.text) as Record<string, unknown>);
};

/** Real file operations that count appends and can make the next ones write half their bytes, then fail. */
function countingFs() {
  const control = {
    appends: 0,
    failing: false,
    fs: {
      ...fsPromises,
      async open(path: Parameters<typeof fsPromises.open>[0], flags?: string | number, mode?: number) {
        const handle = await fsPromises.open(path, flags, mode);
        if (flags !== 'a') return handle;
        const write = handle.write.bind(handle) as (buffer: Buffer, offset: number, length: number) => Promise<{ bytesWritten: number }>;
        return Object.assign(handle, {
          async write(buffer: Buffer, offset: number, length: number) {
            control.appends++;
            if (!control.failing) return write(buffer, offset, length);
            await write(buffer, offset, Math.floor(length / 2));
            throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
          },
        });
      },
    } as FileOps,
  };
  return control;
}

const logFiles = async (dir: string) => (await readdir(dir)).filter((f) => f.startsWith('log-')).sort();

describe('bot state log', () => {
  it('keeps the last change of each key across a restart, with one append for changes arriving together', async () => {
    const dir = await tempDir();
    const counting = countingFs();
    const log = await StateLog.open(dir.path, { fs: counting.fs });
    await Promise.all(Array.from({ length: 500 }, (_, i) => log.put(`c${i % 50}`, entry({ v: i, owner: `r${i % 5}` }))));
    await log.delete('c7');
    expect(counting.appends).toBeLessThan(20);
    await log.close();

    const again = await StateLog.open(dir.path);
    expect(again.size).toBe(49);
    expect(valueOf(again, 'c3')).toEqual({ v: 453, owner: 'r3', eTag: '453' });
    expect(again.get('c3')).toMatchObject({ eTag: '453', owner: 'r3' });
    expect(again.get('c7')).toBeUndefined();
    expect(Object.keys(await readStateFolder(dir.path))).toHaveLength(49);
    await again.close();
    await dir.remove();
  });

  it('after a crash that tore the log anywhere, reads every whole line before the tear and keeps later writes apart from it', async () => {
    const dir = await tempDir();
    const log = await StateLog.open(dir.path);
    const written = new Map<string, number[]>();
    for (let i = 0; i < 200; i++) {
      const key = `conv/${i % 13}`;
      await log.put(key, entry({ v: i, text: `étape ${i} "quoted"\ttab\nnewline` }));
      written.set(key, [...(written.get(key) ?? []), i]);
    }
    // The process dies: no close. The log is cut at many points, as a power cut may leave it.
    const [file] = await logFiles(dir.path);
    const full = await readFile(join(dir.path, file!));
    const random = seededRandom(7);
    for (let cut = 0; cut < 12; cut++) {
      const at = Math.floor(random() * full.length);
      await writeFile(join(dir.path, file!), full.subarray(0, at));
      if (cut % 3 === 0) await appendFile(join(dir.path, file!), Buffer.alloc(700)); // a block never written: zeros
      for (const f of await logFiles(dir.path)) if (f !== file) await fsPromises.unlink(join(dir.path, f));
      const reopened = await StateLog.open(dir.path);
      // Lines ended before the cut; a line cut just before its newline is whole too, unless zeros follow it.
      const endsLine = full[at] === 0x0a && cut % 3 !== 0;
      const wholeLines = full.subarray(0, at).toString('utf8').split('\n').slice(0, endsLine ? undefined : -1);
      for (const [key, values] of written) {
        const last = [...wholeLines].reverse().find((l) => l.startsWith(`${JSON.stringify(key)}\t`));
        const expected = last ? (JSON.parse(last.slice(last.indexOf('\t') + 1)) as { v: number }).v : undefined;
        expect(valueOf(reopened, key)?.v, `cut at ${at}, ${key}`).toBe(expected);
        if (expected !== undefined) expect(values).toContain(expected);
      }
      // Writes after the restart go to a new log, never after the torn tail.
      await reopened.put('after', entry({ v: cut }));
      const third = await StateLog.open(dir.path);
      expect(valueOf(third, 'after')?.v).toBe(cut);
      await reopened.close();
      await third.close();
    }
    await dir.remove();
  });

  it('refuses a change the disk refused (memory as on disk), and a half-written line does not spoil the next', async () => {
    const dir = await tempDir();
    const counting = countingFs();
    const log = await StateLog.open(dir.path, { fs: counting.fs });
    await log.put('a', entry({ v: 1 }));
    counting.failing = true;
    const refused = await Promise.allSettled([log.put('a', entry({ v: 2 })), log.put('b', entry({ v: 2 })), log.delete('a')]);
    expect(refused.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
    expect(valueOf(log, 'a')?.v).toBe(1);
    expect(log.get('b')).toBeUndefined();
    counting.failing = false;
    await log.put('c', entry({ v: 3 }));
    await log.close();
    const again = await StateLog.open(dir.path);
    expect(Object.fromEntries([...again.entries()].map(([k, e]) => [k, (JSON.parse(e.text) as { v: number }).v]))).toEqual({ a: 1, c: 3 });
    await again.close();
    await dir.remove();
  });

  it(`compacts while appends go on, losing nothing, crash or not (seed 11)`, async () => {
    const dir = await tempDir();
    const random = seededRandom(11);
    const model = new Map<string, number>();
    let log = await StateLog.open(dir.path, { compactBytes: 2_000 });
    let n = 0;
    for (let round = 0; round < 30; round++) {
      await Promise.all(
        Array.from({ length: 40 }, async () => {
          const key = `k${Math.floor(random() * 25)}`;
          if (random() < 0.1) {
            model.delete(key);
            return log.delete(key);
          }
          const v = ++n;
          model.set(key, v);
          await log.put(key, entry({ v, pad: 'x'.repeat(Math.floor(random() * 200)) }));
        }),
      );
      if (round % 10 === 9) {
        // A crash: no close, maybe in the middle of a compaction (a snapshot written or not).
        log = await StateLog.open(dir.path, { compactBytes: 2_000 });
      } else if (random() < 0.5) await log.flush();
    }
    await log.close();
    const again = await StateLog.open(dir.path);
    expect(Object.fromEntries([...again.entries()].map(([k, e]) => [k, (JSON.parse(e.text) as { v: number }).v]))).toEqual(Object.fromEntries(model));
    await again.close();
    // The log stays near the live state's size (25 states of up to 250 bytes; about 180 kB were appended).
    const files = await readdir(dir.path);
    expect(files.filter((f) => f.startsWith('snapshot-')).length).toBe(1);
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]);
    expect((await Promise.all(files.map((f) => stat(join(dir.path, f))))).reduce((sum, s) => sum + s.size, 0)).toBeLessThan(40_000);
    await dir.remove();
  });

  it('reads the former layout (one JSON object per shard file) and replaces it with a snapshot', async () => {
    const dir = await tempDir();
    await writeFile(join(dir.path, 's0001.json'), JSON.stringify({ x: { v: 1, eTag: '1', owner: 'r1' } }));
    await writeFile(join(dir.path, 's0002.json'), JSON.stringify({ y: { v: 2, eTag: '2' } }));
    const log = await StateLog.open(dir.path);
    expect(log.get('x')).toMatchObject({ eTag: '1', owner: 'r1' });
    await log.put('y', entry({ v: 3 }));
    await log.close();
    expect((await readdir(dir.path)).filter((f) => f.endsWith('.json'))).toEqual([]);
    const again = await StateLog.open(dir.path);
    expect([valueOf(again, 'x')?.v, valueOf(again, 'y')?.v]).toEqual([1, 3]);
    await again.close();
    await truncate(join(dir.path, (await logFiles(dir.path))[0]!), 0);
    expect(await readStateFolder(dir.path)).toEqual({ x: { v: 1, eTag: '1', owner: 'r1' }, y: { v: 2, eTag: '2' } });
    await dir.remove();
  });
});
