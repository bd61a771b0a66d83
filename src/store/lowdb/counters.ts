// Counters that never go back (receipt and registration numbers), kept in their own lowdb file.
import { join } from 'node:path';
import { ShardedTable, type TableOptions } from './sharded-table.js';

/** How many numbers one counter write reserves ahead (at most this many are skipped after a crash). */
export const RESERVED_AHEAD = 32;

/** A write of the counter file that makes every number up to `upTo` safe to give. */
interface Reservation {
  upTo: number;
  written: Promise<void>;
}

/**
 * counters/counters.json maps a counter's name to a number at or above the last number given. A
 * number is given only once the counter on disk is at or above it, so no deletion, crash or
 * restart can give it again. To keep that write off the path of each need, the file reserves
 * numbers ahead in blocks (written in the background before the block runs out): a number inside a
 * block already on disk is given at once. A clean close writes back the last number given, so
 * numbers continue without a gap; after a crash the rest of the block is skipped, never reused.
 * `issued` is never rolled back in memory either: a number whose write failed is skipped.
 */
export class Counters {
  private readonly issued = new Map<string, number>();
  /** The highest value known to be on disk, per counter. */
  private readonly durable = new Map<string, number>();
  /** The latest reservation being written, per counter. */
  private readonly pending = new Map<string, Reservation>();

  private constructor(private readonly table: ShardedTable<number>) {
    for (const [name, value] of table.entries()) {
      this.durable.set(name, value);
      this.issued.set(name, value);
    }
  }

  static async open(dataDir: string, options: TableOptions): Promise<Counters> {
    const table = new ShardedTable<number>(join(dataDir, 'counters'), () => 'counters', options);
    await table.open();
    return new Counters(table);
  }

  get files(): ShardedTable<number> {
    return this.table;
  }

  /** Makes sure `name` continues above `value` (numbers found in data written before the counter existed). */
  atLeast(name: string, value: number): void {
    if (value > this.last(name)) this.issued.set(name, value);
  }

  /** The next number of `name`, once the counter holding it is on disk. */
  async next(name: string): Promise<number> {
    const { value, written } = this.take(name);
    await written;
    return value;
  }

  /** Takes the next number at once (for callers that must not yield first); `written` resolves once it is on disk. */
  take(name: string): { value: number; written: Promise<void> } {
    const value = this.last(name) + 1;
    this.issued.set(name, value);
    const durable = this.durable.get(name) ?? 0;
    const pending = this.pending.get(name);
    const reserved = Math.max(durable, pending?.upTo ?? 0);
    // Half the block left: the next block is written now, while the numbers already on disk are given.
    const ahead = reserved - value < RESERVED_AHEAD / 2 ? this.reserve(name, value + RESERVED_AHEAD) : undefined;
    if (value <= durable) return { value, written: Promise.resolve() };
    if (pending && pending.upTo >= value) return { value, written: pending.written };
    return { value, written: ahead!.written };
  }

  /**
   * Writes back the last number given where the file reserved more, so a clean restart continues
   * without a gap. Call once nothing takes numbers any more (the store is closing).
   */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.pending.values()].map((r) => r.written));
    const writes: Promise<void>[] = [];
    for (const [name, value] of this.issued) {
      const onDisk = this.table.get(name) ?? 0;
      if (onDisk > value) writes.push(this.table.put(name, value));
    }
    await Promise.all(writes);
  }

  private reserve(name: string, upTo: number): Reservation {
    const written = this.table.put(name, upTo).then(() => {
      this.durable.set(name, Math.max(this.durable.get(name) ?? 0, upTo));
    });
    const reservation = { upTo, written };
    this.pending.set(name, reservation);
    const done = () => {
      if (this.pending.get(name) === reservation) this.pending.delete(name);
    };
    written.then(done, done);
    return reservation;
  }

  /** The last number given (or, after a crash, the last one reserved on disk). */
  private last(name: string): number {
    return this.issued.get(name) ?? 0;
  }
}
