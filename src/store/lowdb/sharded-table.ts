// A keyed collection split over many small lowdb files, so a write rewrites one small file only.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

type Records<T> = Record<string, T>;

interface Shard<T> {
  low: Low<Records<T>>;
  /** The write that will include every change made since the running one started. */
  next?: Promise<void>;
  running?: Promise<void>;
}

/** FNV-1a: a fast, stable string hash for spreading keys over shards. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Spreads keys evenly over `count` files named s000.json, s001.json... */
export const hashShards = (count: number) => (key: string) => `s${String(hashKey(key) % count).padStart(4, '0')}`;

/**
 * Records dated by createdAt in files of at most `perFile` each, in creation order: 2026-11-000
 * holds November 2026's first `perFile` records, 2026-11-001 the next... Count every record
 * loaded from disk with `loaded` before adding new ones, so they go after them.
 */
export function monthlyFiles<T extends { createdAt: string }>(perFile: number): { shardFor: (key: string, record: T) => string; loaded: (record: T) => void } {
  const perMonth = new Map<string, number>();
  const count = (record: T) => {
    const month = record.createdAt.slice(0, 7);
    const n = perMonth.get(month) ?? 0;
    perMonth.set(month, n + 1);
    return { month, n };
  };
  return {
    shardFor: (_key, record) => {
      const { month, n } = count(record);
      return `${month}-${String(Math.floor(n / perFile)).padStart(3, '0')}`;
    },
    loaded: (record) => void count(record),
  };
}

/**
 * lowdb rewrites a whole file per write, so the table keeps each file small by sharding, and
 * commits in groups: changes arriving while a shard is being written share the next write, and
 * every caller's promise resolves only once a write containing its change is on disk.
 * lowdb is one process only: two processes on one data folder would overwrite each other.
 */
export class ShardedTable<T> {
  private readonly shards = new Map<string, Shard<T>>();
  private readonly shardOfKey = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly shardFor: (key: string, value: T) => string,
  ) {}

  /** Loads every shard file of the folder (files starting with "." are lowdb's temporary files). */
  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const files = (await readdir(this.dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
    await Promise.all(files.map((f) => this.loadShard(f.slice(0, -'.json'.length))));
  }

  get(key: string): T | undefined {
    const name = this.shardOfKey.get(key);
    return name === undefined ? undefined : this.shards.get(name)?.low.data[key];
  }

  has(key: string): boolean {
    return this.shardOfKey.has(key);
  }

  get size(): number {
    return this.shardOfKey.size;
  }

  *values(): IterableIterator<T> {
    for (const shard of this.shards.values()) yield* Object.values(shard.low.data);
  }

  /** Sets the value and resolves once it is on disk. */
  async put(key: string, value: T): Promise<void> {
    const name = this.shardOfKey.get(key) ?? this.shardFor(key, value);
    const shard = this.shards.get(name) ?? this.createShard(name);
    shard.low.data[key] = value;
    this.shardOfKey.set(key, name);
    await this.persist(shard);
  }

  async delete(key: string): Promise<void> {
    const name = this.shardOfKey.get(key);
    if (name === undefined) return;
    const shard = this.shards.get(name)!;
    delete shard.low.data[key];
    this.shardOfKey.delete(key);
    await this.persist(shard);
  }

  /** Resolves when every change made so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all([...this.shards.values()].map((s) => s.next ?? s.running));
  }

  private async loadShard(name: string): Promise<void> {
    const shard = this.createShard(name);
    try {
      await shard.low.read();
    } catch (error) {
      throw new Error(`ShardedTable: cannot read ${join(this.dir, name)}.json: ${(error as Error).message}`);
    }
    shard.low.data ??= {};
    for (const key of Object.keys(shard.low.data)) this.shardOfKey.set(key, name);
  }

  private createShard(name: string): Shard<T> {
    const shard: Shard<T> = { low: new Low<Records<T>>(new JSONFile(join(this.dir, `${name}.json`)), {}) };
    this.shards.set(name, shard);
    return shard;
  }

  private persist(shard: Shard<T>): Promise<void> {
    if (shard.next) return shard.next;
    // A failed earlier write is reported to its own callers; this write still goes ahead.
    const previous = (shard.running ?? Promise.resolve()).catch(() => undefined);
    const next = previous.then(async () => {
      // From here on, new changes wait for the write after this one.
      shard.next = undefined;
      const running = shard.low.write();
      shard.running = running;
      try {
        await running;
      } finally {
        if (shard.running === running) shard.running = undefined;
      }
    });
    shard.next = next;
    return next;
  }
}
