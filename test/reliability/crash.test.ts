// The real server, killed with SIGKILL again and again while residents are sending needs: after
// every crash it starts again on the same data folder, and every need whose receipt reached a
// resident is still there, in readable files, with a receipt nobody else got.
//
// The kill moments come from a seeded generator; the seed is printed. To replay a run:
//   CRASH_TEST_SEED=<seed> npx vitest run test/reliability/crash.test.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import { say } from '../helpers/server.js';
import { faultFigures } from './figures.js';
import { realTranslator, tempDir } from '../helpers/setup.js';
import { seededRandom } from '../helpers/seeded-random.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const figures = faultFigures('crash');
const NEED_LABEL = (JSON.parse(readFileSync(join(projectRoot, 'locales/fr/menu.json'), 'utf8')) as { items: { need: { label: string } } }).items.need.label;
/** "L'abandonner": a need cut by a crash is still unsent, so "menu" first asks whether to drop it. */
const DROP_LABEL = (JSON.parse(readFileSync(join(projectRoot, 'locales/fr/common.json'), 'utf8')) as { keepWork: { drop: string } }).keepWork.drop;
const TSX_CLI = join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const ENTRY = join(projectRoot, 'src', 'index.ts');

const RESIDENTS = 20;
const KILLS = 5;
/** Completed turns between a start and the moment the next kill is armed. */
const MIN_TURNS_BEFORE_KILL = 40;
const MAX_TURNS_BEFORE_KILL = 160;
/** Once armed, the kill waits for a submission to start, then a random 0..MAX_KILL_DELAY_MS. */
const MAX_KILL_DELAY_MS = 30;
// Generous: on a shared, loaded machine a start (recognizer models) has taken over 40 s.
const STARTUP_LIMIT_MS = 120_000;
/** After the last restart, residents go on until each one got a receipt from that last server. */
const FINAL_ROUND_LIMIT_MS = 60_000;
const RECEIPT = /B-\d{4}-\d{4}/;

const seed = Number(process.env.CRASH_TEST_SEED ?? Math.floor(Math.random() * 2 ** 32)) >>> 0;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('could not read a free port');
  return address.port;
}

/** Resolves after `ms`; used only to choose the kill moment and to pace the start-up polling. */
const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** A time limit raced against an awaited event; it does not keep the process alive. */
const limit = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * tsx's CLI runs the program in a child node process. SIGKILL on the CLI alone would leave the
 * real server running, so the crash is delivered to the CLI's children (the server), read from
 * /proc on Linux; elsewhere to the whole process group.
 */
async function childrenOf(pid: number): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return [];
  }
  const children: number[] = [];
  await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e))
      .map(async (e) => {
        try {
          const stat = await readFile(`/proc/${e}/stat`, 'utf8');
          const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          if (ppid === pid) children.push(Number(e));
        } catch {
          // the process ended meanwhile
        }
      }),
  );
  return children;
}

interface Generation {
  index: number;
  url: string;
  /** Set just before SIGKILL: a request failing after this was cut by the crash, not by a bug. */
  killed: boolean;
  turns: number;
  requestsInFlight: number;
  submissionsInFlight: number;
  confirmed: number;
  startupMs: number;
}

interface Confirmation {
  resident: number;
  marker: string;
  text: string;
  receipt: string;
  generation: number;
}

interface KillRecord {
  generation: number;
  turnsBeforeArming: number;
  delayMs: number;
  requestsInFlight: number;
  submissionsInFlight: number;
}

class ServerProcess {
  child?: ChildProcess;
  private output = '';
  private exited?: Promise<number | null>;
  private closed?: Promise<void>;
  private alive = false;

  constructor(private readonly dataDir: string) {}

  /** The last lines the process wrote, for failure messages. */
  tail(): string {
    return this.output.slice(-3000);
  }

  async start(): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, [TSX_CLI, ENTRY], {
      cwd: projectRoot,
      // Its own process group, so that cleanup can reach every process it started.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATA_DIR: this.dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'development',
        LOCAL_CHAT: 'false',
        EXAMPLE_CONTENT: 'false',
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        // These residents type far faster than people do: the per-conversation rate limit is not under test.
        RATE_LIMIT_BURST: '1000000',
        RATE_LIMIT_PER_SECOND: '1000000',
      },
    });
    this.child = child;
    this.alive = true;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    // 'close' comes once every process holding the output pipes (the CLI and the server) is gone.
    this.closed = new Promise((resolve) => child.once('close', () => resolve()));
    void this.closed.then(() => (this.alive = false));

    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + STARTUP_LIMIT_MS;
    let exitCode: number | null | undefined;
    void this.exited.then((code) => (exitCode = code));
    while (Date.now() < deadline) {
      if (exitCode !== undefined) throw new Error(`the server exited with code ${exitCode} while starting:\n${this.tail()}`);
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (response.status === 200) return url;
      } catch {
        // not listening yet
      }
      await timer(100);
    }
    throw new Error(`the server did not answer /healthz within ${STARTUP_LIMIT_MS} ms:\n${this.tail()}`);
  }

  /** SIGKILL: no shutdown code runs. Resolves once no process of this server is left. */
  async crash(): Promise<void> {
    const child = this.child;
    if (!child?.pid || !this.alive) return;
    const servers = await childrenOf(child.pid);
    if (servers.length > 0) {
      for (const pid of servers) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    } else {
      this.killGroup();
    }
    await this.waitClosed(10_000);
  }

  /** SIGTERM, as a service manager would; resolves with the exit code. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child || !this.alive) return null;
    child.kill('SIGTERM');
    const code = await Promise.race([this.exited!, limit(15_000).then(() => 'timeout' as const)]);
    if (code === 'timeout') {
      this.killGroup();
      await this.waitClosed(10_000);
      throw new Error(`the server did not stop within 15 s of SIGTERM:\n${this.tail()}`);
    }
    await this.waitClosed(10_000);
    return code;
  }

  /** Cleanup: every process of the group, whatever state it is in. */
  async kill(): Promise<void> {
    if (!this.child || !this.alive) return;
    this.killGroup();
    await this.waitClosed(10_000);
  }

  private killGroup(): void {
    if (!this.child?.pid) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // no process left in the group
    }
  }

  private async waitClosed(ms: number): Promise<void> {
    const done = await Promise.race([this.closed!.then(() => true), limit(ms).then(() => false)]);
    if (!done) {
      this.killGroup();
      await Promise.race([this.closed, limit(ms)]);
    }
  }
}

/** Every .json file under a folder, except lowdb's temporary files (their names start with "."). */
async function jsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.')).map((e) => join(e.parentPath, e.name));
}

describe('a bot that crashes while residents are sending needs', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let server: ServerProcess;
  const random = seededRandom(seed);

  // What the residents and the crashes produced, checked by the tests below.
  const generations: Generation[] = [];
  const kills: KillRecord[] = [];
  const confirmations: Confirmation[] = [];
  const unexpectedErrors: string[] = [];
  const errorReplies: string[] = [];
  const submissionsWithoutReceipt: string[] = [];
  const startupFailures: string[] = [];
  let cutRequests = 0;
  let finalRoundComplete = false;
  let stopExitCode: number | null | undefined;
  let stopError: string | undefined;

  // The server answering now, and who waits for the next one.
  let live: Generation | undefined;
  let stopping = false;
  let wakeResidents: (() => void)[] = [];
  let onProgress: (() => void)[] = [];
  const progress = () => {
    const waiting = onProgress;
    onProgress = [];
    for (const f of waiting) f();
  };
  const until = (condition: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = () => (condition() ? resolve() : onProgress.push(check));
      check();
    });

  async function liveServer(): Promise<Generation | undefined> {
    while (!stopping && !live) await new Promise<void>((resolve) => wakeResidents.push(resolve));
    return stopping ? undefined : live;
  }

  function goLive(generation: Generation | undefined): void {
    live = generation;
    const waiting = wakeResidents;
    wakeResidents = [];
    for (const f of waiting) f();
  }

  /** One resident: menu → share a need → … → send, again and again; after a cut, back to the menu. */
  async function resident(n: number, noGeneric: string): Promise<void> {
    const user = `crash-resident-${String(n).padStart(2, '0')}`;
    const conversationId = `crash-conversation-${String(n).padStart(2, '0')}`;
    let attempt = 0;
    while (!stopping) {
      attempt++;
      const marker = `repère ${n}/${attempt}`;
      const text = `Le banc devant l'entrée est cassé depuis lundi (${marker})`;
      // "Signaler un besoin ou une idée" by its label: the menu's numbering may change.
      // After 'menu', DROP_LABEL drops an unsent need if the bot asks, and is a harmless miss at the menu otherwise.
      const steps = ['menu', DROP_LABEL, NEED_LABEL, '1', '1', text, '1', '1', 'non', 'non', 'Envoyer'];
      for (const [i, step] of steps.entries()) {
        const generation = await liveServer();
        if (!generation) return;
        const submission = i === steps.length - 1;
        generation.requestsInFlight++;
        if (submission) generation.submissionsInFlight++;
        progress();
        let replies: Awaited<ReturnType<typeof say>> | undefined;
        let failure: unknown;
        try {
          replies = await say(generation.url, step, { user, conversationId, locale: 'fr-FR' });
        } catch (error) {
          failure = error;
        } finally {
          generation.requestsInFlight--;
          if (submission) generation.submissionsInFlight--;
        }
        if (!replies) {
          // Cut by a crash: abandoned; this resident starts again from the menu.
          if (generation.killed) {
            cutRequests++;
            break;
          }
          unexpectedErrors.push(`resident ${n}, "${step}" to server #${generation.index}: ${String(failure)}`);
          progress();
          return;
        }
        generation.turns++;
        const texts = replies.map((r) => r.text ?? '');
        if (texts.includes(noGeneric)) errorReplies.push(`resident ${n}, "${step}" to server #${generation.index}`);
        if (submission) {
          const receipt = texts.join('\n').match(RECEIPT)?.[0];
          if (receipt) {
            confirmations.push({ resident: n, marker, text, receipt, generation: generation.index });
            generation.confirmed++;
          } else {
            submissionsWithoutReceipt.push(`resident ${n} (${marker}) on server #${generation.index} got: ${JSON.stringify(texts)}`);
          }
        }
        progress();
      }
    }
  }

  beforeAll(async () => {
    console.log(`crash test seed: ${seed} (replay with CRASH_TEST_SEED=${seed})`);
    dir = await tempDir('palier-crash-');
    server = new ServerProcess(dir.path);
    const noGeneric = (await realTranslator()).fixedT('fr')('errors:generic');
    const started = Date.now();

    const start = async (index: number): Promise<Generation | undefined> => {
      const t0 = Date.now();
      try {
        const url = await server.start();
        const generation: Generation = { index, url, killed: false, turns: 0, requestsInFlight: 0, submissionsInFlight: 0, confirmed: 0, startupMs: Date.now() - t0 };
        generations.push(generation);
        return generation;
      } catch (error) {
        startupFailures.push(`server #${index}: ${(error as Error).message}`);
        await server.crash();
        return undefined;
      }
    };

    let generation = await start(0);
    const residents = generation ? Array.from({ length: RESIDENTS }, (_, n) => resident(n, noGeneric)) : [];
    for (let k = 0; generation && k < KILLS; k++) {
      goLive(generation);
      const current = generation;
      const turnsBeforeArming = MIN_TURNS_BEFORE_KILL + Math.floor(random() * (MAX_TURNS_BEFORE_KILL - MIN_TURNS_BEFORE_KILL + 1));
      const delayMs = Math.floor(random() * (MAX_KILL_DELAY_MS + 1));
      await until(() => current.turns >= turnsBeforeArming || unexpectedErrors.length > 0);
      // Aim at the write that confirms a need: wait for a submission to be on its way.
      await Promise.race([until(() => current.submissionsInFlight > 0 || unexpectedErrors.length > 0), limit(10_000)]);
      await timer(delayMs);
      current.killed = true;
      goLive(undefined);
      kills.push({
        generation: current.index,
        turnsBeforeArming,
        delayMs,
        requestsInFlight: current.requestsInFlight,
        submissionsInFlight: current.submissionsInFlight,
      });
      await server.crash();
      generation = await start(k + 1);
    }

    if (generation) {
      // The last server: every resident sends one more need to it, then it is stopped for good.
      const last = generation;
      goLive(last);
      const receiptsFromLast = () => new Set(confirmations.filter((c) => c.generation === last.index).map((c) => c.resident)).size;
      finalRoundComplete = await Promise.race([
        until(() => receiptsFromLast() === RESIDENTS || unexpectedErrors.length > 0).then(() => receiptsFromLast() === RESIDENTS),
        limit(FINAL_ROUND_LIMIT_MS).then(() => false),
      ]);
    }
    stopping = true;
    goLive(undefined);
    await Promise.all(residents);
    if (generation) {
      try {
        stopExitCode = await server.stop();
      } catch (error) {
        stopError = (error as Error).message;
      }
    }

    const lines = generations.map((g) => {
      const kill = kills.find((k) => k.generation === g.index);
      const end = kill
        ? `SIGKILL after ${g.turns} turns (armed at ${kill.turnsBeforeArming}, +${kill.delayMs} ms) with ${kill.requestsInFlight} requests and ${kill.submissionsInFlight} submissions in flight`
        : `stopped with SIGTERM after ${g.turns} turns (exit ${stopExitCode ?? stopError})`;
      return `  server #${g.index}: up in ${g.startupMs} ms, ${g.confirmed} receipts, ${end}`;
    });
    console.log(
      [
        `crash test (seed ${seed}) in ${Date.now() - started} ms: ${confirmations.length} needs confirmed over ${generations.length} servers, ${cutRequests} requests cut by a crash`,
        ...lines,
        ...startupFailures,
      ].join('\n'),
    );
  }, 480_000);

  afterAll(async () => {
    stopping = true;
    goLive(undefined);
    await server?.kill();
    await dir?.remove();
  });

  it('starts again on the same data folder after every crash', () => {
    expect(startupFailures, `seed ${seed}`).toEqual([]);
    expect(kills.length, `seed ${seed}`).toBeGreaterThanOrEqual(KILLS);
    // The kills landed while residents were talking to the bot, and at least one while a need was being sent.
    expect(kills.every((k) => k.requestsInFlight > 0), `seed ${seed}: ${JSON.stringify(kills)}`).toBe(true);
    expect(kills.some((k) => k.submissionsInFlight > 0), `seed ${seed}: ${JSON.stringify(kills)}`).toBe(true);
  });

  it('lets residents carry on after a crash and send their need', () => {
    expect(unexpectedErrors, `seed ${seed}`).toEqual([]);
    expect(errorReplies, `seed ${seed}: turns answered with the generic error`).toEqual([]);
    expect(submissionsWithoutReceipt, `seed ${seed}`).toEqual([]);
    expect(finalRoundComplete, `seed ${seed}: every resident got a receipt from the last server`).toBe(true);
  });

  it('stops cleanly when asked, after the crashes', () => {
    expect(stopError, `seed ${seed}`).toBeUndefined();
    expect(stopExitCode, `seed ${seed}`).toBe(0);
  });

  it('leaves every data file as readable JSON', async () => {
    const files = await jsonFiles(dir.path);
    expect(files.length).toBeGreaterThan(0);
    const unreadable: string[] = [];
    for (const file of files) {
      try {
        JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        unreadable.push(`${file.slice(dir.path.length + 1)}: ${(error as Error).message}`);
      }
    }
    expect(unreadable, `seed ${seed}`).toEqual([]);
  });

  it('keeps every need whose receipt reached a resident, with the resident\'s words and that receipt', async () => {
    const store = await openLowdbStore({ dataDir: dir.path });
    try {
      const needs = await store.needs.list();
      const lost: string[] = [];
      for (const c of confirmations) {
        const stored = needs.filter((need) => need.text === c.text);
        if (stored.length !== 1 || stored[0]!.receipt !== c.receipt) {
          lost.push(`${c.receipt} "${c.text}" (confirmed by server #${c.generation}): stored as ${JSON.stringify(stored.map((s) => s.receipt))}`);
        }
      }
      // Crashes: a server that died on its own (a request to a server not being killed failed) or did not start again.
      Object.assign(figures, { faults: kills.length, confirmed: confirmations.length, lost: lost.length, crashes: unexpectedErrors.length + startupFailures.length });
      expect(lost, `seed ${seed}: needs confirmed to residents but missing or changed in the store`).toEqual([]);
      expect(new Set(confirmations.map((c) => c.receipt)).size, `seed ${seed}: one receipt was given to two residents`).toBe(confirmations.length);
      expect(confirmations.length, `seed ${seed}`).toBeGreaterThanOrEqual(RESIDENTS);
    } finally {
      await store.close();
    }
  });

  it('never gives the same receipt number to two needs', async () => {
    const store = await openLowdbStore({ dataDir: dir.path });
    try {
      const receipts = (await store.needs.list()).map((need) => need.receipt);
      const duplicates = [...new Set(receipts.filter((r, i) => receipts.indexOf(r) !== i))];
      expect(duplicates, `seed ${seed}`).toEqual([]);
      expect(receipts.length).toBeGreaterThanOrEqual(confirmations.length);
    } finally {
      await store.close();
    }
  });
});
