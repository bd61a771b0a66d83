// The outbox on lowdb: files of at most 200 messages by creation month; claims are taken in memory before any await.
import { join } from 'node:path';
import type { Language } from '../../config.js';
import type { OutboxMessage, OutboxRepository, OutboxStatus } from '../types.js';
import { monthlyFiles, ShardedTable, type TableOptions } from './sharded-table.js';
import { copy } from './copy.js';

const PER_FILE = 200;
const emptyCounts = (): Record<OutboxStatus, number> => ({ pending: 0, sending: 0, sent: 0, failed: 0, unreachable: 0 });
/** Times are compared as instants: "…T10:00:00Z" and "…T10:00:00.000Z" are the same time, not the same string. */
const due = (iso: string | undefined, at: number) => iso === undefined || Date.parse(iso) <= at;

/**
 * outbox/2026-11-000.json holds the first 200 messages created in November 2026, and so on: a
 * broadcast's rows sit together, and a status change rewrites one file of 200 rows at most.
 * Two indexes kept in memory beside the table (rebuilt at start) keep the worker's calls cheap
 * with many sent rows: the ids of pending messages in the order they became pending (claims go
 * first in, first out), and each resident's message ids.
 */
export async function openOutboxTable(dataDir: string, tableOptions: TableOptions = {}): Promise<{ repository: OutboxRepository; table: ShardedTable<OutboxMessage> }> {
  const files = monthlyFiles<OutboxMessage>(PER_FILE);
  const table = new ShardedTable<OutboxMessage>(join(dataDir, 'outbox'), files.shardFor, tableOptions);
  await table.open();
  const pending = new Set<string>();
  const byResident = new Map<string, Set<string>>();

  const index = (message: OutboxMessage) => {
    pending.delete(message.id);
    if (message.status === 'pending') pending.add(message.id);
    let ids = byResident.get(message.residentId);
    if (!ids) byResident.set(message.residentId, (ids = new Set()));
    ids.add(message.id);
  };
  for (const message of table.values()) {
    files.loaded(message);
    index(message);
  }

  /** Changes memory and the indexes at once (no await before), then resolves when on disk. */
  const write = (message: OutboxMessage): Promise<void> => {
    index(message);
    return table.put(message.id, message);
  };
  const ofResident = (residentId: string) => [...(byResident.get(residentId) ?? [])].map((id) => table.get(id)!);

  const repository: OutboxRepository = {
    async add(messages) {
      const writes: Promise<void>[] = [];
      for (const message of messages) if (!table.has(message.id)) writes.push(write(copy(message)));
      await Promise.all(writes);
    },

    async claimDue(at, limit) {
      const now = at.getTime();
      const claimed: OutboxMessage[] = [];
      for (const id of pending) {
        if (claimed.length >= limit) break;
        const message = table.get(id)!;
        if (due(message.notBefore, now) && due(message.nextAttemptAt, now)) claimed.push({ ...message, status: 'sending', updatedAt: at.toISOString() });
      }
      // Every claimed row is 'sending' in memory before the first await: a claim running
      // concurrently no longer sees them as pending, so a message goes to one claimer only.
      await Promise.all(claimed.map(write));
      return claimed.map(copy);
    },

    async recoverInterrupted(at) {
      const interrupted = [...table.values()].filter((m) => m.status === 'sending');
      await Promise.all(interrupted.map((m) => write({ ...m, status: 'pending', updatedAt: at.toISOString() })));
      return interrupted.length;
    },

    async update(id, patch, ifStatus) {
      const message = table.get(id);
      if (!message || (ifStatus !== undefined && message.status !== ifStatus)) return false;
      await write({ ...message, ...copy(patch) });
      return true;
    },

    async cancelForResident(residentId, status, at) {
      const unsent = ofResident(residentId).filter((m) => m.status === 'pending' || m.status === 'sending');
      await Promise.all(unsent.map((m) => write({ ...m, status, updatedAt: at.toISOString() })));
      return unsent.length;
    },

    async countsByRef(ref) {
      const counts = emptyCounts();
      for (const message of table.values()) if (ref === undefined || message.ref === ref) counts[message.status]++;
      return counts;
    },

    async countsByLanguage(ref) {
      const byLanguage: Partial<Record<Language, Record<OutboxStatus, number>>> = {};
      for (const message of table.values()) if (message.ref === ref) (byLanguage[message.language] ??= emptyCounts())[message.status]++;
      return byLanguage;
    },

    async list(filter = {}) {
      return [...table.values()]
        .filter((m) => (!filter.ref || m.ref === filter.ref) && (!filter.status || m.status === filter.status))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map(copy);
    },

    async deleteByResident(residentId) {
      const mine = ofResident(residentId);
      byResident.delete(residentId);
      for (const m of mine) pending.delete(m.id);
      await Promise.all(mine.map((m) => table.delete(m.id)));
      return mine.length;
    },
  };
  return { repository, table };
}
