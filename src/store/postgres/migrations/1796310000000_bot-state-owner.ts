// Deleting a resident finds the dialog state of their conversations by its owner mark (STATE_OWNER, "owner"): an index makes it a lookup, not a read of every conversation's state.
import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  // The same expression as postgresBotState.deleteOwnedBy's WHERE; states written before the mark existed have none and stay out of the index.
  pgm.sql(`CREATE INDEX bot_state_owner_idx ON bot_state ((data->>'owner')) WHERE (data->>'owner') IS NOT NULL`);
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.sql('DROP INDEX bot_state_owner_idx');
}
