// Photos in the lowdb store: descriptions in a sharded table, the bytes as one file each in photos/files/.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Photo, PhotoRepository } from '../../photos/types.js';
import { StoreUnavailableError } from '../errors.js';
import { syncFolder } from './durable-file.js';
import { hashShards, ShardedTable, type TableOptions } from './sharded-table.js';
import { realFileOps } from './durable-file.js';

/** Photo ids become file names: only ids of this shape are ever joined into a path. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

function fileName(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`lowdb photos: invalid photo id "${id}"`);
  return id;
}

/**
 * Opens photos/ in the data folder. A photo's bytes are written (temp file, fsync, rename, folder
 * fsync) before its description, so a listed photo always has its file; a deletion removes the
 * description first, then the file.
 */
export async function openPhotosTable(dataDir: string, options: TableOptions): Promise<{ repository: PhotoRepository; table: ShardedTable<Photo> }> {
  const fs = options.fs ?? realFileOps;
  const table = new ShardedTable<Photo>(join(dataDir, 'photos'), (_key, photo) => hashShards(64)(photo.residentId), options);
  await table.open();
  const files = join(dataDir, 'photos', 'files');
  await mkdir(files, { recursive: true });

  const writeBytes = async (id: string, data: Uint8Array) => {
    const path = join(files, fileName(id));
    const temp = join(files, `.${fileName(id)}.tmp`);
    try {
      const handle = await fs.open(temp, 'w');
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, path);
      await syncFolder(fs, files);
    } catch (error) {
      await fs.unlink(temp).catch(() => undefined);
      const reason = (error as NodeJS.ErrnoException).code ?? 'unknown';
      throw new StoreUnavailableError(`lowdb store: cannot write a photo (${reason})`, { cause: error, reason });
    }
  };
  const removeBytes = (id: string) => fs.unlink(join(files, fileName(id))).catch(() => undefined);

  const repository: PhotoRepository = {
    async add(photo, data) {
      // The bytes go straight to a file: check first that the folder is still ours, as table writes do.
      try {
        await options.beforeWrite?.();
      } catch (error) {
        throw new StoreUnavailableError(`lowdb store: writes stopped (${(error as Error).message})`, { cause: error, reason: 'lock-lost' });
      }
      await writeBytes(photo.id, data);
      await table.put(photo.id, structuredClone(photo));
    },
    async get(id) {
      const photo = table.get(id);
      if (!photo) return undefined;
      return { photo: structuredClone(photo), data: await readFile(join(files, fileName(id))) };
    },
    async delete(ids) {
      for (const id of ids) {
        if (!table.has(id)) continue;
        await table.delete(id);
        await removeBytes(id);
      }
    },
    async deleteByResident(residentId) {
      const mine = [...table.values()].filter((p) => p.residentId === residentId).map((p) => p.id);
      await repository.delete(mine);
      return mine.length;
    },
  };
  return { repository, table };
}
