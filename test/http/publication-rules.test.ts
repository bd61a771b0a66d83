// What staff and partners may publish, through the real server: capacity, translations kept on edit,
// announcements tied to an allowed event, approvals in order, rejections with a reason the partner reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequentialIds, tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { createAccount } from '../../src/staff/api-keys.js';

const eventInput = (title: Record<string, string>, capacity = 10) => ({
  title,
  description: { fr: 'Ouvert à tous.', en: 'Open to all.' },
  start: '2026-12-12T13:00:00Z',
  end: '2026-12-12T17:00:00Z',
  place: { address: 'Salle commune', site: 'Les Tilleuls' },
  capacity,
});

describe('publication rules', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let staff: string;
  let partner: string;
  let otherPartner: string;
  const send = async (method: string, path: string, key: string, body?: unknown) => {
    const response = await fetch(`${bot.url}${path}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    const ids = sequentialIds('acct');
    const now = new Date('2026-11-24T10:00:00Z');
    staff = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, now, ids)).key;
    partner = (await createAccount(bot.store, { name: 'Centre social', role: 'partner' }, now, ids)).key;
    otherPartner = (await createAccount(bot.store, { name: 'Club de foot', role: 'partner' }, now, ids)).key;
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('refuses a capacity below the seats already booked, for staff and partners', async () => {
    const created = await send('POST', '/api/staff/events', staff, eventInput({ fr: 'Loto' }, 10));
    expect(created.status).toBe(201);
    await bot.store.registrations.register({ eventId: created.body.id, residentId: 'r1', seats: 4, waitlist: false, reminder: false, language: 'fr' }, new Date());
    const below = await send('PATCH', `/api/staff/events/${created.body.id}`, staff, { capacity: 3, title: { fr: 'Grand loto' } });
    expect(below).toMatchObject({ status: 409, body: { error: { code: 'CapacityBelowBooked', message: expect.stringContaining('4'), details: { booked: 4 } } } });
    // Refused as a whole: the title given with it is not changed either.
    expect((await bot.store.events.get(created.body.id))!.title).toEqual({ fr: 'Loto' });
    expect((await send('PATCH', `/api/staff/events/${created.body.id}`, staff, { capacity: 4 })).status).toBe(200);
    expect((await bot.store.events.get(created.body.id))!.capacity).toBe(4);

    const mine = await send('POST', '/api/partners/events', partner, eventInput({ fr: 'Tournoi' }, 8));
    await send('POST', `/api/staff/events/${mine.body.id}/decision`, staff, { decision: 'approve' });
    await bot.store.registrations.register({ eventId: mine.body.id, residentId: 'r2', seats: 5, waitlist: false, reminder: false, language: 'fr' }, new Date());
    expect((await send('PATCH', `/api/partners/events/${mine.body.id}`, partner, { capacity: 2 })).status).toBe(409);
    // Another partner cannot edit it, nor learn that it exists.
    const theirs = await send('PATCH', `/api/partners/events/${mine.body.id}`, otherPartner, { title: { fr: 'Pris' }, capacity: 50 });
    expect(theirs).toMatchObject({ status: 404, body: { error: { code: 'NotFound' } } });
    expect((await bot.store.events.get(mine.body.id))!).toMatchObject({ title: { fr: 'Tournoi' }, capacity: 8, status: 'published' });
  });

  it('keeps the other translations when a partner edits the French title', async () => {
    const submitted = await send('POST', '/api/partners/events', partner, eventInput({ fr: 'Atelier cuisine', en: 'Cooking workshop', ar: 'ورشة طبخ' }));
    const edited = await send('PATCH', `/api/partners/events/${submitted.body.id}`, partner, { title: { fr: 'Atelier cuisine du monde' } });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toEqual({ fr: 'Atelier cuisine du monde', en: 'Cooking workshop', ar: 'ورشة طبخ' });
    expect(edited.body.description).toEqual({ fr: 'Ouvert à tous.', en: 'Open to all.' });
    // Staff edits follow the same rule.
    const staffEdit = await send('PATCH', `/api/staff/events/${submitted.body.id}`, staff, { description: { en: 'Everyone welcome.' } });
    expect(staffEdit.body.description).toEqual({ fr: 'Ouvert à tous.', en: 'Everyone welcome.' });
  });

  it("links an announcement only to the partner's own event, and approves it only once the event is published", async () => {
    const theirs = await send('POST', '/api/partners/events', otherPartner, eventInput({ fr: 'Match' }));
    const announce = (eventId: string) => send('POST', '/api/partners/announcements', partner, { text: { fr: 'Venez nombreux !' }, topics: ['events'], eventId });
    expect(await announce(theirs.body.id)).toMatchObject({ status: 400, body: { error: { code: 'InvalidAnnouncement', message: expect.stringMatching(/^eventId:/) } } });
    expect((await announce('no-such-event')).status).toBe(400);

    const own = await send('POST', '/api/partners/events', partner, eventInput({ fr: 'Fête des voisins' }));
    const announcement = await announce(own.body.id);
    expect(announcement.status).toBe(201);
    const early = await send('POST', `/api/staff/announcements/${announcement.body.id}/decision`, staff, { decision: 'approve' });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'EventPending' } } });
    expect((await bot.store.announcements.get(announcement.body.id))!.status).toBe('pending');
    expect((await bot.store.outbox.list({ ref: announcement.body.id })).length).toBe(0);

    expect((await send('POST', `/api/staff/events/${own.body.id}/decision`, staff, { decision: 'approve' })).status).toBe(200);
    const approved = await send('POST', `/api/staff/announcements/${announcement.body.id}/decision`, staff, { decision: 'approve' });
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved', decision: { outcome: 'approve', by: 'Agence Nord' } } });

    // Staff announce only published events.
    const pending = await send('POST', '/api/partners/events', partner, eventInput({ fr: 'Brocante' }));
    expect((await send('POST', '/api/staff/announcements', staff, { text: { fr: 'Brocante !' }, topics: ['events'], eventId: pending.body.id })).status).toBe(400);
  });

  it('needs a reason to reject, records it in the audit log and shows it to the partner', async () => {
    const event = await send('POST', '/api/partners/events', partner, eventInput({ fr: 'Soirée jeux' }));
    expect(await send('POST', `/api/staff/events/${event.body.id}/decision`, staff, { decision: 'reject' })).toMatchObject({ status: 400, body: { error: { code: 'ReasonRequired' } } });
    const rejected = await send('POST', `/api/staff/events/${event.body.id}/decision`, staff, { decision: 'reject', reason: 'La salle est prise ce soir-là.' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decision: { outcome: 'reject', reason: 'La salle est prise ce soir-là.', by: 'Agence Nord' } });
    const seen = (await send('GET', '/api/partners/events', partner)).body.items.find((e: { id: string }) => e.id === event.body.id);
    expect(seen.decision.reason).toBe('La salle est prise ce soir-là.');
    const audit = (await bot.store.audit.list()).find((a) => a.action === 'event.reject' && a.target === event.body.id);
    expect(audit).toMatchObject({ by: expect.stringContaining('Agence Nord'), details: { reason: 'La salle est prise ce soir-là.' } });

    const announcement = await send('POST', '/api/partners/announcements', partner, { text: { fr: 'Promo' }, topics: ['jobs'] });
    const no = await send('POST', `/api/staff/announcements/${announcement.body.id}/decision`, staff, { decision: 'reject', reason: 'Publicité commerciale.' });
    expect(no.body).toMatchObject({ status: 'rejected', decision: { reason: 'Publicité commerciale.' } });
    const mine = (await send('GET', '/api/partners/announcements', partner)).body.items.find((a: { id: string }) => a.id === announcement.body.id);
    expect(mine.decision.reason).toBe('Publicité commerciale.');
  });

  it('gives the partner form and the staff views the topic names residents read in the menu', async () => {
    const html = await (await fetch(`${bot.url}/staff`)).text();
    const config = JSON.parse(/<script id="staff-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!) as { newsTopics: { id: string; label: Record<string, string> }[] };
    const t = bot.palier.translator.fixedT('fr');
    expect(config.newsTopics.map((topic) => topic.id)).toEqual(['events', 'gardens', 'jobs', 'seniors', 'youth', 'culture', 'housing', 'works']);
    for (const topic of config.newsTopics) expect(topic.label.fr).toBe(t(`news:topics.names.${topic.id}`));
  });
});
