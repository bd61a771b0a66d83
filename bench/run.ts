// `npm run bench`: echo, SDK dialog and Palier servers side by side (Palier on lowdb and on PostgreSQL), Palier on 100,000
// stored residents and needs, the store alone. PostgreSQL: PALIER_BENCH_DATABASE_URL (default the local test server), on a
// fresh migrated schema per run, dropped afterwards.
// `npm run bench -- broadcast [--concurrency N]`: the outbox worker sending one announcement to 10,000 residents (broadcast.ts).
// `npm run bench -- seeded [--quick] [--gc]`: only the large store: Palier at 100 residents at once on an empty folder, then
// on 100,000 stored residents and needs (seeded once and kept in the temporary folder, see seededCopy), back to back,
// with the ratios issue 12 sets (throughput ≥ 0.8 of empty, p99 ≤ 1.5× empty); --gc: each server prints its garbage
// collections (count, total and longest pause per kind) and heap size when it stops.
// `npm run bench -- profile [sdk | seeded]`: a CPU profile of one server under load (profile.ts), seeded: on 100,000 stored.
// `npm run bench -- startup` and `npm run bench -- understanding`: only those two parts (startup.ts, understanding-cost.ts).
// `npm run bench -- palier [--quick] [--postgres]`: only Palier on a fresh lowdb folder (and on PostgreSQL with --postgres) at
// 10 and 100 at once, for back-to-back A/B runs of a change (--quick: 1 s warm-up and 3 s per load instead of 2 s and 10 s).
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBroadcast } from './broadcast.js';
import { startChild } from './child-process.js';
import { echoScript, palierScript, sdkDialogScript } from './conversations.js';
import { runLoad, type LoadResult, type Script } from './load-driver.js';
import { BENCH_DATABASE_URL, dropLiveSchemas, withBenchSchema } from './postgres-schema.js';
import { seededCopy } from './seed.js';
import { profile } from './profile.js';
import { measureStartup, type StartupResult } from './startup.js';
import { timeNeedWrite, timeNeedWritePostgres } from './store-timing.js';
import { measureUnderstanding, type UnderstandingCost } from './understanding-cost.js';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const timing = args.has('--quick') ? { warmupMs: 1_000, measureMs: 3_000 } : { warmupMs: 2_000, measureMs: 10_000 };
const SEEDED = 100_000;
const log = (line: string) => process.stderr.write(`${line}\n`);
const fixed = (n: number, digits: number) => Number(n.toFixed(digits));

// Temporary data folders go, whatever happens (child servers are killed by child-process.ts).
const tempDirs = new Set<string>();
process.on('exit', () => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
// On Ctrl-C the finally blocks do not run: drop the PostgreSQL schemas here (for 10 s at most).
process.once('SIGINT', () => {
  const timer = setTimeout(() => process.exit(130), 10_000);
  void dropLiveSchemas().then(() => {
    clearTimeout(timer);
    process.exit(130);
  });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'palier-bench-'));
  tempDirs.add(dir);
  return dir;
}

function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** Every load run, for the totals of replies checked and errors. */
const allResults: LoadResult[] = [];

/** Palier's store: lowdb in a folder, or PostgreSQL in a migrated schema (the child's DATABASE_URL and DATABASE_SCHEMA). */
const lowdbStore = (dataDir: string) => ({ args: [dataDir], env: { DATABASE_URL: '', DATABASE_SCHEMA: '' } });
const postgresStore = (url: string, schema: string) => ({ args: [], env: { DATABASE_URL: url, DATABASE_SCHEMA: schema } });

/** Starts the server as a child, runs the loads one after the other, stops the child. */
async function measure(
  label: string,
  file: string,
  launch: { args: string[]; env?: Record<string, string> },
  script: Script,
  residentCounts: number[],
): Promise<LoadResult[]> {
  log(`starting ${label}…`);
  const child = await startChild(file, launch.args, launch.env);
  try {
    const measured: LoadResult[] = [];
    for (const residents of residentCounts) {
      log(`${label}: ${residents} residents at once, ${timing.warmupMs / 1000} s warm-up + ${timing.measureMs / 1000} s…`);
      const result = await runLoad({ url: child.url, residents, ...timing, tag: `${label}-${residents}`, script, serverCpuMs: child.cpuMs });
      log(
        `  ${result.turnsPerSec.toFixed(0)} turns/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, ` +
          `server CPU ${result.serverCpuMsPerTurn?.toFixed(2) ?? '?'} ms/turn, driver CPU ${result.driverCpuPercent.toFixed(0)} %, ` +
          `${result.checked} replies checked, ${result.errors} errors`,
      );
      for (const error of result.firstErrors) log(`  error: ${error}`);
      allResults.push(result);
      measured.push(result);
    }
    return measured;
  } finally {
    await child.stop();
  }
}

/** A fresh copy of the 100,000-stored folder (seeded first when not kept yet). */
async function seededFolder(): Promise<string> {
  const seededDir = join(await tempDir(), 'data');
  const copyStarted = performance.now();
  await seededCopy(seededDir, { residents: SEEDED, needs: SEEDED }, log);
  log(`copied the seeded folder in ${((performance.now() - copyStarted) / 1000).toFixed(1)} s`);
  return seededDir;
}

/**
 * Palier at 100 residents at once on a copy of the 100,000-stored folder, after the same loads as the empty store
 * it is compared with (`before`: the full run measures the empty store at 10 then 100 at once, so the seeded
 * server runs at 10 first too; otherwise one server would be compared warm with the other barely started).
 */
async function measureSeeded(env: Record<string, string> = {}, prepared?: string, before: number[] = []): Promise<LoadResult> {
  const seededDir = prepared ?? (await seededFolder());
  const { args, env: storeEnv } = lowdbStore(seededDir);
  const results = await measure('palier-100k', 'palier-server.ts', { args, env: { ...storeEnv, ...env } }, palierScript(), [...before, 100]);
  removeDir(join(seededDir, '..'));
  return results.at(-1)!;
}

/** `seeded`: the empty store then the 100,000-stored one, at 100 residents at once, and issue 12's ratios. */
async function seeded(): Promise<void> {
  log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} before starting`);
  const env: Record<string, string> = args.has('--gc') ? { PALIER_BENCH_GC: '1' } : {};
  const freshDir = await tempDir();
  const [empty] = await measure('palier', 'palier-server.ts', { ...lowdbStore(freshDir), env: { ...lowdbStore(freshDir).env, ...env } }, palierScript(), [100]);
  removeDir(freshDir);
  const stored = await measureSeeded(env);
  const cpu = (r: LoadResult) => r.serverCpuMsPerTurn?.toFixed(2) ?? '?';
  console.log(`empty:        ${empty!.turnsPerSec.toFixed(0)} turns/s, p99 ${empty!.p99Ms.toFixed(0)} ms, CPU ${cpu(empty!)} ms/turn`);
  console.log(`100k stored:  ${stored.turnsPerSec.toFixed(0)} turns/s, p99 ${stored.p99Ms.toFixed(0)} ms, CPU ${cpu(stored)} ms/turn`);
  console.log(
    `100k / empty: throughput ${(stored.turnsPerSec / empty!.turnsPerSec).toFixed(2)} (goal ≥ 0.8), p99 ${(stored.p99Ms / empty!.p99Ms).toFixed(2)}× (goal ≤ 1.5), ` +
      `load average ${loadavg()[0]!.toFixed(1)} after`,
  );
  const errors = empty!.errors + stored.errors;
  if (errors) console.log(`FAILED: ${errors} wrong or missing replies`);
  process.exitCode = errors > 0 ? 1 : 0;
}

async function startup(): Promise<StartupResult> {
  log('start-up: node dist/src/index.js on an empty folder, median of 3…');
  const result = await measureStartup(() => tempDir());
  console.log(`start-up to listening: ${result.listeningMs.toFixed(0)} ms (build excluded); resident memory ${result.rssMbAtListening} MB when listening, ${result.rssMbWarm} MB once the models are warm`);
  return result;
}

async function understandingCost(): Promise<UnderstandingCost> {
  log('understanding one message, the tuning set five times…');
  const cost = await measureUnderstanding();
  console.log(
    `understanding one message (${cost.messages} messages ×5): p50 ${cost.p50Ms} ms, p99 ${cost.p99Ms} ms; ` +
      `the content index and understanding layer add ${cost.heapMb} MB of heap, ${cost.rssMb} MB resident`,
  );
  return cost;
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0]!;
  const machine = `${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} before starting`;
  log(`machine: ${machine}`);
  const [echo10, echo100] = await measure('echo', 'echo-server.ts', { args: [] }, echoScript, [10, 100]);
  const [sdk10, sdk100] = await measure('sdk-dialog', 'sdk-dialog-server.ts', { args: [] }, sdkDialogScript, [10, 100]);
  // The empty and the 100,000-stored store measured back to back (the machine is shared): the copy is made first.
  const seededDir = await seededFolder();
  const freshDir = await tempDir();
  const [palier10, palier100] = await measure('palier', 'palier-server.ts', lowdbStore(freshDir), palierScript(), [10, 100]);
  removeDir(freshDir);
  const palierSeeded = await measureSeeded({}, seededDir, [10]);
  log(`PostgreSQL: ${BENCH_DATABASE_URL.replace(/\/\/[^@/]*@/, '//…@')}`);
  const [palierPg10, palierPg100] = await withBenchSchema(
    BENCH_DATABASE_URL,
    (schema) => measure('palier-postgres', 'palier-server.ts', postgresStore(BENCH_DATABASE_URL, schema), palierScript(), [10, 100]),
    log,
  );


  const writes: number[] = [];
  for (const stored of [1_000, 10_000, 100_000]) {
    writes.push(await timeNeedWrite(stored, log));
    log(`store alone: one need write with ${stored.toLocaleString('en-US')} needs stored: ${writes.at(-1)!.toFixed(2)} ms (median of 20)`);
  }
  const write1kPostgres = await timeNeedWritePostgres(BENCH_DATABASE_URL, 1_000, log);
  log(`PostgreSQL store alone: one need write with 1,000 needs stored: ${write1kPostgres.toFixed(2)} ms (median of 20)`);

  const started = await startup();
  const understood = await understandingCost();

  const rows = [
    ['server', 'turns/s @100', 'p99 ms @100', 'p50 ms @10', 'p99 ms @10', 'turns/s @10', 'CPU ms/turn @100', 'replies checked', 'errors'],
    ...(
      [
        ['echo', echo10, echo100],
        ['sdk-dialog', sdk10, sdk100],
        ['palier', palier10, palier100],
        ['palier, PostgreSQL', palierPg10, palierPg100],
        [`palier, ${SEEDED.toLocaleString('en-US')} stored`, undefined, palierSeeded],
      ] as [string, LoadResult | undefined, LoadResult][]
    ).map(([name, at10, at100]) => [
      name,
      at100.turnsPerSec.toFixed(0),
      at100.p99Ms.toFixed(1),
      at10?.p50Ms.toFixed(1) ?? '',
      at10?.p99Ms.toFixed(1) ?? '',
      at10?.turnsPerSec.toFixed(0) ?? '',
      at100.serverCpuMsPerTurn?.toFixed(2) ?? '?',
      String((at10?.checked ?? 0) + at100.checked),
      String((at10?.errors ?? 0) + at100.errors),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log();
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   '));
  const ratioToSdkDialog = palier100!.turnsPerSec / sdk100!.turnsPerSec;
  const ratioToEcho = palier100!.turnsPerSec / echo100!.turnsPerSec;
  console.log(`\npalier / sdk-dialog: ${ratioToSdkDialog.toFixed(3)}   palier / echo: ${ratioToEcho.toFixed(3)}   (turns/s at 100 residents)`);
  console.log(`one confirmed need write, store alone (median of 20): ${writes.map((ms, i) => `${['1,000', '10,000', '100,000'][i]} stored ${ms.toFixed(2)} ms`).join(', ')}`);
  console.log(`one confirmed need write, PostgreSQL store alone (median of 20): 1,000 stored ${write1kPostgres.toFixed(2)} ms`);

  console.log(`machine: ${machine}${loadBefore > 0.5 ? ' (other processes were using the cores: figures are noisy)' : ''}`);
  const errors = allResults.reduce((sum, r) => sum + r.errors, 0);
  const checked = allResults.reduce((sum, r) => sum + r.checked, 0);
  console.log(errors ? `\nFAILED: ${errors} wrong or missing replies out of ${checked} checked` : `\nall ${checked} replies checked, none wrong or missing`);
  if (json) {
    console.log(
      JSON.stringify({
        echoTurnsPerSec: fixed(echo100!.turnsPerSec, 1),
        sdkDialogTurnsPerSec: fixed(sdk100!.turnsPerSec, 1),
        palierTurnsPerSec: fixed(palier100!.turnsPerSec, 1),
        ratioToSdkDialog: fixed(ratioToSdkDialog, 3),
        ratioToEcho: fixed(ratioToEcho, 3),
        p99MsAt10: fixed(palier10!.p99Ms, 2),
        p99MsAt100: fixed(palier100!.p99Ms, 2),
        palierTurnsPerSecAt100k: fixed(palierSeeded!.turnsPerSec, 1),
        ratio100kToEmpty: fixed(palierSeeded!.turnsPerSec / palier100!.turnsPerSec, 3),
        p99MsAt100k: fixed(palierSeeded!.p99Ms, 2),
        write1kMs: fixed(writes[0]!, 2),
        write10kMs: fixed(writes[1]!, 2),
        write100kMs: fixed(writes[2]!, 2),
        palierPostgresTurnsPerSec: fixed(palierPg100!.turnsPerSec, 1),
        p99MsAt10Postgres: fixed(palierPg10!.p99Ms, 2),
        write1kMsPostgres: fixed(write1kPostgres, 2),
        startupMs: Math.round(started.listeningMs),
        rssMbAtListening: started.rssMbAtListening,
        rssMbWarm: started.rssMbWarm,
        understandingP50Ms: understood.p50Ms,
        understandingP99Ms: understood.p99Ms,
        understandingHeapMb: understood.heapMb,
      }),
    );
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

/** Palier alone at 10 and 100 at once: throughput, p99 and server CPU per turn, for comparing two versions. */
async function palierOnly(): Promise<void> {
  log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} before starting`);
  const dir = await tempDir();
  const results = await measure('palier', 'palier-server.ts', lowdbStore(dir), palierScript(), [10, 100]);
  removeDir(dir);
  if (args.has('--postgres')) {
    const pg = await withBenchSchema(BENCH_DATABASE_URL, (schema) => measure('palier-postgres', 'palier-server.ts', postgresStore(BENCH_DATABASE_URL, schema), palierScript(), [10, 100]), log);
    results.push(...pg);
  }
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  const [at10, at100] = results;
  console.log(
    `palier: p99 at 10 ${at10!.p99Ms.toFixed(1)} ms, ${at100!.turnsPerSec.toFixed(0)} turns/s at 100, ` +
      `CPU ${at10!.serverCpuMsPerTurn?.toFixed(2)} / ${at100!.serverCpuMsPerTurn?.toFixed(2)} ms/turn at 10 / 100, ${errors} errors`,
  );
  if (results.length > 2) console.log(`palier on PostgreSQL: p99 at 10 ${results[2]!.p99Ms.toFixed(1)} ms, ${results[3]!.turnsPerSec.toFixed(0)} turns/s at 100`);
  process.exitCode = errors > 0 ? 1 : 0;
}

const concurrencyArg = process.argv.indexOf('--concurrency');
const run = args.has('broadcast')
  ? () => runBroadcast({ concurrency: concurrencyArg > 0 ? Number(process.argv[concurrencyArg + 1]) : undefined }).then((code) => void (process.exitCode = code))
  : args.has('palier')
    ? palierOnly
  : args.has('profile')
    ? async () => {
        const outDir = join(process.cwd(), 'profiles');
        if (!args.has('seeded')) return profile(args.has('sdk') ? 'sdk' : 'palier', outDir);
        const dataDir = join(await tempDir(), 'data');
        await seededCopy(dataDir, { residents: SEEDED, needs: SEEDED }, log);
        return profile('palier', outDir, dataDir);
      }
  : args.has('seeded')
    ? seeded
  : args.has('startup')
    ? () => startup().then(() => undefined)
    : args.has('understanding')
      ? () => understandingCost().then(() => undefined)
      : main;

run().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exit(1);
});
