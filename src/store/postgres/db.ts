// Connection pool and transaction helper shared by the PostgreSQL repositories.
import pg from 'pg';

/** A pool or a client inside a transaction: what a query can run on. */
export type Queryable = pg.Pool | pg.PoolClient;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Where the pool connects, and how. */
export interface PoolOptions {
  connectionString: string;
  /** Schema holding the tables (search_path); default: the connection's (public). */
  schema?: string;
  /** Most connections this instance opens. */
  max?: number;
}

/** Checks a schema name before it goes into SQL or connection options (no quoting needed then). */
export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`PostgreSQL store: invalid schema name "${schema}" (lower-case letters, digits, _)`);
  return schema;
}

/** A pool whose sessions use the given schema and UTC. */
export function createPool(options: PoolOptions): pg.Pool {
  const settings = ['-c TimeZone=UTC'];
  if (options.schema) settings.push(`-c search_path=${checkSchemaName(options.schema)}`);
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10, options: settings.join(' ') });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in a transaction on one connection: committed if it resolves, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    // A connection that could not roll back is thrown away rather than reused.
    client.release(broken);
  }
}

/** Builds a WHERE clause from optional filters: `add('status = ?', value)` numbers the parameters. */
export function conditions(): { add(sql: string, value: unknown): void; where(): string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  return {
    add(sql, value) {
      params.push(value);
      clauses.push(sql.replace('?', `$${params.length}`));
    },
    where: () => clauses.join(' AND ') || 'true',
    params,
  };
}
