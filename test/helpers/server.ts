// The real bot behind the real HTTP server on an ephemeral port.
import type { Activity } from 'botbuilder';
import { createBotApp } from '../../src/app.js';
import { randomId, systemClock } from '../../src/clock.js';
import type { OutboxWorker } from '../../src/outbox/worker.js';
import { createServer, type PalierServer } from '../../src/server.js';
import { Recognizer } from '../../src/recognize.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { createLogger } from '../../src/logger.js';
import { createKnowledge } from '../../src/knowledge/knowledge.js';
import { realTranslator, testConfig } from './setup.js';

export interface RunningBot {
  url: string;
  store: Store;
  server: PalierServer;
  /** The outbox worker (not started: tests kick it). */
  outbox: OutboxWorker;
  stop(): Promise<void>;
}

export async function startBot(dataDir: string, env: Record<string, string> = {}): Promise<RunningBot> {
  const config = testConfig(dataDir, env);
  const store = await openStore(config);
  const translator = await realTranslator();
  const knowledge = createKnowledge(config, translator);
  const deps = { config, store, translator, knowledge, recognizer: new Recognizer(translator), clock: systemClock, newId: randomId, logger: createLogger('silent') };
  const app = createBotApp(deps);
  const server = createServer({ ...deps, adapter: app.adapter, bot: app.bot, outbox: app.outbox });
  const url = await server.listen();
  return {
    url,
    store,
    server,
    outbox: app.outbox,
    async stop() {
      await app.outbox.stop();
      await server.close();
      await store.close();
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
