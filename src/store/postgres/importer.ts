// Copies records into PostgreSQL exactly as they are (ids, receipts, statuses, times), skipping those already there.
import type pg from 'pg';
import type { StateItem } from '../types.js';
import { createPool, inTransaction } from './db.js';
import { tables } from './tables.js';

/** The collections an import fills, named as the Store's repositories. */
export type ImportCollection = keyof typeof tables;

export interface PostgresImporter {
  /** Inserts the records whose id is not stored yet (never changes a stored one); returns how many it inserted. */
  copy<C extends ImportCollection>(collection: C, records: readonly Parameters<(typeof tables)[C]['insert']>[1][]): Promise<number>;
  /** Inserts bot state items not stored yet, keeping their eTags; returns how many it inserted. */
  copyBotState(items: Record<string, StateItem>): Promise<number>;
  /**
   * Raises each year's receipt counter to the highest receipt stored (never lowers it), and the
   * eTag sequence above every stored numeric eTag, so new numbers never repeat copied ones.
   */
  syncCounters(): Promise<void>;
  close(): Promise<void>;
}

/** Opens an importer on a migrated database. */
export function openPostgresImporter(options: { connectionString: string; schema?: string }): PostgresImporter {
  const pool: pg.Pool = createPool({ ...options, max: 2 });
  return {
    async copy(collection, records) {
      let inserted = 0;
      // Batches keep each statement's JSON parameter small.
      for (let i = 0; i < records.length; i += 500) inserted += await tables[collection].insertNew(pool, records.slice(i, i + 500) as never[]);
      return inserted;
    },
    async copyBotState(items) {
      let inserted = 0;
      for (const [key, { eTag, ...fields }] of Object.entries(items)) {
        const result = await pool.query(
          `INSERT INTO bot_state (key, etag, data) VALUES ($1, coalesce($2, nextval('bot_state_etag_seq')::text), $3::jsonb) ON CONFLICT (key) DO NOTHING`,
          [key, eTag && eTag !== '*' ? eTag : null, JSON.stringify(fields)],
        );
        inserted += result.rowCount ?? 0;
      }
      return inserted;
    },
    async syncCounters() {
      await inTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO receipt_counters (year, last)
           SELECT substring(receipt from '^B-(\\d{4})-')::integer, max(substring(receipt from '^B-\\d{4}-(\\d+)$')::integer)
           FROM needs WHERE receipt ~ '^B-\\d{4}-\\d+$' GROUP BY 1
           ON CONFLICT (year) DO UPDATE SET last = greatest(receipt_counters.last, EXCLUDED.last)`,
        );
        await client.query(
          `SELECT setval('bot_state_etag_seq'::regclass, m) FROM (SELECT max(etag::bigint) AS m FROM bot_state WHERE etag ~ '^\\d{1,18}$') AS s
           WHERE m IS NOT NULL AND m > (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM bot_state_etag_seq)`,
        );
      });
    },
    close: () => pool.end(),
  };
}
