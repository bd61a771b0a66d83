// Counters that never go back (receipt and registration numbers), kept in their own lowdb file.
import { join } from 'node:path';
import { ShardedTable, type TableOptions } from './sharded-table.js';

/**
 * counters/counters.json maps a counter's name to the last number given. A number is given only
 * after the counter is on disk, so no deletion, crash or restart can give it again. `issued` is
 * never rolled back in memory either: a number whose write failed is skipped, not reused.
 */
export class Counters {
  private readonly issued = new Map<string, number>();

  private constructor(private readonly table: ShardedTable<number>) {}

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
    return { value, written: this.table.put(name, value) };
  }

  private last(name: string): number {
    return Math.max(this.issued.get(name) ?? 0, this.table.get(name) ?? 0);
  }
}
