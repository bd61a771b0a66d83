// npm run migrate honours DATABASE_SCHEMA: the tables land in that schema, not in public.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { expect, it } from 'vitest';
import { TEST_DATABASE_URL } from '../store/postgres-harness.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

it('migrates the schema DATABASE_SCHEMA names', async () => {
  const schema = `palier_migrate_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'migrate'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema },
    });
    expect(stdout).toContain(`migrated schema ${schema}`);
    const tables = await admin.query<{ table_name: string }>('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [schema]);
    expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['needs', 'residents', 'bot_state', 'pgmigrations']));
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}, 60_000);
