// Photos on PostgreSQL: one row per photo, the bytes in a bytea column (see the photos migration).
import type pg from 'pg';
import type { Photo, PhotoRepository, PhotoType } from '../types.js';

interface PhotoRow {
  id: string;
  resident_id: string;
  content_type: string;
  size: number;
  created_at: string;
  data: Buffer;
}

const toPhoto = (row: Omit<PhotoRow, 'data'>): Photo => ({
  id: row.id,
  residentId: row.resident_id,
  contentType: row.content_type as PhotoType,
  size: row.size,
  createdAt: row.created_at,
});

export function postgresPhotos(pool: pg.Pool): PhotoRepository {
  return {
    async add(photo, data) {
      // Written again as it is when tried again after a lost connection: the same id gives the same row.
      await pool.query(
        `INSERT INTO photos (id, resident_id, content_type, size, created_at, data) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING`,
        [photo.id, photo.residentId, photo.contentType, photo.size, photo.createdAt, Buffer.from(data)],
      );
    },
    async get(id) {
      const { rows } = await pool.query<PhotoRow>('SELECT id, resident_id, content_type, size, created_at, data FROM photos WHERE id = $1', [id]);
      const row = rows[0];
      return row ? { photo: toPhoto(row), data: row.data } : undefined;
    },
    async delete(ids) {
      if (ids.length) await pool.query('DELETE FROM photos WHERE id = ANY($1::text[])', [ids]);
    },
    async deleteByResident(residentId) {
      const result = await pool.query('DELETE FROM photos WHERE resident_id = $1', [residentId]);
      return result.rowCount ?? 0;
    },
  };
}
