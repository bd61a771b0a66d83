// Real parts for tests: the app built by createPalier on lowdb in a temporary folder, the real locales, injected time and ids.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity, type Middleware } from 'botbuilder';
import { createPalier, type Palier } from '../../src/app.js';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { outgoingActivities } from '../../src/adapter.js';
import type { Clock, IdGenerator } from '../../src/clock.js';
import { loadConfig, type Config, type Language } from '../../src/config.js';
import type { DialogDeps } from '../../src/dialog-deps.js';
import type { Timers } from '../../src/periodic-task.js';
import { createTranslator, type Translator } from '../../src/i18n.js';
import { createLogger, type Logger } from '../../src/logger.js';

export async function tempDir(prefix = 'palier-test-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A clock that stands still until the test moves it. */
export function manualClock(iso = '2026-11-24T10:00:00.000Z'): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso).getTime();
  return { now: () => new Date(now), set: (value) => (now = new Date(value).getTime()), advance: (ms) => (now += ms) };
}

export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SURVEYS_DIR: `${dataDir}/surveys`, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
}

const sharedTranslators = new Map<string, Promise<Translator>>();

/** The real locale files with one content pack's texts, loaded once per test file and pack. */
export function realTranslator(contentPack = 'france'): Promise<Translator> {
  const config = loadConfig({ NODE_ENV: 'test' });
  let translator = sharedTranslators.get(contentPack);
  if (!translator) {
    translator = createTranslator({ languages: config.languages, defaultLanguage: config.defaultLanguage, contentPack });
    sharedTranslators.set(contentPack, translator);
  }
  return translator;
}

export interface TestContext extends DialogDeps {
  logger: Logger;
  dataDir: string;
  /** The whole app as createPalier built it (nothing listening): its bot, middleware, server. */
  palier: Palier;
  cleanup(): Promise<void>;
}

/** Timers that never fire: the waitlist offer expiry and the survey openings stay idle unless a test runs them. */
const idleTimers: Timers = { setInterval: () => undefined, clearInterval: () => undefined };

/** Everything a dialog or the bot needs, built by createPalier as in production, on a fresh data folder. */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const dir = await tempDir();
  const config = testConfig(dir.path, env);
  const palier = await createPalier(config, {
    translator: await realTranslator(config.contentPack),
    clock: manualClock(),
    newId: sequentialIds(),
    logger: createLogger('silent'),
    warmUp: false,
    timers: idleTimers,
  });
  const { store, translator, recognizer, knowledge, clock, newId, logger, registrations } = palier;
  return {
    config, store, translator, recognizer, knowledge, clock, newId, logger, registrations, palier,
    dataDir: dir.path,
    async cleanup() {
      await palier.close();
      await dir.remove();
    },
  };
}

/** A botbuilder-testing client for one dialog, with the same per-turn middleware as the real bot. */
export function dialogClient(ctx: TestContext, dialog: Dialog, lng: Language, channelId = 'test', extra: Middleware[] = []): DialogTestClient {
  const middleware = ctx.palier.residentMiddleware;
  // The channel reports the resident's locale, as Web Chat or Teams would.
  const culture = ctx.translator.culture(lng);
  const channelLocale: Middleware = {
    async onTurn(context, next) {
      context.activity.locale = culture;
      await next();
    },
  };
  return new DialogTestClient(channelId, dialog, undefined, [outgoingActivities, channelLocale, middleware, ...extra]);
}

/** The whole bot (welcome, language, dialogs) on botbuilder's TestAdapter, as a channel would drive it. */
export interface BotClient {
  /** Sends a message (or any activity) and returns every reply of that turn. */
  send(activity: string | Partial<Activity>): Promise<Partial<Activity>[]>;
}

export function botClient(ctx: TestContext, lng: Language, channelId = 'test', user = 'user1'): BotClient {
  // The app's own bot and per-turn middleware, on botbuilder's TestAdapter instead of the CloudAdapter.
  const { bot } = ctx.palier;
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId,
    locale: ctx.translator.culture(lng),
    from: { id: user, name: 'Resident' },
    conversation: { id: `conv-${user}`, isGroup: false, conversationType: 'personal', name: '' },
  } as Partial<Activity>);
  adapter.use(ctx.palier.residentMiddleware);
  return {
    async send(activity) {
      await adapter.receiveActivity(activity);
      return adapter.activeQueue.splice(0);
    },
  };
}

/** A published three-hour workshop at Les Tilleuls (30 places, up to 6 per registration), stored through the real store. */
export function publishedWorkshop(ctx: Pick<TestContext, 'store' | 'clock'>, title: Record<string, string> = { fr: 'Atelier cuisine du monde' }, description: Record<string, string> = { fr: 'On cuisine ensemble.' }) {
  return ctx.store.events.create(
    {
      title,
      description,
      start: '2026-11-28T13:00:00.000Z',
      end: '2026-11-28T16:00:00.000Z',
      place: { address: '4 allée des Tilleuls', site: 'Les Tilleuls' },
      capacity: 30,
      maxSeatsPerRegistration: 6,
      audience: ['everyone'],
      topics: ['culture'],
      organiser: { kind: 'staff', name: 'Agence Nord' },
      status: 'published',
    },
    ctx.clock.now(),
  );
}
