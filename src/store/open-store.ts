// Opens the configured store: PostgreSQL when DATABASE_URL is set, else lowdb in DATA_DIR.
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { openLowdbStore } from './lowdb/lowdb-store.js';
import type { Store } from './types.js';

/** `log` takes progress lines; `alert` the failures an operator must act on (a lost folder lock). */
export async function openStore(config: Config, log: (message: string) => void = () => undefined, alert: (message: string) => void = log): Promise<Store> {
  const { database } = config;
  if (!database) {
    return openLowdbStore({
      dataDir: resolve(config.dataDir),
      waitlistOfferHours: config.waitlistOfferHours,
      lockStaleMs: config.lockStaleMs,
      onLockLost: (error) =>
        alert(`data folder lock lost, writes stopped: ${error.message}. Another process may be using ${config.dataDir}; stop the others and restart this bot.`),
    });
  }
  // Loaded only when used: a landlord on the embedded store never pays for pg and the migration runner.
  const [{ migrate }, { openPostgresStore }] = await Promise.all([import('./postgres/migrate.js'), import('./postgres/postgres-store.js')]);
  if (database.migrateOnStart) {
    const ran = await migrate(database.url, { schema: database.schema, log });
    if (ran.length) log(`database migrated: ${ran.join(', ')}`);
  }
  return openPostgresStore({
    connectionString: database.url,
    schema: database.schema,
    poolSize: database.poolSize,
    waitlistOfferHours: config.waitlistOfferHours,
    resilience: { statementTimeoutMs: database.statementTimeoutMs, connectTimeoutMs: database.connectTimeoutMs, reconnectMs: database.reconnectMs },
  });
}
