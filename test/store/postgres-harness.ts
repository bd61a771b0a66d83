// A fresh, migrated PostgreSQL schema per test, dropped afterwards, and stores opened on it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../src/store/postgres/migrate.js';
import { openPostgresStore, type PostgresStoreOptions } from '../../src/store/postgres/postgres-store.js';
import type { Store } from '../../src/store/types.js';

/** The test database: PALIER_TEST_DATABASE_URL, or the local server CI provides. Never skipped. */
export const TEST_DATABASE_URL = process.env.PALIER_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A migrated schema of its own for one test. */
export interface TestSchema {
  schema: string;
  connectionString: string;
  /** A new Store instance (its own pool) on the schema; closed by drop(). */
  open(options?: Partial<PostgresStoreOptions>): Promise<Store>;
  /** Runs SQL directly on the schema. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /** Closes every store opened on it and drops the schema. */
  drop(): Promise<void>;
}

/** Creates and migrates a uniquely named schema on the test database (`prefix` names whose tests made it). */
export async function freshSchema(prefix = 'palier_test_'): Promise<TestSchema> {
  const schema = `${prefix}${randomBytes(6).toString('hex')}`;
  await migrate(TEST_DATABASE_URL, { schema });
  const stores: Store[] = [];
  const admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2, options: `-c search_path=${schema}` });
  return {
    schema,
    connectionString: TEST_DATABASE_URL,
    async open(options = {}) {
      const store = await openPostgresStore({ connectionString: TEST_DATABASE_URL, schema, ...options });
      stores.push(store);
      return store;
    },
    query: (sql, params) => admin.query(sql, params),
    async drop() {
      await Promise.all(stores.map((s) => s.close()));
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
