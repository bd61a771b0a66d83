// Needs on lowdb: files of at most 100 needs in creation order, so a write's cost does not grow with the data.
import { join } from 'node:path';
import type { Need, NeedRepository, NewNeed, Resident, ResidentChange } from '../types.js';
import { newNeed } from '../../needs/new-need.js';
import type { Counters } from './counters.js';
import { monthlyFiles, ShardedTable, type TableOptions } from './sharded-table.js';
import { copy } from './copy.js';

const PER_FILE = 100;

/**
 * needs/2026-11-000.json holds November 2026's first 100 needs, 2026-11-001.json the next 100...
 * Receipt numbers (B-2026-0042) count per year in a persistent counter (counters.ts), written
 * before the need: deleting needs never lowers it, so a number is never given twice. Needs stored
 * before the counter existed raise it at start.
 */
export async function openNeedsTable(
  dataDir: string,
  counters: Counters,
  tableOptions: TableOptions = {},
  residents?: ShardedTable<Resident>,
): Promise<{ repository: NeedRepository; table: ShardedTable<Need> }> {
  const files = monthlyFiles<Need>(PER_FILE);
  const table = new ShardedTable<Need>(join(dataDir, 'needs'), files.shardFor, tableOptions);
  await table.open();
  const counterOf = (year: string | number) => `receipt-${year}`;
  // Each resident's need ids, so "my needs" does not read all 100,000: ids of needs deleted or refused stay until
  // the next start, and are skipped when read.
  const idsOf = new Map<string, Set<string>>();
  const index = (need: Need) => {
    const ids = idsOf.get(need.residentId);
    if (ids) ids.add(need.id);
    else idsOf.set(need.residentId, new Set([need.id]));
  };
  // Ideas published to residents (a few among 100,000 needs), read on each "ideas near me"; kept the same way.
  const publishedIds = new Set<string>();
  for (const need of table.values()) {
    files.loaded(need);
    index(need);
    if (need.published) publishedIds.add(need.id);
    const [, year, n] = /^B-(\d{4})-(\d+)$/.exec(need.receipt) ?? [];
    if (year && n) counters.atLeast(counterOf(year), Number(n));
  }
  const byResident = (residentId: string) => [...(idsOf.get(residentId) ?? [])].map((id) => table.get(id)).filter((n): n is Need => n?.residentId === residentId);

  const repository: NeedRepository = {
    async create(fields: NewNeed, at: Date, residentChange?: ResidentChange) {
      const number = await counters.next(counterOf(at.getUTCFullYear()));
      const need = newNeed(fields, number, at);
      index(need);
      const stored = residentChange && residents ? copy(residents.get(residentChange.resident.id) ?? residentChange.resident) : undefined;
      const changed = stored && residentChange!.change(stored, copy(need));
      if (!residents || !stored || !changed || changed === stored) {
        await table.put(need.id, need);
        return copy(need);
      }
      // Both files are written at the same time (one wait for the disk, not two in a row); when one is refused, the other is undone.
      const before = residents.get(stored.id);
      const [needWrite, residentWrite] = await Promise.allSettled([table.put(need.id, need), residents.put(changed.id, copy(changed))]);
      if (needWrite.status === 'fulfilled' && residentWrite.status === 'fulfilled') return copy(need);
      if (needWrite.status === 'fulfilled') await table.delete(need.id).catch(() => undefined);
      if (residentWrite.status === 'fulfilled') await (before ? residents.put(stored.id, before) : residents.delete(stored.id)).catch(() => undefined);
      throw needWrite.status === 'rejected' ? needWrite.reason : (residentWrite as PromiseRejectedResult).reason;
    },
    async get(id) {
      const need = table.get(id);
      return need && copy(need);
    },
    async byResident(residentId) {
      return byResident(residentId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(copy);
    },
    async list(filter = {}) {
      return [...table.values()]
        .filter(
          (n) =>
            (!filter.from || n.createdAt >= filter.from) &&
            (!filter.to || n.createdAt < filter.to) &&
            (!filter.status || n.status === filter.status) &&
            (!filter.type || n.type === filter.type),
        )
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map(copy);
    },
    async update(id, patch) {
      const need = table.get(id);
      if (!need) return undefined;
      const updated = { ...need, ...copy(patch) };
      await table.put(id, updated);
      return copy(updated);
    },
    async publish(id, published) {
      const need = table.get(id);
      if (!need) return undefined;
      const updated = { ...need, published: copy(published), supporters: need.supporters ?? [] };
      publishedIds.add(id);
      await table.put(id, updated);
      return copy(updated);
    },
    async published(site) {
      return [...publishedIds]
        .map((id) => table.get(id))
        .filter((n): n is Need => !!n?.published && (!site || !n.site || n.site === site)).sort((a, b) => b.published!.at.localeCompare(a.published!.at)).map(copy);
    },
    async support(id, residentId) {
      const need = table.get(id);
      if (!need?.published) return undefined;
      const supporters = need.supporters ?? [];
      if (supporters.includes(residentId)) return { added: false, count: supporters.length };
      const updated = { ...need, supporters: [...supporters, residentId] };
      await table.put(id, updated);
      return { added: true, count: updated.supporters.length };
    },
    async deleteByResident(residentId) {
      const mine = byResident(residentId);
      const supported = [...publishedIds].map((id) => table.get(id)).filter((n): n is Need => !!n && n.residentId !== residentId && !!n.supporters?.includes(residentId));
      await Promise.all([
        ...mine.map((n) => table.delete(n.id)),
        ...supported.map((n) => table.put(n.id, { ...n, supporters: n.supporters!.filter((r) => r !== residentId) })),
      ]);
      return mine.length;
    },
  };
  return { repository, table };
}
