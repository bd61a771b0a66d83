// Copies records into PostgreSQL exactly as they are (ids, receipts, statuses, times), skipping those already there.
import type pg from 'pg';
import type { Photo, StateItem } from '../types.js';
import { createPool, inTransaction } from './db.js';
import { tables } from './tables.js';

/** The collections an import fills, named as the Store's repositories. */
export type ImportCollection = keyof typeof tables;

export interface PostgresImporter {
  /** Inserts the records whose id is not stored yet (never changes a stored one); returns how many it inserted. */
  copy<C extends ImportCollection>(collection: C, records: readonly Parameters<(typeof tables)[C]['insert']>[1][]): Promise<number>;
  /** Inserts a photo (description and bytes) if its id is not stored yet; returns 1 if it inserted it, else 0. */
  copyPhoto(photo: Photo, data: Uint8Array): Promise<number>;
  /** Inserts bot state items not stored yet, keeping their eTags; returns how many it inserted. */
  copyBotState(items: Record<string, StateItem>): Promise<number>;
  /**
   * Raises each year's receipt counter to the highest receipt stored or counted by the source
   * (never lowers it), the registration sequence to the source's registration counter, and the
   * eTag sequence above every stored numeric eTag, so new numbers never repeat numbers the source
   * gave, even to records deleted before the copy.
   */
  syncCounters(source?: SourceCounters): Promise<void>;
  close(): Promise<void>;
}

/** The last numbers the source store gave: receipts per year, and registrations. */
export interface SourceCounters {
  receipts?: Record<number, number>;
  registrations?: number;
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
    async copyPhoto(photo, data) {
      const result = await pool.query(
        `INSERT INTO photos (id, resident_id, content_type, size, created_at, data) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [photo.id, photo.residentId, photo.contentType, photo.size, photo.createdAt, Buffer.from(data)],
      );
      return result.rowCount ?? 0;
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
    async syncCounters(source = {}) {
      await inTransaction(pool, async (client) => {
        for (const [year, last] of Object.entries(source.receipts ?? {})) {
          await client.query(
            `INSERT INTO receipt_counters (year, last) VALUES ($1, $2)
             ON CONFLICT (year) DO UPDATE SET last = greatest(receipt_counters.last, EXCLUDED.last)`,
            [Number(year), last],
          );
        }
        if (source.registrations) {
          // setval(n) makes the next nextval n + 1; never moved back.
          await client.query(
            `SELECT setval('registration_numbers'::regclass, $1::bigint)
             WHERE $1::bigint > (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM registration_numbers)`,
            [source.registrations],
          );
        }
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
