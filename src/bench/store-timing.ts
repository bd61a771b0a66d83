// Store alone, no server: how long one confirmed need write takes with 1,000, 10,000 or 100,000 needs already stored.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbStore } from '../store/lowdb/lowdb-store.js';
import { random, sampleNeed, seedResidentId, seedStore } from './seed.js';

/** Median in ms of `writes` awaited needs.create calls, one at a time, on a store reopened after seeding `stored` needs. */
export async function timeNeedWrite(stored: number, log: (line: string) => void, writes = 20): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'palier-bench-store-'));
  try {
    await seedStore(dataDir, { residents: 0, needs: stored }, log);
    const store = await openLowdbStore({ dataDir });
    const rand = random(7);
    const times: number[] = [];
    for (let i = 0; i < writes; i++) {
      const need = sampleNeed(rand, seedResidentId(i));
      const started = performance.now();
      await store.needs.create(need, new Date());
      times.push(performance.now() - started);
    }
    await store.close();
    times.sort((a, b) => a - b);
    const middle = times.length / 2;
    return times.length % 2 ? times[Math.floor(middle)]! : (times[middle - 1]! + times[middle]!) / 2;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
