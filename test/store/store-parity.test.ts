// The repository calls the contract does not cover, run on lowdb and on PostgreSQL: both must answer the same.
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { CommunityEvent, Store } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';
import { freshSchema } from './postgres-harness.js';

const at = new Date('2026-11-24T10:00:00.000Z');
const later = (hours: number) => new Date(at.getTime() + hours * 3_600_000);

const eventFields = (over: Partial<CommunityEvent> = {}): Omit<CommunityEvent, 'id' | 'createdAt' | 'updatedAt'> => ({
  title: { fr: 'Atelier' }, description: { fr: 'Ensemble' }, start: '2026-12-05T13:00:00.000Z', end: '2026-12-05T16:00:00.000Z',
  place: { address: '4 allée', site: 'Les Tilleuls' }, capacity: 3, maxSeatsPerRegistration: 3, audience: ['everyone'], topics: ['culture'],
  organiser: { kind: 'staff', name: 'Agence Nord' }, status: 'published', ...over,
});

/** Calls every repository the way the bot and the staff API do; returns everything they answered. */
async function scenario(store: Store): Promise<unknown[]> {
  const out: unknown[] = [];
  const log = (label: string, value: unknown) => out.push([label, value]);

  // Residents: subscribed ones, not those unreachable.
  await store.residents.save({ id: 'r1', language: 'fr', languageSource: 'chosen', consents: [], subscription: { topics: ['events'], consentedAt: at.toISOString() }, createdAt: at.toISOString(), updatedAt: at.toISOString() });
  await store.residents.save({ id: 'r2', language: 'tr', languageSource: 'detected', consents: [], subscription: { topics: ['jobs'], consentedAt: at.toISOString() }, unreachableSince: at.toISOString(), createdAt: at.toISOString(), updatedAt: at.toISOString() });
  await store.residents.save({ id: 'r3', language: 'es', languageSource: 'default', consents: [], createdAt: at.toISOString(), updatedAt: at.toISOString() });
  log('subscribed', (await store.residents.subscribed()).map((r) => r.id));
  await store.residents.save({ id: 'r1', language: 'fr', languageSource: 'chosen', consents: [], createdAt: at.toISOString(), updatedAt: later(1).toISOString() });
  log('subscribed after stop', await store.residents.subscribed());

  // Needs: filters, published ideas by site, support once, a resident's support removed with their data.
  const base = { category: 'green', language: 'fr' as const, notifyOnStatus: false, channel: 'sms' };
  const idea = await store.needs.create({ ...base, residentId: 'r1', type: 'idea', text: 'Un jardin', site: 'Les Tilleuls' }, at);
  const anywhere = await store.needs.create({ ...base, residentId: 'r3', type: 'idea', text: 'Des bancs' }, later(1));
  await store.needs.create({ ...base, residentId: 'r2', type: 'need', text: 'Fuite', site: 'Le Clos Vert' }, new Date('2027-01-03T10:00:00.000Z'));
  log('list from/to', (await store.needs.list({ from: '2026-11-24T10:30:00.000Z', to: '2027-01-01' })).map((n) => n.receipt));
  log('list type', (await store.needs.list({ type: 'idea' })).map((n) => n.receipt));
  log('publish', await store.needs.publish(idea.id, { at: later(2).toISOString(), by: 'staff', translations: { en: 'A garden' } }));
  await store.needs.publish(anywhere.id, { at: later(3).toISOString(), by: 'staff', translations: {} });
  log('publish missing', await store.needs.publish('nope', { at: at.toISOString(), by: 'staff', translations: {} }));
  log('published Tilleuls', (await store.needs.published('Les Tilleuls')).map((n) => n.receipt));
  log('published Clos Vert', (await store.needs.published('Le Clos Vert')).map((n) => n.receipt));
  log('published all', (await store.needs.published()).map((n) => n.receipt));
  log('support', await store.needs.support(idea.id, 'r2'));
  log('support again', await store.needs.support(idea.id, 'r2'));
  log('support r3', await store.needs.support(idea.id, 'r3'));
  log('support unpublished', await store.needs.support('2027-000001', 'r1'));
  log('delete r2 needs', await store.needs.deleteByResident('r2'));
  log('supporters after', (await store.needs.get(idea.id))!.supporters);
  log('update contact away', await store.needs.update(idea.id, { contact: undefined, notifyOnStatus: true, updatedAt: later(4).toISOString() }));
  log('update missing', await store.needs.update('nope', { status: 'done' }));

  // Survey responses.
  const response = { surveyId: 's1', language: 'fr' as const, answers: { q1: 3 }, createdAt: at.toISOString(), updatedAt: at.toISOString() };
  await store.surveyResponses.save({ ...response, id: 's1:r1', residentId: 'r1' });
  await store.surveyResponses.save({ ...response, id: 's1:r3', residentId: 'r3', completedAt: later(1).toISOString() });
  await store.surveyResponses.save({ ...response, id: 's1:r1', residentId: 'r1', answers: { q1: 4, q2: ['a'] } });
  log('survey get', await store.surveyResponses.get('s1', 'r1'));
  log('by survey', (await store.surveyResponses.bySurvey('s1')).map((r) => r.id));
  log('survey delete', await store.surveyResponses.deleteByResident('r1'));
  log('survey get gone', await store.surveyResponses.get('s1', 'r1'));

  // Events and registrations: filters, edits, seat changes that free seats, offers accepted and expiring.
  const e1 = await store.events.create(eventFields(), at);
  await store.events.create(eventFields({ start: '2027-02-01T10:00:00.000Z', status: 'pending', organiser: { kind: 'partner', accountId: 'p1', name: 'Centre' } }), at);
  log('events status', (await store.events.list({ status: 'pending' })).map((e) => e.start));
  log('events partner', (await store.events.list({ organiserAccountId: 'p1' })).map((e) => e.organiser));
  log('events window', (await store.events.list({ from: '2026-12-01', to: '2027-01-01' })).map((e) => e.start));
  log('event update', await store.events.update(e1.id, { capacity: 4, accessibility: { fr: 'Accessible' }, updatedAt: later(1).toISOString() }));
  log('event update missing', await store.events.update('nope', { capacity: 1 }));
  const reg = async (residentId: string, seats: number) => store.registrations.register({ eventId: e1.id, residentId, seats, waitlist: true, reminder: true, language: 'fr' }, at);
  const a = await reg('ra', 3);
  const b = await reg('rb', 2);
  const c = await reg('rc', 1);
  log('registered', [a, b, c]);
  const id = (o: typeof a) => ('registration' in o ? o.registration.id : '');
  log('change seats frees', await store.registrations.changeSeats(id(a), 1, at));
  log('after change', await store.registrations.byEvent(e1.id));
  log('accept', await store.registrations.accept(id(b), later(1)));
  log('accepted', await store.registrations.get(id(b)));
  log('closed register', await store.registrations.register({ eventId: 'nope', residentId: 'x', seats: 1, waitlist: false, reminder: false, language: 'fr' }, at));
  log('past register', await store.registrations.register({ eventId: e1.id, residentId: 'x', seats: 1, waitlist: false, reminder: false, language: 'fr' }, new Date('2026-12-06T00:00:00.000Z')));
  log('expire none', await store.registrations.expireOffers(later(2)));
  log('delete ra', await store.registrations.deleteByResident('ra', later(2)));
  log('after delete', await store.registrations.byEvent(e1.id));
  log('expire later', await store.registrations.expireOffers(later(48)));
  log('seats later', await store.registrations.seatsTaken(e1.id, later(48)));
  log('by resident', await store.registrations.byResident('rc'));
  log('attendance missing', await store.registrations.markAttendance('nope', true, at));

  // Announcements: newest first, filters.
  const an1 = await store.announcements.create({ text: { fr: 'Un' }, topics: ['events'], sites: [], author: { kind: 'partner', accountId: 'p1', name: 'Centre' }, status: 'pending' }, at);
  await store.announcements.create({ text: { fr: 'Deux' }, topics: ['jobs'], sites: ['Les Tilleuls'], sendAt: later(5).toISOString(), author: { kind: 'staff', accountId: 's1', name: 'Agence' }, status: 'approved' }, later(1));
  log('announcement update', await store.announcements.update(an1.id, { status: 'rejected', updatedAt: later(2).toISOString() }));
  log('announcements', (await store.announcements.list()).map((x) => x.text));
  log('announcements by author', (await store.announcements.list({ authorAccountId: 'p1' })).map((x) => x.status));
  log('announcements approved', (await store.announcements.list({ status: 'approved' })).map((x) => x.text));

  // Outbox: recovery, conditional updates, lists and deletion.
  const msg = (mid: string, residentId: string) => ({ id: mid, kind: 'statusUpdate' as const, ref: 'n1', residentId, channelId: 'sms', language: 'fr' as const, text: 'x', notBefore: at.toISOString(), status: 'pending' as const, attempts: 0, createdAt: at.toISOString(), updatedAt: at.toISOString() });
  await store.outbox.add([msg('o1', 'r1'), msg('o2', 'r1'), msg('o3', 'r3')]);
  log('claim', (await store.outbox.claimDue(at, 2)).map((m) => [m.id, m.status, m.updatedAt]));
  log('retry later', await store.outbox.update('o1', { status: 'pending', attempts: 1, nextAttemptAt: later(1).toISOString(), lastError: 'timeout' }, 'sending'));
  log('recover', await store.outbox.recoverInterrupted(later(0.5)));
  log('claim again', (await store.outbox.claimDue(later(0.5), 10)).map((m) => m.id));
  log('claim retry', (await store.outbox.claimDue(later(1), 10)).map((m) => [m.id, m.attempts, m.lastError]));
  log('clear error', await store.outbox.update('o1', { status: 'sent', lastError: undefined, nextAttemptAt: undefined, sentAt: later(1).toISOString() }));
  log('outbox list ref', await store.outbox.list({ ref: 'n1' }));
  log('outbox list status', (await store.outbox.list({ status: 'sending' })).map((m) => m.id));
  log('outbox delete', await store.outbox.deleteByResident('r1'));

  // Accounts and logs.
  await store.accounts.save({ id: 'acc2', name: 'B', role: 'partner', keyPrefix: 'pk2', keySalt: 's', keyHash: 'h', createdAt: later(1).toISOString() });
  await store.accounts.save({ id: 'acc1', name: 'A', role: 'staff', keyPrefix: 'pk1', keySalt: 's', keyHash: 'h', createdAt: at.toISOString() });
  await store.accounts.save({ id: 'acc1', name: 'A', role: 'staff', keyPrefix: 'pk1', keySalt: 's', keyHash: 'h', createdAt: at.toISOString(), revokedAt: later(2).toISOString() });
  log('accounts', await store.accounts.list());
  log('by prefix', await store.accounts.byPrefix('pk1'));
  log('by prefix missing', await store.accounts.byPrefix('zz'));
  for (const [i, day] of ['2026-11-01', '2026-11-15', '2026-12-01'].entries()) {
    await store.audit.add({ id: `a${i}`, at: `${day}T10:00:00.000Z`, by: 'staff', action: 'x', target: 't', details: { i }, createdAt: `${day}T10:00:00.000Z` });
    await store.questions.add({ id: `q${i}`, text: 'question', language: 'ar', offered: ['rent'], createdAt: `${day}T10:00:00.000Z` });
    await store.feedback.add({ id: `f${i}`, topic: 'rent', language: 'pt', clear: i % 2 === 0, createdAt: `${day}T10:00:00.000Z` });
  }
  log('audit window', (await store.audit.list({ from: '2026-11-10', to: '2026-12-01' })).map((x) => x.id));
  log('questions', (await store.questions.list({ from: '2026-11-15' })).map((x) => x.id));
  log('feedback', await store.feedback.list({ to: '2026-11-15T10:00:00.000Z' }));
  return out;
}

/** Random ids and registration codes replaced by their order of appearance, so both engines compare. */
function normalise(out: unknown[]): unknown {
  const seen = new Map<string, string>();
  const text = JSON.stringify(out).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|R-[A-Z2-9]{6}/g, (m) => {
    if (!seen.has(m)) seen.set(m, `<${m.startsWith('R-') ? 'code' : 'id'}${seen.size}>`);
    return seen.get(m)!;
  });
  return JSON.parse(text);
}

describe('PostgreSQL and lowdb answer alike', () => {
  it('for every repository call the bot and the staff API make', async () => {
    const dir = await tempDir();
    const db = await freshSchema();
    try {
      const lowdb = await openLowdbStore({ dataDir: dir.path });
      const expected = normalise(await scenario(lowdb));
      await lowdb.close();
      const actual = normalise(await scenario(await db.open()));
      expect(actual).toEqual(expected);
    } finally {
      await db.drop();
      await dir.remove();
    }
  });
});
