// A lowdb adapter that makes each write durable: temp file, fsync, rename, fsync of the folder.
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** The file operations the adapter uses; tests pass a version that fails like a full or read-only disk. */
export type FileOps = Pick<typeof fsPromises, 'open' | 'rename' | 'readFile' | 'unlink' | 'stat'>;

const stampOf = (s: { ino: number; size: number; mtimeMs: number }) => `${s.ino}:${s.size}:${s.mtimeMs}`;

export const realFileOps: FileOps = fsPromises;

/**
 * lowdb's JSONFile writes a temporary file and renames it, but never calls fsync: after a power
 * cut a confirmed write may be missing or the file empty. This adapter syncs the file before the
 * rename and the folder after it, so once write() resolves the new content survives a power cut.
 * It keeps no copy of the text it wrote (with 100,000 records that would be a second copy of the store): a table
 * that must go back to what is on disk after a failed write keeps what it changed instead (see ShardedTable).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private readonly temp: string;
  /** Identity of the file as last read or written (inode, size, mtime), to notice another process's write. */
  private stamp = '';

  private readonly sync: boolean;
  private readonly watch: boolean;
  private readonly stringify: (data: T) => string;

  /**
   * @param options.sync false for data that may be lost on a power cut (a conversation's current step): the write is
   * still atomic (temporary file, rename) and survives a crash of the process, but does not wait for the disk.
   * @param options.watch true to notice another process's writes (changedOnDisk); costs a stat per read and write.
   * @param options.stringify the file's text for `data` (default JSON.stringify), for callers that keep parts of it.
   */
  constructor(
    readonly path: string,
    private readonly fs: FileOps = realFileOps,
    options: { sync?: boolean; watch?: boolean; stringify?: (data: T) => string } = {},
  ) {
    this.temp = join(dirname(path), `.${basename(path)}.tmp`);
    this.sync = options.sync ?? true;
    this.watch = options.watch ?? false;
    this.stringify = options.stringify ?? JSON.stringify;
  }

  async read(): Promise<T | null> {
    const stamp = this.watch ? await this.currentStamp() : '';
    let text: string;
    try {
      text = await this.fs.readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    this.stamp = stamp;
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    const text = this.stringify(data);
    const file = await this.fs.open(this.temp, 'w');
    let stamp = '';
    try {
      await file.writeFile(text, 'utf8');
      if (this.sync) await file.sync();
      if (this.watch) stamp = stampOf(await file.stat());
    } catch (error) {
      await file.close().catch(() => undefined);
      await this.fs.unlink(this.temp).catch(() => undefined);
      throw error;
    }
    await file.close();
    await this.fs.rename(this.temp, this.path);
    if (this.sync) await syncFolder(this.fs, dirname(this.path));
    this.stamp = stamp;
  }

  /** True when the file on disk is not the one this adapter last read or wrote (another process wrote it); needs `watch`. */
  async changedOnDisk(): Promise<boolean> {
    if (!this.watch) throw new Error(`DurableJsonFile: ${this.path} is not watched for other processes' writes`);
    return (await this.currentStamp()) !== this.stamp;
  }

  private async currentStamp(): Promise<string> {
    try {
      return stampOf(await this.fs.stat(this.path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw error;
    }
  }
}

/** fsync of a folder makes a rename or a new file in it durable (Linux, macOS; a no-op where unsupported). */
export async function syncFolder(fs: FileOps, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (and Windows) refuse fsync on a folder; the rename is then as durable as they allow.
    if (!['EINVAL', 'EISDIR', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}
