// Create, read and patch for tables of records with an id and timestamps (events, announcements).
import { randomUUID } from 'node:crypto';
import type { ShardedTable } from './sharded-table.js';
import { copy } from './copy.js';

type Timestamped = { id: string; createdAt: string; updatedAt: string };

export function recordRepository<T extends Timestamped>(table: ShardedTable<T>) {
  return {
    async create(fields: Omit<T, keyof Timestamped>, at: Date): Promise<T> {
      const now = at.toISOString();
      const record = { ...copy(fields), id: randomUUID(), createdAt: now, updatedAt: now } as T;
      await table.put(record.id, record);
      return copy(record);
    },
    async get(id: string): Promise<T | undefined> {
      const record = table.get(id);
      return record && copy(record);
    },
    async update(id: string, patch: Partial<Omit<T, 'id' | 'createdAt'>>): Promise<T | undefined> {
      const record = table.get(id);
      if (!record) return undefined;
      const updated = { ...record, ...copy(patch) };
      await table.put(id, updated);
      return copy(updated);
    },
    /** Every record passing the filter, copied, in the given order. */
    select(filter: (record: T) => boolean, order: (a: T, b: T) => number): T[] {
      return [...table.values()].filter(filter).sort(order).map(copy);
    },
  };
}
