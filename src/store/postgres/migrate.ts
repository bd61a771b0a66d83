// Runs the schema migrations (node-pg-migrate) in migrations/ against a PostgreSQL database.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';

/** Where the migration files are: beside this module (src/, or dist/ once compiled). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/** The table recording which migrations ran (node-pg-migrate's default, as `npm run migrate` uses). */
export const MIGRATIONS_TABLE = 'pgmigrations';

/** Which schema to migrate, and where to report. */
export interface MigrateOptions {
  /** Schema to migrate (created if missing); default: the connection's (public). */
  schema?: string;
  /** Where progress lines go; default: nowhere. */
  log?: (message: string) => void;
}

/**
 * Applies every migration not applied yet, in one transaction. Several instances starting at
 * once wait for each other (advisory lock) instead of failing; already migrated is a no-op.
 * Resolves with the names of the migrations it ran.
 */
export async function migrate(connectionString: string, options: MigrateOptions = {}): Promise<string[]> {
  if (!existsSync(MIGRATIONS_DIR)) throw new Error(`migrate: no migrations folder at ${MIGRATIONS_DIR}`);
  const log = options.log ?? (() => undefined);
  const ran = await runner({
    databaseUrl: connectionString,
    dir: MIGRATIONS_DIR,
    // Compiled output also holds source maps and declarations: only the modules are migrations.
    ignorePattern: '(?:\\..*|.*\\.map|.*\\.d\\.ts)',
    migrationsTable: MIGRATIONS_TABLE,
    ...(options.schema ? { schema: options.schema, createSchema: true } : {}),
    direction: 'up',
    checkOrder: true,
    singleTransaction: true,
    advisoryLockMode: 'wait',
    log,
    logger: { debug: () => undefined, info: log, warn: log, error: log },
  });
  return ran.map((m) => m.name);
}
