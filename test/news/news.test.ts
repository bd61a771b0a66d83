// Neighbourhood news: subscribing, "stop" in every language, and who an approved announcement reaches.
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { queueAnnouncement } from '../../src/outbox/queue.js';
import { residentIdFor } from '../../src/resident-id.js';
import type { Announcement, Resident } from '../../src/store/types.js';
import { createTestContext, dialogClient, type TestContext } from '../helpers/setup.js';

const text = (a: Partial<Activity> | undefined) => a?.text ?? '';

describe.each(['fr', 'en', 'ar'] as Language[])('news subscription in %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});
  const residentId = () => residentIdFor('test', 'user1', ctx.config.residentIdSalt);

  it('subscribes to chosen topics and a site with explicit consent, then stops with "stop"', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    expect(text(await client.sendActivity(t('menu:items.news.label')))).toContain(t('news:topics.prompt'));
    expect(text(await client.sendActivity('1, 4'))).toContain(t('news:site.prompt'));
    expect(text(await client.sendActivity('2'))).toContain(t('news:consent.prompt', { landlord: ctx.config.landlord.name }));
    expect(text(await client.sendActivity(t('common:yesNo.yes')))).toBe(t('news:subscribed', { quiet: '21:00-08:00' }));
    const resident = (await ctx.store.residents.get(residentId()))!;
    expect(resident.subscription).toMatchObject({ topics: ['events', 'seniors'], site: ctx.config.sites[1], consentedAt: '2026-11-24T10:00:00.000Z' });
    expect(resident.consents.map((c) => c.purpose)).toContain('news');

    client.getNextReply();
    expect(text(await client.sendActivity('stop'))).toBe(t('news:unsubscribed'));
    const after = (await ctx.store.residents.get(residentId()))!;
    expect(after.subscription).toBeUndefined();
    expect(after.consents.map((c) => c.purpose)).not.toContain('news');
  });
});

describe('"stop" in every language', () => {
  it.each(['stop', 'désabonner', 'unsubscribe', 'توقف', 'parar', 'dur', 'abonelikten çık'])('"%s" ends the subscription and cancels unsent messages', async (word) => {
    const ctx = await createTestContext();
    const client = dialogClient(ctx, createMainDialog(ctx), 'fr');
    await client.sendActivity('menu');
    const id = residentIdFor('test', 'user1', ctx.config.residentIdSalt);
    const resident = (await ctx.store.residents.get(id))!;
    await ctx.store.residents.save({ ...resident, subscription: { topics: ['events'], consentedAt: '2026-11-01T00:00:00Z' } });
    await ctx.store.outbox.add([{ id: 'm1', kind: 'announcement', ref: 'a1', residentId: id, channelId: 'test', language: 'fr', text: 'Fête', notBefore: '2026-11-24T10:00:00Z', status: 'pending', attempts: 0, createdAt: '2026-11-24T10:00:00Z', updatedAt: '2026-11-24T10:00:00Z' }]);
    const reply = await client.sendActivity(word);
    expect(reply?.text).toBe(ctx.translator.fixedT('fr')('news:unsubscribed'));
    expect((await ctx.store.residents.get(id))!.subscription).toBeUndefined();
    expect((await ctx.store.outbox.list({ ref: 'a1' }))[0]!.status).not.toBe('pending');
    await ctx.cleanup();
  });
});

describe('approving an announcement', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  const resident = (id: string, over: Partial<Resident>): Resident => ({
    id, language: 'fr', languageSource: 'chosen', consents: [], createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
    reference: { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `c-${id}`, isGroup: false, conversationType: 'personal', name: '' } },
    subscription: { topics: ['gardens'], site: 'Les Tilleuls', consentedAt: '2026-11-01T00:00:00Z' },
    ...over,
  });

  it('queues one message per matching subscribed resident, in their language', async () => {
    const ctx = await createTestContext();
    await Promise.all([
      ctx.store.residents.save(resident('fr-gardens', {})),
      ctx.store.residents.save(resident('ar-gardens', { language: 'ar' })),
      ctx.store.residents.save(resident('tr-gardens', { language: 'tr' })),
      ctx.store.residents.save(resident('other-topic', { subscription: { topics: ['jobs'], site: 'Les Tilleuls', consentedAt: '2026-11-01T00:00:00Z' } })),
      ctx.store.residents.save(resident('other-site', { subscription: { topics: ['gardens'], site: 'Le Clos Vert', consentedAt: '2026-11-01T00:00:00Z' } })),
      ctx.store.residents.save(resident('not-subscribed', { subscription: undefined })),
      ctx.store.residents.save(resident('unreachable', { unreachableSince: '2026-11-02T00:00:00Z' })),
    ]);
    const announcement: Announcement = {
      id: 'a-garden', text: { fr: 'Plantation au jardin samedi !', ar: 'غرس في الحديقة يوم السبت!' }, topics: ['gardens', 'culture'], sites: ['Les Tilleuls'],
      author: { kind: 'partner', accountId: 'p', name: 'Jardins du Nord' }, status: 'approved', createdAt: now.toISOString(), updatedAt: now.toISOString(),
    };
    expect(await queueAnnouncement(announcement, { store: ctx.store, translator: ctx.translator, config: ctx.config, now })).toBe(3);
    const rows = await ctx.store.outbox.list({ ref: 'a-garden' });
    const byResident = Object.fromEntries(rows.map((r) => [r.residentId, r]));
    expect(Object.keys(byResident).sort()).toEqual(['ar-gardens', 'fr-gardens', 'tr-gardens']);
    expect(byResident['ar-gardens']).toMatchObject({ language: 'ar', text: 'غرس في الحديقة يوم السبت!', status: 'pending' });
    expect(byResident['tr-gardens']!.text).toBe(`Plantation au jardin samedi !\n${ctx.translator.fixedT('tr')('news:notTranslated')}`);
    // Approving twice queues nothing new: a message's id is its announcement and resident.
    await queueAnnouncement(announcement, { store: ctx.store, translator: ctx.translator, config: ctx.config, now });
    expect(await ctx.store.outbox.list({ ref: 'a-garden' })).toHaveLength(3);
    await ctx.cleanup();
  });
});
