// Faults on the lowdb store: a second process on the folder, a killed holder, a full disk (injected
// in the file layer, and a real 1 MiB tmpfs where this machine allows mounting), a read-only folder.
// Nothing confirmed may be lost, nothing refused may stay in memory, and the resident is told plainly.
import { spawn } from 'node:child_process';
import * as fsPromises from 'node:fs/promises';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/config.js';
import { isStoreUnavailable } from '../../src/store/errors.js';
import type { FileOps } from '../../src/store/lowdb/durable-file.js';
import { DataFolderError } from '../../src/store/lowdb/folder-lock.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import { residentChange } from '../../src/residents/records.js';
import type { Need, NewNeed, Store } from '../../src/store/types.js';
import { say, startBot } from '../helpers/server.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { realTranslator, tempDir } from '../helpers/setup.js';
import { faultFigures } from './figures.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const HOLDER = join(projectRoot, 'test', 'reliability', 'fixtures', 'hold-folder.ts');
const ENTRY = join(projectRoot, 'src', 'index.ts');
const figures = faultFigures('lowdb');

const seed = Number(process.env.FAULT_TEST_SEED ?? Math.floor(Math.random() * 2 ** 32)) >>> 0;

const need = (residentId: string, text = 'La porte du hall ne ferme plus.'): NewNeed => ({
  residentId, type: 'need', category: 'building', text, language: 'fr', site: 'Les Tilleuls', audience: 'everyone', notifyOnStatus: false, channel: 'sms',
});

/** Real file operations, except that writing a file's content fails with `failWith` while `armed` says so. */
function faultyFs(): { fs: FileOps; armed: (path: string) => boolean; failWith: string; injected: number; set(armed: (path: string) => boolean, code?: string): void } {
  const control = {
    armed: (_path: string) => false,
    failWith: 'ENOSPC',
    injected: 0,
    set(armed: (path: string) => boolean, code = 'ENOSPC') {
      control.armed = armed;
      control.failWith = code;
    },
    fs: {
      ...fsPromises,
      async open(path: Parameters<typeof fsPromises.open>[0], flags?: string | number, mode?: number) {
        const handle = await fsPromises.open(path, flags, mode);
        if (flags !== 'w' || !control.armed(String(path))) return handle;
        control.injected++;
        const error = Object.assign(new Error(`${control.failWith}: injected, write '${String(path)}'`), { code: control.failWith, syscall: 'write' });
        return new Proxy(handle, {
          get: (target, prop) => (prop === 'writeFile' ? () => Promise.reject(error) : (Reflect.get(target, prop) as unknown as (...a: unknown[]) => unknown)?.bind?.(target) ?? Reflect.get(target, prop)),
        });
      },
    } as FileOps,
  };
  return control;
}

/** Starts `node --import tsx <file> args`; resolves with its output once it printed `ready` or exited. */
function run(args: string[], env: Record<string, string> = {}, ready?: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: projectRoot, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (ready?.test(output)) resolve(output);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => (ready ? reject(new Error(`exited with ${code} before ready:\n${output}`)) : resolve(output)));
  });
  return { child, exited, started, output: () => output };
}

/** Root may mount a small tmpfs (a real full disk); elsewhere those checks run on injected faults only. */
function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('two processes on one data folder', () => {
  it('refuses the second with a message naming the holder, and takes over at once from a killed holder', async () => {
    const dir = await tempDir();
    const holder = run([HOLDER, dir.path], {}, /holding \d+/);
    try {
      const pid = Number(/holding (\d+)/.exec(await holder.started)![1]);
      // In this process...
      const refused = await openLowdbStore({ dataDir: dir.path }).then(() => undefined, (error: unknown) => error);
      expect(refused).toBeInstanceOf(DataFolderError);
      expect((refused as Error).message).toMatch(new RegExp(`in use by process ${pid} .*one process only`));
      figures.faults++;
      // ...and the bot itself: one clear line, no stack trace, exit code 1.
      const bot = run([ENTRY], { DATA_DIR: dir.path, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'development' });
      expect(await bot.exited).toBe(1);
      expect(bot.output()).toMatch(new RegExp(`The data folder .* is in use by process ${pid}`));
      expect(bot.output()).not.toMatch(/\n\s+at /);
      figures.faults++;

      process.kill(pid, 'SIGKILL');
      await holder.exited;
      figures.faults++;
      const store = await openLowdbStore({ dataDir: dir.path });
      expect(await store.residents.get(`holder-${pid}`)).toMatchObject({ id: `holder-${pid}` });
      figures.confirmed++;
      await store.close();
    } finally {
      holder.child.kill('SIGKILL');
      await dir.remove();
    }
  }, 60_000);
});

/** Every file of the folder with its content, to show that nothing was written. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(f, 'utf8')] as const)));
}

describe('a folder lock taken away while the bot runs', () => {
  it('stops writing, says so on /healthz and in the log, and never writes over the process that took the folder', async () => {
    const dir = await tempDir();
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const bot = await startBot(dir.path, { LOWDB_LOCK_STALE_SECONDS: '2', RATE_LIMIT_PER_SECOND: '0' }, { logger });
    const fr = (await realTranslator()).fixedT('fr');
    const send = (text: string) => say(bot.url, text, { user: 'lock-lost', locale: 'fr-FR' });
    const needSteps = (words: string) => ['menu', fr('menu:items.need.label'), '1', '1', words, '1', '1', 'non', 'non'];
    let holder: ReturnType<typeof run> | undefined;
    try {
      for (const step of needSteps('Avant la perte du verrou')) await send(step);
      const receipt = (await send('Envoyer')).map((r) => r.text).join('\n').match(/B-\d{4}-\d{4}/)?.[0];
      expect(receipt).toBeDefined();
      figures.confirmed++;
      for (const step of needSteps('Après la perte du verrou')) await send(step);

      // Someone takes the lock for a leftover, deletes it and starts a second bot on the folder.
      holder = run([HOLDER, dir.path, '--take-over'], {}, /holding \d+/);
      const pid = Number(/holding (\d+)/.exec(await holder.started)![1]);
      figures.faults++;
      const before = await snapshot(dir.path);

      expect((await send('Envoyer')).map((r) => r.text)).toEqual([fr('errors:storeUnavailable')]);
      expect((await send('menu')).map((r) => r.text)).toContain(fr('errors:storeUnavailable'));
      const health = await fetch(`${bot.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ error: { code: 'WritesStopped', message: expect.stringMatching(/lock was lost/) } });
      const alerts = lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.msg.startsWith('data folder lock lost'));
      expect(alerts).toHaveLength(1);
      expect(alerts[0]!.level).toBe(50); // error
      expect(alerts[0]!.msg).toMatch(new RegExp(`held by process ${pid} .*writes stopped|writes stopped: .*held by process ${pid}`));
      // Not one file changed: the other process's folder is left as it has it.
      expect(await snapshot(dir.path)).toEqual(before);
      await bot.stop();
      expect(await snapshot(dir.path)).toEqual(before);

      holder.child.kill('SIGKILL');
      await holder.exited;
      const store = await openLowdbStore({ dataDir: dir.path });
      const texts = (await store.needs.list()).map((n) => [n.receipt, n.text]);
      expect(texts).toEqual([[receipt, 'Avant la perte du verrou']]);
      expect(await store.residents.get(`holder-${pid}`)).toMatchObject({ id: `holder-${pid}` });
      figures.lost += texts.length === 1 ? 0 : 1;
      await store.close();
    } finally {
      holder?.child.kill('SIGKILL');
      await bot.stop().catch(() => undefined);
      await dir.remove();
    }
  }, 60_000);

  it('notices on its own, without any write, when its lock is removed (the lock refresh)', async () => {
    const dir = await tempDir();
    let noticed: (error: Error) => void = () => undefined;
    const lost = new Promise<Error>((resolve) => (noticed = resolve));
    const store = await openLowdbStore({ dataDir: dir.path, lockStaleMs: 2000, onLockLost: (error) => noticed(error) });
    try {
      await rm(join(dir.path, 'palier.lock'), { recursive: true, force: true });
      figures.faults++;
      // proper-lockfile refreshes the lock every second here, and finds it gone.
      expect((await lost).message).toMatch(/changed or removed by someone else/);
      const refused = await store.residents.save({ id: 'after', language: 'fr', languageSource: 'default', consents: [], createdAt: 'x', updatedAt: 'x' }).then(() => undefined, (e: unknown) => e);
      expect(isStoreUnavailable(refused)).toBe(true);
      expect((refused as { reason?: string }).reason).toBe('lock-lost');
      await expect(store.ping()).rejects.toMatchObject({ reason: 'lock-lost' });
      expect(await store.residents.get('after')).toBeUndefined();
    } finally {
      await store.close();
      await dir.remove();
    }
  }, 30_000);
});

describe('a disk that refuses writes (injected in the file layer)', () => {
  it(`keeps every confirmed write and nothing refused, under random failures (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    const dir = await tempDir();
    const faults = faultyFs();
    let store: Store = await openLowdbStore({ dataDir: dir.path, fs: faults.fs });
    const at = new Date('2026-11-24T10:00:00.000Z');
    const confirmedNeeds = new Map<string, string>(); // text → receipt
    const refusedNeeds: string[] = [];
    const confirmedResidents: string[] = [];
    const refusedResidents: string[] = [];
    const codes = ['ENOSPC', 'EROFS', 'EACCES', 'EIO'];
    faults.set(() => random() < 0.3, codes[Math.floor(random() * codes.length)]);
    await Promise.all(
      Array.from({ length: 240 }, async (_, i) => {
        if (i % 2) {
          const text = `besoin ${i}`;
          try {
            const created = await store.needs.create(need(`r${i % 7}`, text), at);
            confirmedNeeds.set(text, created.receipt);
          } catch (error) {
            expect(isStoreUnavailable(error), String(error)).toBe(true);
            refusedNeeds.push(text);
          }
        } else {
          const id = `resident-${i}`;
          try {
            await store.residents.save({ id, language: 'fr', languageSource: 'default', consents: [], createdAt: at.toISOString(), updatedAt: at.toISOString() });
            confirmedResidents.push(id);
          } catch (error) {
            expect(isStoreUnavailable(error), String(error)).toBe(true);
            refusedResidents.push(id);
          }
        }
      }),
    );
    figures.faults += faults.injected;
    expect(faults.injected, `seed ${seed}`).toBeGreaterThan(0);
    expect(refusedNeeds.length + refusedResidents.length, `seed ${seed}`).toBeGreaterThan(0);
    faults.set(() => true);
    await expect(store.ping()).rejects.toSatisfy(isStoreUnavailable);
    faults.set(() => false);

    const check = async (s: Store, when: string) => {
      const texts = new Set((await s.needs.list()).map((n) => n.text));
      expect([...confirmedNeeds.keys()].filter((t) => !texts.has(t)), `${when}, seed ${seed}: confirmed needs missing`).toEqual([]);
      expect(refusedNeeds.filter((t) => texts.has(t)), `${when}, seed ${seed}: refused needs present`).toEqual([]);
      const residents = await Promise.all(confirmedResidents.map((id) => s.residents.get(id)));
      expect(residents.filter((r) => !r).length, `${when}, seed ${seed}: confirmed residents missing`).toBe(0);
      const ghosts = await Promise.all(refusedResidents.map((id) => s.residents.get(id)));
      expect(ghosts.filter(Boolean).length, `${when}, seed ${seed}: refused residents present`).toBe(0);
      const receipts = (await s.needs.list()).map((n) => n.receipt);
      expect(new Set(receipts).size).toBe(receipts.length);
    };
    await check(store, 'in memory');
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    store = await openLowdbStore({ dataDir: dir.path });
    await check(store, 'after a restart');
    const lost = [...confirmedNeeds.keys()].length - (await store.needs.list()).filter((n) => confirmedNeeds.has(n.text)).length;
    figures.confirmed += confirmedNeeds.size + confirmedResidents.length;
    figures.lost += lost;
    // The next number is above every number ever confirmed.
    const next = await store.needs.create(need('r1', 'après la panne'), at);
    const highest = Math.max(...[...confirmedNeeds.values()].map((r) => Number(r.slice(-4))));
    expect(Number(next.receipt.slice(-4))).toBeGreaterThan(highest);
    await store.close();
    await dir.remove();
  }, 60_000);

  it("keeps neither a need nor its resident's change when the disk refuses one of the two (one commit)", async () => {
    const dir = await tempDir();
    const faults = faultyFs();
    let store: Store = await openLowdbStore({ dataDir: dir.path, fs: faults.fs });
    const at = new Date('2026-11-24T10:00:00.000Z');
    const stored = { id: 'r1', language: 'fr' as const, languageSource: 'default' as const, consents: [], createdAt: at.toISOString(), updatedAt: at.toISOString() };
    await store.residents.save(stored);
    const sited = residentChange<Need>(stored, at, (r, n) => ({ ...r, site: n.site }));
    for (const refused of ['residents', 'needs']) {
      faults.set((path) => path.includes(`/${refused}/`));
      await expect(store.needs.create(need('r1', `refusée (${refused})`), at, sited)).rejects.toSatisfy(isStoreUnavailable);
      expect(await store.needs.list()).toEqual([]);
      expect((await store.residents.get('r1'))?.site).toBeUndefined();
      figures.faults++;
    }
    faults.set(() => false);
    const kept = await store.needs.create(need('r1', 'gardée'), at, sited);
    await store.close();
    store = await openLowdbStore({ dataDir: dir.path });
    expect((await store.needs.list()).map((n) => n.receipt)).toEqual([kept.receipt]);
    expect((await store.residents.get('r1'))?.site).toBe('Les Tilleuls');
    figures.confirmed++;
    await store.close();
    await dir.remove();
  });

  it('tells the resident plainly in their language, keeps the step, and staff never see the refused need', async () => {
    const dir = await tempDir();
    const faults = faultyFs();
    const store = await openLowdbStore({ dataDir: dir.path, fs: faults.fs });
    const bot = await startBot(dir.path, {}, { store });
    const translator = await realTranslator();
    try {
      faults.set(() => true, 'ENOSPC');
      for (const lng of SUPPORTED_LANGUAGES) {
        const replies = await say(bot.url, 'menu', { user: `full-${lng}`, locale: translator.culture(lng) });
        expect(replies.map((r) => r.text)).toEqual([translator.fixedT(lng)('errors:storeUnavailable')]);
        figures.faults++;
      }
      const health = await fetch(`${bot.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ error: { code: 'StoreUnavailable', message: expect.any(String) } });

      // A need written up to "Send" while the disk works, refused at "Send", sent again once the disk works.
      faults.set(() => false);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      const fr = translator.fixedT('fr');
      const steps = ['menu', fr('menu:items.need.label'), '1', '1', 'Le banc est cassé (panne disque)', '1', '1', 'non', 'non'];
      for (const step of steps) await say(bot.url, step, { user: 'full-need', locale: 'fr-FR' });
      faults.set(() => true, 'ENOSPC');
      const refused = await say(bot.url, 'Envoyer', { user: 'full-need', locale: 'fr-FR' });
      expect(refused.map((r) => r.text)).toEqual([fr('errors:storeUnavailable')]);
      expect(await store.needs.list()).toEqual([]);
      figures.faults++;
      faults.set(() => false);
      const sent = await say(bot.url, 'Envoyer', { user: 'full-need', locale: 'fr-FR' });
      const receipt = sent.map((r) => r.text).join('\n').match(/B-\d{4}-\d{4}/)?.[0];
      expect(receipt, JSON.stringify(sent)).toBeDefined();
      expect((await store.needs.list()).map((n) => n.receipt)).toEqual([receipt]);
      figures.confirmed++;
    } finally {
      await bot.stop();
      await dir.remove();
    }
  }, 60_000);
});

describe.runIf(canMount())('a real full disk and a read-only folder (a 1 MiB tmpfs)', () => {
  it('refuses writes on a full tmpfs without losing what was confirmed, and refuses a read-only folder at start', async () => {
    const dir = await tempDir();
    const mountPoint = join(dir.path, 'mnt');
    await mkdir(mountPoint);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]);
    try {
      const dataDir = join(mountPoint, 'data');
      let store = await openLowdbStore({ dataDir });
      const at = new Date('2026-11-24T10:00:00.000Z');
      const before = await store.needs.create(need('r1', 'avant'), at);
      figures.confirmed++;
      // Fill the disk.
      const filler = join(mountPoint, 'filler');
      await writeFile(filler, Buffer.alloc(1024 * 1024)).catch(() => undefined);
      const refused = await store.needs.create(need('r1', 'x'.repeat(1800)), at).then(() => undefined, (e: unknown) => e);
      expect(isStoreUnavailable(refused), String(refused)).toBe(true);
      expect((refused as { reason?: string }).reason).toBe('ENOSPC');
      figures.faults++;
      await expect(store.ping()).rejects.toSatisfy(isStoreUnavailable);
      expect((await store.needs.list()).map((n) => n.receipt)).toEqual([before.receipt]);
      await rm(filler);
      const after = await store.needs.create(need('r1', 'après'), at);
      figures.confirmed++;
      await store.close();

      // Read-only at start: a clear refusal, not "no such file".
      execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
      const error = await openLowdbStore({ dataDir }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(DataFolderError);
      expect((error as Error).message).toMatch(/not writable \(EROFS\)/);
      figures.faults++;
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
      store = await openLowdbStore({ dataDir });
      expect((await store.needs.list()).map((n) => n.receipt)).toEqual([before.receipt, after.receipt]);
      await store.close();
    } finally {
      execFileSync('umount', ['-l', mountPoint]);
      await dir.remove();
    }
  }, 60_000);
});

describe.runIf(process.getuid?.() !== 0)('a read-only folder (permissions)', () => {
  it('is refused at start with a clear message', async () => {
    const dir = await tempDir();
    await chmod(dir.path, 0o555);
    try {
      const error = await openLowdbStore({ dataDir: join(dir.path) }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(DataFolderError);
      expect((error as Error).message).toMatch(/not writable \(EACCES\)/);
      figures.faults++;
    } finally {
      await chmod(dir.path, 0o755);
      await dir.remove();
    }
  });
});
