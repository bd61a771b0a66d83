// The outbox on PostgreSQL: several workers share the queue, claims taken with FOR UPDATE SKIP LOCKED.
import type pg from 'pg';
import type { Language } from '../../config.js';
import type { OutboxMessage, OutboxRepository, OutboxStatus } from '../types.js';
import { tables } from './tables.js';

const outbox = tables.outbox;
const emptyCounts = (): Record<OutboxStatus, number> => ({ pending: 0, sending: 0, sent: 0, failed: 0, unreachable: 0 });

/**
 * A claim is one statement: it locks due pending rows, skipping rows another worker is claiming
 * at that moment (`FOR UPDATE SKIP LOCKED`), and marks them 'sending' before committing, so each
 * message goes to exactly one worker of any instance. Due times are compared as instants.
 * Claims take messages in the order they became pending (the `queued` column, kept by a trigger).
 */
export function postgresOutbox(pool: pg.Pool): OutboxRepository {
  return {
    async add(messages) {
      await outbox.insertNew(pool, messages);
    },

    async claimDue(at, limit) {
      if (limit <= 0) return [];
      const result = await pool.query<{ queued: string; data: OutboxMessage }>(
        `WITH due AS (
           SELECT id FROM outbox
           WHERE status = 'pending' AND (not_before IS NULL OR not_before <= $1) AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
           ORDER BY queued LIMIT $2
           FOR UPDATE SKIP LOCKED
         )
         UPDATE outbox SET status = 'sending', data = outbox.data || jsonb_build_object('status', 'sending', 'updatedAt', $3::text)
         FROM due WHERE outbox.id = due.id
         RETURNING outbox.queued, outbox.data`,
        [at, limit, at.toISOString()],
      );
      return result.rows.sort((a, b) => Number(a.queued) - Number(b.queued)).map((r) => r.data);
    },

    async recoverInterrupted(at) {
      return (await outbox.patch(pool, `status = 'sending'`, [], { status: 'pending', updatedAt: at.toISOString() })).length;
    },

    async update(id, patch, ifStatus) {
      const changed = ifStatus === undefined ? await outbox.patch(pool, 'id = $1', [id], patch) : await outbox.patch(pool, 'id = $1 AND status = $2', [id, ifStatus], patch);
      return changed.length > 0;
    },

    async cancelForResident(residentId, status, at) {
      return (await outbox.patch(pool, `resident_id = $1 AND status IN ('pending', 'sending')`, [residentId], { status, updatedAt: at.toISOString() })).length;
    },

    async countsByRef(ref) {
      const result =
        ref === undefined
          ? await pool.query<{ status: OutboxStatus; n: string }>('SELECT status, count(*) AS n FROM outbox GROUP BY status')
          : await pool.query<{ status: OutboxStatus; n: string }>('SELECT status, count(*) AS n FROM outbox WHERE ref = $1 GROUP BY status', [ref]);
      const counts = emptyCounts();
      for (const row of result.rows) counts[row.status] = Number(row.n);
      return counts;
    },

    async countsByLanguage(ref) {
      const result = await pool.query<{ language: Language; status: OutboxStatus; n: string }>(
        `SELECT data->>'language' AS language, status, count(*) AS n FROM outbox WHERE ref = $1 GROUP BY 1, 2`,
        [ref],
      );
      const byLanguage: Partial<Record<Language, Record<OutboxStatus, number>>> = {};
      for (const row of result.rows) (byLanguage[row.language] ??= emptyCounts())[row.status] = Number(row.n);
      return byLanguage;
    },

    async list(filter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.ref) where.push(`ref = $${params.push(filter.ref)}`);
      if (filter.status) where.push(`status = $${params.push(filter.status)}`);
      return outbox.select(pool, where.join(' AND ') || 'true', params, 'created_at, id');
    },

    deleteByResident: (residentId) => outbox.delete(pool, 'resident_id = $1', [residentId]),
  };
}
