// Photos residents attach to needs: the bytes in bytea, beside the columns that find them.
import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.sql(`
    CREATE TABLE photos (
      id text PRIMARY KEY,
      resident_id text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL CHECK (size >= 0),
      created_at text COLLATE "C" NOT NULL,
      data bytea NOT NULL
    );
    CREATE INDEX photos_resident_idx ON photos (resident_id);
  `);
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.sql('DROP TABLE photos');
}
