// Scale-out on PostgreSQL: two bot servers on two ports share one database, as behind a load balancer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/adapter.js';
import { systemClock } from '../../src/clock.js';
import { createLogger } from '../../src/logger.js';
import { queueAnnouncement } from '../../src/outbox/queue.js';
import { LocalConnector } from '../fakes/local-connector.js';
import { OutboxWorker } from '../../src/outbox/worker.js';
import type { Resident } from '../../src/store/types.js';
import { realTranslator, tempDir, testConfig } from '../helpers/setup.js';
import { say, startBot, type RunningBot } from '../helpers/server.js';
import { freshSchema, TEST_DATABASE_URL, type TestSchema } from '../store/postgres-harness.js';

describe('two instances on one PostgreSQL database', () => {
  let schema: TestSchema;
  let dirs: Awaited<ReturnType<typeof tempDir>>[];
  let first: RunningBot;
  let second: RunningBot;

  beforeAll(async () => {
    schema = await freshSchema();
    dirs = [await tempDir(), await tempDir()];
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema.schema, RATE_LIMIT_BURST: '1000' };
    first = await startBot(dirs[0]!.path, env);
    second = await startBot(dirs[1]!.path, env);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await schema?.drop();
    await Promise.all((dirs ?? []).map((d) => d.remove()));
  });

  it('continues on the second instance a conversation started on the first', async () => {
    const t = (await realTranslator()).fixedT('fr');
    const options = { user: 'moving-resident', locale: 'fr-FR' };
    await say(first.url, 'menu', options);
    const kind = await say(first.url, t('menu:items.need.label'), options);
    expect(kind.at(-1)?.text).toContain(t('needs:kind.prompt'));
    const category = await say(second.url, '1', options);
    expect(category.at(-1)?.text).toContain(t('needs:category.prompt'));
    const text = await say(first.url, '1', options);
    expect(text.at(-1)?.text).toContain(t('needs:text.prompt'));
  });

  it('never overbooks: 50 residents register at once for 10 seats, spread over both instances', async () => {
    const t = (await realTranslator()).fixedT('fr');
    const now = new Date();
    await first.store.events.create(
      {
        title: { fr: 'Fresque du quartier' }, description: { fr: 'On peint ensemble.' },
        start: new Date(now.getTime() + 3 * 86_400_000).toISOString(), end: new Date(now.getTime() + 3 * 86_400_000 + 7_200_000).toISOString(),
        place: { address: 'Mur de la rue Verte' }, capacity: 10, maxSeatsPerRegistration: 2, audience: [], topics: [], organiser: { kind: 'staff', name: 'Agence' }, status: 'published',
      },
      now,
    );
    const steps = ['menu', t('menu:items.workshops.label'), '1', t('workshops:details.register'), '1', t('common:yesNo.no')];
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        for (const [n, step] of steps.entries()) await say((i + n) % 2 === 0 ? first.url : second.url, step, { user: `painter-${i}`, locale: 'fr-FR' });
      }),
    );
    const [event] = await first.store.events.list();
    const registrations = await second.store.registrations.byEvent(event!.id);
    const confirmed = registrations.filter((r) => r.status === 'confirmed');
    expect(confirmed.reduce((sum, r) => sum + r.seats, 0)).toBe(10);
    expect(await first.store.registrations.seatsTaken(event!.id, new Date())).toBe(10);
  });

  it('shares the outbox between two workers: a 5,000-resident announcement reaches each resident exactly once', async () => {
    const connector = await LocalConnector.start();
    const at = new Date().toISOString();
    const residents: Resident[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `subscriber-${i}`, language: i % 3 === 0 ? 'ar' : 'fr', languageSource: 'chosen', consents: [], createdAt: at, updatedAt: at,
      reference: { channelId: 'sms', serviceUrl: connector.url, conversation: { id: `conv-${i}` } as never, user: { id: `user-${i}` } as never, bot: { id: 'palier' } as never },
      subscription: { topics: ['gardens'], consentedAt: at },
    }));
    for (let i = 0; i < residents.length; i += 500) await Promise.all(residents.slice(i, i + 500).map((r) => first.store.residents.save(r)));
    const announcement = await first.store.announcements.create(
      { text: { fr: 'Plantation au jardin samedi !', ar: 'غرس في الحديقة يوم السبت!' }, topics: ['gardens'], sites: [], author: { kind: 'staff', accountId: 's', name: 'Agence' }, status: 'approved' },
      new Date(),
    );
    const translator = await realTranslator();
    const config = testConfig(dirs[0]!.path, { QUIET_HOURS: '', OUTBOX_PER_CONVERSATION_PER_SECOND: '0', OUTBOX_PER_CHANNEL_PER_SECOND: '0', OUTBOX_CONCURRENCY: '16' });
    expect(await queueAnnouncement(announcement, { store: first.store, translator, config, now: new Date() })).toBe(5000);

    const worker = (store: typeof first.store) => new OutboxWorker({ store, adapter: createAdapter(config), config, clock: systemClock, logger: createLogger('silent'), botAppId: '' });
    const workers = [worker(first.store), worker(second.store)];
    const drain = async (w: OutboxWorker) => {
      while ((await w.runOnce()).claimed > 0);
    };
    await Promise.all(workers.map(drain));

    expect(connector.received).toHaveLength(5000);
    expect(connector.repeats).toHaveLength(0);
    expect(new Set(connector.received.map((r) => r.conversationId)).size).toBe(5000);
    expect(await first.store.outbox.countsByRef(announcement.id)).toMatchObject({ sent: 5000, pending: 0, sending: 0 });
    const arabic = connector.received.find((r) => r.conversationId === 'conv-0')!;
    expect(arabic.activity.text).toBe('غرس في الحديقة يوم السبت!');
    await Promise.all(workers.map((w) => w.stop()));
    await connector.close();
  }, 120_000);
});
