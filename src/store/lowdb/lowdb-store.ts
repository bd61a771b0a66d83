// The embedded default Store: lowdb JSON files in one data folder, for one process.
import { access, constants, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EtagConflictError, type BotStateRepository, type Resident, type ResidentRepository, type StateItem, type Store } from '../types.js';
import { hashShards, ShardedTable } from './sharded-table.js';

export interface LowdbStoreOptions {
  dataDir: string;
  /** How many files bot state is spread over; more files, smaller writes. */
  stateShards?: number;
  residentShards?: number;
}

const copy = <T>(value: T): T => structuredClone(value);

/**
 * Opens (creating if needed) a data folder. Layout: residents/ and state/ hold sharded files.
 * One process only: lowdb has no locking between processes.
 */
export async function openLowdbStore(options: LowdbStoreOptions): Promise<Store> {
  const { dataDir } = options;
  await mkdir(dataDir, { recursive: true });
  const residents = new ShardedTable<Resident>(join(dataDir, 'residents'), hashShards(options.residentShards ?? 64));
  const state = new ShardedTable<StateItem>(join(dataDir, 'state'), hashShards(options.stateShards ?? 256));
  await Promise.all([residents.open(), state.open()]);
  const tables = [residents, state];

  const residentRepository: ResidentRepository = {
    async get(id) {
      const resident = residents.get(id);
      return resident && copy(resident);
    },
    async save(resident) {
      await residents.put(resident.id, copy(resident));
    },
    async delete(id) {
      await residents.delete(id);
    },
  };

  let eTagCounter = Date.now();
  const botState: BotStateRepository = {
    async read(keys) {
      const items: Record<string, StateItem> = {};
      for (const key of keys) {
        const item = state.get(key);
        if (item) items[key] = copy(item);
      }
      return items;
    },
    async write(items) {
      const entries = Object.entries(items);
      // Check every eTag before writing anything, as the SDK's storages do.
      for (const [key, item] of entries) {
        const stored = state.get(key);
        if (stored && item.eTag && item.eTag !== '*' && item.eTag !== stored.eTag) throw new EtagConflictError(key);
      }
      await Promise.all(entries.map(([key, item]) => state.put(key, { ...copy(item), eTag: String(++eTagCounter) })));
    },
    async delete(keys) {
      await Promise.all(keys.map((key) => state.delete(key)));
    },
  };

  return {
    residents: residentRepository,
    botState,
    async ping() {
      await access(dataDir, constants.R_OK | constants.W_OK);
    },
    async flush() {
      await Promise.all(tables.map((t) => t.flush()));
    },
    async close() {
      await Promise.all(tables.map((t) => t.flush()));
    },
  };
}
