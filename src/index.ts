// Entry point: reads config, opens the store, builds the bot and the server, starts listening.
import './load-env.js';
import { resolve } from 'node:path';
import { createBotApp } from './app.js';
import { randomId, systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { createTranslator } from './i18n.js';
import { seedEvents } from './events/seed.js';
import { createKnowledge } from './knowledge/knowledge.js';
import { createLogger } from './logger.js';
import { Recognizer } from './recognize.js';
import { createServer } from './server.js';
import { openStore } from './store/open-store.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const store = await openStore(config, (message) => logger.info(message));
  const translator = await createTranslator({ languages: config.languages, defaultLanguage: config.defaultLanguage });
  const recognizer = new Recognizer(translator);
  recognizer.warmUp(); // recognizers-text loads its models on first use: pay that before listening
  const knowledge = createKnowledge(config, translator);
  if (config.eventsSeedFile) {
    const seeded = await seedEvents(store, resolve(config.eventsSeedFile), config.landlord.name, systemClock.now());
    if (seeded) logger.info({ seeded }, 'events loaded from EVENTS_SEED_FILE');
  }
  const deps = { config, store, translator, recognizer, knowledge, clock: systemClock, newId: randomId, logger };
  const app = createBotApp(deps);
  const server = createServer({ ...deps, adapter: app.adapter, bot: app.bot, outbox: app.outbox });
  const url = await server.listen();
  await app.outbox.start();

  const memoryMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  logger.info({ url, store: config.database ? 'postgresql' : `lowdb ${resolve(config.dataDir)}`, startupMs: Math.round(performance.now() - started), rssMb: memoryMb }, 'Palier is listening');
  console.log(`\nPalier is running: bot endpoint ${url}/api/messages`);
  if (config.localChat) console.log(`Local chat page:  ${url}/chat\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing proactive sends and turns in flight');
    await app.outbox.stop();
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Palier could not start:', error);
  }
  process.exit(1);
});
