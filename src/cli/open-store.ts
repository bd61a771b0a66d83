// Opens the configured store for a command-line tool (with lowdb, the bot must not run on the same folder).
import { loadConfig, type Config } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/types.js';

export async function openConfiguredStore(): Promise<{ config: Config; store: Store }> {
  const config = loadConfig();
  return { config, store: await openStore(config) };
}
