// Entry point: reads config, builds the app with createPalier, listens, stops cleanly on a signal.
import './load-env.js';
import { resolve } from 'node:path';
import { createPalier } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataFolderError } from './store/lowdb/folder-lock.js';
import { releaseStartupMemory } from './release-memory.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const palier = await createPalier(config);
  const url = await palier.start();
  // Start-up's garbage and the young generation grown for it, handed back once (release-memory.ts).
  const gcMs = releaseStartupMemory();

  const memoryMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  palier.logger.info({ url, store: config.database ? 'postgresql' : `lowdb ${resolve(config.dataDir)}`, startupMs: Math.round(performance.now() - started), sinceProcessStartMs: Math.round(performance.now()), cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000), gcMs, rssMb: memoryMb }, 'Palier is listening');
  console.log(`\nPalier is running: bot endpoint ${url}/api/messages`);
  if (config.localChat) console.log(`Local chat page:  ${url}/chat\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    palier.logger.info({ signal }, 'shutting down: finishing proactive sends and turns in flight');
    await palier.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // A setting or a data folder Palier cannot use: the message says what to do; a stack trace would hide it.
  if (error instanceof ConfigError || error instanceof DataFolderError) {
    console.error(error.message);
  } else {
    console.error('Palier could not start:', error);
  }
  process.exit(1);
});
