// Registration codes come from a sequence: a number once taken is never given again, whatever is deleted.
import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.sql('CREATE SEQUENCE registration_numbers');
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.sql('DROP SEQUENCE registration_numbers');
}
