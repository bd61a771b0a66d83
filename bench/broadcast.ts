// `npm run bench -- broadcast`: one announcement to 10,000 subscribed residents through the outbox worker and a local connector.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPalier } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { LocalConnector } from '../test/fakes/local-connector.js';
import { openLowdbStore } from '../src/store/lowdb/lowdb-store.js';
import type { OutboxMessage, Resident } from '../src/store/types.js';

const RESIDENTS = 10_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Seeds the residents and one outbox row each through the real store, then runs the worker in
 * this process until the outbox is empty, with the channels' rate limits off (0): the figure is
 * what the worker, the store and the HTTP stack can do, not what a channel allows (with the
 * default 30 messages a second per channel, 10,000 messages take at least 5.6 minutes).
 * Returns the exit code: 1 unless every resident got the message exactly once.
 */
export async function runBroadcast(options: { concurrency?: number } = {}): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'palier-bench-broadcast-'));
  const connector = await LocalConnector.start();
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      QUIET_HOURS: '',
      OUTBOX_PER_CONVERSATION_PER_SECOND: '0',
      OUTBOX_PER_CHANNEL_PER_SECOND: '0',
      ...(options.concurrency ? { OUTBOX_CONCURRENCY: String(options.concurrency) } : {}),
    });
    const store = await openLowdbStore({ dataDir: dir });
    const seedStarted = performance.now();
    const now = systemClock.now();
    const announcement = await store.announcements.create(
      { text: { fr: 'Fête des voisins samedi 14 h dans la cour.' }, topics: ['events'], sites: [], author: { kind: 'staff', accountId: 'bench', name: 'Bench' }, status: 'approved' },
      now,
    );
    const residents: Resident[] = Array.from({ length: RESIDENTS }, (_, n) => ({
      id: `bench-resident-${n}`,
      language: 'fr',
      languageSource: 'chosen',
      consents: [],
      subscription: { topics: ['events'], consentedAt: now.toISOString() },
      reference: { channelId: 'sms', serviceUrl: connector.url, conversation: { id: `bench-conversation-${n}` } as never, user: { id: `bench-user-${n}` } as never, bot: { id: 'palier' } as never },
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    }));
    await Promise.all(residents.map((r) => store.residents.save(r)));
    const messages: OutboxMessage[] = residents.map((r) => ({
      id: `${announcement.id}:${r.id}`, kind: 'announcement', ref: announcement.id, residentId: r.id, channelId: 'sms', language: 'fr',
      text: announcement.text.fr!, notBefore: now.toISOString(), status: 'pending', attempts: 0, createdAt: now.toISOString(), updatedAt: now.toISOString(),
    }));
    await store.outbox.add(messages);
    log(`seeded ${RESIDENTS.toLocaleString('en-US')} residents and outbox rows in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

    // The app built as in production (nothing listening), on this store: its outbox worker sends.
    const palier = await createPalier(config, { store, logger: createLogger('silent'), warmUp: false });
    const worker = palier.outbox;
    log(`sending with concurrency ${config.outbox.concurrency}, rate limits off, quiet hours off…`);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const summary = await worker.runOnce();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    await palier.close();

    const counts = await store.outbox.countsByRef(announcement.id);
    await store.close();
    const perConversation = new Map<string, number>();
    for (const r of connector.received) perConversation.set(r.conversationId, (perConversation.get(r.conversationId) ?? 0) + 1);
    const missing = residents.filter((_, n) => perConversation.get(`bench-conversation-${n}`) !== 1).length;

    console.log(`broadcast: ${RESIDENTS.toLocaleString('en-US')} messages in ${seconds.toFixed(2)} s = ${(summary.sent / seconds).toFixed(0)} messages/s`);
    console.log(`  concurrency ${config.outbox.concurrency}, rate limits off; CPU ${((cpu.user + cpu.system) / 1000 / summary.sent).toFixed(2)} ms/message (worker, store and local connector in one process); ${availableParallelism()} cores`);
    console.log(`  outbox: ${JSON.stringify(counts)}; connector: ${connector.received.length} accepted, ${connector.repeats.length} repeats, ${connector.requests} requests`);
    const ok = missing === 0 && connector.received.length === RESIDENTS && counts.sent === RESIDENTS;
    console.log(ok ? '  every resident got the message exactly once' : `  FAILED: ${missing} residents did not get exactly one message`);
    return ok ? 0 : 1;
  } finally {
    await connector.close();
    await rm(dir, { recursive: true, force: true });
  }
}
