// The classifier's emergency backstop through the real dialogs: a danger told in words no rule knows gets the one
// short question "Is it happening now?"; an answer to the question on screen (a count of seats, a menu option) and a
// command ("stop") are never asked about, even when the classifier alone would ask.
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { residentIdFor } from '../../src/resident-id.js';
import { createTestContext, dialogClient, publishedWorkshop, type TestContext } from '../helpers/setup.js';

const text = (a: Partial<Activity> | undefined) => a?.text ?? '';

/** Dangers told in words the emergency rules do not compose (self-written, not from any evaluation set). */
const UNSEEN_DANGER: [Language, string][] = [
  ['pt', 'o armário caiu em cima da minha filha e ela não sai'],
  ['en', 'the balcony is breaking and my kids are on it'],
];

/** Seats answers that name family members: the classifier alone reads them as a danger. */
const FAMILY_SEATS: [Language, string, number][] = [
  ['en', 'my wife, my son and me', 3],
  ['pt', 'eu e a minha filha', 2],
];

describe('emergency backstop in the dialogs', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());
  const t = (lng: Language) => ctx.translator.fixedT(lng);

  it.each(UNSEEN_DANGER)('in %s, asks "is it happening now?" about "%s", then gives the numbers on yes', async (lng, danger) => {
    // Only the backstop sees it: were a rule to catch it, pick another sentence.
    expect(ctx.knowledge.understanding.emergency(danger, lng)).toEqual({ kind: 'injury', certainty: 'unsure', backstop: true });
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    expect(text(await client.sendActivity(danger))).toContain(t(lng)('understanding:emergency.happeningNow'));
    expect(text(await client.sendActivity(t(lng)('common:yesNo.yes')))).toContain(t(lng)('emergency:intro'));
  });

  it.each(FAMILY_SEATS)('in %s, books "%s" as seats at the seats question, without asking about a danger', async (lng, seats, count) => {
    expect(ctx.knowledge.understanding.emergency(seats, lng)?.backstop).toBe(true);
    const event = await publishedWorkshop(ctx);
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    await client.sendActivity(t(lng)('menu:items.workshops.label'));
    await client.sendActivity('1');
    expect(text(await client.sendActivity(t(lng)('workshops:details.register')))).toBe(t(lng)('workshops:seats.prompt'));
    const reply = text(await client.sendActivity(seats));
    expect(reply).not.toContain(t(lng)('understanding:emergency.happeningNow'));
    expect(reply).toContain(t(lng)('understanding:seats.confirm', { count }));
    await client.sendActivity(t(lng)('common:yesNo.yes'));
    await client.sendActivity(t(lng)('common:yesNo.no'));
    expect(await ctx.store.registrations.byEvent(event.id)).toMatchObject([{ seats: count, status: 'confirmed' }]);
  });

  it('takes a corrected count as the answer to the seats question ("3, sorry I meant 4")', async () => {
    const correction = '3, sorry I meant 4';
    expect(ctx.knowledge.understanding.backstopSignalOf(correction, 'en').lead).toBeGreaterThanOrEqual(0.7);
    await publishedWorkshop(ctx, { fr: 'Atelier vélo' }, { fr: 'On répare.' });
    const client = dialogClient(ctx, createMainDialog(ctx), 'en');
    await client.sendActivity('menu');
    await client.sendActivity(t('en')('menu:items.workshops.label'));
    await client.sendActivity('1');
    await client.sendActivity(t('en')('workshops:details.register'));
    const reply = text(await client.sendActivity(correction));
    expect(reply).not.toContain(t('en')('understanding:emergency.happeningNow'));
    expect(reply).toContain(t('en')('understanding:seats.confirm', { count: 4 }));
  });

  it('"stop" ends the news, never asks about a danger', async () => {
    // The classifier alone has leaned to a danger on the bare word: a command, and too short to be asked about.
    const client = dialogClient(ctx, createMainDialog(ctx), 'en');
    await client.sendActivity('menu');
    const id = residentIdFor('test', 'user1', ctx.config.residentIdSalt);
    const resident = (await ctx.store.residents.get(id))!;
    await ctx.store.residents.save({ ...resident, subscription: { topics: ['events'], consentedAt: '2026-11-01T00:00:00Z' } });
    const reply = text(await client.sendActivity('stop'));
    expect(reply).toBe(t('en')('news:unsubscribed'));
    expect((await ctx.store.residents.get(id))?.subscription).toBeUndefined();
  });

  it('opens "Ideas near me" from the menu and supports an idea, never asking about a danger', async () => {
    expect(ctx.knowledge.understanding.backstopSignalOf(t('en')('menu:items.ideas.label'), 'en').lead).toBeGreaterThanOrEqual(0.7);
    const idea = await ctx.store.needs.create(
      { residentId: 'someone-else', type: 'idea', category: 'green', text: 'Un potager au pied de la tour B', language: 'fr', site: 'Les Tilleuls', audience: 'everyone', notifyOnStatus: false, channel: 'sms' },
      new Date('2026-11-20T10:00:00Z'),
    );
    await ctx.store.needs.publish(idea.id, { at: '2026-11-21T10:00:00Z', by: 'staff', translations: { en: 'A vegetable garden at the foot of tower B' } });
    const client = dialogClient(ctx, createMainDialog(ctx), 'en');
    await client.sendActivity('menu');
    const list = text(await client.sendActivity(t('en')('menu:items.ideas.label')));
    expect(list).not.toContain(t('en')('understanding:emergency.happeningNow'));
    expect(list).toContain('A vegetable garden at the foot of tower B');
    await client.sendActivity('1');
    expect(text(await client.sendActivity(t('en')('surveys:ideas.support')))).toBe(t('en')('surveys:ideas.supported', { count: 1 }));
  });
});
