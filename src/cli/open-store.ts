// Opens the configured store for a command-line tool (the bot must not run on the same lowdb folder).
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { openLowdbStore } from '../store/lowdb/lowdb-store.js';
import type { Store } from '../store/types.js';

export async function openConfiguredStore(): Promise<{ config: Config; store: Store }> {
  const config = loadConfig();
  return { config, store: await openLowdbStore({ dataDir: resolve(config.dataDir) }) };
}
