// The PostgreSQL Store: every repository on one connection pool, for several instances on one database.
import type { Store } from '../types.js';
import { postgresBotState } from './bot-state.js';
import { createPool, pingPool, type PoolOptions } from './db.js';
import { postgresEvents, postgresRegistrations } from './events.js';
import { postgresNeeds } from './needs.js';
import { postgresOutbox } from './outbox.js';
import { postgresPhotos } from './photos.js';
import { postgresAccounts, postgresAnnouncements, postgresLog, postgresResidents, postgresSurveyResponses } from './records.js';
import { postgresSurveys } from './surveys.js';
import { tables } from './tables.js';

/** Where the store's database is, and how many connections it may open. */
export interface PostgresStoreOptions {
  /** postgres://user:password@host:5432/database */
  connectionString: string;
  /** Schema holding the tables (migrated beforehand); default: the connection's (public). */
  schema?: string;
  /** Most connections this instance opens (default 10). */
  poolSize?: number;
  /** How long a waitlist offer holds the seats before passing to the next. */
  waitlistOfferHours?: number;
  /** Statement timeout, connect timeout, how long to keep trying while the database is away, application name. */
  resilience?: Pick<PoolOptions, 'statementTimeoutMs' | 'connectTimeoutMs' | 'reconnectMs' | 'applicationName'>;
}

/**
 * Opens a Store on a migrated PostgreSQL database (see migrate()). Unlike lowdb, any number of
 * instances may share the database: bot state uses eTags, receipts a counter row, registrations
 * lock their event row, and outbox claims skip rows another worker holds. Every write is
 * committed when its promise resolves, so flush() has nothing to wait for. Rejects if the
 * database cannot be reached.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = createPool({ connectionString: options.connectionString, schema: options.schema, max: options.poolSize, ...options.resilience });
  try {
    await pool.query('SELECT 1 FROM bot_state LIMIT 0');
  } catch (error) {
    await pool.end();
    throw new Error(`PostgreSQL store: cannot open (${(error as Error).message}); has the database been migrated (npm run migrate)?`);
  }
  let closed: Promise<void> | undefined;
  return {
    residents: postgresResidents(pool),
    botState: postgresBotState(pool),
    needs: postgresNeeds(pool),
    photos: postgresPhotos(pool),
    surveyResponses: postgresSurveyResponses(pool),
    surveys: postgresSurveys(pool),
    events: postgresEvents(pool),
    registrations: postgresRegistrations(pool, options.waitlistOfferHours ?? 24),
    announcements: postgresAnnouncements(pool),
    outbox: postgresOutbox(pool),
    accounts: postgresAccounts(pool),
    questions: postgresLog(pool, tables.questions),
    audit: postgresLog(pool, tables.audit),
    feedback: postgresLog(pool, tables.feedback),
    ping: () => pingPool(pool),
    async flush() {
      // Each write is committed before its promise resolves.
    },
    close() {
      closed ??= pool.end();
      return closed;
    },
  };
}
