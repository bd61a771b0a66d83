// Workshops and events as a resident meets them: browse, filter by a date phrase, register, waitlist, cancel.
import type { Activity } from 'botbuilder';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { seatsFrom } from '../../src/events/seats.js';
import type { CommunityEvent } from '../../src/store/types.js';
import { createTestContext, dialogClient, realTranslator, tempDir, type TestContext } from '../helpers/setup.js';
import { startBot } from '../helpers/server.js';
import { Recognizer } from '../../src/recognize.js';

const text = (a: Partial<Activity> | undefined) => a?.text ?? '';

/** Tuesday 24 November 2026 is "today" in these tests (the test clock). */
const workshop = (over: Partial<CommunityEvent> = {}): Omit<CommunityEvent, 'id' | 'createdAt' | 'updatedAt'> => ({
  title: { fr: 'Atelier cuisine du monde', en: 'World cooking workshop', ar: 'ورشة طبخ من العالم', es: 'Taller de cocina del mundo', pt: 'Oficina de cozinha do mundo', tr: 'Dünya mutfağı atölyesi' },
  description: { fr: 'On cuisine ensemble des plats de nos pays.', en: 'We cook dishes from our countries together.' },
  start: '2026-11-28T13:00:00.000Z', // Saturday 14:00 in Paris
  end: '2026-11-28T16:00:00.000Z',
  place: { address: '4 allée des Tilleuls', site: 'Les Tilleuls' },
  capacity: 3,
  maxSeatsPerRegistration: 3,
  audience: ['everyone'],
  topics: ['culture'],
  organiser: { kind: 'staff', name: 'Agence Nord' },
  status: 'published',
  ...over,
});

/** What a resident types, per language: a date phrase for the coming weekend and two seats said plainly in words
 * (companions added up are said back first: seats-dialog.test.ts). */
const SAYS: Record<Language, { weekend: string; twoPeople: string }> = {
  fr: { weekend: 'ce week-end', twoPeople: 'nous deux' },
  en: { weekend: 'this weekend', twoPeople: 'both of us' },
  ar: { weekend: '28/11/2026', twoPeople: 'اثنان' },
  es: { weekend: 'este fin de semana', twoPeople: 'los dos' },
  pt: { weekend: 'este fim de semana', twoPeople: 'nós dois' },
  tr: { weekend: 'bu hafta sonu', twoPeople: 'ikimiz' },
};

describe.each(['fr', 'en', 'ar', 'es', 'pt', 'tr'] as Language[])('workshops in %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});
  const says = SAYS[lng];

  it('lists upcoming events with the date in the resident\'s language, filters by a date phrase, and registers with seats said in words', async () => {
    const saturday = await ctx.store.events.create(workshop(), ctx.clock.now());
    await ctx.store.events.create(workshop({ title: { fr: 'Jardin partagé' }, start: '2026-12-10T09:00:00.000Z', end: '2026-12-10T11:00:00.000Z' }), ctx.clock.now());
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    const list = await client.sendActivity(t('menu:items.workshops.label'));
    const when = new Intl.DateTimeFormat(ctx.translator.culture(lng), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Paris' }).format(new Date(saturday.start));
    expect(text(list)).toContain(when);
    expect(text(list)).toContain(saturday.title[lng]!);
    expect(text(list)).toContain('Jardin partagé'); // no translation: the default language

    const filtered = await client.sendActivity(says.weekend);
    expect(text(filtered)).toContain(t('workshops:list.promptPeriod'));
    expect(text(filtered)).toContain(saturday.title[lng]!);
    expect(text(filtered)).not.toContain('Jardin partagé');

    const details = await client.sendActivity('1');
    expect(text(details)).toContain(t('workshops:details.seats', { count: 3 }));
    // A description not translated yet says which language it is in, named in the resident's language.
    if (!saturday.description[lng]) {
      expect(text(details)).toContain(t('workshops:details.notTranslated', { language: t('common:language.called.fr') }));
      expect(text(details)).not.toContain('Français');
    }
    expect(text(await client.sendActivity(t('workshops:details.register')))).toBe(t('workshops:seats.prompt'));
    expect(text(await client.sendActivity('12'))).toBe(t('workshops:seats.tooMany', { max: 3 }));
    client.getNextReply();
    expect(text(await client.sendActivity(says.twoPeople))).toContain(t('workshops:reminder.prompt'));
    const confirmation = await client.sendActivity(t('common:yesNo.yes'));
    const [registration] = await ctx.store.registrations.byEvent(saturday.id);
    expect(registration).toMatchObject({ seats: 2, status: 'confirmed', reminder: true, language: lng });
    expect(text(confirmation)).toContain(t('workshops:confirmed', { seats: 2, code: registration!.code }));
    expect(text(confirmation)).toContain(`/events/${saturday.id}/calendar.ics`);
    expect(text(confirmation)).toContain(saturday.place.address);
    expect(confirmation?.attachments?.[0]).toMatchObject({ contentType: 'text/calendar' });
    // The reminder waits in the outbox for the day before, in the resident's language.
    const [reminder] = await ctx.store.outbox.list({ ref: registration!.id });
    expect(reminder).toMatchObject({ kind: 'reminder', language: lng, status: 'pending', notBefore: '2026-11-27T13:00:00.000Z' });
    expect(reminder!.text).toContain(registration!.code);

    // Cancelling the registration stops its reminder.
    client.getNextReply();
    await client.sendActivity(t('menu:items.workshops.label'));
    await client.sendActivity(t('workshops:list.mine'));
    await client.sendActivity('1');
    await client.sendActivity(t('workshops:mine.cancel'));
    expect((await ctx.store.outbox.list({ ref: registration!.id }))[0]!.status).toBe('failed');
  });

  it('offers the waitlist when full, and gives the place to the waitlist when someone cancels', async () => {
    const event = await ctx.store.events.create(workshop({ capacity: 1 }), ctx.clock.now());
    await ctx.store.registrations.register({ eventId: event.id, residentId: 'someone', seats: 1, waitlist: false, reminder: false, language: 'fr' }, ctx.clock.now());
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    await client.sendActivity(t('menu:items.workshops.label'));
    const details = await client.sendActivity('1');
    expect(text(details)).toContain(t('workshops:details.full'));
    await client.sendActivity(t('workshops:details.waitlist'));
    await client.sendActivity('1');
    expect(text(await client.sendActivity(t('common:yesNo.no')))).toContain(t('workshops:full.prompt'));
    const waitlisted = await client.sendActivity(t('common:yesNo.yes'));
    const mine = (await ctx.store.registrations.byEvent(event.id)).find((r) => r.residentId !== 'someone')!;
    expect(text(waitlisted)).toBe(t('workshops:full.waitlisted', { code: mine.code }));

    const other = (await ctx.store.registrations.byEvent(event.id)).find((r) => r.residentId === 'someone')!;
    await ctx.store.registrations.cancel(other.id, ctx.clock.now());
    client.getNextReply();
    await client.sendActivity(t('menu:items.workshops.label'));
    const offer = await client.sendActivity(t('workshops:list.mine'));
    expect(text(offer)).toContain(event.title[lng]!);
    expect(text(client.getNextReply())).toContain(t('workshops:mine.status.offered'));
    await client.sendActivity('1');
    expect(text(await client.sendActivity(t('workshops:mine.accept')))).toBe(t('workshops:mine.accepted', { code: mine.code }));
    expect((await ctx.store.registrations.get(mine.id))!.status).toBe('confirmed');
  });

  it('cancels and changes the seats of a registration from "my registrations"', async () => {
    const event = await ctx.store.events.create(workshop({ capacity: 5 }), ctx.clock.now());
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    const residentId = (await ctx.store.residents.get((await import('../../src/resident-id.js')).residentIdFor('test', 'user1', ctx.config.residentIdSalt)))!.id;
    const outcome = await ctx.store.registrations.register({ eventId: event.id, residentId, seats: 1, waitlist: false, reminder: false, language: lng }, ctx.clock.now());
    expect('registration' in outcome).toBe(true);
    await client.sendActivity(t('menu:items.workshops.label'));
    await client.sendActivity(t('workshops:list.mine'));
    await client.sendActivity('1');
    await client.sendActivity(t('workshops:mine.change'));
    expect(text(await client.sendActivity('3'))).toBe(t('workshops:mine.changed', { seats: 3 }));
    client.getNextReply();
    await client.sendActivity(t('menu:items.workshops.label'));
    await client.sendActivity(t('workshops:list.mine'));
    await client.sendActivity('1');
    expect(text(await client.sendActivity(t('workshops:mine.cancel')))).toBe(t('workshops:mine.cancelled'));
    expect(await ctx.store.registrations.seatsTaken(event.id, ctx.clock.now())).toBe(0);
  });
});

describe('seats said any way', () => {
  it.each([
    ['fr', '3', 3], ['fr', 'trois', 3], ['fr', 'on sera deux', 2], ['fr', 'juste moi', 1], ['fr', 'moi et mon fils', 2], ['fr', 'moi et mes trois enfants', 4],
    ['en', '2', 2], ['en', 'four', 4], ['en', 'just me', 1], ['en', 'me and my son', 2], ['en', 'there will be three of us', 3],
    ['es', '2', 2], ['es', 'tres', 3], ['pt', '3', 3], ['pt', 'dois', 2], ['tr', 'iki', 2], ['tr', '4', 4], ['ar', 'ثلاثة', 3], ['ar', '٢', 2],
  ] as [Language, string, number][])('%s "%s" is %i', async (lng, said, seats) => {
    const translator = await realTranslator();
    expect(seatsFrom(said, lng)).toBe(seats);
  });
});

describe('calendar file', () => {
  it('is a valid iCalendar event with the title, the time zone, the place and a link back', async () => {
    const dir = await tempDir();
    const bot = await startBot(dir.path);
    const event = await bot.store.events.create(workshop(), new Date('2026-11-24T10:00:00Z'));
    const response = await fetch(`${bot.url}/events/${event.id}/calendar.ics?lang=en`);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe('World cooking workshop');
    expect(vevent.location).toBe('4 allée des Tilleuls');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Paris');
    expect(vevent.startDate.hour).toBe(14); // 13:00 UTC is 14:00 in Paris in November
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(String(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url'))).toContain(`/events/${event.id}/calendar.ics`);
    expect((await fetch(`${bot.url}/events/unknown/calendar.ics`)).status).toBe(404);
    await bot.stop();
    await dir.remove();
  });
});
