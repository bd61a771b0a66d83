// A language changed in the middle of any flow takes that flow up again at the same question, in the new language.
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/config.js';
import { residentIdFor } from '../../src/resident-id.js';
import type { Survey } from '../../src/surveys/survey.js';
import { botClient, createTestContext, type TestContext } from '../helpers/setup.js';

const LANGUAGES: Language[] = ['fr', 'en', 'ar', 'es', 'pt', 'tr'];
/** Another language, and how a resident of the first names it. */
const SWITCH: Record<Language, { name: string; to: Language }> = {
  fr: { name: 'turc', to: 'tr' },
  en: { name: 'arabic', to: 'ar' },
  ar: { name: 'francais', to: 'fr' },
  es: { name: 'inglés', to: 'en' },
  pt: { name: 'espanhol', to: 'es' },
  tr: { name: 'portekizce', to: 'pt' },
};

const joined = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const label = (fr: string, en: string, ar: string, es: string, pt: string, tr: string) => ({ fr, en, ar, es, pt, tr });

const SURVEY: Survey = {
  id: 'hall-2026',
  title: label('Le hall', 'The hall', 'المدخل', 'El vestíbulo', 'O átrio', 'Giriş holü'),
  target: { sites: [], groups: [] },
  opens: '2026-11-01',
  closes: '2026-12-31',
  questions: [
    { id: 'clean', type: 'yesno', text: label('Le hall est-il propre ?', 'Is the hall clean?', 'هل المدخل نظيف؟', '¿Está limpio el vestíbulo?', 'O átrio está limpo?', 'Giriş holü temiz mi?') },
    { id: 'light', type: 'yesno', text: label('La lumière marche-t-elle ?', 'Does the light work?', 'هل يعمل الضوء؟', '¿Funciona la luz?', 'A luz funciona?', 'Işık çalışıyor mu?') },
  ],
};

describe.each(LANGUAGES)('a language change in the middle of a flow, from %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});
  const { name, to } = SWITCH[lng];
  const after = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(to)(key, options ?? {});
  const residentId = () => residentIdFor('test', 'user1', ctx.config.residentIdSalt);

  const event = () =>
    ctx.store.events.create(
      {
        title: label('Atelier vélo', 'Bike workshop', 'ورشة الدراجات', 'Taller de bicicletas', 'Oficina de bicicletas', 'Bisiklet atölyesi'),
        description: label('On répare.', 'We repair.', 'نصلح.', 'Reparamos.', 'Reparamos.', 'Tamir ediyoruz.'),
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

  it('a procedure goes on at the step being read', async () => {
    const client = botClient(ctx, lng);
    await client.send('menu');
    await client.send(t('menu:items.procedures.label'));
    await client.send('1');
    const opened = joined(await client.send('1'));
    const topic = ctx.knowledge.content.all(lng).find((x) => opened.includes(x.title))!;
    await client.send(t('guide:actions.next.label'));
    const replies = await client.send(name);
    expect(replies[0]?.text).toBe(after('common:language.changed'));
    const resumed = joined(replies.slice(1));
    expect(resumed).toContain(after('guide:step.counter', { current: 2, total: topic.steps.length }));
    expect(resumed).toContain(ctx.knowledge.content.get(to, topic.id)!.steps[1]);
  });

  it('a survey goes on at the next question', async () => {
    await ctx.store.surveys.add(SURVEY, ctx.clock.now());
    const client = botClient(ctx, lng);
    await client.send('menu');
    await client.send(t('menu:items.surveys.label'));
    await client.send('1');
    await client.send(t('common:yesNo.yes'));
    const replies = await client.send(name);
    expect(replies[0]?.text).toBe(after('common:language.changed'));
    expect(joined(replies.slice(1))).toContain(SURVEY.questions[1]!.text[to]!);
    expect(joined(await client.send(after('common:yesNo.no')))).toContain(after('surveys:thanks'));
    expect((await ctx.store.surveyResponses.get(SURVEY.id, residentId()))?.answers).toEqual({ clean: true, light: false });
  });

  it('a registration goes on at the seats question, then at the reminder question, and is made', async () => {
    const created = await event();
    const client = botClient(ctx, lng);
    await client.send('menu');
    await client.send(t('menu:items.workshops.label'));
    await client.send('1');
    expect(joined(await client.send(t('workshops:details.register')))).toContain(t('workshops:seats.prompt'));
    const atSeats = await client.send(name);
    expect(atSeats[0]?.text).toBe(after('common:language.changed'));
    expect(joined(atSeats.slice(1))).toContain(after('workshops:seats.prompt'));
    expect(joined(await client.send('2'))).toContain(after('workshops:reminder.prompt'));
    // And back: the seats already given are kept.
    const atReminder = await client.send(SWITCH[to].to === lng ? SWITCH[to].name : ctx.translator.fixedT(lng)('common:language.name'));
    expect(atReminder[0]?.text).toBe(t('common:language.changed'));
    expect(joined(atReminder.slice(1))).toContain(t('workshops:reminder.prompt'));
    await client.send(t('common:yesNo.no'));
    const [registration] = await ctx.store.registrations.byEvent(created.id);
    expect(registration).toMatchObject({ seats: 2, status: 'confirmed', reminder: false });
  });

  it('changing the seats of a registration goes on at the seats question', async () => {
    const created = await event();
    const registered = await ctx.registrations.register({ eventId: created.id, residentId: residentId(), seats: 1, waitlist: false, reminder: false, language: lng });
    expect('registration' in registered).toBe(true);
    const client = botClient(ctx, lng);
    await client.send('menu');
    await client.send(t('menu:items.workshops.label'));
    await client.send(t('workshops:list.mine'));
    await client.send('1');
    expect(joined(await client.send(t('workshops:mine.change')))).toContain(t('workshops:seats.prompt'));
    const replies = await client.send(name);
    expect(replies[0]?.text).toBe(after('common:language.changed'));
    expect(joined(replies.slice(1))).toContain(after('workshops:seats.prompt'));
    expect(joined(await client.send('3'))).toContain(after('workshops:mine.changed', { seats: 3 }));
  });
});
