// Child process: the real Palier bot (lowdb store in the folder given as argument) on 127.0.0.1; prints its URL.
import type { AddressInfo } from 'node:net';
import { createBotApp } from '../app.js';
import { randomId, systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createTranslator } from '../i18n.js';
import { createKnowledge } from '../knowledge/knowledge.js';
import { createLogger } from '../logger.js';
import { Recognizer } from '../recognize.js';
import { createServer } from '../server.js';
import { openLowdbStore } from '../store/lowdb/lowdb-store.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: palier-server.ts <data folder>');
// Simulated residents answer at machine speed: the per-conversation rate limit would turn them away.
const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_PER_SECOND: '0' });
const store = await openLowdbStore({ dataDir });
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
