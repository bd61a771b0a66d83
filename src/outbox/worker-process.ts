// The outbox worker alone on a data folder (settings from the environment) until nothing is left to send: for crash tests.
import { resolve } from 'node:path';
import { createAdapter } from '../adapter.js';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openLowdbStore } from '../store/lowdb/lowdb-store.js';
import { OutboxWorker } from './worker.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const store = await openLowdbStore({ dataDir: resolve(config.dataDir) });
// No app id: the channel is a local connector, without Bot Framework authentication.
const adapter = createAdapter({ ...config, bot: { ...config.bot, appId: '', appPassword: '' } });
const worker = new OutboxWorker({ store, adapter, config, clock: systemClock, logger, botAppId: '' });

let stopping = false;
const stop = async (code: number) => {
  stopping = true;
  await worker.stop();
  await store.close();
  process.exit(code);
};
process.on('SIGTERM', () => void stop(143));

const unsent = async () => (await store.outbox.list({ status: 'pending' })).length + (await store.outbox.list({ status: 'sending' })).length;

await worker.start();
console.log('outbox worker started');
while (!stopping) {
  await worker.kick();
  if ((await unsent()) === 0) break;
  // Messages waiting for a retry: the worker wakes itself at their time; look again shortly.
  await new Promise((resolve) => setTimeout(resolve, 200));
}
if (!stopping) {
  console.log(`outbox done: ${(await store.outbox.list()).length} messages, none left to send`);
  await stop(0);
}
