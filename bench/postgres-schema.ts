// A fresh, migrated PostgreSQL schema for one part of the bench, dropped afterwards (even on failure or Ctrl-C).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../src/store/postgres/migrate.js';

/** The database the PostgreSQL runs use: PALIER_BENCH_DATABASE_URL, or the local test server. */
export const BENCH_DATABASE_URL = process.env.PALIER_BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Schemas created and not dropped yet, with their database URL. */
const live = new Map<string, string>();

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    live.delete(schema);
  } finally {
    await client.end();
  }
}

/**
 * Creates and migrates a schema named palier_bench_<random> on `url`, runs `work` with its name,
 * and drops the schema whatever `work` does.
 */
export async function withBenchSchema<T>(url: string, work: (schema: string) => Promise<T>, log: (line: string) => void = () => undefined): Promise<T> {
  const schema = `palier_bench_${randomBytes(6).toString('hex')}`;
  live.set(schema, url);
  try {
    await migrate(url, { schema });
    log(`PostgreSQL: schema ${schema} created and migrated`);
    return await work(schema);
  } finally {
    await dropSchema(url, schema);
    log(`PostgreSQL: schema ${schema} dropped`);
  }
}

/** Drops every schema still there (on Ctrl-C: the finally blocks would not run); never rejects. */
export async function dropLiveSchemas(): Promise<void> {
  await Promise.all([...live].map(([schema, url]) => dropSchema(url, schema).catch(() => undefined)));
}
