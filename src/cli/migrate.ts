// npm run migrate: applies pending PostgreSQL migrations to DATABASE_URL, in DATABASE_SCHEMA when set.
import '../load-env.js';
import { ConfigError, loadConfig } from '../config.js';
import { migrate } from '../store/postgres/migrate.js';

try {
  const { database } = loadConfig();
  if (!database) throw new ConfigError('npm run migrate: DATABASE_URL is not set (the lowdb store needs no migration).');
  const ran = await migrate(database.url, { schema: database.schema, log: (line) => console.log(line) });
  console.log(ran.length ? `migrated${database.schema ? ` schema ${database.schema}` : ''}: ${ran.join(', ')}` : 'already up to date');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `npm run migrate failed: ${(error as Error).message}`);
  process.exit(1);
}
