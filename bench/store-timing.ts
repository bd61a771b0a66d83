// Store alone, no server: how long one confirmed need write takes with 1,000, 10,000 or 100,000 needs already stored.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbStore } from '../src/store/lowdb/lowdb-store.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import type { Store } from '../src/store/types.js';
import { withBenchSchema } from './postgres-schema.js';
import { random, sampleNeed, seedInto, seedResidentId, seedStore } from './seed.js';

/** Median in ms of `writes` awaited needs.create calls, one at a time. */
async function medianWriteMs(store: Store, writes: number): Promise<number> {
  const rand = random(7);
  const times: number[] = [];
  for (let i = 0; i < writes; i++) {
    const need = sampleNeed(rand, seedResidentId(i));
    const started = performance.now();
    await store.needs.create(need, new Date());
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = times.length / 2;
  return times.length % 2 ? times[Math.floor(middle)]! : (times[middle - 1]! + times[middle]!) / 2;
}

/** Median in ms of `writes` awaited needs.create calls, one at a time, on a store reopened after seeding `stored` needs. */
export async function timeNeedWrite(stored: number, log: (line: string) => void, writes = 20): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'palier-bench-store-'));
  try {
    await seedStore(dataDir, { residents: 0, needs: stored }, log);
    const store = await openLowdbStore({ dataDir });
    try {
      return await medianWriteMs(store, writes);
    } finally {
      await store.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The same on PostgreSQL: a fresh migrated schema on `url`, seeded with `stored` needs, a new store (pool) for the writes, dropped afterwards. */
export async function timeNeedWritePostgres(url: string, stored: number, log: (line: string) => void, writes = 20): Promise<number> {
  return withBenchSchema(
    url,
    async (schema) => {
      const seeding = await openPostgresStore({ connectionString: url, schema });
      try {
        await seedInto(seeding, { residents: 0, needs: stored }, log);
      } finally {
        await seeding.close();
      }
      const store = await openPostgresStore({ connectionString: url, schema });
      try {
        return await medianWriteMs(store, writes);
      } finally {
        await store.close();
      }
    },
    log,
  );
}
