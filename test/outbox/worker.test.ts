// The outbox worker against the local connector: real store in a temporary folder, injected clock and waits, no sleeps.
import { TestAdapter } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/adapter.js';
import { createPalier } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { LocalConnector, type ReceivedActivity } from '../fakes/local-connector.js';
import type { Sleep } from '../../src/outbox/pacer.js';
import { quietHoursEnd } from '../../src/outbox/quiet-hours.js';
import { backoffMs, classifyFailure, retryAfterMs } from '../../src/outbox/retry.js';
import { OutboxWorker } from '../../src/outbox/worker.js';
import { residentIdFor } from '../../src/resident-id.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { OutboxMessage, Resident, Store } from '../../src/store/types.js';
import { createTestContext, manualClock, tempDir, testConfig } from '../helpers/setup.js';

/** 11:00 in Paris: outside the default quiet hours (21:00-08:00). */
const START = '2026-11-24T10:00:00.000Z';

describe('outbox worker', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let store: Store;
  let connector: LocalConnector;
  let clock: ReturnType<typeof manualClock>;
  let waits: number[];
  let workers: OutboxWorker[];

  /** Waits no real time: the clock jumps to the end of the wait (never backwards when waits overlap). */
  const sleep: Sleep = (ms) => {
    waits.push(ms);
    const until = clock.now().getTime() + ms;
    return new Promise((resolve) =>
      setImmediate(() => {
        if (clock.now().getTime() < until) clock.set(new Date(until).toISOString());
        resolve();
      }),
    );
  };

  /** Without rate limits unless asked, so that times in a test do not depend on the order of sends. */
  function worker(env: Record<string, string> = {}): OutboxWorker {
    const config = testConfig(dir.path, { OUTBOX_PER_CONVERSATION_PER_SECOND: '0', OUTBOX_PER_CHANNEL_PER_SECOND: '0', ...env });
    const created = new OutboxWorker({ store, adapter: createAdapter(config), config, clock, logger: createLogger('silent'), botAppId: '', sleep, random: () => 0.5 });
    workers.push(created);
    return created;
  }

  async function resident(n: number, over: Partial<Resident> = {}, channelId = 'sms', serviceUrl = connector.url): Promise<Resident> {
    const r: Resident = {
      id: `r${n}`,
      language: 'fr',
      languageSource: 'chosen',
      consents: [],
      reference: { channelId, serviceUrl, conversation: { id: `conv-${n}` } as never, user: { id: `user-${n}` } as never, bot: { id: 'palier' } as never },
      createdAt: START,
      updatedAt: START,
      ...over,
    };
    await store.residents.save(r);
    return r;
  }

  const message = (id: string, residentId: string, over: Partial<OutboxMessage> = {}): OutboxMessage => ({
    id,
    kind: 'announcement',
    ref: 'a1',
    residentId,
    channelId: 'sms',
    language: 'fr',
    text: `Fête des voisins samedi (${id})`,
    notBefore: START,
    status: 'pending',
    attempts: 0,
    createdAt: START,
    updatedAt: START,
    ...over,
  });

  const row = async (id: string) => (await store.outbox.list()).find((m) => m.id === id)!;
  const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();

  beforeEach(async () => {
    dir = await tempDir();
    store = await openLowdbStore({ dataDir: dir.path });
    clock = manualClock(START);
    connector = await LocalConnector.start({ clock });
    waits = [];
    workers = [];
  });

  afterEach(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await connector.close();
    await store.close();
    await dir.remove();
  });

  it('sends each message once, with its text, its buttons and its outbox id, then marks it sent', async () => {
    await Promise.all([1, 2, 3].map((n) => resident(n)));
    await store.outbox.add([
      message('m1', 'r1', { actions: [{ title: "S'inscrire", value: 'Fête des voisins' }] }),
      message('m2', 'r2'),
      message('m3', 'r3'),
    ]);
    const w = worker();
    expect(await w.runOnce()).toMatchObject({ claimed: 3, sent: 3, retried: 0, failed: 0 });
    expect(connector.received).toHaveLength(3);
    for (const n of [1, 2, 3]) expect(connector.deliveredTo(`conv-${n}`).map((r) => r.outboxId)).toEqual([`m${n}`]);
    const first = connector.deliveredTo('conv-1')[0]!;
    expect(first.activityId).toBe('m1');
    expect(first.activity).toMatchObject({
      type: 'message',
      text: 'Fête des voisins samedi (m1)',
      textFormat: 'plain',
      channelData: { palierOutboxId: 'm1' },
      recipient: { id: 'user-1' },
      suggestedActions: { actions: [{ type: 'imBack', title: "S'inscrire", value: 'Fête des voisins' }] },
    });
    expect(await row('m1')).toMatchObject({ status: 'sent', sentAt: START, attempts: 1 });
    // Nothing is sent twice: a second run finds nothing due.
    expect(await w.runOnce()).toMatchObject({ claimed: 0 });
    expect(connector.requests).toBe(3);
    expect(await store.outbox.countsByRef('a1')).toEqual({ pending: 0, sending: 0, sent: 3, failed: 0, unreachable: 0 });
  });

  it('retries a throttled message (429) no sooner than Retry-After says, in seconds or as a date', async () => {
    await resident(1);
    await resident(2);
    await store.outbox.add([message('m1', 'r1'), message('m2', 'r2')]);
    connector.failConversation('conv-1', { status: 429, retryAfter: '120' }, 1);
    connector.failConversation('conv-2', { status: 503, retryAfter: new Date(Date.parse(START) + 90_000).toUTCString() }, 1);
    const w = worker();
    expect(await w.runOnce()).toMatchObject({ claimed: 2, retried: 2, sent: 0 });
    // One request each: the SDK's own retries (which would sleep for Retry-After) are off.
    expect(connector.requests).toBe(2);
    expect(await row('m1')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(120_000), lastError: expect.stringContaining('429') });
    expect(await row('m2')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(90_000) });
    clock.advance(89_000);
    expect(await w.runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(1_000);
    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    clock.advance(30_000);
    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(connector.received.map((r) => r.outboxId).sort()).toEqual(['m1', 'm2']);
    expect(await row('m1')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('retries server and network errors with exponential backoff and jitter, and gives up after OUTBOX_MAX_ATTEMPTS', async () => {
    await resident(1);
    await resident(2, {}, 'sms', 'http://127.0.0.1:9'); // nothing listens there
    await store.outbox.add([message('m1', 'r1'), message('m2', 'r2')]);
    connector.failConversation('conv-1', { status: 500 });
    const w = worker({ OUTBOX_MAX_ATTEMPTS: '3' });
    expect(await w.runOnce()).toMatchObject({ retried: 2 });
    // random() = 0.5: 75 % of 2 s, then of 4 s.
    expect(await row('m1')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(1_500), lastError: expect.stringContaining('500') });
    expect(await row('m2')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(1_500), lastError: expect.stringContaining('ECONNREFUSED') });
    clock.advance(1_500);
    expect(await w.runOnce()).toMatchObject({ retried: 2 });
    expect(await row('m1')).toMatchObject({ attempts: 2, nextAttemptAt: at(4_500) });
    clock.advance(3_000);
    expect(await w.runOnce()).toMatchObject({ failed: 2 });
    expect(await row('m1')).toMatchObject({ status: 'failed', attempts: 3 });
    expect(connector.requests).toBe(3);
    clock.advance(3_600_000);
    expect(await w.runOnce()).toMatchObject({ claimed: 0 });
  });

  it('sends a message again after one server error', async () => {
    await resident(1);
    await store.outbox.add([message('m1', 'r1')]);
    connector.failNext(1, { status: 502 });
    const w = worker();
    await w.runOnce();
    clock.advance(2_000);
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect(connector.deliveredTo('conv-1')).toHaveLength(1);
    expect(connector.repeats).toHaveLength(0);
  });

  it.each([403, 404])('takes a %i as "unreachable": the resident is marked, and nothing else waiting for them is sent', async (status) => {
    await resident(1);
    await resident(2);
    await store.outbox.add([
      message('m1', 'r1'),
      message('m2', 'r1', { kind: 'reminder', ref: 'reg-1' }),
      message('m3', 'r1', { notBefore: at(3_600_000) }),
      message('m4', 'r2'),
    ]);
    connector.failConversation('conv-1', { status });
    const w = worker({ OUTBOX_CONCURRENCY: '1' });
    expect(await w.runOnce()).toMatchObject({ sent: 1, unreachable: 2 });
    expect(connector.deliveredTo('conv-1')).toEqual([]);
    expect(connector.deliveredTo('conv-2')).toHaveLength(1);
    expect((await store.residents.get('r1'))!.unreachableSince).toBe(START);
    const statuses = Object.fromEntries((await store.outbox.list()).map((m) => [m.id, m.status]));
    expect(statuses).toEqual({ m1: 'unreachable', m2: 'unreachable', m3: 'unreachable', m4: 'sent' });
    expect(await row('m1')).toMatchObject({ attempts: 1, lastError: expect.stringContaining(String(status)) });
    // A message queued later for them is not even tried.
    const requests = connector.requests;
    await store.outbox.add([message('m5', 'r1')]);
    expect(await w.runOnce()).toMatchObject({ unreachable: 1 });
    expect(connector.requests).toBe(requests);
  });

  it('keeps quiet hours: a message due at night waits for the morning, in TIME_ZONE', async () => {
    await resident(1);
    await resident(2);
    clock.set('2026-11-24T20:30:00.000Z'); // 21:30 in Paris
    await store.outbox.add([message('m1', 'r1', { notBefore: '2026-11-24T20:00:00.000Z' })]);
    const w = worker();
    expect(await w.runOnce()).toMatchObject({ claimed: 1, deferred: 1, sent: 0 });
    expect(await row('m1')).toMatchObject({ status: 'pending', attempts: 0, notBefore: '2026-11-25T07:00:00.000Z' }); // 08:00 in Paris
    expect(connector.requests).toBe(0);
    clock.set('2026-11-25T06:59:59.000Z');
    expect(await w.runOnce()).toMatchObject({ claimed: 0 });
    clock.set('2026-11-25T07:00:00.000Z');
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    // Without quiet hours (QUIET_HOURS=), the night is like the day.
    clock.set('2026-11-25T22:00:00.000Z');
    await store.outbox.add([message('m2', 'r2', { notBefore: '2026-11-25T22:00:00.000Z' })]);
    expect(await worker({ QUIET_HOURS: '' }).runOnce()).toMatchObject({ sent: 1 });
  });

  it('keeps to the per-conversation and per-channel limits by waiting the computed time', async () => {
    // 40 residents on SMS with one message each, one of them with 15 more, and 10 residents on Teams.
    const sms = Array.from({ length: 40 }, (_, i) => i);
    const teams = Array.from({ length: 10 }, (_, i) => 100 + i);
    await Promise.all([...sms.map((n) => resident(n)), ...teams.map((n) => resident(n, {}, 'msteams'))]);
    await store.outbox.add([
      ...sms.map((n) => message(`m${n}`, `r${n}`)),
      ...Array.from({ length: 15 }, (_, i) => message(`extra${i}`, 'r0')),
      ...teams.map((n) => message(`m${n}`, `r${n}`, { channelId: 'msteams' })),
    ]);
    const w = worker({ OUTBOX_CONCURRENCY: '8', OUTBOX_PER_CONVERSATION_PER_SECOND: '7', OUTBOX_PER_CHANNEL_PER_SECOND: '30' });
    expect(await w.runOnce()).toMatchObject({ claimed: 65, sent: 65 });
    expect(connector.received).toHaveLength(65);
    expect(waits.length).toBeGreaterThan(0);

    /** At most `limit` sends in any one-second window: the (limit+1)-th after a send comes a second or more later. */
    const withinLimit = (records: ReceivedActivity[], limit: number) => {
      const times = records.map((r) => Date.parse(r.activity.timestamp as unknown as string)).sort((a, b) => a - b);
      return times.every((t, i) => i + limit >= times.length || times[i + limit]! - t >= 1000);
    };
    const onSms = connector.received.filter((r) => r.activity.channelId === 'sms');
    expect(onSms).toHaveLength(55);
    expect(withinLimit(onSms, 30)).toBe(true);
    expect(withinLimit(connector.received.filter((r) => r.activity.channelId === 'msteams'), 30)).toBe(true);
    expect(withinLimit(connector.deliveredTo('conv-0'), 7)).toBe(true);
    // 16 messages to one conversation at 7 a second take more than two seconds.
    const toOne = connector.deliveredTo('conv-0').map((r) => Date.parse(r.activity.timestamp as unknown as string));
    expect(Math.max(...toOne) - Math.min(...toOne)).toBeGreaterThanOrEqual(2000);
  });

  it('lets a kick during a run share the next run, recovers interrupted messages at start, and releases claims when stopped', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, n) => resident(n)));
    await store.outbox.add([message('interrupted', 'r0')]);
    await store.outbox.claimDue(clock.now(), 1); // left 'sending' by a process that died
    const w = worker({ OUTBOX_CONCURRENCY: '2', OUTBOX_PER_CONVERSATION_PER_SECOND: '0', OUTBOX_PER_CHANNEL_PER_SECOND: '0' });
    await w.start();
    expect(await w.kick()).toBeDefined();
    expect(await row('interrupted')).toMatchObject({ status: 'sent' });
    expect(connector.deliveredTo('conv-0')).toHaveLength(1);

    await store.outbox.add(Array.from({ length: 19 }, (_, i) => message(`m${i + 1}`, `r${i + 1}`)));
    const release = connector.holdAnswers();
    const first = w.kick();
    expect(w.kick()).toBe(first);
    // Two sends are in flight (the channel has not answered), two more are claimed and waiting.
    await new Promise<void>((resolve) => connector.on('activity', () => connector.received.length >= 3 && resolve()));
    const stopped = w.stop();
    release();
    await stopped;
    const counts = await store.outbox.countsByRef('a1');
    expect(counts.sending).toBe(0);
    expect(counts.sent).toBe(connector.received.length);
    expect(counts.sent + counts.pending).toBe(20);
    expect(counts.pending).toBeGreaterThan(0);
  });

  it('sends through the bot\'s own adapter without creating or changing a resident', async () => {
    const ctx = await createTestContext();
    try {
      const app = await createPalier(ctx.config, { ...ctx, warmUp: false });
      const reference = { channelId: 'sms', serviceUrl: connector.url, conversation: { id: 'conv-9' } as never, user: { id: 'user-9' } as never, bot: { id: 'palier' } as never };
      await ctx.store.residents.save({ id: 'r9', language: 'fr', languageSource: 'chosen', consents: [], reference, createdAt: START, updatedAt: START });
      await ctx.store.outbox.add([{ ...message('m9', 'r9') }]);
      expect(await app.outbox.runOnce()).toMatchObject({ sent: 1 });
      expect(connector.deliveredTo('conv-9')).toHaveLength(1);
      expect(await ctx.store.residents.get(residentIdFor('sms', 'user-9', ctx.config.residentIdSalt))).toBeUndefined();
      expect((await ctx.store.residents.get('r9'))!.updatedAt).toBe(START);
    } finally {
      await ctx.cleanup();
    }
  });

  it('counts a resident the channel had reported unreachable as reachable again once they write', async () => {
    const ctx = await createTestContext();
    try {
      const adapter = new TestAdapter(async () => undefined).use(ctx.palier.residentMiddleware);
      const say = (text: string) => adapter.send({ text, from: { id: 'user-7', name: 'user-7' } }).startTest();
      await say('bonjour');
      const id = residentIdFor('test', 'user-7', ctx.config.residentIdSalt);
      // Same conversation, same language: only the unreachable mark differs.
      await ctx.store.residents.save({ ...(await ctx.store.residents.get(id))!, unreachableSince: START });
      await say('bonjour');
      expect((await ctx.store.residents.get(id))!.unreachableSince).toBeUndefined();
    } finally {
      await ctx.cleanup();
    }
  });
});

describe('outbox timing rules', () => {
  it.each([
    ['2026-11-24T20:30:00.000Z', '21:00-08:00', '2026-11-25T07:00:00.000Z'], // 21:30 in Paris (winter, UTC+1)
    ['2026-11-25T04:00:00.000Z', '21:00-08:00', '2026-11-25T07:00:00.000Z'], // 05:00
    ['2026-07-01T20:00:00.000Z', '21:00-08:00', '2026-07-02T06:00:00.000Z'], // 22:00 in summer (UTC+2)
    ['2026-11-24T11:30:00.000Z', '12:00-14:00', '2026-11-24T13:00:00.000Z'], // 12:30, quiet hours within a day
    ['2026-11-24T10:00:00.000Z', '21:00-08:00', undefined], // 11:00
    ['2026-11-24T20:30:00.000Z', undefined, undefined],
  ])('at %s with quiet hours %s, waits until %s', (now, quiet, end) => {
    expect(quietHoursEnd(new Date(now), quiet, 'Europe/Paris')?.toISOString()).toBe(end);
  });

  it('reads Retry-After in seconds or as an HTTP date, and backs off exponentially with jitter', () => {
    const now = new Date('2026-11-24T10:00:00.000Z');
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 24 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect([1, 2, 3, 20].map((n) => backoffMs(n, () => 1))).toEqual([2_000, 4_000, 8_000, 900_000]);
    expect(backoffMs(1, () => 0)).toBe(1_000);
  });

  it('tells retryable failures from unreachable residents and permanent failures', () => {
    const now = new Date();
    const http = (statusCode: number) => Object.assign(new Error('x'), { statusCode });
    expect([429, 412, 500, 502, 503, 504].map((s) => classifyFailure(http(s), now).kind)).toEqual(Array(6).fill('retry'));
    expect([403, 404].map((s) => classifyFailure(http(s), now).kind)).toEqual(['unreachable', 'unreachable']);
    expect([400, 401, 413].map((s) => classifyFailure(http(s), now).kind)).toEqual(['failed', 'failed', 'failed']);
    expect(classifyFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), now)).toMatchObject({ kind: 'retry', reason: 'ECONNRESET: socket hang up' });
  });
});
