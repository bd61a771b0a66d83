// The embedded default Store: lowdb JSON files in one data folder, for one process.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  EtagConflictError,
  STATE_OWNER,
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
  type StoredSurvey,
  type SurveyResponse,
  type SurveyResponseRepository,
  type UnansweredQuestion,
} from '../types.js';
import { StoreUnavailableError, WriteHealth } from '../errors.js';
import { Counters } from './counters.js';
import { DurableJsonFile, realFileOps, type FileOps } from './durable-file.js';
import { openEventTables } from './events-tables.js';
import { DataFolderError, lockDataFolder, readOnlyMessage } from './folder-lock.js';
import { openNeedsTable } from './needs-table.js';
import { openOutboxTable } from './outbox-table.js';
import { openPhotosTable } from './photos-table.js';
import { recordRepository } from './records.js';
import { hashShards, ShardedTable } from './sharded-table.js';
import { StateLog } from './state-log.js';
import { lowdbSurveys } from './surveys-table.js';
import { copy } from './copy.js';

export interface LowdbStoreOptions {
  dataDir: string;
  /** Bot state's log is compacted past this many bytes (and twice the live state); tests make it small. */
  stateCompactBytes?: number;
  residentShards?: number;
  /** How long a waitlist offer holds the seats before passing to the next. */
  waitlistOfferHours?: number;
  /** The file operations under the tables; tests pass failing ones (full disk, read-only). */
  fs?: FileOps;
  /** Told once if the folder lock is taken away while the store is open (writes stop then). */
  onLockLost?: (error: Error) => void;
  /** How long the folder lock lives without a refresh (default 10 s; at least 2 s). */
  lockStaleMs?: number;
}

/** A health probe writes about as much as a table file, so a nearly full disk fails it too. */
const PROBE_BYTES = 64 * 1024;

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
    async replace(record) {
      await table.put(record.id, copy(record));
    },
    async delete(ids) {
      const stored = ids.filter((id) => table.has(id));
      await Promise.all(stored.map((id) => table.delete(id)));
      return stored.length;
    },
  };
}

/**
 * Opens (creating if needed) a data folder. Layout: residents/ holds sharded files, state/ bot state's log (state-log.ts).
 * One process only: the folder is locked while the store is open, and a second process (a
 * second bot, a command-line tool) is refused with DataFolderError saying who holds it. Every
 * write is fsynced before its promise resolves; a write the disk refuses (full, read-only)
 * rejects with StoreUnavailableError and leaves memory as the disk is.
 */
export async function openLowdbStore(options: LowdbStoreOptions): Promise<Store> {
  const { dataDir } = options;
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (['EROFS', 'EACCES', 'EPERM'].includes(code)) throw new DataFolderError(readOnlyMessage(dataDir, code), 'READ_ONLY');
    throw error;
  }
  const health = new WriteHealth();
  const lock = await lockDataFolder(
    dataDir,
    (error) => {
      health.lost = 'lock-lost';
      options.onLockLost?.(error);
    },
    { staleMs: options.lockStaleMs },
  );
  const fs = options.fs ?? realFileOps;
  // Every file write first checks that the folder is still ours: never a write over another process's.
  const tableOptions = { fs, health, beforeWrite: () => lock.verify() };
  const table = <T>(name: string, shardFor: (key: string, value: T) => string, options: { sync?: boolean; watch?: boolean } = {}) =>
    new ShardedTable<T>(join(dataDir, name), shardFor, { ...tableOptions, ...options });
  // Many small files: with 100,000 residents a write rewrites about 25 records (13 KB). A folder written with fewer
  // files keeps them: each record stays in the file it was read from, new ones go to the new files.
  const residents = table<Resident>('residents', hashShards(options.residentShards ?? 4096));
  const questions = table<UnansweredQuestion>('questions', byMonth);
  const feedback = table<ProcedureFeedback>('feedback', byMonth);
  const surveyResponses = table<SurveyResponse>('surveys', (_key, r) => `${r.surveyId}-${hashShards(16)(r.residentId)}`);
  const surveyDefinitions = table<StoredSurvey>('survey-definitions', () => 'surveys');
  // The accounts CLI may write this file while the bot runs (see accountRepository).
  const accounts = table<Account>('accounts', () => 'accounts', { watch: true });
  const audit = table<AuditEntry>('audit', byMonth);
  const announcements = table<Announcement>('announcements', byMonth);
  const sharded = [residents, questions, feedback, surveyResponses, surveyDefinitions, accounts, audit, announcements];
  const tables: { flush(): Promise<void> }[] = [...sharded];
  let opened;
  let state: StateLog;
  try {
    await Promise.all(sharded.map((t) => t.open()));
    // A conversation's current step changes every turn and confirms nothing to the resident: appended to a log,
    // not fsynced; it survives a crash of the process, and a power cut may ask the resident the last step again.
    state = await StateLog.open(join(dataDir, 'state'), { ...tableOptions, compactBytes: options.stateCompactBytes });
    const counters = await Counters.open(dataDir, tableOptions);
    opened = {
      counters,
      needs: await openNeedsTable(dataDir, counters, tableOptions, residents),
      events: await openEventTables(dataDir, options.waitlistOfferHours ?? 24, counters, tableOptions),
      outbox: await openOutboxTable(dataDir, tableOptions),
      photos: await openPhotosTable(dataDir, tableOptions),
    };
    tables.push(state, counters.files, opened.needs.table, opened.outbox.table, opened.photos.table, ...opened.events.tables);
  } catch (error) {
    await lock.release();
    throw error;
  }
  const { counters, needs, events, outbox, photos } = opened;
  const probe = new DurableJsonFile<string>(join(dataDir, '.healthz.json'), fs);

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
      // The JSON kept for the log is the copy's source: parsed once, never stringified again.
      for (const key of keys) {
        const entry = state.get(key);
        if (entry) items[key] = JSON.parse(entry.text) as StateItem;
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
      // Stringified once: the text goes to the log as it is, and is what a read parses.
      await Promise.all(
        entries.map(([key, item]) => {
          const eTag = String(++eTagCounter);
          return state.put(key, { text: JSON.stringify({ ...item, eTag }), eTag, owner: item[STATE_OWNER] });
        }),
      );
    },
    async delete(keys) {
      const stored = keys.filter((key) => state.get(key));
      await Promise.all(stored.map((key) => state.delete(key)));
      // Deleting a conversation's state is for erasing it (a resident's data, a failed turn): nothing of it stays in the log.
      if (stored.length) await state.compactNow();
    },
    async deleteOwnedBy(residentId) {
      const keys = [...state.entries()].filter(([, entry]) => entry.owner === residentId).map(([key]) => key);
      await Promise.all(keys.map((key) => state.delete(key)));
      // Their states' earlier lines are still in the log: rewritten without them before saying it is done.
      if (keys.length) await state.compactNow();
      return keys.length;
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

  // Accounts may be changed by another process (the accounts CLI): each lookup first picks up its writes.
  const accountRepository: AccountRepository = {
    async byPrefix(prefix) {
      await accounts.refresh();
      const account = [...accounts.values()].find((a) => a.keyPrefix === prefix);
      return account && copy(account);
    },
    async list() {
      await accounts.refresh();
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
    surveys: lowdbSurveys(surveyDefinitions),
    botState,
    needs: needs.repository,
    photos: photos.repository,
    outbox: outbox.repository,
    events: events.events,
    registrations: events.registrations,
    questions: logRepository(questions),
    feedback: logRepository(feedback),
    async ping() {
      // A lost lock is for good: say so before touching the folder.
      try {
        await lock.verify();
      } catch (error) {
        throw new StoreUnavailableError(`lowdb store: writes stopped (${(error as Error).message})`, { cause: error, reason: 'lock-lost' });
      }
      // Writes a table-sized file, durably: a full or read-only disk fails here as real writes would.
      try {
        await probe.write('x'.repeat(PROBE_BYTES));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? 'unknown';
        health.failed(reason);
        throw new StoreUnavailableError(`lowdb store: cannot write in ${dataDir} (${reason})`, { cause: error, reason });
      }
      // The disk takes a table-sized write again: earlier failures are over (a lost lock is not).
      health.succeeded();
      const failing = health.failing();
      if (failing) throw new StoreUnavailableError(`lowdb store: writes stopped (${failing})`, { reason: failing });
    },
    async flush() {
      await Promise.all(tables.map((t) => t.flush()));
    },
    async close() {
      await Promise.all(tables.map((t) => t.flush().catch(() => undefined)));
      await state.close();
      // Numbers reserved ahead but not given go back, so the next start continues without a gap.
      await counters.settle().catch(() => undefined);
      await lock.release();
    },
  };
}
