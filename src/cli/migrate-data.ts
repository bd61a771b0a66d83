// npm run migrate-data -- --from ./data: copies a lowdb data folder into PostgreSQL; running it again changes nothing.
import '../load-env.js';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openLowdbStore } from '../store/lowdb/lowdb-store.js';
import { readStateFolder } from '../store/lowdb/state-log.js';
import { openPostgresImporter, type ImportCollection, type SourceCounters } from '../store/postgres/importer.js';
import { migrate } from '../store/postgres/migrate.js';
import type { Photo, Registration, Resident, StoredSurvey, SurveyResponse } from '../store/types.js';

const USAGE = `Usage:
  npm run migrate-data -- --from ./data [--database-url postgres://…] [--schema public]
Copies every collection of a lowdb data folder into PostgreSQL (DATABASE_URL by default),
keeping ids, receipt numbers, statuses and times. Records already in PostgreSQL are left as they
are, so it can be run again safely. Stop the bot on that folder first.`;

/** What to copy from where to where. */
export interface MigrateDataOptions {
  /** The lowdb data folder. */
  from: string;
  connectionString: string;
  schema?: string;
  /** Where progress lines go (default: console.log). */
  log?: (line: string) => void;
}

/** What one run did: per collection, records read from lowdb and records newly inserted. */
export type MigrateDataReport = Record<string, { read: number; copied: number }>;

/**
 * A lowdb collection the Store interface cannot enumerate (residents, survey answers; bot state is a log, state-log.ts),
 * read from its shard files: each file is one JSON object of records by key (files starting with
 * "." are lowdb's temporary files).
 */
async function readShards<T>(dataDir: string, folder: string): Promise<Record<string, T>> {
  const dir = join(dataDir, folder);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort();
  const records: Record<string, T> = {};
  for (const file of files) {
    try {
      Object.assign(records, JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, T>);
    } catch (error) {
      throw new Error(`migrate-data: cannot read ${join(dir, file)}: ${(error as Error).message}`);
    }
  }
  return records;
}

/**
 * The lowdb counters (counters/counters.json: "receipt-2026" → last receipt number of 2026,
 * "registration" → last registration number), which remember numbers whose records were deleted.
 */
async function readCounters(dataDir: string): Promise<SourceCounters> {
  const stored = await readShards<number>(dataDir, 'counters');
  const counters: Required<SourceCounters> = { receipts: {}, registrations: 0 };
  for (const [name, last] of Object.entries(stored)) {
    if (!Number.isInteger(last) || last < 0) throw new Error(`migrate-data: counter ${name} is not a number (${JSON.stringify(last)})`);
    const year = /^receipt-(\d{4})$/.exec(name)?.[1];
    if (year) counters.receipts[Number(year)] = last;
    else if (name === 'registration') counters.registrations = last;
    else throw new Error(`migrate-data: unknown counter ${name} in ${join(dataDir, 'counters')}`);
  }
  return counters;
}

/**
 * Migrates the database, then copies the folder collection by collection (events before
 * registrations), and finally raises the receipt, registration and eTag counters above the
 * copied values and the lowdb counters, so no number lowdb gave is given again.
 */
export async function migrateData(options: MigrateDataOptions): Promise<MigrateDataReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = resolve(options.from);
  if (!(await stat(dataDir).catch(() => undefined))?.isDirectory()) throw new Error(`migrate-data: ${dataDir} is not a folder`);

  await migrate(options.connectionString, { schema: options.schema, log: (m) => log(`migrations: ${m}`) });
  const lowdb = await openLowdbStore({ dataDir });
  const pg = openPostgresImporter({ connectionString: options.connectionString, schema: options.schema });
  const report: MigrateDataReport = {};
  const step = async <C extends ImportCollection>(collection: C, records: Parameters<typeof pg.copy<C>>[1]) => {
    const copied = await pg.copy(collection, records);
    report[collection] = { read: records.length, copied };
    log(`${collection.padEnd(16)} ${String(records.length).padStart(7)} read ${String(copied).padStart(7)} copied`);
  };
  try {
    log(`copying ${dataDir} into PostgreSQL${options.schema ? ` (schema ${options.schema})` : ''}`);
    await step('residents', Object.values(await readShards<Resident>(dataDir, 'residents')));
    const state = await readStateFolder(join(dataDir, 'state'));
    const stateCopied = await pg.copyBotState(state);
    report.botState = { read: Object.keys(state).length, copied: stateCopied };
    log(`${'botState'.padEnd(16)} ${String(Object.keys(state).length).padStart(7)} read ${String(stateCopied).padStart(7)} copied`);
    await step('needs', await lowdb.needs.list());
    // Photos: descriptions from photos/*.json, bytes from photos/files/, one at a time (they can be large).
    const photos = Object.values(await readShards<Photo>(dataDir, 'photos'));
    let photosCopied = 0;
    for (const { id } of photos) {
      const stored = await lowdb.photos.get(id);
      if (stored) photosCopied += await pg.copyPhoto(stored.photo, stored.data);
    }
    report.photos = { read: photos.length, copied: photosCopied };
    log(`${'photos'.padEnd(16)} ${String(photos.length).padStart(7)} read ${String(photosCopied).padStart(7)} copied`);
    await step('surveys', Object.values(await readShards<StoredSurvey>(dataDir, 'survey-definitions')).sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
    await step('surveyResponses', Object.values(await readShards<SurveyResponse>(dataDir, 'surveys')));
    const events = await lowdb.events.list();
    await step('events', events);
    const registrations: Registration[] = [];
    for (const event of events) registrations.push(...(await lowdb.registrations.byEvent(event.id)));
    await step('registrations', registrations);
    await step('announcements', (await lowdb.announcements.list()).reverse());
    await step('outbox', await lowdb.outbox.list());
    await step('accounts', await lowdb.accounts.list());
    await step('audit', await lowdb.audit.list());
    await step('questions', await lowdb.questions.list());
    await step('feedback', await lowdb.feedback.list());
    const counters = await readCounters(dataDir);
    await pg.syncCounters(counters);
    const receipts = Object.entries(counters.receipts ?? {}).map(([year, last]) => `receipts ${year} ${last}`);
    log(`counters         ${[...receipts, `registrations ${counters.registrations ?? 0}`].join(', ')} (numbers continue above)`);
    const copied = Object.values(report).reduce((sum, r) => sum + r.copied, 0);
    log(copied === 0 ? 'done: nothing new to copy' : `done: ${copied} records copied`);
    return report;
  } finally {
    await Promise.all([pg.close(), lowdb.close()]);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, 'database-url': { type: 'string' }, schema: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || !values.from) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const connectionString = values['database-url'] ?? process.env.DATABASE_URL;
  if (!connectionString) throw new Error('migrate-data: set DATABASE_URL or pass --database-url');
  await migrateData({ from: values.from, connectionString, schema: values.schema });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
