// Test harness: the outbox worker alone, built by createPalier (lowdb in DATA_DIR, or PostgreSQL when DATABASE_URL
// is set), running until nothing is left to send; the crash test kills and restarts it.
import { createPalier } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

const config = loadConfig();
// No app id: the channel is a local connector, without Bot Framework authentication.
const palier = await createPalier({ ...config, bot: { ...config.bot, appId: '', appPassword: '' } }, { warmUp: false });
const { store, outbox: worker } = palier;

let stopping = false;
const stop = async (code: number) => {
  stopping = true;
  await palier.close();
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
