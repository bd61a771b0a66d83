// Bot state (each conversation's current step) as an append-only log: one append per group of turns.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreUnavailableError, type WriteHealth } from '../errors.js';
import { STATE_OWNER, type StateItem } from '../state-types.js';
import { realFileOps, syncFolder, type FileOps } from './durable-file.js';
import { FolderLockLostError } from './folder-lock.js';

/** A conversation's state as kept in memory: its JSON (what read() parses), eTag and owner. */
export interface StateEntry {
  text: string;
  eTag: string | undefined;
  owner: unknown;
}

export interface StateLogOptions {
  fs?: FileOps;
  health?: WriteHealth;
  /** Rejects when this process may no longer write the folder; checked before every append. */
  beforeWrite?: () => Promise<void>;
  /** The log is compacted once it holds more than this many bytes and twice the live state (default 16 MiB). */
  compactBytes?: number;
}

type Batch = {
  /** Each changed key's entry after this batch (undefined: deleted). */
  entries: Map<string, StateEntry | undefined>;
  lines: string[];
  waiters: { resolve: () => void; reject: (error: unknown) => void }[];
};

const COMPACT_BYTES = 16 * 1024 * 1024;
const LOG = /^log-(\d{6})\.jsonl$/;
const SNAPSHOT = /^snapshot-(\d{6})\.jsonl$/;
/** The former layout: one JSON object of states per shard file (s0042.json). */
const LEGACY_SHARD = /^s\d+\.json$/;

const gen = (n: number) => String(n).padStart(6, '0');
const lineOf = (key: string, entry: StateEntry | undefined) => `${JSON.stringify(key)}\t${entry ? entry.text : 'null'}\n`;
/** About a line's length, without building it: what compaction weighs the log against. */
const weight = (key: string, entry: StateEntry | undefined) => (entry ? key.length + entry.text.length + 4 : 0);

function entryOf(text: string, value: StateItem): StateEntry {
  return { text, eTag: value.eTag, owner: value[STATE_OWNER] };
}

/**
 * One line of a log or snapshot: `"key"\t{json}` sets the key's state, `"key"\tnull` deletes it. A
 * line that does not parse (torn by a crash or a power cut, or a failed append) is skipped:
 * undefined. No proper beginning of a line parses, so a torn line is never read as another one.
 */
export function parseLine(line: string): { key: string; entry: StateEntry | undefined } | undefined {
  if (!line) return undefined;
  try {
    const tab = line.indexOf('\t');
    if (tab < 0) return undefined;
    const key = JSON.parse(line.slice(0, tab)) as unknown;
    if (typeof key !== 'string') return undefined;
    const text = line.slice(tab + 1);
    const value = JSON.parse(text) as unknown;
    if (value === null) return { key, entry: undefined };
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return { key, entry: entryOf(text, value as StateItem) };
  } catch {
    return undefined;
  }
}

/** The folder's files by kind, generations ascending. */
async function listFolder(dir: string) {
  const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const numbered = (pattern: RegExp) =>
    files
      .map((f) => ({ file: f, n: Number(pattern.exec(f)?.[1] ?? NaN) }))
      .filter((f) => !Number.isNaN(f.n))
      .sort((a, b) => a.n - b.n);
  return { files, logs: numbered(LOG), snapshots: numbered(SNAPSHOT), legacy: files.filter((f) => LEGACY_SHARD.test(f)) };
}

/**
 * The state as on disk: the newest snapshot, then every log from its generation on, line by line
 * (the last line for a key wins); without snapshot or log, the former shard files. Reads only.
 */
async function replay(dir: string, fs: FileOps) {
  const { files, logs, snapshots, legacy } = await listFolder(dir);
  const live = new Map<string, StateEntry>();
  const base = snapshots.at(-1)?.n ?? 0;
  let logBytes = 0;
  let skipped = 0;
  const apply = (text: string) => {
    for (const line of text.split('\n')) {
      const parsed = parseLine(line);
      if (!parsed) {
        if (line) skipped++;
        continue;
      }
      if (parsed.entry) live.set(parsed.key, parsed.entry);
      else live.delete(parsed.key);
    }
  };
  const fromLegacy = !snapshots.length && !logs.length && legacy.length > 0;
  if (fromLegacy) {
    for (const file of legacy) {
      const records = JSON.parse(await fs.readFile(join(dir, file), 'utf8')) as Record<string, StateItem>;
      for (const [key, value] of Object.entries(records)) live.set(key, entryOf(JSON.stringify(value), value));
    }
  }
  if (snapshots.length) apply(await fs.readFile(join(dir, snapshots.at(-1)!.file), 'utf8'));
  for (const log of logs.filter((l) => l.n >= base)) {
    const text = await fs.readFile(join(dir, log.file), 'utf8');
    logBytes += Buffer.byteLength(text);
    apply(text);
  }
  const last = Math.max(base, logs.at(-1)?.n ?? 0);
  return { live, files, base, last, logBytes, skipped, fromLegacy, legacy };
}

/** Every conversation's state in a data folder's state/ (the migrate-data command), without opening the store. */
export async function readStateFolder(dir: string, fs: FileOps = realFileOps): Promise<Record<string, StateItem>> {
  const { live } = await replay(dir, fs);
  return Object.fromEntries([...live].map(([key, entry]) => [key, JSON.parse(entry.text) as StateItem]));
}

/**
 * Bot state changes on every turn and confirms nothing to the resident, so it is appended to a log
 * (state/log-000007.jsonl), one write for every change that arrived while the previous write ran
 * (group commit), instead of a file rewritten and renamed per turn. Not fsynced, as before: a
 * write has reached the kernel when its promise resolves, so it survives a crash of the process; a
 * power cut may lose the last seconds (the bot asks the last step again). At open the newest
 * snapshot and the logs after it are replayed; a line torn by a crash is skipped. A refused append
 * is cut off the log at once (a disk that refuses even that keeps the log from growing until it
 * accepts). When the log
 * outgrows the live state, appends go on in a new log while the state as of that moment is written
 * as a snapshot beside it (fsynced, then the older files are deleted).
 * A failed append puts memory back as on disk and rejects every change it and the next one carried.
 */
export class StateLog {
  private readonly live: Map<string, StateEntry>;
  /** For each key changed and not yet on disk: its value on disk (undefined: absent). */
  private readonly undo = new Map<string, StateEntry | undefined>();
  private next: Batch | undefined;
  private running: Promise<void> | undefined;
  private handle: Awaited<ReturnType<FileOps['open']>> | undefined;
  /** The generation appends go to. */
  private generation: number;
  /** Bytes of the current log known to be whole lines. */
  private fileBytes = 0;
  /** A failed append may have left part of its lines: cut back to `fileBytes` before anything else is appended. */
  private torn = false;
  private logBytes: number;
  private liveBytes = 0;
  private compaction: Promise<void> | undefined;
  /** compactNow() calls waiting for a compaction to start. */
  private readonly requested: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private wantsCompaction: boolean;
  private readonly fs: FileOps;
  private readonly compactBytes: number;

  private constructor(
    private readonly dir: string,
    private readonly options: StateLogOptions,
    loaded: Awaited<ReturnType<typeof replay>>,
  ) {
    this.fs = options.fs ?? realFileOps;
    this.compactBytes = options.compactBytes ?? COMPACT_BYTES;
    this.live = loaded.live;
    for (const [key, entry] of this.live) this.liveBytes += weight(key, entry);
    this.logBytes = loaded.logBytes;
    // Appends go to a new log: never after a tail a crash may have torn.
    this.generation = loaded.last + 1;
    this.wantsCompaction = loaded.fromLegacy || loaded.last - loaded.base > 8;
  }

  static async open(dir: string, options: StateLogOptions = {}): Promise<StateLog> {
    await mkdir(dir, { recursive: true });
    const fs = options.fs ?? realFileOps;
    let loaded;
    try {
      loaded = await replay(dir, fs);
    } catch (error) {
      throw new Error(`StateLog: cannot read ${dir}: ${(error as Error).message}`);
    }
    const log = new StateLog(dir, options, loaded);
    // Files older than the newest snapshot, and temporary snapshots of a compaction cut short, are leftovers.
    const leftovers = loaded.files.filter((f) => {
      const n = Number((LOG.exec(f) ?? SNAPSHOT.exec(f))?.[1] ?? NaN);
      return (f.startsWith('.snapshot-') && f.endsWith('.tmp')) || n < loaded.base;
    });
    await Promise.all(leftovers.map((f) => fs.unlink(join(dir, f)).catch(() => undefined)));
    // The former shard files become a snapshot at once (then they go).
    if (loaded.fromLegacy) await log.compact(loaded.legacy);
    return log;
  }

  get size(): number {
    return this.live.size;
  }

  get(key: string): StateEntry | undefined {
    return this.live.get(key);
  }

  entries(): IterableIterator<[string, StateEntry]> {
    return this.live.entries();
  }

  /** Sets the key's state (its JSON, eTag and owner); resolves once appended. */
  put(key: string, entry: StateEntry): Promise<void> {
    return this.change(key, entry);
  }

  delete(key: string): Promise<void> {
    if (!this.live.has(key)) return Promise.resolve();
    return this.change(key, undefined);
  }

  /**
   * Rewrites the log as a snapshot of what is stored now and deletes the older files, so a state
   * deleted (a resident's data erased) is no longer anywhere in the folder; rejects if it could not.
   */
  compactNow(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.requested.push({ resolve, reject });
      this.wantsCompaction = true;
      // Compaction starts between two appends: an empty batch makes one when nothing else is to be written.
      this.next ??= { entries: new Map(), lines: [], waiters: [] };
      this.kick();
    });
  }

  /** Resolves when every change made so far is written (or refused), and a compaction under way is done. */
  async flush(): Promise<void> {
    while (this.running || this.compaction) await Promise.all([this.running, this.compaction]).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
  }

  private change(key: string, entry: StateEntry | undefined): Promise<void> {
    const before = this.live.get(key);
    if (!this.undo.has(key)) this.undo.set(key, before);
    if (entry) this.live.set(key, entry);
    else this.live.delete(key);
    this.liveBytes += weight(key, entry) - weight(key, before);
    const batch: Batch = (this.next ??= { entries: new Map(), lines: [], waiters: [] });
    batch.entries.set(key, entry);
    batch.lines.push(lineOf(key, entry));
    const done = new Promise<void>((resolve, reject) => batch.waiters.push({ resolve, reject }));
    this.kick();
    return done;
  }

  /** Starts draining unless it runs; a change made while a drain was ending is taken by the next. */
  private kick(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.next) this.kick();
    });
  }

  /** Writes the waiting batch, then the one gathered meanwhile, until none waits. */
  private async drain(): Promise<void> {
    while (this.next) {
      try {
        const lost = this.options.health?.lost;
        if (lost) throw new StoreUnavailableError(`StateLog: writes stopped (${lost})`, { reason: lost });
        await this.options.beforeWrite?.();
      } catch (error) {
        this.fail(undefined, error);
        continue;
      }
      // Changes made from here on wait for the next append.
      const batch = this.next;
      this.next = undefined;
      if (this.wantsCompaction && !this.compaction) this.beginCompaction();
      try {
        await this.append(batch.lines);
      } catch (error) {
        // What the refused append did write goes at once, so it cannot come back at the next start.
        await this.cutTornTail().catch(() => undefined);
        this.fail(batch, error);
        continue;
      }
      this.options.health?.succeeded();
      const waiting = this.next as Batch | undefined;
      for (const [key, entry] of batch.entries) {
        if (waiting?.entries.has(key)) this.undo.set(key, entry);
        else this.undo.delete(key);
      }
      for (const w of batch.waiters) w.resolve();
      if (this.logBytes > this.compactBytes && this.logBytes > 2 * this.liveBytes) this.wantsCompaction = true;
    }
  }

  private async append(lines: string[]): Promise<void> {
    if (!lines.length) return;
    this.handle ??= await this.fs.open(join(this.dir, `log-${gen(this.generation)}.jsonl`), 'a');
    await this.cutTornTail();
    const bytes = Buffer.from(lines.join(''), 'utf8');
    this.torn = true;
    for (let at = 0; at < bytes.length; ) at += (await this.handle.write(bytes, at, bytes.length - at)).bytesWritten;
    this.torn = false;
    this.fileBytes += bytes.length;
    this.logBytes += bytes.length;
  }

  private async cutTornTail(): Promise<void> {
    if (!this.torn || !this.handle) return;
    await this.handle.truncate(this.fileBytes);
    this.torn = false;
  }

  /** A refused append: memory goes back to the disk's state; its changes and those waiting are refused. */
  private fail(batch: Batch | undefined, error: unknown): void {
    for (const [key, entry] of this.undo) {
      const now = this.live.get(key);
      this.liveBytes += weight(key, entry) - weight(key, now);
      if (entry) this.live.set(key, entry);
      else this.live.delete(key);
    }
    this.undo.clear();
    const waiting = this.next;
    this.next = undefined;
    let refusal: unknown = error;
    if (!(error instanceof StoreUnavailableError)) {
      if (error instanceof FolderLockLostError) {
        refusal = new StoreUnavailableError(`StateLog: writes stopped (${error.message})`, { cause: error, reason: 'lock-lost' });
      } else {
        const reason = (error as NodeJS.ErrnoException).code ?? 'unknown';
        this.options.health?.failed(reason);
        refusal = new StoreUnavailableError(`StateLog: cannot append to ${this.dir} (${reason})`, { cause: error, reason });
      }
    }
    for (const w of [...(batch?.waiters ?? []), ...(waiting?.waiters ?? [])]) w.reject(refusal);
  }

  /**
   * Called between two appends, the next batch taken but not written: the state on disk is then
   * memory without that batch's changes (kept in undo). Appends move to a new log; that state is written as the new log's
   * snapshot in the background; once it is durable, older files go.
   */
  /** Starts a compaction, settling the compactNow() calls made so far with it. */
  private beginCompaction(): void {
    const requested = this.requested.splice(0);
    this.startCompaction().then(
      () => requested.forEach((r) => r.resolve()),
      (error: unknown) => requested.forEach((r) => r.reject(error)),
    );
  }

  private startCompaction(): Promise<void> {
    const onDisk = new Map(this.live);
    for (const [key, entry] of this.undo) {
      if (entry) onDisk.set(key, entry);
      else onDisk.delete(key);
    }
    const old = this.handle;
    this.handle = undefined;
    this.generation++;
    this.fileBytes = 0;
    // What a refused append left in the old log goes with it once the snapshot is written.
    this.torn = false;
    this.logBytes = 0;
    this.wantsCompaction = false;
    const written = this.writeSnapshot(this.generation, onDisk, old);
    this.compaction = written
      .catch(() => {
        // Kept as it was (older snapshot and logs): the next growth tries again.
      })
      .finally(() => {
        this.compaction = undefined;
        // compactNow() calls made while this one ran wait for the next.
        if (this.requested.length) {
          this.next ??= { entries: new Map(), lines: [], waiters: [] };
          this.kick();
        }
      });
    return written;
  }

  /** The former shard files' state, at open: written as a snapshot before anything is appended. */
  private async compact(legacy: string[]): Promise<void> {
    this.generation++;
    this.wantsCompaction = false;
    await this.writeSnapshot(this.generation, new Map(this.live), undefined, legacy);
  }

  private async writeSnapshot(generation: number, state: Map<string, StateEntry>, old: StateLog['handle'], extra: string[] = []): Promise<void> {
    await old?.close().catch(() => undefined);
    const name = `snapshot-${gen(generation)}.jsonl`;
    const temp = join(this.dir, `.${name}.tmp`);
    if (this.options.health?.lost) throw new StoreUnavailableError(`StateLog: writes stopped (${this.options.health.lost})`);
    await this.options.beforeWrite?.();
    const file = await this.fs.open(temp, 'w');
    try {
      let chunk: string[] = [];
      let size = 0;
      const write = async () => {
        const bytes = Buffer.from(chunk.join(''), 'utf8');
        for (let at = 0; at < bytes.length; ) at += (await file.write(bytes, at, bytes.length - at)).bytesWritten;
        chunk = [];
        size = 0;
      };
      for (const [key, entry] of state) {
        const line = lineOf(key, entry);
        chunk.push(line);
        size += line.length;
        if (size > 1 << 20) await write();
      }
      await write();
      await file.sync();
    } catch (error) {
      await file.close().catch(() => undefined);
      await this.fs.unlink(temp).catch(() => undefined);
      throw error;
    }
    await file.close();
    await this.options.beforeWrite?.();
    await this.fs.rename(temp, join(this.dir, name));
    await syncFolder(this.fs, this.dir);
    // The snapshot is durable: what came before it is no longer needed.
    const { files } = await listFolder(this.dir);
    const older = files.filter((f) => Number((LOG.exec(f) ?? SNAPSHOT.exec(f))?.[1] ?? Infinity) < generation || extra.includes(f));
    await Promise.all(older.map((f) => this.fs.unlink(join(this.dir, f)).catch(() => undefined)));
  }
}
