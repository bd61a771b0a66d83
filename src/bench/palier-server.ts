// Child process: the real Palier bot on 127.0.0.1; prints its URL. Its store is lowdb in the folder given as
// argument, or PostgreSQL when DATABASE_URL is set (DATABASE_SCHEMA: a schema migrated beforehand), as src/index.ts opens it.
import type { AddressInfo } from 'node:net';
import { createBotApp } from '../app.js';
import { randomId, systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createTranslator } from '../i18n.js';
import { createKnowledge } from '../knowledge/knowledge.js';
import { createLogger } from '../logger.js';
import { Recognizer } from '../recognize.js';
import { createServer } from '../server.js';
import { openStore } from '../store/open-store.js';

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
const store = await openStore(config);
const translator = await createTranslator({ languages: config.languages, defaultLanguage: config.defaultLanguage });
const recognizer = new Recognizer(translator);
recognizer.warmUp();
const knowledge = createKnowledge(config, translator);
const deps = { config, store, translator, recognizer, knowledge, clock: systemClock, newId: randomId, logger: createLogger(config.logLevel) };
const app = createBotApp(deps);
const server = createServer({ ...deps, adapter: app.adapter, bot: app.bot });
await server.listen();
console.log(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}`);

process.once('SIGTERM', async () => {
  await server.close();
  await store.close();
  process.exit(0);
});
