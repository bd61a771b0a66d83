// Seats through the real events dialog in six languages: companions counted and said back, a flat number never booked.
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { createTestContext, dialogClient, publishedWorkshop, type TestContext } from '../helpers/setup.js';

const LANGUAGES: Language[] = ['fr', 'en', 'ar', 'es', 'pt', 'tr'];

/** The resident and the people who come along, as residents write it: four people. */
const FAMILY_OF_FOUR: Record<Language, string> = {
  fr: 'je viens avec ma femme et nos 2 enfants',
  en: 'myself, my wife and our 2 kids',
  ar: 'انا ومراتي وجوج ولاد',
  es: 'voy con mi mujer y mis dos hijos',
  pt: 'eu, a minha mulher e os 2 miúdos',
  tr: 'ben, eşim ve 2 çocuğum',
};

/** One seat, with a flat or floor number beside it that must never become the count. */
const ONE_AND_A_FLAT: Record<Language, string> = {
  fr: "une place svp, j'habite au 12",
  en: "one place please, I'm in flat 22",
  ar: 'شخص واحد انا ساكن فالشقة 22',
  es: 'una plaza, vivo en el piso 4',
  pt: 'um lugar, moro no bloco 7',
  tr: 'bir kişi, daire 12',
};

/** A count taken back and said again: the one said last is said back. */
const CORRECTED: Record<Language, string> = {
  fr: '3 non pardon 4',
  en: '3, sorry I meant 4',
  ar: 'ثلاثة لا عفوا اربعة',
  es: 'tres, no, perdón, cuatro',
  pt: '3, aliás 4',
  tr: '3 yok 4',
};

/** A plain count: booked as said, without a question. */
const PLAIN_TWO: Record<Language, string> = {
  fr: '2 places svp',
  en: 'we are 2',
  ar: 'جوج بلايص',
  es: 'dos personas',
  pt: 'nós dois',
  tr: 'iki kişi',
};

const text = (a: Partial<Activity> | undefined) => a?.text ?? '';

describe.each(LANGUAGES)('seats in the events dialog, %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});

  async function openRegistration() {
    const event = await publishedWorkshop(ctx);
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    await client.sendActivity(t('menu:items.workshops.label'));
    await client.sendActivity('1');
    expect(text(await client.sendActivity(t('workshops:details.register')))).toBe(t('workshops:seats.prompt'));
    return { client, event };
  }

  it('counts the resident and their companions, says the count back, and books it once confirmed', async () => {
    const { client, event } = await openRegistration();
    expect(text(await client.sendActivity(FAMILY_OF_FOUR[lng]))).toContain(t('understanding:seats.confirm', { count: 4 }));
    expect(text(await client.sendActivity(t('common:yesNo.yes')))).toContain(t('workshops:reminder.prompt'));
    await client.sendActivity(t('common:yesNo.no'));
    const [registration] = await ctx.store.registrations.byEvent(event.id);
    expect(registration).toMatchObject({ seats: 4, status: 'confirmed' });
  });

  it('asks before booking when a flat number stands beside the count, and asks the count again on "no"', async () => {
    const { client, event } = await openRegistration();
    expect(text(await client.sendActivity(ONE_AND_A_FLAT[lng]))).toContain(t('understanding:seats.confirm', { count: 1 }));
    expect(text(await client.sendActivity(t('common:yesNo.no')))).toContain(t('workshops:seats.prompt'));
    expect(await ctx.store.registrations.byEvent(event.id)).toHaveLength(0);
    expect(text(await client.sendActivity('2'))).toContain(t('workshops:reminder.prompt'));
    await client.sendActivity(t('common:yesNo.no'));
    const [registration] = await ctx.store.registrations.byEvent(event.id);
    expect(registration).toMatchObject({ seats: 2, status: 'confirmed' });
  });
  it('says a corrected count back with the number said last, and books it once confirmed', async () => {
    const { client, event } = await openRegistration();
    expect(text(await client.sendActivity(CORRECTED[lng]))).toContain(t('understanding:seats.confirm', { count: 4 }));
    expect(text(await client.sendActivity(t('common:yesNo.yes')))).toContain(t('workshops:reminder.prompt'));
    await client.sendActivity(t('common:yesNo.no'));
    const [registration] = await ctx.store.registrations.byEvent(event.id);
    expect(registration).toMatchObject({ seats: 4, status: 'confirmed' });
  });

  it('books a plain count without asking it back', async () => {
    const { client, event } = await openRegistration();
    const reply = text(await client.sendActivity(PLAIN_TWO[lng]));
    expect(reply).not.toContain(t('understanding:seats.confirm', { count: 2 }));
    expect(reply).toContain(t('workshops:reminder.prompt'));
    await client.sendActivity(t('common:yesNo.no'));
    const [registration] = await ctx.store.registrations.byEvent(event.id);
    expect(registration).toMatchObject({ seats: 2, status: 'confirmed' });
  });
});
