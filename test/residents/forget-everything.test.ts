// Deleting a resident finds every kind of data about them, on both stores; another resident's data stays as it was.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Registrations } from '../../src/events/registrations.js';
import { createLogger } from '../../src/logger.js';
import { forgetResident, type ForgetReport } from '../../src/residents/forget.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import { STATE_OWNER, type OutboxMessage, type Resident, type Store } from '../../src/store/types.js';
import { manualClock, realTranslator, sequentialIds, tempDir, testConfig } from '../helpers/setup.js';
import { freshSchema } from '../store/postgres-harness.js';

const A = 'ra-5d1c9e';
const B = 'rb-77f02a';
const at = '2026-11-20T09:00:00.000Z';
/** Everything that names or quotes resident A, as it would be written in a file or a row. */
const A_TRACES = [A, 'Ascenseur bloqué au 7e (A)', 'Rappel demandé (A)', '+33 6 12 34 56 78', '0612345678', 'fatima.benali@example.org', 'Fatima Benali', 'Benali', 'brouillon de A', 'a-conv-1', 'a-conv-2', 'a-legacy', 'ma voisine fait du bruit (A)', 'réponse libre de A', 'message pour A', 'photo-of-a', 'bytes of A photo'];
/** B's data, every piece of which must still be there afterwards. */
const B_TRACES = [B, 'Jardin partagé (B)', 'se plaint du bruit', 'Appeler M. Martin au 06 98 76 54 32', 'brouillon de B', 'b-conv', 'question de B', 'réponse libre de B', 'message pour B', 'question sans auteur', 'photo-of-b'];

/** Plants each kind of data for A, and some for B; returns what A's deletion should count. */
async function plant(store: Store, registrations: Registrations): Promise<{ receipts: string[]; expected: ForgetReport }> {
  const resident = (id: string, conversation: string): Resident => ({
    id, language: 'fr' as const, languageSource: 'chosen' as const, consents: [{ purpose: 'need-contact', givenAt: at }], groups: ['seniors'],
    subscription: { topics: ['events'], consentedAt: at }, reference: { channelId: 'sms', conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' } }, createdAt: at, updatedAt: at,
  });
  await store.residents.save(resident(A, 'a-legacy'));
  await store.residents.save(resident(B, 'b-conv'));
  const base = { category: 'building', language: 'fr' as const, notifyOnStatus: false, channel: 'sms', site: 'Les Tilleuls' };
  const aNeed = await store.needs.create({ ...base, residentId: A, type: 'need', text: 'Ascenseur bloqué au 7e (A)', contact: { kind: 'phone', value: '+33 6 12 34 56 78' } }, new Date(at));
  const aCall = await store.needs.create({ ...base, residentId: A, type: 'callback', text: 'Rappel demandé (A)', contact: { kind: 'email', value: 'fatima.benali@example.org' } }, new Date(at));
  const bIdea = await store.needs.create({ ...base, residentId: B, type: 'idea', text: 'Jardin partagé (B)' }, new Date(at));
  await store.needs.update(aNeed.id, { staffNotes: [{ note: 'Appelé Fatima Benali au 0612345678', by: 'Agence (s1)', at }] });
  const bNote = 'Mme Benali (06 12 34 56 78, fatima.benali@example.org) se plaint du bruit. Appeler M. Martin au 06 98 76 54 32';
  await store.needs.update(bIdea.id, { staffNotes: [{ note: bNote, by: 'Agence (s1)', at }] });
  await store.needs.publish(bIdea.id, { at, by: 'Agence (s1)', translations: {} });
  await store.needs.support(bIdea.id, A);
  await store.needs.support(bIdea.id, B);

  const event = await store.events.create({
    title: { fr: 'Atelier' }, description: { fr: 'Ensemble' }, start: '2026-12-05T13:00:00.000Z', end: '2026-12-05T16:00:00.000Z', place: { address: '4 allée', site: 'Les Tilleuls' },
    capacity: 2, maxSeatsPerRegistration: 2, audience: ['everyone'], topics: ['culture'], organiser: { kind: 'staff', name: 'Agence' }, status: 'published',
  }, new Date(at));
  const aReg = await registrations.register({ eventId: event.id, residentId: A, seats: 2, waitlist: false, reminder: false, language: 'fr' });
  await registrations.register({ eventId: event.id, residentId: B, seats: 1, waitlist: true, reminder: false, language: 'fr' });
  if (!('registration' in aReg)) throw new Error('A was not registered');

  for (const [who, text] of [[A, 'réponse libre de A'], [B, 'réponse libre de B']] as const) {
    await store.surveyResponses.save({ id: `s1:${who}`, surveyId: 's1', residentId: who, language: 'fr', answers: { q1: text }, createdAt: at, updatedAt: at });
  }
  const message = (id: string, who: string, text: string): OutboxMessage => ({ id, kind: 'announcement', ref: 'an-1', residentId: who, channelId: 'sms', language: 'fr', text, notBefore: at, status: 'sent', attempts: 1, createdAt: at, updatedAt: at });
  await store.outbox.add([message('o-a', A, 'message pour A'), message('o-b', B, 'message pour B')]);

  // Dialog state: two conversations marked as A's, A's last conversation from before the mark, and B's.
  await store.botState.write({
    'sms/conversations/a-conv-1/': { owner: A, dialogState: { draft: 'brouillon de A' } },
    'sms/conversations/a-conv-2/': { owner: A, flags: { welcomed: true } },
    'sms/conversations/a-legacy/': { dialogState: { draft: 'brouillon de A (ancien)' } },
    'sms/conversations/b-conv/': { owner: B, dialogState: { draft: 'brouillon de B' } },
  });
  // Photos they attached: a description and the image's bytes.
  const jpeg = (marker: string) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from(marker)]);
  await store.photos.add({ id: 'photo-of-a', residentId: A, contentType: 'image/jpeg', size: 24, createdAt: at }, jpeg('bytes of A photo'));
  await store.photos.add({ id: 'photo-of-b', residentId: B, contentType: 'image/jpeg', size: 24, createdAt: at }, jpeg('bytes of B photo'));
  await store.questions.add({ id: 'q-a', residentId: A, text: 'ma voisine fait du bruit (A)', language: 'fr', offered: [], createdAt: at });
  await store.questions.add({ id: 'q-b', residentId: B, text: 'question de B', language: 'fr', offered: [], createdAt: at });
  await store.questions.add({ id: 'q-old', text: 'question sans auteur', language: 'fr', offered: [], createdAt: at });

  const entry = (id: string, action: string, target: string, details: Record<string, unknown> = {}) => ({ id, at, createdAt: at, by: 'Agence (s1)', action, target, details });
  await store.audit.add(entry('au-a1', 'need.status', aNeed.receipt, { from: 'new', to: 'in-progress', note: 'Appelé Fatima Benali au 0612345678' }));
  await store.audit.add(entry('au-a2', 'need.contact-view', aCall.receipt));
  await store.audit.add(entry('au-a3', 'registration.attendance', aReg.registration.code, { attended: true }));
  await store.audit.add(entry('au-b1', 'need.status', bIdea.receipt, { from: 'new', to: 'planned', note: bNote }));
  await store.audit.add(entry('au-b2', 'event.create', event.id));

  return {
    receipts: [aNeed.receipt, aCall.receipt, aReg.registration.code],
    expected: { needs: 2, registrations: 1, surveyResponses: 1, outbox: 1, conversations: 3, questions: 1, audit: 3, notesPseudonymised: 2, photos: 1, resident: true },
  };
}

/** Runs the deletion on `store`, then reads everything the store holds as text through `dump`. */
async function eraseAndDump(store: Store, dataDir: string, dump: () => Promise<string>) {
  const translator = await realTranslator();
  const clock = manualClock(at);
  const registrations = new Registrations({ store, translator, config: testConfig(dataDir), clock, newId: sequentialIds('x'), logger: createLogger('silent') });
  const { receipts, expected } = await plant(store, registrations);
  await store.flush();
  const before = await dump();
  for (const trace of [...A_TRACES, ...receipts, ...B_TRACES]) expect(before, `planted: ${trace}`).toContain(trace);

  const report = await forgetResident({ store, registrations, country: 'FR' }, A, { names: ['Fatima Benali', 'Mme Benali'] });
  expect(report).toEqual(expected);
  // Running it again finds nothing more.
  expect(await forgetResident({ store, registrations, country: 'FR' }, A)).toEqual({ needs: 0, registrations: 0, surveyResponses: 0, outbox: 0, conversations: 0, questions: 0, audit: 0, notesPseudonymised: 0, photos: 0, resident: false });
  await store.flush();
  const after = await dump();
  for (const trace of [...A_TRACES, ...receipts]) expect(after, `left behind: ${trace}`).not.toContain(trace);
  for (const trace of B_TRACES) expect(after, `B lost: ${trace}`).toContain(trace);

  // What B sees and staff see of B is whole: the note keeps its words, the idea its other supporter, the freed seat is offered to B.
  const [idea] = await store.needs.byResident(B);
  expect(idea!.staffNotes.map((n) => n.note)).toEqual(['[…] ([…], […]) se plaint du bruit. Appeler M. Martin au 06 98 76 54 32']);
  expect(idea!.supporters).toEqual([B]);
  expect((await store.audit.list()).map((a) => [a.id, a.details.note])).toEqual([['au-b1', idea!.staffNotes[0]!.note], ['au-b2', undefined]]);
  const [registration] = await store.registrations.byResident(B);
  expect(registration!.status).toBe('offered');
  expect((await store.outbox.list()).filter((m) => m.residentId === B).map((m) => m.kind).sort()).toEqual(['announcement', 'waitlistOffer']);
  expect(Object.keys(await store.botState.read(['sms/conversations/b-conv/']))).toEqual(['sms/conversations/b-conv/']);
  expect((await store.questions.list()).map((q) => q.id).sort()).toEqual(['q-b', 'q-old']);
  expect(await store.residents.get(B)).toMatchObject({ id: B, groups: ['seniors'] });
  expect((await store.photos.get('photo-of-b'))?.data.toString('latin1')).toContain('bytes of B photo');
  expect(await store.photos.get('photo-of-a')).toBeUndefined();
}

describe('deleting a resident finds every kind of their data', () => {
  it('on lowdb: no file in the data folder mentions them afterwards', async () => {
    const dir = await tempDir();
    const store = await openLowdbStore({ dataDir: dir.path });
    const dump = async () => {
      const entries = await readdir(dir.path, { recursive: true, withFileTypes: true });
      const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
      // File names too: a photo's bytes are kept in a file named by its id.
      return [...files, ...(await Promise.all(files.map((f) => readFile(f, 'utf8'))))].join('\n');
    };
    try {
      await eraseAndDump(store, dir.path, dump);
    } finally {
      await store.close();
      await dir.remove();
    }
  });

  it('on PostgreSQL: no row of any table mentions them afterwards', async () => {
    const db = await freshSchema('t_rel16_forget_');
    const dir = await tempDir();
    try {
      const store = await db.open();
      const dump = async () => {
        const columns = await db.query<{ table: string; column: string; type: string }>(
          `SELECT table_name AS table, column_name AS column, data_type AS type FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
          [db.schema],
        );
        const tables = new Map<string, (typeof columns.rows)[number][]>();
        for (const c of columns.rows) tables.set(c.table, [...(tables.get(c.table) ?? []), c]);
        expect(tables.size).toBeGreaterThan(10);
        const rows: string[] = [];
        for (const [table, cols] of tables) {
          // Every column as text (bytes as written, so a photo's content is read too); jsonb keeps non-ASCII as written.
          const asText = cols.map((c) => (c.type === 'bytea' ? `encode("${c.column}", 'escape')` : `"${c.column}"::text`));
          rows.push(...(await db.query<{ row: string }>(`SELECT concat_ws(' ', ${asText.join(', ')}) AS row FROM "${table}"`)).rows.map((r) => r.row));
        }
        return rows.join('\n');
      };
      await eraseAndDump(store, dir.path, dump);
      // Finding a resident's conversation states is an index lookup, not a read of the whole state table (sequential scans off, so the tiny table does not hide it).
      const plan = (await db.query(`BEGIN; SET LOCAL enable_seqscan = off; EXPLAIN DELETE FROM bot_state WHERE data->>'${STATE_OWNER}' = 'someone'; COMMIT`)) as unknown as { rows: { 'QUERY PLAN': string }[] }[];
      expect(plan[2]!.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index Scan using bot_state_owner_idx|Bitmap Index Scan on bot_state_owner_idx/);
    } finally {
      await db.drop();
      await dir.remove();
    }
  });
});
