// A freed seat on every path reaches the next resident on the waitlist as an outbox message, on both stores;
// a cancelled event drops its reminders and tells its residents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPalier, type Palier } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { eventWhen } from '../../src/events/present.js';
import { createLogger } from '../../src/logger.js';
import { forgetResident } from '../../src/residents/forget.js';
import { createAccount } from '../../src/staff/api-keys.js';
import type { CommunityEvent, Registration, Resident } from '../../src/store/types.js';
import { ENGINES, manualTimers, type TestEngine } from '../helpers/engines.js';
import { manualClock, realTranslator, sequentialIds, testConfig } from '../helpers/setup.js';

const START = '2026-11-24T10:00:00.000Z';

describe.each(ENGINES)('freed seats on %s', (_name, open) => {
  let engine: TestEngine;
  let palier: Palier;
  let url: string;
  let staffKey: string;
  let clock: ReturnType<typeof manualClock>;
  let timers: ReturnType<typeof manualTimers>;
  let event: CommunityEvent;

  const resident = (id: string, language: Resident['language'] = 'fr'): Resident => ({
    id, language, languageSource: 'chosen', consents: [], createdAt: START, updatedAt: START,
    reference: { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `conv-${id}` } as never, user: { id } as never, bot: { id: 'palier' } as never },
  });
  const register = async (residentId: string, seats: number, reminder = false): Promise<Registration> => {
    const outcome = await palier.registrations.register({ eventId: event.id, residentId, seats, waitlist: true, reminder, language: 'fr' });
    if (!('registration' in outcome)) throw new Error(`registration refused: ${JSON.stringify(outcome)}`);
    return outcome.registration;
  };
  /** Messages of one kind in the outbox, as [resident, language] pairs (once the worker's run in progress is over). */
  const queued = async (kind: string, status = 'pending') => {
    await palier.outbox.kick();
    // Sorted: a message the worker put back (quiet hours) goes to the back of the queue.
    return (await palier.store.outbox.list()).filter((m) => m.kind === kind && m.status === status).map((m) => [m.residentId, m.language]).sort();
  };
  const offersQueued = () => queued('waitlistOffer');
  const staff = (method: string, path: string, body?: unknown) =>
    fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${staffKey}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

  beforeEach(async () => {
    engine = await open({ waitlistOfferHours: 24 });
    clock = manualClock(START);
    timers = manualTimers();
    // Quiet hours all day: the worker, kicked when an offer is queued, leaves every message waiting where the test sees it.
    palier = await createPalier(testConfig(engine.dataDir, { QUIET_HOURS: '00:00-23:59' }), { store: engine.store, clock, newId: sequentialIds(), translator: await realTranslator(), logger: createLogger('silent'), warmUp: false, timers });
    url = await palier.start({ outbox: false });
    staffKey = (await createAccount(engine.store, { name: 'Agence Nord', role: 'staff' }, clock.now(), sequentialIds('acct'))).key;
    for (const r of [resident('alice'), resident('bilal', 'ar'), resident('chloe', 'tr'), resident('dario', 'es'), resident('ema', 'pt')]) await engine.store.residents.save(r);
    event = await engine.store.events.create(
      { title: { fr: 'Atelier vélo', ar: 'ورشة الدراجات', tr: 'Bisiklet atölyesi', es: 'Taller de bicis', pt: 'Oficina de bicicletas' }, description: { fr: 'Réparer son vélo.' }, start: '2026-12-05T13:00:00.000Z', end: '2026-12-05T16:00:00.000Z', place: { address: '2 rue des Lilas' }, capacity: 2, maxSeatsPerRegistration: 2, audience: [], topics: [], organiser: { kind: 'staff', name: 'Agence' }, status: 'published' },
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
    await forgetResident({ ...palier, country: 'FR' }, 'alice');
    expect(await offersQueued()).toEqual([['chloe', 'tr']]);
    expect(await engine.store.residents.get('alice')).toBeUndefined();
  });

  it('when staff cancel the registration (staff API)', async () => {
    const alice = await register('alice', 1);
    await register('bilal', 1);
    await register('dario', 1);
    const response = await staff('POST', `/api/staff/registrations/${alice.id}/cancel`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ code: alice.code, status: 'cancelled' });
    expect(await offersQueued()).toEqual([['dario', 'es']]);
    expect((await engine.store.audit.list()).map((a) => [a.action, a.target, a.by])).toEqual([['registration.cancel', alice.code, 'Agence Nord (acct-0001)']]);
  });

  it('when staff raise the capacity (staff API)', async () => {
    await register('alice', 2);
    await register('bilal', 1);
    await register('chloe', 2);
    await register('ema', 1);
    const response = await staff('PATCH', `/api/staff/events/${event.id}`, { capacity: 4 });
    expect(response.status).toBe(200);
    // Two seats more: Bilal's one fits, Chloé's two do not after it, Ema's one does (waitlist order, those that fit).
    expect(await offersQueued()).toEqual([['bilal', 'ar'], ['ema', 'pt']]);
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

  it('staff cancelling the event drop the queued reminders and the unsent offer, tell every resident, offer no seat', async () => {
    const alice = await register('alice', 1, true);
    const bilal = await register('bilal', 1, true);
    await register('chloe', 1, true); // waitlisted
    await register('dario', 1); // waitlisted, no reminder
    await palier.registrations.cancel(alice); // Chloé is offered Alice's seat; the offer is still waiting to be sent
    expect(await queued('reminder')).toEqual([['bilal', 'ar']]);
    expect(await offersQueued()).toEqual([['chloe', 'tr']]);

    const response = await staff('POST', `/api/staff/events/${event.id}/cancel`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: event.id, status: 'cancelled' });

    expect(await queued('reminder')).toEqual([]);
    expect(await offersQueued()).toEqual([]);
    expect(await queued('reminder', 'failed')).toEqual([['alice', 'fr'], ['bilal', 'ar']]);
    // Everyone still registered is told, in their language; Alice had already cancelled.
    await palier.outbox.kick();
    const told = (await engine.store.outbox.list()).filter((m) => m.kind === 'eventCancelled').sort((a, b) => a.residentId.localeCompare(b.residentId));
    expect(told.map((m) => [m.residentId, m.status, m.ref])).toEqual([['bilal', 'pending', event.id], ['chloe', 'pending', event.id], ['dario', 'pending', event.id]]);
    const when = (lng: Language) => eventWhen(event, lng, palier.translator, palier.config.timeZone);
    expect(told[0]!.text).toBe(palier.translator.fixedT('ar')('news:eventCancelled', { title: 'ورشة الدراجات', when: when('ar'), code: bilal.code }));
    expect(told[1]!.text).toContain('Bisiklet atölyesi');
    expect((await engine.store.registrations.byEvent(event.id)).map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    // Nobody keeps an agreement to a reminder for an event that will not take place.
    for (const id of ['alice', 'bilal', 'chloe']) expect((await engine.store.residents.get(id))!.consents.filter((c) => c.purpose === 'event-reminder')).toEqual([]);
    expect((await engine.store.audit.list()).map((a) => [a.action, a.target, a.details])).toEqual([['event.cancel', event.id, { registrations: 3 }]]);

    // Cancelling again tells no one twice.
    expect((await staff('POST', `/api/staff/events/${event.id}/cancel`)).status).toBe(200);
    expect((await engine.store.outbox.list()).filter((m) => m.kind === 'eventCancelled')).toHaveLength(3);
  });
});
