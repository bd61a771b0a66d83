// Child process: the real Palier bot on 127.0.0.1; prints its URL. Its store is lowdb in the folder given as
// argument, or PostgreSQL when DATABASE_URL is set (DATABASE_SCHEMA: a schema migrated beforehand), as src/index.ts opens it.
import type { AddressInfo } from 'node:net';
import { createPalier } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startProbes } from './server-probes.js';

const dataDir = process.argv[2];
const { DATABASE_URL, DATABASE_SCHEMA } = process.env;
if (!dataDir && !DATABASE_URL) throw new Error('usage: palier-server.ts <data folder>, or DATABASE_URL=postgres://… [DATABASE_SCHEMA=…] palier-server.ts');
// Simulated residents answer at machine speed: the per-conversation rate limit would turn them away.
const config = loadConfig({
  NODE_ENV: 'test',
  DATA_DIR: dataDir,
  DATABASE_URL,
  DATABASE_SCHEMA,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_SECOND: '0',
});
const palier = await createPalier(config);
// The outbox is wired (staff routes can queue) but not started: the bench measures turns.
await palier.start({ outbox: false });
// Measured in steady state: the recognizer models Palier loads in the background after listening are loaded first.
await palier.warmedUp();
console.log(`http://127.0.0.1:${(palier.server.server.address() as AddressInfo).port}`);

// Started once warm, so they see the turns only (see server-probes.ts).
const probes = startProbes(dataDir ?? 'PostgreSQL');

process.once('SIGTERM', async () => {
  await probes.stop();
  await palier.close();
  process.exit(0);
});
