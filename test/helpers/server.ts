// The real bot behind the real HTTP server on an ephemeral port, built by createPalier as in production.
import type { Activity } from 'botbuilder';
import { createPalier, type Palier, type PalierOverrides } from '../../src/app.js';
import type { OutboxWorker } from '../../src/outbox/worker.js';
import type { PalierServer } from '../../src/server.js';
import type { Store } from '../../src/store/types.js';
import { createLogger } from '../../src/logger.js';
import { realTranslator, testConfig } from './setup.js';

export interface RunningBot {
  url: string;
  store: Store;
  server: PalierServer;
  /** The outbox worker (not started: tests kick it). */
  outbox: OutboxWorker;
  palier: Palier;
  stop(): Promise<void>;
}

export async function startBot(dataDir: string, env: Record<string, string> = {}, overrides: PalierOverrides = {}): Promise<RunningBot> {
  const config = testConfig(dataDir, env);
  const palier = await createPalier(config, { translator: await realTranslator(config.contentPack), logger: createLogger('silent'), warmUp: false, ...overrides });
  const url = await palier.start({ outbox: false });
  return {
    url,
    store: palier.store,
    server: palier.server,
    outbox: palier.outbox,
    palier,
    async stop() {
      await palier.close();
      if (overrides.store) await overrides.store.close();
    },
  };
}
let counter = 0;

/** Sends one activity with deliveryMode expectReplies and returns the bot's replies. */
export async function say(
  url: string,
  text: string,
  options: { user: string; conversationId?: string; locale?: string; channelId?: string } & Omit<Partial<Activity>, 'conversation'>,
): Promise<Partial<Activity>[]> {
  const { user, conversationId, locale, channelId, ...rest } = options;
  const activity = {
    type: 'message',
    id: `m${++counter}`,
    text,
    channelId: channelId ?? 'sms',
    serviceUrl: 'http://127.0.0.1:9',
    from: { id: user },
    recipient: { id: 'palier' },
    conversation: { id: conversationId ?? `conv-${user}` },
    locale,
    deliveryMode: 'expectReplies',
    ...rest,
  };
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  if (!response.ok) throw new Error(`POST /api/messages answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { activities?: Partial<Activity>[] };
  return body.activities ?? [];
}
