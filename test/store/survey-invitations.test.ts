// A targeted survey reaches exactly the matching residents who agreed to consultations, once, in their language: on both stores.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/config.js';
import type { Resident, Store } from '../../src/store/types.js';
import { queueSurveyInvitations } from '../../src/surveys/invitations.js';
import type { Survey } from '../../src/surveys/survey.js';
import { ENGINES } from '../helpers/engines.js';
import { realTranslator, testConfig } from '../helpers/setup.js';

const NOW = new Date('2026-12-03T10:00:00Z');

function resident(id: string, over: Partial<Resident>): Resident {
  return {
    id,
    language: 'fr',
    languageSource: 'chosen',
    consents: [{ purpose: 'consultations', givenAt: '2026-11-01T10:00:00Z' }],
    reference: { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `conv-${id}`, isGroup: false, conversationType: '', name: '' } },
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...over,
  };
}

const SENIORS: Survey = {
  id: 'seniors-2026',
  title: { fr: 'Bien vieillir à la résidence', en: 'Ageing well in the residence', ar: 'الشيخوخة الجيدة في الإقامة' },
  target: { sites: ['Les Tilleuls', 'Le Clos Vert'], groups: ['age-65-plus'] },
  opens: '2026-12-01',
  closes: '2026-12-31',
  questions: [{ id: 'q', type: 'yesno', text: { fr: 'Oui ?' } }],
};

const RESIDENTS: Resident[] = [
  resident('senior-tilleuls-fr', { site: 'Les Tilleuls', groups: ['age-65-plus', 'living-alone'] }),
  resident('senior-clos-ar', { site: 'Le Clos Vert', groups: ['age-65-plus'], language: 'ar' as Language }),
  resident('senior-parc', { site: 'Résidence du Parc', groups: ['age-65-plus'] }),
  resident('young-tilleuls', { site: 'Les Tilleuls', groups: ['age-under-25'] }),
  resident('senior-no-consent', { site: 'Les Tilleuls', groups: ['age-65-plus'], consents: [] }),
  resident('senior-unreachable', { site: 'Les Tilleuls', groups: ['age-65-plus'], unreachableSince: '2026-11-20T10:00:00Z' }),
  resident('senior-no-site', { groups: ['age-65-plus'] }),
  resident('no-groups-tilleuls', { site: 'Les Tilleuls' }),
];

describe.each(ENGINES)('survey invitations on %s', (_name, open) => {
  let store: Store;
  let done: () => Promise<void>;
  beforeEach(async () => {
    ({ store, done } = await open());
    for (const r of RESIDENTS) await store.residents.save(r);
  });
  afterEach(() => done());

  it('lists the residents who agreed to consultations and can be reached', async () => {
    const ids = (await store.residents.consulted()).map((r) => r.id).sort();
    expect(ids).toEqual(['no-groups-tilleuls', 'senior-clos-ar', 'senior-no-site', 'senior-parc', 'senior-tilleuls-fr', 'young-tilleuls']);
  });

  it('invites the seniors of the two sites only, each once, in their own language', async () => {
    const translator = await realTranslator();
    const config = testConfig('/tmp/unused');
    expect(await queueSurveyInvitations(SENIORS, { store, translator, config, now: NOW })).toBe(2);
    expect(await queueSurveyInvitations(SENIORS, { store, translator, config, now: new Date(NOW.getTime() + 60_000) })).toBe(2);
    const messages = await store.outbox.list({ ref: SENIORS.id });
    expect(messages.map((m) => m.residentId).sort()).toEqual(['senior-clos-ar', 'senior-tilleuls-fr']);
    const arabic = messages.find((m) => m.residentId === 'senior-clos-ar')!;
    const ar = translator.fixedT('ar');
    expect(arabic).toMatchObject({ kind: 'surveyInvitation', language: 'ar', status: 'pending', notBefore: NOW.toISOString() });
    expect(arabic.text).toBe(ar('surveys:invitation', { title: SENIORS.title.ar }));
    expect(arabic.actions).toEqual([{ title: ar('menu:items.surveys.label'), value: ar('menu:items.surveys.label') }]);
    expect(messages.find((m) => m.residentId === 'senior-tilleuls-fr')!.text).toBe(translator.fixedT('fr')('surveys:invitation', { title: SENIORS.title.fr }));
  });

  it("queues the invitations to a survey not open yet for its opening day", async () => {
    const translator = await realTranslator();
    const later = { ...SENIORS, id: 'later', opens: '2026-12-10' };
    await queueSurveyInvitations(later, { store, translator, config: testConfig('/tmp/unused'), now: NOW });
    const messages = await store.outbox.list({ ref: 'later' });
    // The opening day starts at midnight in the landlord's time zone (testConfig: Europe/Paris, UTC+1 in December).
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.notBefore === '2026-12-09T23:00:00.000Z')).toBe(true);
  });
});
