// Needs on PostgreSQL: receipt numbers from a per-year counter row, taken in the same transaction as the insert.
import type pg from 'pg';
import type { Need, NeedRepository } from '../types.js';
import { newNeed } from '../../needs/new-need.js';
import { conditions, inTransaction } from './db.js';
import { tables } from './tables.js';

const needs = tables.needs;

/**
 * B-2026-0042: the year's counter row is incremented with `INSERT … ON CONFLICT DO UPDATE …
 * RETURNING` in the transaction that inserts the need, so numbers are unique across instances
 * (the row lock orders them) and gap-free (a failed insert rolls the increment back).
 */
export function postgresNeeds(pool: pg.Pool): NeedRepository {
  /** Changes one need under a row lock; `change` returns the new need, or undefined to leave it. */
  const modify = <R>(id: string, change: (need: Need) => { need?: Need; result: R }, missing: R) =>
    inTransaction(pool, async (client) => {
      const need = await needs.get(client, id, true);
      if (!need) return missing;
      const outcome = change(need);
      if (outcome.need) await needs.put(client, outcome.need);
      return outcome.result;
    });

  return {
    async create(fields, at, residentChange) {
      const year = at.getUTCFullYear();
      return inTransaction(pool, async (client) => {
        const counter = await client.query<{ last: number }>(
          `INSERT INTO receipt_counters (year, last) VALUES ($1, 1)
           ON CONFLICT (year) DO UPDATE SET last = receipt_counters.last + 1 RETURNING last`,
          [year],
        );
        const number = counter.rows[0]!.last;
        const need = newNeed(fields, number, at);
        await needs.insert(client, need);
        // The resident's change commits with the need, or neither does.
        if (residentChange) {
          const stored = (await tables.residents.get(client, residentChange.resident.id, true)) ?? structuredClone(residentChange.resident);
          const changed = residentChange.change(stored, structuredClone(need));
          if (changed !== stored) await tables.residents.put(client, changed);
        }
        return structuredClone(need);
      });
    },
    get: (id) => needs.get(pool, id),
    byResident: (residentId) => needs.select(pool, 'resident_id = $1', [residentId], 'created_at, seq'),
    async list(filter = {}) {
      const { add, where, params } = conditions();
      if (filter.from) add('created_at >= ?', filter.from);
      if (filter.to) add('created_at < ?', filter.to);
      if (filter.status) add('status = ?', filter.status);
      if (filter.type) add('type = ?', filter.type);
      return needs.select(pool, where(), params, 'created_at, seq');
    },
    async update(id, patch) {
      const [updated] = await needs.patch(pool, 'id = $1', [id], patch);
      return updated;
    },
    publish: (id, published) =>
      modify(id, (need) => {
        const updated = { ...need, published: structuredClone(published), supporters: need.supporters ?? [] };
        return { need: updated, result: structuredClone(updated) as Need | undefined };
      }, undefined),
    published: (site) =>
      needs.select(pool, `published_at IS NOT NULL AND ($1::text IS NULL OR site IS NULL OR site = '' OR site = $1)`, [site ?? null], 'published_at DESC, seq'),
    support: (id, residentId) =>
      modify(id, (need): { need?: Need; result: { added: boolean; count: number } | undefined } => {
        if (!need.published) return { result: undefined };
        const supporters = need.supporters ?? [];
        if (supporters.includes(residentId)) return { result: { added: false, count: supporters.length } };
        return { need: { ...need, supporters: [...supporters, residentId] }, result: { added: true, count: supporters.length + 1 } };
      }, undefined),
    deleteByResident: (residentId) =>
      inTransaction(pool, async (client) => {
        const deleted = await needs.delete(client, 'resident_id = $1', [residentId]);
        await client.query(
          `UPDATE needs SET data = jsonb_set(data, '{supporters}',
             (SELECT coalesce(jsonb_agg(s ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(data->'supporters') WITH ORDINALITY AS e(s, n) WHERE s <> to_jsonb($1::text)))
           WHERE data->'supporters' ? $1`,
          [residentId],
        );
        return deleted;
      }),
  };
}
