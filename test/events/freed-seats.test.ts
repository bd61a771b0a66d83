// A freed seat on every path reaches the next resident on the waitlist as an outbox message, on both stores.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPalier, type Palier } from '../../src/app.js';
import type { Timers } from '../../src/events/offer-expiry.js';
import type { CommunityEvent, Registration, Resident, Store } from '../../src/store/types.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import { createLogger } from '../../src/logger.js';
import { manualClock, realTranslator, sequentialIds, tempDir, testConfig } from '../helpers/setup.js';
import { freshSchema } from '../store/postgres-harness.js';

const START = '2026-11-24T10:00:00.000Z';

/** Timers a test fires itself: the offer expiry's interval never runs on its own. */
function manualTimers(): Timers & { fire(): void; running: number } {
  const callbacks = new Map<number, () => void>();
  let next = 0;
  return {
    setInterval: (callback) => (callbacks.set(++next, callback), next),
    clearInterval: (handle) => void callbacks.delete(handle as number),
    fire: () => callbacks.forEach((callback) => callback()),
    get running() {
      return callbacks.size;
    },
  };
}

const engines: [string, () => Promise<{ store: Store; dataDir: string; done(): Promise<void> }>][] = [
  ['lowdb', async () => {
    const dir = await tempDir();
    const store = await openLowdbStore({ dataDir: dir.path, waitlistOfferHours: 24 });
    return { store, dataDir: dir.path, done: async () => (await store.close(), await dir.remove()) };
  }],
  ['postgresql', async () => {
    const schema = await freshSchema();
    const dir = await tempDir();
    const store = await schema.open({ waitlistOfferHours: 24 });
    return { store, dataDir: dir.path, done: async () => (await schema.drop(), await dir.remove()) };
  }],
];

describe.each(engines)('freed seats on %s', (_name, open) => {
  let engine: Awaited<ReturnType<(typeof engines)[number][1]>>;
  let palier: Palier;
  let clock: ReturnType<typeof manualClock>;
  let timers: ReturnType<typeof manualTimers>;
  let event: CommunityEvent;

  const resident = (id: string, language: Resident['language'] = 'fr'): Resident => ({
    id, language, languageSource: 'chosen', consents: [], createdAt: START, updatedAt: START,
    reference: { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `conv-${id}` } as never, user: { id } as never, bot: { id: 'palier' } as never },
  });
  const register = async (residentId: string, seats: number): Promise<Registration> => {
    const outcome = await palier.registrations.register({ eventId: event.id, residentId, seats, waitlist: true, reminder: false, language: 'fr' });
    if (!('registration' in outcome)) throw new Error(`registration refused: ${JSON.stringify(outcome)}`);
    return outcome.registration;
  };
  /** The offers queued in the outbox, as [resident, language] pairs. */
  const offersQueued = async () => (await palier.store.outbox.list()).filter((m) => m.kind === 'waitlistOffer').map((m) => [m.residentId, m.language]);

  beforeEach(async () => {
    engine = await open();
    clock = manualClock(START);
    timers = manualTimers();
    palier = await createPalier(testConfig(engine.dataDir), { store: engine.store, clock, newId: sequentialIds(), translator: await realTranslator(), logger: createLogger('silent'), warmUp: false, timers });
    for (const r of [resident('alice'), resident('bilal', 'ar'), resident('chloe', 'tr'), resident('dario', 'es')]) await engine.store.residents.save(r);
    event = await engine.store.events.create(
      { title: { fr: 'Atelier vélo', ar: 'ورشة الدراجات', tr: 'Bisiklet atölyesi', es: 'Taller de bicis' }, description: { fr: 'Réparer son vélo.' }, start: '2026-12-05T13:00:00.000Z', end: '2026-12-05T16:00:00.000Z', place: { address: '2 rue des Lilas' }, capacity: 2, maxSeatsPerRegistration: 2, audience: [], topics: [], organiser: { kind: 'staff', name: 'Agence' }, status: 'published' },
      clock.now(),
    );
  });
  afterEach(async () => {
    await palier.close();
    expect(timers.running).toBe(0);
    await engine.done();
  });

  it('when the resident cancels', async () => {
    const alice = await register('alice', 2);
    await register('bilal', 1);
    await palier.registrations.cancel(alice);
    expect(await offersQueued()).toEqual([['bilal', 'ar']]);
  });

  it('when the resident takes fewer seats', async () => {
    const alice = await register('alice', 2);
    await register('bilal', 1);
    expect(await palier.registrations.changeSeats(alice.id, 1)).toBe(true);
    expect(await offersQueued()).toEqual([['bilal', 'ar']]);
  });

  it('when the resident deletes their data', async () => {
    await register('alice', 2);
    await register('chloe', 2);
    await palier.registrations.forget('alice');
    expect(await offersQueued()).toEqual([['chloe', 'tr']]);
  });

  it('when staff cancel the registration', async () => {
    const alice = await register('alice', 1);
    await register('bilal', 1);
    await register('dario', 1);
    const cancelled = await palier.registrations.cancelByStaff(alice.id, { id: 'acct-1', name: 'Agence Nord' });
    expect(cancelled?.status).toBe('cancelled');
    expect(await offersQueued()).toEqual([['dario', 'es']]);
    expect((await engine.store.audit.list()).map((a) => [a.action, a.target, a.by])).toEqual([['registration.cancel', alice.code, 'Agence Nord (acct-1)']]);
  });

  it('when staff raise the capacity, and when a partner edit is approved again', async () => {
    await register('alice', 2);
    await register('bilal', 1);
    await register('chloe', 2);
    expect(await palier.registrations.changeEvent(event.id, { capacity: 1 })).toEqual({ belowBooked: 2 });
    expect(await offersQueued()).toEqual([]);
    await palier.registrations.changeEvent(event.id, { capacity: 3 });
    expect(await offersQueued()).toEqual([['bilal', 'ar']]);
    // Raised while awaiting approval: nothing is offered until the event is published again.
    await palier.registrations.changeEvent(event.id, { capacity: 5, status: 'pending' });
    expect(await offersQueued()).toEqual([['bilal', 'ar']]);
    await palier.registrations.changeEvent(event.id, { status: 'published' });
    expect(await offersQueued()).toEqual([['bilal', 'ar'], ['chloe', 'tr']]);
  });

  it('when an offer lapses, on the timer alone', async () => {
    const alice = await register('alice', 2);
    await register('bilal', 2);
    await register('chloe', 1);
    await palier.registrations.cancel(alice);
    expect(await offersQueued()).toEqual([['bilal', 'ar']]);
    clock.advance(23 * 3_600_000);
    timers.fire();
    expect(await palier.offerExpiry.tick()).toBe(0);
    clock.advance(2 * 3_600_000);
    timers.fire();
    await palier.offerExpiry.tick(); // waits for the pass the timer started
    expect(await offersQueued()).toEqual([['bilal', 'ar'], ['chloe', 'tr']]);
  });
});
