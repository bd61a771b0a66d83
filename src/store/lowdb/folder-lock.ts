// One process per lowdb data folder: an exclusive lock (proper-lockfile) taken when the store opens.
import { readFileSync } from 'node:fs';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** Refusal to open a data folder another process holds, or one Palier cannot write to. */
export class DataFolderError extends Error {
  constructor(message: string, readonly code: 'LOCKED' | 'READ_ONLY') {
    super(message);
    this.name = 'DataFolderError';
  }
}

/** The folder's lock is no longer this process's: nothing may be written there any more. */
export class FolderLockLostError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'FolderLockLostError';
  }
}

export interface FolderLock {
  /**
   * Resolves while the lock is still this process's (the owner file names it); otherwise rejects
   * with FolderLockLostError, and the loss is reported once. Called before every write.
   */
  verify(): Promise<void>;
  release(): Promise<void>;
}

/** How long a lock whose holder stopped refreshing it is honoured by default; the holder refreshes it every half of this. */
const STALE_MS = 10_000;
const LOCK_NAME = 'palier.lock';
const OWNER_NAME = 'palier.lock.owner';
const READ_ONLY = ['EROFS', 'EACCES', 'EPERM'];

interface Owner {
  pid: number;
  host: string;
  since: string;
}

/** Whether `pid` is a running process here (a zombie, killed but not yet reaped by its parent, is not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill()
  }
}

async function owner(dir: string): Promise<Owner | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, OWNER_NAME), 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

export function readOnlyMessage(dir: string, code: string): string {
  return `The data folder ${dir} is not writable (${code}): Palier keeps everything there and cannot run without writing. ` +
    'Make it writable for this user (or mount it read-write), or set DATA_DIR to a writable folder.';
}

/**
 * Takes the folder's lock or throws DataFolderError. A lock left by a process that died on this
 * machine (SIGKILL, power cut) is taken over at once; one held by a live process, here or on
 * another machine sharing the folder, is refused with who holds it. `onLost` is called once if
 * the lock is taken away while held: proper-lockfile finds its lock changed or gone when it
 * refreshes it (every `staleMs / 2`), or verify() finds another process named in the owner file
 * (someone deleted palier.lock by hand and started a second bot, or this process was frozen
 * longer than `staleMs` and another took the lock over as stale). The folder then must not be
 * written any more.
 */
export async function lockDataFolder(dir: string, onLost: (error: Error) => void, settings: { staleMs?: number } = {}): Promise<FolderLock> {
  let lost: FolderLockLostError | undefined;
  const lose = (error: FolderLockLostError) => {
    if (!lost) {
      lost = error;
      onLost(error);
    }
    return error;
  };
  const onCompromised = (error: Error) => void lose(new FolderLockLostError(`the lock on ${dir} was changed or removed by someone else (${error.message})`, { cause: error }));
  const options = { lockfilePath: join(dir, LOCK_NAME), stale: settings.staleMs ?? STALE_MS, realpath: false, onCompromised };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (READ_ONLY.includes(code)) throw new DataFolderError(readOnlyMessage(dir, code), 'READ_ONLY');
    if (code !== 'ELOCKED') throw error;
    const holder = await owner(dir);
    if (!holder || holder.host !== hostname() || alive(holder.pid)) {
      const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.since}` : 'another process';
      throw new DataFolderError(
        `The data folder ${dir} is in use by ${who}. lowdb is one process only: stop the other one first ` +
          '(the command-line tools included), use another DATA_DIR, or use PostgreSQL (DATABASE_URL) for several instances.',
        'LOCKED',
      );
    }
    // Its holder died without releasing it: mark it stale so that proper-lockfile takes it over.
    await utimes(join(dir, LOCK_NAME), 0, 0);
    release = await lockfile.lock(dir, options);
  }
  const me: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  try {
    await writeFile(join(dir, OWNER_NAME), JSON.stringify(me));
  } catch (error) {
    await release().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (READ_ONLY.includes(code) || code === 'ENOSPC') throw new DataFolderError(readOnlyMessage(dir, code), 'READ_ONLY');
    throw error;
  }
  const ownerFile = join(dir, OWNER_NAME);
  const identity = async () => {
    const s = await stat(ownerFile).catch(() => undefined);
    return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : '';
  };
  // The owner file as this process wrote it: while it is unchanged on disk, it still names this process.
  let ours = await identity();
  let checking: Promise<void> | undefined;
  const check = async () => {
    const now = await identity();
    if (now === ours) return;
    const holder = await owner(dir);
    // No owner file (the folder itself deleted): the write fails on its own, and the refresh reports the lock gone.
    if (!holder) return;
    if (holder.pid === me.pid && holder.host === me.host && holder.since === me.since) {
      ours = now;
      return;
    }
    throw lose(new FolderLockLostError(`the lock on ${dir} is now held by process ${holder.pid} on ${holder.host}, since ${holder.since}`));
  };
  return {
    verify() {
      if (lost) return Promise.reject(lost);
      // Writes arriving together share one look at the owner file (a stat; it is read only when it changed).
      checking ??= check().finally(() => (checking = undefined));
      return checking;
    },
    release: async () => {
      await release().catch(() => undefined);
    },
  };
}
