// Connection pool and transaction helper shared by the PostgreSQL repositories.
import pg from 'pg';
import { StoreUnavailableError } from '../errors.js';

/** A pool or a client inside a transaction: what a query can run on. */
export type Queryable = pg.Pool | pg.PoolClient;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Where the pool connects, and how it behaves when the database goes away. */
export interface PoolOptions {
  connectionString: string;
  /** Schema holding the tables (search_path); default: the connection's (public). */
  schema?: string;
  /** Most connections this instance opens. */
  max?: number;
  /** A statement running longer is cancelled by the server (statement_timeout); default 30 s. */
  statementTimeoutMs?: number;
  /** Waiting longer for a connection fails the attempt; default 5 s. */
  connectTimeoutMs?: number;
  /** How long a request keeps trying while the database cannot be reached (restart, failover); default 8 s. */
  reconnectMs?: number;
  /** Shown in pg_stat_activity; default "palier" (with the schema: "palier/<schema>"). */
  applicationName?: string;
}

/** Checks a schema name before it goes into SQL or connection options (no quoting needed then). */
export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`PostgreSQL store: invalid schema name "${schema}" (lower-case letters, digits, _)`);
  return schema;
}

/** SQLSTATEs and socket errors meaning "the connection is gone or cannot be made": the statement did not run. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300',
]);
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed|terminating connection/i;

/** True for errors of a lost or refused connection (worth trying again), false for errors of the statement itself. */
export function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (code !== undefined && CONNECTION_CODES.has(code)) || CONNECTION_MESSAGES.test(message ?? '');
}

const reconnectBudget = new WeakMap<pg.Pool, number>();
const directQuery = new WeakMap<pg.Pool, (sql: string) => Promise<unknown>>();

/** The database cannot keep this write (or answer) now; told plainly to the person, logged with the reason. */
function unavailable(error: unknown, what: string): StoreUnavailableError {
  const code = (error as { code?: string }).code;
  return new StoreUnavailableError(`PostgreSQL store: ${what}`, { cause: error, reason: code ?? 'connection' });
}

/**
 * Runs `work`, trying again with exponential backoff (50 ms doubling to 1 s, with jitter) while
 * the connection is lost or refused, for at most the pool's reconnect budget. Only errors where
 * the statement surely did not take effect are retried: a transaction that lost its connection
 * before COMMIT was rolled back by the server.
 */
export async function withReconnect<T>(pool: pg.Pool, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + (reconnectBudget.get(pool) ?? 0);
  let delay = 50;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      if ((error as { code?: string }).code === '57014') throw unavailable(error, 'statement cancelled (statement_timeout)');
      if (!isConnectionError(error)) throw error;
      if (Date.now() + delay > deadline) throw unavailable(error, `the database cannot be reached (${(error as Error).message})`);
      await new Promise((resolve) => setTimeout(resolve, delay * (0.5 + Math.random() / 2)));
      delay = Math.min(delay * 2, 1000);
    }
  }
}

/**
 * A pool whose sessions use the given schema, UTC and a statement timeout. Connections that die
 * (backend terminated, server restarted) never crash the process: idle and checked-out clients
 * have 'error' handlers, and every query is tried again while the database comes back.
 */
export function createPool(options: PoolOptions): pg.Pool {
  const settings = ['-c TimeZone=UTC'];
  if (options.schema) settings.push(`-c search_path=${checkSchemaName(options.schema)}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    options: settings.join(' '),
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    application_name: options.applicationName ?? (options.schema ? `palier/${options.schema}` : 'palier'),
    keepAlive: true,
  });
  // An idle client losing its connection must not crash the process; the pool drops it and the next query reconnects.
  pool.on('error', () => undefined);
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  directQuery.set(pool, (sql) => query(sql));
  reconnectBudget.set(pool, options.reconnectMs ?? 8_000);
  // Every promise-style query goes through withReconnect (the statements the repositories run are idempotent).
  pool.query = ((...args: unknown[]) => (typeof args.at(-1) === 'function' ? query(...args) : withReconnect(pool, () => query(...args)))) as typeof pool.query;
  return pool;
}

/** One try of a trivial query, for /healthz: fails fast (connect timeout) when the database is away. */
export async function pingPool(pool: pg.Pool): Promise<void> {
  try {
    await (directQuery.get(pool) ?? ((sql: string) => pool.query(sql)))('SELECT 1');
  } catch (error) {
    throw unavailable(error, `the database does not answer (${(error as Error).message})`);
  }
}

/** Runs `work` in a transaction on one connection: committed if it resolves, rolled back if it throws; tried again if the connection is lost before COMMIT. */
export function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withReconnect(pool, () => transactionOnce(pool, work));
}

async function transactionOnce<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A checked-out client has no listener of the pool's: without this one, a terminated backend would crash the process.
  const onError = (error: Error) => (broken = error);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    try {
      await client.query('COMMIT');
    } catch (error) {
      // The server may or may not have committed: never try again (it could be written twice).
      if (isConnectionError(error)) {
        broken = error as Error;
        throw unavailable(error, 'the connection was lost during COMMIT');
      }
      throw error;
    }
    return result;
  } catch (error) {
    if (!broken) await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.off('error', onError);
    // A connection that broke or could not roll back is thrown away rather than reused.
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
