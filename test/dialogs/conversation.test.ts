// The whole bot as a resident meets it: welcome once, language from the page or named, work kept across interruptions.
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/config.js';
import { LANGUAGE_EVENT } from '../../src/language-choice.js';
import { withoutIsolates } from '../../src/bidi.js';
import { residentIdFor } from '../../src/resident-id.js';
import { giveConsents } from '../../src/residents/consents.js';
import { botClient, createTestContext, type TestContext } from '../helpers/setup.js';

const LANGUAGES: Language[] = ['fr', 'en', 'ar', 'es', 'pt', 'tr'];

/** What a resident types, per language. */
const SAYS: Record<Language, { greeting: string; menu: string; cancel: string; language: string; otherName: string; other: Language }> = {
  fr: { greeting: 'Bonjour', menu: 'menu', cancel: 'annuler', language: 'langue', otherName: 'turc', other: 'tr' },
  en: { greeting: 'hello', menu: 'menu', cancel: 'cancel', language: 'language', otherName: 'francais', other: 'fr' },
  ar: { greeting: 'مرحبا', menu: 'القائمة', cancel: 'إلغاء', language: 'لغة', otherName: 'francais', other: 'fr' },
  es: { greeting: 'hola', menu: 'menú', cancel: 'cancelar', language: 'idioma', otherName: 'árabe', other: 'ar' },
  pt: { greeting: 'olá', menu: 'menu', cancel: 'cancelar', language: 'língua', otherName: 'english', other: 'en' },
  tr: { greeting: 'merhaba', menu: 'menü', cancel: 'iptal', language: 'dil', otherName: 'fransızca', other: 'fr' },
};

const texts = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '');
/** Without the numbered list channels without buttons get. */
const firstLines = (replies: Partial<Activity>[]) => texts(replies).map((text) => text.split('\n\n')[0]);
const joined = (replies: Partial<Activity>[]) => texts(replies).join('\n');
const arrival = (extra: Partial<Activity> = {}): Partial<Activity> => ({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'Resident' }], ...extra });

describe.each(LANGUAGES)('conversation in %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());

  const tr = (language: Language) => (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(language)(key, options ?? {});
  const t = tr(lng);
  const says = SAYS[lng];
  const welcome = () => [t('common:welcome.hello', { landlord: ctx.config.landlord.name }), t('common:welcome.how')].join('\n');

  it('greets first when the page opens, in at most four lines before the buttons, and only once', async () => {
    const client = botClient(ctx, lng, 'directline');
    const [hello, menu, ...rest] = await client.send(arrival());
    expect(rest).toEqual([]);
    expect(hello?.text).toBe(welcome());
    expect(menu?.text).toBe(t('menu:prompt'));
    expect(menu?.suggestedActions?.actions.length).toBeGreaterThan(0);
    expect(`${hello?.text}\n${menu?.text}`.split('\n').length).toBeLessThanOrEqual(4);
    // Every message tells the page its language, so the page follows (direction, picker).
    expect(hello?.channelData).toMatchObject({ palierLanguage: lng });

    const again = await client.send(says.greeting);
    expect(joined(again)).not.toContain(t('common:welcome.hello', { landlord: ctx.config.landlord.name }));
    expect(joined(again)).toContain(t('menu:prompt'));
  });

  it('answers a first message that is a request straight away, and welcomes one that is not', async () => {
    const client = botClient(ctx, lng);
    const replies = await client.send(t('menu:items.contact.label'));
    expect(texts(replies)[0]).toContain(t('common:contact.intro'));
    expect(joined(replies)).not.toContain(t('common:welcome.how'));
    const other = botClient(ctx, lng, 'test', 'user2');
    const unclear = await other.send('qwzx');
    expect(firstLines(unclear)).toEqual([welcome(), t('menu:prompt')]);
  });

  it('a language picked on the page before typing gives the welcome once, in that language only', async () => {
    const picked = SAYS[lng].other;
    const client = botClient(ctx, lng, 'directline');
    const replies = await client.send(arrival({ channelData: { palierLanguage: picked } }));
    expect(texts(replies)).toEqual([
      [tr(picked)('common:welcome.hello', { landlord: ctx.config.landlord.name }), tr(picked)('common:welcome.how')].join('\n'),
      tr(picked)('menu:prompt'),
    ]);
    // The choice is the resident's: it outranks the page's locale from then on.
    const next = await client.send('qwzx');
    expect(joined(next)).toBe(tr(picked)('errors:notUnderstood'));
  });

  it('follows the picker during the conversation: says so, and the next miss is in the new language', async () => {
    const picked = SAYS[lng].other;
    const client = botClient(ctx, lng, 'directline');
    await client.send(arrival());
    const changed = await client.send({ type: 'event', name: LANGUAGE_EVENT, value: picked });
    expect(texts(changed)).toEqual([tr(picked)('common:language.changed'), tr(picked)('menu:prompt')]);
    expect(changed[0]?.channelData).toMatchObject({ palierLanguage: picked });
    expect(joined(await client.send('qwzx'))).toBe(tr(picked)('errors:notUnderstood'));
  });

  it('switches language when the resident names one, even after choosing another', async () => {
    const client = botClient(ctx, lng);
    await client.send(says.menu);
    const other = SAYS[lng].other;
    expect(firstLines(await client.send(says.otherName))).toEqual([tr(other)('common:language.changed'), tr(other)('menu:prompt')]);
    const back = ctx.translator.fixedT(lng)('common:language.name');
    expect(firstLines(await client.send(back))).toEqual([t('common:language.changed'), t('menu:prompt')]);
  });

  it('asks before dropping a need that is not sent, and continues it on request', async () => {
    const client = botClient(ctx, lng);
    await client.send(says.menu);
    await client.send(t('menu:items.need.label'));
    expect(joined(await client.send(t('needs:kind.need')))).toContain(t('needs:category.prompt'));
    expect(joined(await client.send(says.menu))).toContain(t('common:keepWork.prompt'));
    expect(joined(await client.send(t('common:keepWork.continue')))).toContain(t('needs:category.prompt'));
    expect(joined(await client.send(says.cancel))).toContain(t('common:keepWork.prompt'));
    const dropped = await client.send(t('common:keepWork.drop'));
    expect(firstLines(dropped)).toEqual([t('common:cancelled'), t('menu:prompt')]);
  });

  it('a language named in the middle of a need keeps the need and asks its question in the new language', async () => {
    const other = SAYS[lng].other;
    const client = botClient(ctx, lng);
    await client.send(says.menu);
    await client.send(t('menu:items.need.label'));
    await client.send(t('needs:kind.idea'));
    const replies = await client.send(says.otherName);
    expect(texts(replies)[0]).toBe(tr(other)('common:language.changed'));
    expect(joined(replies)).toContain(tr(other)('needs:category.prompt'));
  });

  it('after "delete everything", the next request is answered, not welcomed again', async () => {
    const client = botClient(ctx, lng);
    await client.send(says.menu);
    await client.send(t('menu:items.myData.label'));
    await client.send(t('needs:myData.deleteAll'));
    expect(joined(await client.send(t('common:yesNo.yes')))).toContain(t('needs:myData.deleted'));
    const next = await client.send(t('menu:items.contact.label'));
    expect(joined(next)).not.toContain(t('common:welcome.hello', { landlord: ctx.config.landlord.name }));
    expect(joined(next)).toContain(t('common:contact.intro'));
  });
});

describe('words in a language beat the channel default', () => {
  it.each(['fr', 'en', 'tr'] as Language[])('an Arabic sentence on a %s page is answered in Arabic, and the page is told', async (lng) => {
    const ctx = await createTestContext();
    const client = botClient(ctx, lng, 'directline');
    await client.send(arrival());
    const replies = await client.send('عندي تسرب ماء في الحمام');
    expect(replies.every((r) => (r.channelData as { palierLanguage?: string } | undefined)?.palierLanguage === 'ar')).toBe(true);
    const resident = await ctx.store.residents.get(residentIdFor('directline', 'user1', ctx.config.residentIdSalt));
    expect(resident?.language).toBe('ar');
    await ctx.cleanup();
  });
});

describe.each(LANGUAGES)('no dead end in %s', (lng) => {
  it('with no events, the buttons work and "2" goes back to the menu', async () => {
    const ctx = await createTestContext();
    const t = ctx.translator.fixedT(lng);
    const client = botClient(ctx, lng, 'directline');
    await client.send(SAYS[lng].menu);
    const [none] = await client.send(t('menu:items.workshops.label'));
    expect(none?.text).toBe(t('workshops:list.none'));
    expect(none?.suggestedActions?.actions.map((a) => a.value)).toEqual([t('workshops:list.mine'), t('workshops:list.menu')]);
    expect(texts(await client.send('2'))).toEqual([t('menu:promptAgain')]);
    await ctx.cleanup();
  });
});

describe.each(LANGUAGES)('registrations and "my data" in %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());

  const event = () =>
    ctx.store.events.create(
      {
        title: { fr: 'Atelier cuisine', en: 'Cooking workshop', ar: 'ورشة طبخ', es: 'Taller de cocina', pt: 'Oficina de cozinha', tr: 'Yemek atölyesi' },
        description: { fr: 'On cuisine.', en: 'We cook.', ar: 'نطبخ.', es: 'Cocinamos.', pt: 'Cozinhamos.', tr: 'Yemek yapıyoruz.' },
        start: '2026-11-28T13:00:00.000Z',
        end: '2026-11-28T16:00:00.000Z',
        place: { address: '4 allée des Tilleuls', site: 'Les Tilleuls' },
        capacity: 20,
        maxSeatsPerRegistration: 3,
        audience: ['everyone'],
        topics: ['culture'],
        organiser: { kind: 'staff', name: 'Agence Nord' },
        status: 'published',
      },
      ctx.clock.now(),
    );

  /** A resident with a confirmed registration (reminder agreed) and a request they may be called about. */
  async function residentWithRegistration() {
    const t = ctx.translator.fixedT(lng);
    const client = botClient(ctx, lng);
    await client.send(SAYS[lng].menu);
    const residentId = residentIdFor('test', 'user1', ctx.config.residentIdSalt);
    const created = await event();
    await ctx.registrations.register({ eventId: created.id, residentId, seats: 1, waitlist: false, reminder: true, language: lng });
    const need = await ctx.store.needs.create({ residentId, type: 'need', category: 'building', text: 'La porte du hall ferme mal', language: lng, contact: { kind: 'phone', value: '+33 6 12 34 56 78' }, notifyOnStatus: false, channel: 'test' }, ctx.clock.now());
    await giveConsents(ctx.store, residentId, ['need-contact'], ctx.clock.now(), need.receipt);
    return { t, client, title: created.title[lng]!, receipt: need.receipt };
  }

  const openRegistration = async (client: ReturnType<typeof botClient>, t: (key: string) => string) => {
    await client.send(SAYS[lng].menu);
    await client.send(t('menu:items.workshops.label'));
    await client.send(t('workshops:list.mine'));
    return client.send('1');
  };

  it('"my data" says in words what is kept: the phone number for a request, the event a reminder is for; true after cancelling', async () => {
    const { t, client, title, receipt } = await residentWithRegistration();
    await client.send(SAYS[lng].menu);
    const shown = withoutIsolates(joined(await client.send(t('menu:items.myData.label'))));
    expect(shown).toContain('+33 6 12 34 56 78');
    expect(shown).toContain(receipt);
    expect(shown).toContain(title);
    expect(shown).not.toContain('event-reminder');

    await openRegistration(client, t);
    // The cancel command word at this step is the answer: this registration is cancelled ("iptal", "annuler"...).
    expect(joined(await client.send(SAYS[lng].cancel))).toContain(t('workshops:mine.cancelled'));
    await client.send(SAYS[lng].menu);
    const after = withoutIsolates(joined(await client.send(t('menu:items.myData.label'))));
    expect(after).not.toContain(title);
    expect(after).toContain('+33 6 12 34 56 78');
  });

  it('changing seats above the per-person maximum says why and stays in the flow', async () => {
    const { t, client } = await residentWithRegistration();
    await openRegistration(client, t);
    await client.send(t('workshops:mine.change'));
    const tooMany = await client.send('9');
    expect(texts(tooMany)[0]).toBe(ctx.translator.fixedT(lng)('workshops:seats.tooMany', { max: 3 }));
    expect(joined(await client.send('2'))).toContain(ctx.translator.fixedT(lng)('workshops:mine.changed', { seats: 2 }));
  });
});

describe.each(LANGUAGES)('news topics in %s', (lng) => {
  it('come as buttons on channels that have them, and a tapped topic is understood', async () => {
    const ctx = await createTestContext();
    const t = ctx.translator.fixedT(lng);
    const client = botClient(ctx, lng, 'directline');
    await client.send(SAYS[lng].menu);
    const [asked] = await client.send(t('menu:items.news.label'));
    const values = asked?.suggestedActions?.actions.map((a) => a.value) ?? [];
    expect(values).toContain(t('news:topics.names.gardens'));
    expect(values).toContain(t('news:topics.allLabel'));
    expect(joined(await client.send(t('news:topics.names.gardens')))).toContain(t('news:site.prompt'));
    await ctx.cleanup();
  });
});
