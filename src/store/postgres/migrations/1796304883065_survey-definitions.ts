// Survey definitions move from files into the store, so every instance on the database shares them.
import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.sql(`
    CREATE TABLE surveys (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      created_at text COLLATE "C" NOT NULL,
      data jsonb NOT NULL
    );
  `);
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.sql('DROP TABLE surveys');
}
