// A survey created with a later opening date invites its residents when that date arrives, on the running
// bot's timer and the injected clock: once, whatever restarts and however many PostgreSQL instances run.
import { afterEach, describe, expect, it } from 'vitest';
import { createPalier, type Palier } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { createAccount } from '../../src/staff/api-keys.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { Resident, Store } from '../../src/store/types.js';
import type { Survey } from '../../src/surveys/survey.js';
import { manualTimers } from '../helpers/engines.js';
import { manualClock, realTranslator, sequentialIds, tempDir, testConfig } from '../helpers/setup.js';
import { freshSchema, type TestSchema } from '../store/postgres-harness.js';

const SENIORS: Survey = {
  id: 'seniors-2027',
  title: { fr: 'Bien vieillir', ar: 'الشيخوخة الجيدة', tr: 'İyi yaşlanmak' },
  target: { sites: ['Les Tilleuls', 'Le Clos Vert'], groups: ['age-65-plus'] },
  opens: '2026-12-10',
  closes: '2026-12-31',
  questions: [{ id: 'lift', type: 'yesno', text: { fr: 'Ascenseur ?' } }],
};

const resident = (id: string, site: string, groups: string[], language: Resident['language'], consents = true): Resident => ({
  id, site, groups, language, languageSource: 'chosen',
  consents: consents ? [{ purpose: 'consultations', givenAt: '2026-11-01T10:00:00Z' }] : [],
  reference: { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `c-${id}`, isGroup: false, conversationType: '', name: '' } },
  createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z',
});

const RESIDENTS = [
  resident('tilleuls-fr', 'Les Tilleuls', ['age-65-plus'], 'fr'),
  resident('clos-ar', 'Le Clos Vert', ['age-65-plus'], 'ar'),
  resident('clos-tr', 'Le Clos Vert', ['age-65-plus', 'living-alone'], 'tr'),
  resident('parc-fr', 'Résidence du Parc', ['age-65-plus'], 'fr'),
  resident('young-fr', 'Les Tilleuls', ['age-under-25'], 'fr'),
  resident('no-consent', 'Les Tilleuls', ['age-65-plus'], 'fr', false),
];
const INVITED = [['clos-ar', 'ar'], ['clos-tr', 'tr'], ['tilleuls-fr', 'fr']];

/** One bot: createPalier on a given store, its timers fired by the test; quiet hours all day keep messages queued where the test reads them. */
async function bot(store: Store, dataDir: string, clock: ReturnType<typeof manualClock>) {
  const timers = manualTimers();
  const palier = await createPalier(testConfig(dataDir, { QUIET_HOURS: '00:00-23:59' }), { store, clock, newId: sequentialIds(), translator: await realTranslator(), logger: createLogger('silent'), warmUp: false, timers });
  return { palier, timers };
}

/** The invitations queued, as [resident, language] pairs, each message once. */
const invitations = async (store: Store) => (await store.outbox.list({ ref: SENIORS.id })).map((m) => [m.residentId, m.language]).sort();

/** The audit entries of survey openings (the timer's own), without their ids. */
const openingAudit = async (store: Store) =>
  (await store.audit.list()).filter((e) => e.action === 'survey.opened').map(({ by, action, target, details, at }) => ({ by, action, target, details, at }));

describe('survey openings on the timer', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });

  it('lowdb: invites nobody before the opening date, the matching residents in their language when it arrives, and no one again after a restart', async () => {
    const dir = await tempDir();
    cleanups.push(() => dir.remove());
    const clock = manualClock('2026-12-03T10:00:00.000Z');
    let store = await openLowdbStore({ dataDir: dir.path });
    let { palier, timers } = await bot(store, dir.path, clock);
    const url = await palier.start({ outbox: false });
    for (const r of RESIDENTS) await store.residents.save(r);
    const key = (await createAccount(store, { name: 'Agence', role: 'staff' }, clock.now(), sequentialIds('acct'))).key;
    const created = await fetch(`${url}/api/staff/surveys`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(SENIORS) });
    expect(((await created.json()) as { invited: number }).invited).toBe(0);

    timers.fire();
    expect(await palier.surveyOpenings.tick()).toBe(0);
    // The opening date is a day in the landlord's time zone (Europe/Paris, UTC+1 in December): 23:59 in Paris is still the day before.
    clock.set('2026-12-09T22:59:00.000Z');
    timers.fire();
    await palier.surveyOpenings.tick();
    expect(await invitations(store)).toEqual([]);
    expect(await openingAudit(store)).toEqual([]);

    // The date arrives at midnight in Paris (23:00 UTC): the timer alone invites, and the audit log says so once, without residents.
    clock.set('2026-12-09T23:00:30.000Z');
    timers.fire();
    expect(await palier.surveyOpenings.tick()).toBe(0); // waits for the pass the timer started, which did the work
    expect(await invitations(store)).toEqual(INVITED);
    expect(await openingAudit(store)).toEqual([{ by: 'Palier (bot)', action: 'survey.opened', target: SENIORS.id, details: { invited: 3 }, at: '2026-12-09T23:00:30.000Z' }]);
    expect(JSON.stringify(await store.audit.list())).not.toMatch(/tilleuls-fr|clos-ar|clos-tr/);
    const arabic = (await store.outbox.list({ ref: SENIORS.id })).find((m) => m.residentId === 'clos-ar')!;
    expect(arabic.text).toBe((await realTranslator()).fixedT('ar')('surveys:invitation', { title: 'الشيخوخة الجيدة' }));

    // Restart: a new process on the same folder invites no one again.
    await palier.close();
    await store.close();
    store = await openLowdbStore({ dataDir: dir.path });
    ({ palier, timers } = await bot(store, dir.path, clock));
    cleanups.push(async () => (await palier.close(), await store.close()));
    clock.set('2026-12-10T00:05:00.000Z');
    timers.fire();
    expect(await palier.surveyOpenings.tick()).toBe(0);
    expect(await invitations(store)).toEqual(INVITED);
    expect(await openingAudit(store)).toHaveLength(1);
  });

  it('postgres: two instances whose timers fire together invite each matching resident once; a third started later invites no one', async () => {
    const schema: TestSchema = await freshSchema();
    const dirs = [await tempDir(), await tempDir(), await tempDir()];
    cleanups.push(async () => {
      await schema.drop();
      await Promise.all(dirs.map((d) => d.remove()));
    });
    const clock = manualClock('2026-12-03T10:00:00.000Z');
    const [storeA, storeB] = [await schema.open(), await schema.open()];
    for (const r of RESIDENTS) await storeA.residents.save(r);
    expect(await storeA.surveys.add(SENIORS, clock.now())).toBe(true);
    const [a, b] = [await bot(storeA, dirs[0]!.path, clock), await bot(storeB, dirs[1]!.path, clock)];
    cleanups.push(async () => (await a.palier.close(), await b.palier.close()));

    clock.set('2026-12-09T23:00:30.000Z');
    const [fromA, fromB] = await Promise.all([a.palier.surveyOpenings.tick(), b.palier.surveyOpenings.tick()]);
    // Only one instance marks the opening (and counts the invitations); the outbox holds each resident once.
    expect([fromA, fromB].sort()).toEqual([0, 3]);
    expect(await invitations(storeA)).toEqual(INVITED);
    expect((await openingAudit(storeA)).map((e) => e.details)).toEqual([{ invited: 3 }]);

    const c = await bot(await schema.open(), dirs[2]!.path, clock);
    cleanups.push(() => c.palier.close());
    c.timers.fire();
    expect(await c.palier.surveyOpenings.tick()).toBe(0);
    expect(await invitations(storeB)).toEqual(INVITED);
    expect(await openingAudit(storeB)).toHaveLength(1);
  });
});
