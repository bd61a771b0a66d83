// The embedded default Store: lowdb JSON files in one data folder, for one process.
import { access, constants, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  EtagConflictError,
  type Account,
  type Announcement,
  type AnnouncementRepository,
  type AccountRepository,
  type AuditEntry,
  type BotStateRepository,
  type LogRepository,
  type ProcedureFeedback,
  type Resident,
  type ResidentRepository,
  type StateItem,
  type Store,
  type SurveyResponse,
  type SurveyResponseRepository,
  type UnansweredQuestion,
} from '../types.js';
import { openEventTables } from './events-tables.js';
import { openNeedsTable } from './needs-table.js';
import { openOutboxTable } from './outbox-table.js';
import { recordRepository } from './records.js';
import { hashShards, ShardedTable } from './sharded-table.js';

export interface LowdbStoreOptions {
  dataDir: string;
  /** How many files bot state is spread over; more files, smaller writes. */
  stateShards?: number;
  residentShards?: number;
  /** How long a waitlist offer holds the seats before passing to the next. */
  waitlistOfferHours?: number;
}

const copy = <T>(value: T): T => structuredClone(value);

/** Records dated by createdAt go to one file per month (questions/2026-11.json). */
const byMonth = <T extends { createdAt: string }>(_key: string, value: T) => value.createdAt.slice(0, 7);

function logRepository<T extends { id: string; createdAt: string }>(table: ShardedTable<T>): LogRepository<T> {
  return {
    async add(record) {
      await table.put(record.id, copy(record));
    },
    async list(filter = {}) {
      return [...table.values()]
        .filter((r) => (!filter.from || r.createdAt >= filter.from) && (!filter.to || r.createdAt < filter.to))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map(copy);
    },
  };
}

/**
 * Opens (creating if needed) a data folder. Layout: residents/ and state/ hold sharded files.
 * One process only: lowdb has no locking between processes.
 */
export async function openLowdbStore(options: LowdbStoreOptions): Promise<Store> {
  const { dataDir } = options;
  await mkdir(dataDir, { recursive: true });
  // Many small files: with 100,000 residents a write still rewrites only about a hundred records.
  const residents = new ShardedTable<Resident>(join(dataDir, 'residents'), hashShards(options.residentShards ?? 1024));
  const state = new ShardedTable<StateItem>(join(dataDir, 'state'), hashShards(options.stateShards ?? 2048));
  const questions = new ShardedTable<UnansweredQuestion>(join(dataDir, 'questions'), byMonth);
  const feedback = new ShardedTable<ProcedureFeedback>(join(dataDir, 'feedback'), byMonth);
  const surveyResponses = new ShardedTable<SurveyResponse>(join(dataDir, 'surveys'), (_key, r) => `${r.surveyId}-${hashShards(16)(r.residentId)}`);
  const accounts = new ShardedTable<Account>(join(dataDir, 'accounts'), () => 'accounts');
  const audit = new ShardedTable<AuditEntry>(join(dataDir, 'audit'), byMonth);
  const announcements = new ShardedTable<Announcement>(join(dataDir, 'announcements'), byMonth);
  const tables: Pick<ShardedTable<unknown>, 'open' | 'flush'>[] = [residents, state, questions, feedback, surveyResponses, accounts, audit, announcements];
  await Promise.all(tables.map((t) => t.open()));
  const needs = await openNeedsTable(dataDir);
  const events = await openEventTables(dataDir, options.waitlistOfferHours ?? 24);
  const outbox = await openOutboxTable(dataDir);
  tables.push(needs.table, outbox.table, ...events.tables);

  const residentRepository: ResidentRepository = {
    async get(id) {
      const resident = residents.get(id);
      return resident && copy(resident);
    },
    async save(resident) {
      await residents.put(resident.id, copy(resident));
    },
    async subscribed() {
      return [...residents.values()].filter((r) => r.subscription && !r.unreachableSince).map(copy);
    },
    async consulted() {
      return [...residents.values()].filter((r) => r.consents.some((c) => c.purpose === 'consultations') && !r.unreachableSince).map(copy);
    },
    async delete(id) {
      await residents.delete(id);
    },
  };

  let eTagCounter = Date.now();
  const botState: BotStateRepository = {
    async read(keys) {
      const items: Record<string, StateItem> = {};
      for (const key of keys) {
        const item = state.get(key);
        if (item) items[key] = copy(item);
      }
      return items;
    },
    async write(items) {
      const entries = Object.entries(items);
      // Check every eTag before writing anything, as the SDK's storages do.
      for (const [key, item] of entries) {
        const stored = state.get(key);
        if (stored && item.eTag && item.eTag !== '*' && item.eTag !== stored.eTag) throw new EtagConflictError(key);
      }
      await Promise.all(entries.map(([key, item]) => state.put(key, { ...copy(item), eTag: String(++eTagCounter) })));
    },
    async delete(keys) {
      await Promise.all(keys.map((key) => state.delete(key)));
    },
  };

  const surveyResponseRepository: SurveyResponseRepository = {
    async get(surveyId, residentId) {
      const response = surveyResponses.get(`${surveyId}:${residentId}`);
      return response && copy(response);
    },
    async save(response) {
      await surveyResponses.put(response.id, copy(response));
    },
    async bySurvey(surveyId) {
      return [...surveyResponses.values()].filter((r) => r.surveyId === surveyId).map(copy);
    },
    async deleteByResident(residentId) {
      const mine = [...surveyResponses.values()].filter((r) => r.residentId === residentId);
      await Promise.all(mine.map((r) => surveyResponses.delete(r.id)));
      return mine.length;
    },
  };

  const accountRepository: AccountRepository = {
    async byPrefix(prefix) {
      const account = [...accounts.values()].find((a) => a.keyPrefix === prefix);
      return account && copy(account);
    },
    async list() {
      return [...accounts.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(copy);
    },
    async save(account) {
      await accounts.put(account.id, copy(account));
    },
  };

  const announcementRecords = recordRepository(announcements);
  const announcementRepository: AnnouncementRepository = {
    create: announcementRecords.create,
    get: announcementRecords.get,
    update: announcementRecords.update,
    async list(filter = {}) {
      return announcementRecords.select(
        (a) => (!filter.status || a.status === filter.status) && (!filter.authorAccountId || a.author.accountId === filter.authorAccountId),
        (a, b) => b.createdAt.localeCompare(a.createdAt),
      );
    },
  };

  return {
    residents: residentRepository,
    announcements: announcementRepository,
    accounts: accountRepository,
    audit: logRepository(audit),
    surveyResponses: surveyResponseRepository,
    botState,
    needs: needs.repository,
    outbox: outbox.repository,
    events: events.events,
    registrations: events.registrations,
    questions: logRepository(questions),
    feedback: logRepository(feedback),
    async ping() {
      await access(dataDir, constants.R_OK | constants.W_OK);
    },
    async flush() {
      await Promise.all(tables.map((t) => t.flush()));
    },
    async close() {
      await Promise.all(tables.map((t) => t.flush()));
    },
  };
}
