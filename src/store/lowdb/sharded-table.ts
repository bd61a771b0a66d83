// A keyed collection split over many small lowdb files, so a write rewrites one small file only.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { StoreUnavailableError, type WriteHealth } from '../errors.js';
import { DurableJsonFile, realFileOps, type FileOps } from './durable-file.js';
import { FolderLockLostError } from './folder-lock.js';

type Records<T> = Record<string, T>;

interface Shard<T> {
  low: Low<Records<T>>;
  name: string;
  file: DurableJsonFile<Records<T>>;
  /** Incremented when a failed write puts the shard back as it is on disk. */
  epoch: number;
  /** The write that will include every change made since the running one started. */
  next?: Promise<void>;
  running?: Promise<void>;
  /** Each record's JSON, kept while the shard is among the recently written, so a write stringifies only what changed. */
  texts?: Map<string, string>;
  /** The length of the file text last built from `texts` (what keeping them costs, about). */
  textChars: number;
  /** What each record changed since the running write took its text was before (undefined: absent), to undo on failure. */
  changed?: Map<string, T | undefined>;
  /** The same for the changes the running write carries. */
  changedInWrite?: Map<string, T | undefined>;
}

/**
 * How much records' JSON a table keeps between writes, in characters of its files: the most recently written
 * shards keep theirs while their files add up to this. A bound in size, not in files, so a table of large files
 * (residents at 100,000) keeps as much as one of small files, and memory stays bounded either way.
 */
export const TEXT_CACHE_CHARS = 8_000_000;

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

/** What every table of one store shares: the file layer and the record of failing writes. */
export interface TableOptions {
  fs?: FileOps;
  health?: WriteHealth;
  /** false: writes are atomic but not fsynced (see DurableJsonFile); default true. */
  sync?: boolean;
  /** Rejects when this process may no longer write the folder (its lock was taken away); checked before every file write. */
  beforeWrite?: () => Promise<void>;
  /** true: refresh() picks up files another process wrote (costs a stat per file read and write). */
  watch?: boolean;
  /** The table's bound on kept records' JSON (default TEXT_CACHE_CHARS); tests set a small one. */
  textCacheChars?: number;
}

/**
 * lowdb rewrites a whole file per write, so the table keeps each file small by sharding, and
 * commits in groups: changes arriving while a shard is being written share the next write, and
 * every caller's promise resolves only once a write containing its change is on disk (fsynced).
 * A write that fails (disk full, read-only) puts the shard back as it is on disk and rejects
 * every change it carried with StoreUnavailableError: memory never holds what the disk refused.
 * lowdb is one process only: the store locks its data folder (see folder-lock.ts).
 */
export class ShardedTable<T> {
  private readonly shards = new Map<string, Shard<T>>();
  private readonly shardOfKey = new Map<string, string>();
  /** Shards keeping their records' JSON, least recently written first, and the length of their files. */
  private readonly withTexts = new Set<Shard<T>>();
  private textChars = 0;
  private readonly fs: FileOps;

  constructor(
    private readonly dir: string,
    private readonly shardFor: (key: string, value: T) => string,
    private readonly options: TableOptions = {},
  ) {
    this.fs = options.fs ?? realFileOps;
  }

  /** Loads every shard file of the folder (files starting with "." are lowdb's temporary files). */
  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const files = (await readdir(this.dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
    await Promise.all(files.map((f) => this.loadShard(f.slice(0, -'.json'.length))));
  }

  /**
   * Picks up files another process wrote since this table last read or wrote them (the accounts
   * CLI while the bot runs). A shard with a write of ours pending is left as it is.
   */
  async refresh(): Promise<void> {
    let files: string[];
    try {
      files = (await readdir(this.dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
    } catch {
      return;
    }
    await Promise.all(
      files.map(async (f) => {
        const name = f.slice(0, -'.json'.length);
        const shard = this.shards.get(name);
        if (!shard) return this.loadShard(name).catch(() => this.shards.delete(name));
        if (shard.next || shard.running || !(await shard.file.changedOnDisk())) return;
        const data = (await shard.file.read()) ?? {};
        // A change of ours made meanwhile wins: it is being written over the other process's anyway.
        if (shard.next || shard.running) return;
        this.replaceData(shard, data);
      }),
    );
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

  /** How many shards keep their records' JSON, and the length of their files (for tests of the bound). */
  textCache(): { shards: number; chars: number } {
    return { shards: this.withTexts.size, chars: this.textChars };
  }

  *values(): IterableIterator<T> {
    for (const shard of this.shards.values()) yield* Object.values(shard.low.data);
  }

  *entries(): IterableIterator<[string, T]> {
    for (const shard of this.shards.values()) yield* Object.entries(shard.low.data);
  }

  /** The stored value's JSON (the caller's copy to parse: cheaper than stringifying it again). */
  text(key: string): string | undefined {
    const name = this.shardOfKey.get(key);
    const shard = name === undefined ? undefined : this.shards.get(name);
    if (!shard) return undefined;
    const kept = shard.texts?.get(key);
    if (kept !== undefined) return kept;
    const text = JSON.stringify(shard.low.data[key]);
    shard.texts?.set(key, text);
    return text;
  }

  /**
   * Sets the value and resolves once it is on disk. `text`: the value's JSON when the caller has it already. The table keeps
   * `value` itself (and the value it replaces until the write is done, to undo it on failure): never change either in place.
   */
  async put(key: string, value: T, text?: string): Promise<void> {
    const name = this.shardOfKey.get(key) ?? this.shardFor(key, value);
    const shard = this.shards.get(name) ?? this.createShard(name);
    this.remember(shard, key);
    shard.low.data[key] = value;
    if (text === undefined) shard.texts?.delete(key);
    else shard.texts?.set(key, text);
    this.shardOfKey.set(key, name);
    await this.persist(shard);
  }

  async delete(key: string): Promise<void> {
    const name = this.shardOfKey.get(key);
    if (name === undefined) return;
    const shard = this.shards.get(name)!;
    this.remember(shard, key);
    delete shard.low.data[key];
    shard.texts?.delete(key);
    this.shardOfKey.delete(key);
    await this.persist(shard);
  }

  /** Resolves when every change made so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all([...this.shards.values()].map((s) => s.next ?? s.running));
  }

  /** Keeps the record as it is before its first change since the running write took its text. */
  private remember(shard: Shard<T>, key: string): void {
    const changed = (shard.changed ??= new Map());
    if (!changed.has(key)) changed.set(key, Object.hasOwn(shard.low.data, key) ? shard.low.data[key] : undefined);
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
    const { sync, watch } = this.options;
    const file = new DurableJsonFile<Records<T>>(join(this.dir, `${name}.json`), this.fs, { sync, watch, stringify: () => this.fileText(shard) });
    const shard: Shard<T> = { low: new Low<Records<T>>(file, {}), name, file, epoch: 0, textChars: 0 };
    this.shards.set(name, shard);
    return shard;
  }

  private persist(shard: Shard<T>): Promise<void> {
    if (shard.next) return shard.next;
    const epoch = shard.epoch;
    // A failed earlier write is reported to its own callers; this write still goes ahead.
    const previous = (shard.running ?? Promise.resolve()).catch(() => undefined);
    const next = previous.then(async () => {
      if (shard.next === next) shard.next = undefined;
      // The shard went back to its disk state after these changes were made: they are gone.
      if (shard.epoch !== epoch) throw new StoreUnavailableError('ShardedTable: an earlier write of this file failed; the change was not kept', { reason: 'rolled-back' });
      const lost = this.options.health?.lost;
      if (lost) {
        this.rollBack(shard);
        throw new StoreUnavailableError(`ShardedTable: writes stopped (${lost})`, { reason: lost });
      }
      // From here on, new changes wait for the write after this one.
      const running = (async () => {
        await this.options.beforeWrite?.();
        await shard.low.write();
      })();
      shard.running = running;
      try {
        await running;
        shard.changedInWrite = undefined;
        this.options.health?.succeeded();
      } catch (error) {
        this.rollBack(shard);
        if (error instanceof FolderLockLostError) throw new StoreUnavailableError(`ShardedTable: writes stopped (${error.message})`, { cause: error, reason: 'lock-lost' });
        const reason = (error as NodeJS.ErrnoException).code ?? 'unknown';
        this.options.health?.failed(reason);
        throw new StoreUnavailableError(`ShardedTable: cannot write ${shard.file.path} (${reason})`, { cause: error, reason });
      } finally {
        if (shard.running === running) shard.running = undefined;
      }
    });
    shard.next = next;
    return next;
  }

  /**
   * The shard's file: what JSON.stringify(shard.low.data) gives, built from each record's JSON kept
   * since the last write, so only the records changed since are stringified (lowdb would redo all).
   */
  private fileText(shard: Shard<T>): string {
    // The changes made so far are this write's: a failure undoes them.
    shard.changedInWrite = shard.changed;
    shard.changed = undefined;
    const texts = (shard.texts ??= new Map());
    const data = shard.low.data;
    const members: string[] = [];
    for (const key of Object.keys(data)) {
      let text = texts.get(key);
      if (text === undefined) texts.set(key, (text = JSON.stringify(data[key])));
      members.push(`${JSON.stringify(key)}:${text}`);
    }
    const file = `{${members.join(',')}}`;
    this.keepTexts(shard, file.length);
    return file;
  }

  /** Marks the shard most recently written, then lets the least recently written drop their JSON until the table is within its bound. */
  private keepTexts(shard: Shard<T>, chars: number): void {
    if (this.withTexts.delete(shard)) this.textChars -= shard.textChars;
    this.withTexts.add(shard);
    shard.textChars = chars;
    this.textChars += chars;
    const bound = this.options.textCacheChars ?? TEXT_CACHE_CHARS;
    for (const oldest of this.withTexts) {
      if (this.textChars <= bound || oldest === shard) break;
      this.withTexts.delete(oldest);
      this.textChars -= oldest.textChars;
      oldest.texts = undefined;
      oldest.textChars = 0;
    }
  }

  /** Replaces the shard's records (read again from disk). */
  private replaceData(shard: Shard<T>, data: Records<T>): void {
    const { name } = shard;
    for (const key of Object.keys(shard.low.data)) if (this.shardOfKey.get(key) === name) this.shardOfKey.delete(key);
    shard.low.data = data;
    shard.texts?.clear();
    shard.changed = shard.changedInWrite = undefined;
    for (const key of Object.keys(data)) this.shardOfKey.set(key, name);
  }

  /**
   * Puts the shard back as it is on disk, by undoing every change made since the last write that succeeded (the
   * failed write's, then those waiting for the next write, which are dropped with it).
   */
  private rollBack(shard: Shard<T>): void {
    const data = shard.low.data;
    // The newest changes first, so each record ends as it was before the oldest.
    for (const changed of [shard.changed, shard.changedInWrite]) {
      for (const [key, before] of changed ?? []) {
        if (before === undefined) {
          delete data[key];
          if (this.shardOfKey.get(key) === shard.name) this.shardOfKey.delete(key);
        } else {
          data[key] = before;
          this.shardOfKey.set(key, shard.name);
        }
        shard.texts?.delete(key);
      }
    }
    shard.changed = shard.changedInWrite = undefined;
    shard.epoch++;
    // Changes made from now on go to a new write; the pending one rejects (its changes are undone).
    shard.next = undefined;
  }
}
