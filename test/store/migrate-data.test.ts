// npm run migrate-data: a lowdb folder copied into PostgreSQL as it is; a second run changes nothing.
import { describe, expect, it } from 'vitest';
import { migrateData } from '../../src/cli/migrate-data.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { registrationCode } from '../../src/store/registration-code.js';
import type { Store } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';
import { freshSchema, type TestSchema } from './postgres-harness.js';

const at = new Date('2026-03-02T09:00:00.000Z');
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const TABLES = ['photos', 'surveys', 'residents', 'bot_state', 'receipt_counters', 'needs', 'survey_responses', 'events', 'registrations', 'announcements', 'outbox', 'accounts', 'audit_log', 'unanswered_questions', 'procedure_feedback'];

/** Fills a lowdb folder with a bit of everything, statuses and timestamps not all at their defaults. */
async function fillLowdb(store: Store) {
  await store.residents.save({ id: 'r1', language: 'ar', languageSource: 'chosen', consents: [{ purpose: 'need-contact', givenAt: at.toISOString(), ref: 'B-2026-0001' }], site: 'Les Tilleuls', createdAt: '2026-01-01T08:00:00.000Z', updatedAt: '2026-02-01T08:00:00.000Z' });
  await store.residents.save({ id: 'r2', language: 'fr', languageSource: 'default', consents: [], subscription: { topics: ['events'], consentedAt: at.toISOString() }, createdAt: '2026-01-02T08:00:00.000Z', updatedAt: '2026-01-02T08:00:00.000Z' });
  await store.botState.write({ 'sms/conversations/c1/': { dialogStack: [{ id: 'main' }] } });
  const n1 = await store.needs.create({ residentId: 'r1', type: 'need', category: 'building', text: 'البوابة مكسورة', language: 'ar', notifyOnStatus: true, channel: 'sms', contact: { kind: 'phone', value: '+33612345678' } }, at);
  const n2 = await store.needs.create({ residentId: 'r2', type: 'idea', category: 'green', text: 'Un jardin partagé', language: 'fr', site: 'Les Tilleuls', notifyOnStatus: false, channel: 'webchat' }, new Date('2026-03-05T10:00:00.000Z'));
  await store.needs.create({ residentId: 'r2', type: 'callback', category: 'other', text: 'Rappel', language: 'fr', notifyOnStatus: false, channel: 'sms', preferredTime: 'morning' }, new Date('2026-03-06T10:00:00.000Z'));
  await store.needs.update(n1.id, { status: 'in-progress', staffNotes: [{ note: 'devis', by: 'staff-1', at: '2026-03-03T10:00:00.000Z' }], updatedAt: '2026-03-03T10:00:00.000Z' });
  await store.needs.publish(n2.id, { at: '2026-03-07T10:00:00.000Z', by: 'staff-1', translations: { en: 'A shared garden' } });
  await store.needs.support(n2.id, 'r1');
  await store.photos.add({ id: 'p1', residentId: 'r1', contentType: 'image/png', size: PHOTO.length, createdAt: at.toISOString() }, PHOTO);
  await store.surveys.add({ id: 'garden', title: { fr: 'Le jardin' }, target: { sites: [], groups: [] }, opens: '2026-12-01', closes: '2026-12-31', questions: [{ id: 'q1', type: 'yesno', text: { fr: 'Oui ?' } }] }, at);
  await store.surveys.markInvited('garden', '2026-12-01', at);
  await store.surveyResponses.save({ id: 'garden:r1', surveyId: 'garden', residentId: 'r1', language: 'ar', answers: { q1: 'yes', q2: ['a', 'b'], q3: 4 }, createdAt: at.toISOString(), updatedAt: at.toISOString() });
  const event = await store.events.create({
    title: { fr: 'Atelier' }, description: { fr: 'Ensemble' }, start: '2026-04-05T13:00:00.000Z', end: '2026-04-05T16:00:00.000Z', place: { address: '4 allée', site: 'Les Tilleuls' },
    capacity: 2, maxSeatsPerRegistration: 2, audience: ['everyone'], topics: ['culture'], organiser: { kind: 'partner', accountId: 'acc-2', name: 'Centre social' }, status: 'published',
  }, at);
  const first = await store.registrations.register({ eventId: event.id, residentId: 'r1', seats: 2, waitlist: false, reminder: true, language: 'ar' }, at);
  await store.registrations.register({ eventId: event.id, residentId: 'r2', seats: 1, waitlist: true, reminder: false, language: 'fr' }, at);
  await store.registrations.register({ eventId: event.id, residentId: 'r3', seats: 1, waitlist: true, reminder: false, language: 'fr' }, at);
  if ('registration' in first) await store.registrations.markAttendance(first.registration.id, true, at);
  const announcement = await store.announcements.create({ text: { fr: 'Fête' }, topics: ['events'], sites: [], author: { kind: 'staff', accountId: 'acc-1', name: 'Agence' }, status: 'pending' }, at);
  await store.announcements.update(announcement.id, { status: 'approved', updatedAt: '2026-03-02T10:00:00.000Z' });
  await store.outbox.add([
    { id: 'o1', kind: 'announcement', ref: announcement.id, residentId: 'r2', channelId: 'sms', language: 'fr', text: 'Fête', actions: [{ title: 'Oui', value: 'oui' }], notBefore: at.toISOString(), status: 'sent', attempts: 1, sentAt: '2026-03-02T09:01:00.000Z', createdAt: at.toISOString(), updatedAt: '2026-03-02T09:01:00.000Z' },
    { id: 'o2', kind: 'reminder', ref: 'reg-1', residentId: 'r1', channelId: 'sms', language: 'ar', text: 'تذكير', notBefore: '2026-04-04T09:00:00.000Z', status: 'pending', attempts: 0, createdAt: at.toISOString(), updatedAt: at.toISOString() },
  ]);
  await store.accounts.save({ id: 'acc-1', name: 'Agence Nord', role: 'staff', keyPrefix: 'pk_abc', keySalt: 'salt', keyHash: 'hash', createdAt: '2026-01-01T00:00:00.000Z' });
  await store.audit.add({ id: 'au1', at: at.toISOString(), by: 'acc-1', action: 'need.status', target: n1.id, details: { from: 'new', to: 'in-progress' }, createdAt: at.toISOString() });
  await store.questions.add({ id: 'q1', text: 'kifach nakhod l APL', language: 'fr', offered: [], createdAt: at.toISOString() });
  await store.feedback.add({ id: 'f1', topic: 'rent', language: 'tr', clear: true, createdAt: at.toISOString() });
}

/** Every row of every table, to compare two states of the database. */
async function dump(db: TestSchema) {
  const all: Record<string, unknown[]> = {};
  for (const table of TABLES) all[table] = (await db.query(`SELECT * FROM ${table} ORDER BY 1`)).rows;
  return all;
}

describe('migrate-data', () => {
  it('copies a lowdb folder into PostgreSQL as it is, and a second run changes nothing', async () => {
    const dir = await tempDir();
    const db = await freshSchema();
    try {
      const lowdb = await openLowdbStore({ dataDir: dir.path });
      await fillLowdb(lowdb);
      await lowdb.close();

      const lines: string[] = [];
      const first = await migrateData({ from: dir.path, connectionString: db.connectionString, schema: db.schema, log: (l) => lines.push(l) });
      expect(first).toMatchObject({
        residents: { read: 2, copied: 2 }, botState: { read: 1, copied: 1 }, needs: { read: 3, copied: 3 }, photos: { read: 1, copied: 1 }, surveyResponses: { read: 1, copied: 1 }, surveys: { read: 1, copied: 1 },
        events: { read: 1, copied: 1 }, registrations: { read: 3, copied: 3 }, announcements: { read: 1, copied: 1 }, outbox: { read: 2, copied: 2 },
        accounts: { read: 1, copied: 1 }, audit: { read: 1, copied: 1 }, questions: { read: 1, copied: 1 }, feedback: { read: 1, copied: 1 },
      });
      expect(lines.some((l) => /^needs\s+3 read\s+3 copied$/.test(l))).toBe(true);

      const source = await openLowdbStore({ dataDir: dir.path });
      const copy = await openPostgresStore({ connectionString: db.connectionString, schema: db.schema });
      try {
        for (const id of ['r1', 'r2']) expect(await copy.residents.get(id)).toEqual(await source.residents.get(id));
        expect(await copy.residents.subscribed()).toEqual(await source.residents.subscribed());
        expect(await copy.botState.read(['sms/conversations/c1/'])).toEqual(await source.botState.read(['sms/conversations/c1/']));
        expect(await copy.needs.list()).toEqual(await source.needs.list());
        const photo = await copy.photos.get('p1');
        expect(photo?.photo).toEqual((await source.photos.get('p1'))?.photo);
        expect(photo?.data.equals(PHOTO)).toBe(true);
        expect((await copy.needs.list()).map((n) => [n.receipt, n.status])).toEqual([['B-2026-0001', 'in-progress'], ['B-2026-0002', 'new'], ['B-2026-0003', 'new']]);
        expect(await copy.needs.published('Les Tilleuls')).toEqual(await source.needs.published('Les Tilleuls'));
        expect(await copy.surveyResponses.bySurvey('garden')).toEqual(await source.surveyResponses.bySurvey('garden'));
        expect(await copy.surveys.list()).toEqual(await source.surveys.list());
        expect(await copy.surveys.notInvited()).toEqual([]);
        const [event] = await source.events.list();
        expect(await copy.events.list()).toEqual([event]);
        expect(await copy.registrations.byEvent(event!.id)).toEqual(await source.registrations.byEvent(event!.id));
        expect((await copy.registrations.byEvent(event!.id)).map((r) => r.status)).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
        expect(await copy.registrations.seatsTaken(event!.id, at)).toBe(2);
        expect(await copy.events.list({ organiserAccountId: 'acc-2' })).toHaveLength(1);
        expect(await copy.announcements.list()).toEqual(await source.announcements.list());
        expect(await copy.outbox.list()).toEqual(await source.outbox.list());
        expect(await copy.accounts.byPrefix('pk_abc')).toEqual(await source.accounts.byPrefix('pk_abc'));
        expect(await copy.audit.list()).toEqual(await source.audit.list());
        expect(await copy.questions.list()).toEqual(await source.questions.list());
        expect(await copy.feedback.list()).toEqual(await source.feedback.list());
      } finally {
        await Promise.all([source.close(), copy.close()]);
      }

      const before = await dump(db);
      const second = await migrateData({ from: dir.path, connectionString: db.connectionString, schema: db.schema, log: () => undefined });
      expect(Object.values(second).every((r) => r.copied === 0)).toBe(true);
      expect(await dump(db)).toEqual(before);

      // Numbers given after the copy follow the copied ones.
      const after = await db.open();
      expect((await after.needs.create({ residentId: 'r9', type: 'need', category: 'other', text: 'x', language: 'fr', notifyOnStatus: false, channel: 'sms' }, at)).receipt).toBe('B-2026-0004');
      const state = (await after.botState.read(['sms/conversations/c1/']))['sms/conversations/c1/']!;
      await after.botState.write({ 'sms/conversations/c1/': { ...state, dialogStack: [] } });
      expect(Number((await after.botState.read(['sms/conversations/c1/']))['sms/conversations/c1/']!.eTag)).toBeGreaterThan(Number(state.eTag));
    } finally {
      await db.drop();
      await dir.remove();
    }
  });

  it('copies the lowdb counters: numbers given to records deleted before the copy are not given again', async () => {
    const dir = await tempDir();
    const db = await freshSchema('t_rel16_migrate_');
    try {
      const lowdb = await openLowdbStore({ dataDir: dir.path });
      const given: string[] = [];
      for (let i = 0; i < 5; i++) given.push((await lowdb.needs.create({ residentId: `gone-${i}`, type: 'need', category: 'other', text: `n${i}`, language: 'fr', notifyOnStatus: false, channel: 'sms' }, at)).receipt);
      const kept = await lowdb.needs.create({ residentId: 'stays', type: 'need', category: 'other', text: 'kept', language: 'fr', notifyOnStatus: false, channel: 'sms' }, at);
      for (let i = 0; i < 5; i++) await lowdb.needs.deleteByResident(`gone-${i}`);
      // The highest receipt of 2026 is deleted too, so only the counter remembers it.
      const last = await lowdb.needs.create({ residentId: 'gone-last', type: 'need', category: 'other', text: 'last', language: 'fr', notifyOnStatus: false, channel: 'sms' }, at);
      await lowdb.needs.deleteByResident('gone-last');
      given.push(kept.receipt, last.receipt);
      const event = await lowdb.events.create({
        title: { fr: 'Atelier' }, description: { fr: 'Ensemble' }, start: '2026-04-05T13:00:00.000Z', end: '2026-04-05T16:00:00.000Z', place: { address: '4 allée', site: 'Les Tilleuls' },
        capacity: 20, maxSeatsPerRegistration: 2, audience: ['everyone'], topics: ['culture'], organiser: { kind: 'staff', accountId: 'acc-1', name: 'Agence' }, status: 'published',
      }, at);
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) {
        const outcome = await lowdb.registrations.register({ eventId: event.id, residentId: `gone-${i}`, seats: 1, waitlist: false, reminder: false, language: 'fr' }, at);
        if ('registration' in outcome) codes.push(outcome.registration.code);
        await lowdb.registrations.deleteByResident(`gone-${i}`, at);
      }
      expect(codes).toHaveLength(4);
      expect(await lowdb.registrations.byEvent(event.id)).toEqual([]);
      await lowdb.close();

      const lines: string[] = [];
      await migrateData({ from: dir.path, connectionString: db.connectionString, schema: db.schema, log: (l) => lines.push(l) });
      expect(lines).toContain('counters         receipts 2026 7, registrations 4 (numbers continue above)');
      const copy = await db.open();
      const next = await copy.needs.create({ residentId: 'new', type: 'need', category: 'other', text: 'after', language: 'fr', notifyOnStatus: false, channel: 'sms' }, at);
      expect(given).not.toContain(next.receipt);
      expect(next.receipt).toBe('B-2026-0008');
      const outcome = await copy.registrations.register({ eventId: event.id, residentId: 'new', seats: 1, waitlist: false, reminder: false, language: 'fr' }, at);
      expect('registration' in outcome && codes.includes(outcome.registration.code)).toBe(false);
      expect('registration' in outcome && outcome.registration.code).toBe(registrationCode(5));
      // A second run never moves a counter back, even after PostgreSQL has given more numbers.
      await migrateData({ from: dir.path, connectionString: db.connectionString, schema: db.schema, log: () => undefined });
      const again = await copy.needs.create({ residentId: 'new', type: 'need', category: 'other', text: 'again', language: 'fr', notifyOnStatus: false, channel: 'sms' }, at);
      expect(again.receipt).toBe('B-2026-0009');
    } finally {
      await db.drop();
      await dir.remove();
    }
  });

  it('refuses a folder that does not exist', async () => {
    await expect(migrateData({ from: '/nonexistent/palier-data', connectionString: 'postgres://unused', log: () => undefined })).rejects.toThrow(/not a folder/);
  });
});
