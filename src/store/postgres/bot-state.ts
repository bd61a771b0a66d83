// Bot state on PostgreSQL: one row per key with an eTag from a sequence, optimistic concurrency in SQL.
import type pg from 'pg';
import { EtagConflictError, STATE_OWNER, type BotStateRepository, type StateItem } from '../types.js';
import { inTransaction } from './db.js';

/**
 * Every write gives the row a new eTag (the next value of bot_state_etag_seq, unique across every
 * instance). A write carrying an eTag only replaces the row while it still has that eTag
 * (`UPDATE … WHERE etag = $`), or creates it when there is none (`INSERT … ON CONFLICT DO
 * NOTHING`); otherwise another instance wrote first and the whole write is rolled back with
 * EtagConflictError. No eTag, or "*", overwrites whatever is stored.
 */
export function postgresBotState(pool: pg.Pool): BotStateRepository {
  return {
    async read(keys) {
      if (keys.length === 0) return {};
      const result = await pool.query<{ key: string; etag: string; data: StateItem }>('SELECT key, etag, data FROM bot_state WHERE key = ANY($1::text[])', [keys]);
      const byKey = new Map(result.rows.map((r) => [r.key, { ...r.data, eTag: r.etag }]));
      const items: Record<string, StateItem> = {};
      for (const key of keys) {
        const item = byKey.get(key);
        if (item) items[key] = item;
      }
      return items;
    },

    async write(items) {
      // Keys in a fixed order, so two instances writing the same keys cannot deadlock.
      const entries = Object.entries(items).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (entries.length === 0) return;
      await inTransaction(pool, async (client) => {
        for (const [key, item] of entries) {
          const { eTag, ...fields } = item;
          const data = JSON.stringify(fields);
          if (!eTag || eTag === '*') {
            await client.query(
              `INSERT INTO bot_state (key, etag, data) VALUES ($1, nextval('bot_state_etag_seq')::text, $2::jsonb)
               ON CONFLICT (key) DO UPDATE SET etag = EXCLUDED.etag, data = EXCLUDED.data`,
              [key, data],
            );
            continue;
          }
          const updated = await client.query(`UPDATE bot_state SET etag = nextval('bot_state_etag_seq')::text, data = $2::jsonb WHERE key = $1 AND etag = $3`, [key, data, eTag]);
          if (updated.rowCount === 1) continue;
          const inserted = await client.query(
            `INSERT INTO bot_state (key, etag, data) VALUES ($1, nextval('bot_state_etag_seq')::text, $2::jsonb) ON CONFLICT (key) DO NOTHING`,
            [key, data],
          );
          if (inserted.rowCount !== 1) throw new EtagConflictError(key);
        }
      });
    },

    async delete(keys) {
      if (keys.length > 0) await pool.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
    },

    async deleteOwnedBy(residentId) {
      // A lookup in bot_state_owner_idx (migration 1796310000000): the WHERE must stay this expression for the index to serve it.
      const result = await pool.query(`DELETE FROM bot_state WHERE data->>'${STATE_OWNER}' = $1`, [residentId]);
      return result.rowCount ?? 0;
    },
  };
}
