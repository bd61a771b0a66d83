// Staff exports read back as a spreadsheet would (exceljs, CSV text): types, labels, headers, safety; and search.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequentialIds, tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { createAccount } from '../../src/staff/api-keys.js';
import { EXPORT_COLUMNS } from '../../src/staff/labels.js';
import type { Need, NewNeed } from '../../src/store/types.js';

const need = (over: Partial<NewNeed> = {}): NewNeed => ({
  residentId: 'r1', type: 'need', category: 'building', text: 'Fuite dans la cave', language: 'fr', site: 'Les Tilleuls', audience: 'everyone', notifyOnStatus: false, channel: 'sms', ...over,
});

describe('staff exports and search', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let key: string;
  let leak: Need;
  let callback: Need;
  let formula: Need;
  let eventId: string;
  const get = (path: string) => fetch(`${bot.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  const workbook = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    return book.worksheets[0]!;
  };
  const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
  const byHeader = (sheet: ExcelJS.Worksheet, row: number, header: string) => sheet.getRow(row).getCell(headers(sheet).indexOf(header) + 1);

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    key = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, new Date('2026-11-24T10:00:00Z'), sequentialIds('acct'))).key;
    leak = await bot.store.needs.create(need({ text: "L'eau coule très fort dans l'escalier", contact: { kind: 'phone', value: '+33 6 12 34 56 78' } }), new Date('2026-01-10T09:00:00Z'));
    await bot.store.needs.update(leak.id, { status: 'in-progress', staffNotes: [{ note: 'Plombier prévenu, intervention mercredi', by: 'Agence Nord', at: '2026-01-11T08:00:00Z' }], updatedAt: '2026-01-11T08:00:00Z' });
    callback = await bot.store.needs.create(
      need({ type: 'callback', category: 'callback', text: 'Question sur mon loyer', language: 'tr', preferredTime: 'morning', contact: { kind: 'phone', value: '+44 20 7946 0958' } }),
      new Date('2026-07-02T12:30:00Z'),
    );
    formula = await bot.store.needs.create(need({ type: 'idea', category: 'green', text: '=HYPERLINK("http://evil.example","clic")', site: undefined }), new Date('2026-03-10T09:00:00Z'));
    await bot.store.needs.create(need({ text: 'Les enfants crient tres fort le soir' }), new Date('2026-03-11T09:00:00Z'));
    const event = await bot.store.events.create(
      { title: { fr: 'Atelier vélo', en: 'Bike workshop' }, description: { fr: 'Réparer son vélo.' }, start: '2026-12-05T13:00:00Z', end: '2026-12-05T15:00:00Z', place: { address: 'Cour B' }, capacity: 5, maxSeatsPerRegistration: 4, audience: ['everyone'], topics: ['events'], organiser: { kind: 'staff', name: 'Agence Nord' }, status: 'published' },
      new Date('2026-11-01T09:00:00Z'),
    );
    eventId = event.id;
    await bot.store.registrations.register({ eventId, residentId: 'resident-a', seats: 2, waitlist: false, reminder: true, language: 'ar' }, new Date('2026-11-20T16:45:00Z'));
    await bot.store.questions.add({ id: 'q1', text: 'Je paie comment ma caution ?', language: 'fr', offered: ['pay-rent', 'rent-arrears'], createdAt: '2026-11-21T09:00:00.000Z' });
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('writes XLSX with real dates (local time), labels in French, text cells as text, readable phones', async () => {
    const sheet = await workbook('/api/staff/exports/needs?format=xlsx&lang=fr');
    expect(headers(sheet)).toEqual(['N° de suivi', 'Type', 'Catégorie', 'Statut', 'Lieu', 'Public', 'Langue', 'Texte', 'Contact', 'Moment préféré', 'Créé le', 'Modifié le', 'Notes', 'Soutiens']);
    const rowOf = (receipt: string) => [2, 3, 4, 5].find((r) => sheet.getRow(r).getCell(1).value === receipt)!;
    const row = rowOf(leak.receipt);
    expect(byHeader(sheet, row, 'Type').value).toBe('Besoin');
    expect(byHeader(sheet, row, 'Catégorie').value).toBe('Bâtiment et propreté');
    expect(byHeader(sheet, row, 'Statut').value).toBe('En cours');
    expect(byHeader(sheet, row, 'Langue').value).toBe('Français');
    expect(byHeader(sheet, row, 'Public').value).toBe('Tout le monde');
    expect(byHeader(sheet, row, 'Contact').value).toBe('06 12 34 56 78');
    const created = byHeader(sheet, row, 'Créé le');
    expect(created.type).toBe(ExcelJS.ValueType.Date);
    // 09:00 UTC in January is 10:00 in Paris: the cell holds what staff read on the wall clock.
    expect((created.value as Date).toISOString()).toBe('2026-01-10T10:00:00.000Z');
    expect(created.numFmt).toMatch(/yyyy-mm-dd hh:mm/);
    const summer = byHeader(sheet, rowOf(callback.receipt), 'Créé le').value as Date;
    expect(summer.toISOString()).toBe('2026-07-02T14:30:00.000Z'); // summer time: UTC+2

    const formulaRow = rowOf(formula.receipt);
    const text = byHeader(sheet, formulaRow, 'Texte');
    expect(text.type).toBe(ExcelJS.ValueType.String);
    expect(text.value).toBe('=HYPERLINK("http://evil.example","clic")');
    expect(text.formula).toBeUndefined();
    expect(byHeader(sheet, formulaRow, 'Lieu').value).toBe('Non précisé');
    expect(byHeader(sheet, formulaRow, 'Type').value).toBe('Idée');
    const callbackRow = rowOf(callback.receipt);
    expect(byHeader(sheet, callbackRow, 'Catégorie').value).toBe('Demande de rappel');
    expect(byHeader(sheet, callbackRow, 'Moment préféré').value).toBe('Le matin');
    expect(byHeader(sheet, callbackRow, 'Contact').value).toBe('00 44 20 7946 0958');
    for (let r = 2; r <= sheet.rowCount; r++) sheet.getRow(r).eachCell((cell) => expect(String(cell.value)).not.toMatch(/^'/));
  });

  it('writes the same export in English with English labels', async () => {
    const sheet = await workbook('/api/staff/exports/needs?format=xlsx&lang=en');
    expect(headers(sheet)).toEqual(['Reference', 'Type', 'Category', 'Status', 'Site', 'Audience', 'Language', 'Text', 'Contact', 'Preferred time', 'Created', 'Updated', 'Notes', 'Supporters']);
    const values = (header: string) => Array.from({ length: sheet.rowCount - 1 }, (_, i) => byHeader(sheet, i + 2, header).value);
    expect(values('Status')).toContain('In progress');
    expect(values('Type')).toEqual(expect.arrayContaining(['Need', 'Idea', 'Call-back']));
    expect(values('Category')).toEqual(expect.arrayContaining(['Call-back request']));
    expect(values('Language')).toEqual(expect.arrayContaining(['French', 'Turkish']));
    expect(values('Category')).not.toContain('building');
  });

  it('keeps CSV neutralised against formulas, with local dates, labels and phones without an apostrophe', async () => {
    const csv = (await (await get('/api/staff/exports/needs?format=csv&sep=;&lang=fr')).text()).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    const line = lines.find((l) => l.startsWith(leak.receipt))!;
    expect(line).toContain(';Besoin;Bâtiment et propreté;En cours;Les Tilleuls;Tout le monde;Français;');
    expect(line).toContain(';06 12 34 56 78;');
    expect(line).toContain(';2026-01-10 10:00;2026-01-11 09:00;');
    expect(csv).not.toContain("'06");
    expect(csv).not.toContain("'+33");
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);
    expect(csv).not.toMatch(/;(in-progress|building|need);/);
  });

  it('gives every export the same headers in the chosen language, registrations included', async () => {
    for (const lng of ['fr', 'en'] as const) {
      const known = new Set(Object.values(EXPORT_COLUMNS[lng]));
      for (const path of [`/api/staff/exports/needs?format=xlsx&lang=${lng}`, `/api/staff/exports/questions?format=xlsx&lang=${lng}`, `/api/staff/events/${eventId}/registrations?format=xlsx&lang=${lng}`, `/api/staff/exports/registrations?event=${eventId}&format=xlsx&lang=${lng}`]) {
        const sheet = await workbook(path);
        for (const header of headers(sheet)) expect(known, `${path}: ${String(header)}`).toContain(header);
      }
    }
    const en = await workbook(`/api/staff/events/${eventId}/registrations?format=xlsx&lang=en`);
    expect(headers(en)).toEqual(['Code', 'Event', 'Status', 'Seats', 'Language', 'Reminder the day before', 'Attended', 'Offer valid until', 'Created', 'Updated']);
    expect(byHeader(en, 2, 'Event').value).toBe('Bike workshop');
    expect(byHeader(en, 2, 'Status').value).toBe('Confirmed');
    expect(byHeader(en, 2, 'Seats').value).toBe(2);
    expect(byHeader(en, 2, 'Language').value).toBe('Arabic');
    expect(byHeader(en, 2, 'Reminder the day before').value).toBe('Yes');
    expect(byHeader(en, 2, 'Created').type).toBe(ExcelJS.ValueType.Date);
    expect((byHeader(en, 2, 'Created').value as Date).toISOString()).toBe('2026-11-20T17:45:00.000Z');
  });

  it('names the topics offered for an unanswered question as residents read them, in the staff language, in XLSX and CSV', async () => {
    for (const lng of ['fr', 'en'] as const) {
      const t = bot.palier.translator.fixedT(lng);
      const offered = [t('procedures:topics.pay-rent.title'), t('procedures:topics.rent-arrears.title')].join(', ');
      const columns = EXPORT_COLUMNS[lng] as Record<'created' | 'language' | 'question' | 'offered', string>;
      const sheet = await workbook(`/api/staff/exports/questions?format=xlsx&lang=${lng}`);
      expect(headers(sheet)).toEqual([columns.created, columns.language, columns.question, columns.offered]);
      expect(byHeader(sheet, 2, columns.offered).value).toBe(offered);
      expect(offered).not.toMatch(/pay-rent|rent-arrears/);
      const csv = (await (await get(`/api/staff/exports/questions?format=csv&sep=;&lang=${lng}`)).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(csv[0]).toBe(headers(sheet).join(';'));
      expect(csv[1]).toContain(`;${offered}`);
    }
  });

  it('searches with accents folded both ways, and in staff notes', async () => {
    const receipts = async (q: string) => ((await (await get(`/api/staff/needs?q=${encodeURIComponent(q)}`)).json()) as { items: { receipt: string; text: string }[] }).items.map((n) => n.text).sort();
    const both = ["L'eau coule très fort dans l'escalier", 'Les enfants crient tres fort le soir'];
    expect(await receipts('tres fort')).toEqual(both);
    expect(await receipts('TRÈS FORT')).toEqual(both);
    expect(await receipts('plombier prevenu')).toEqual(["L'eau coule très fort dans l'escalier"]);
    expect(await receipts(leak.receipt)).toEqual(["L'eau coule très fort dans l'escalier"]);
    expect(await receipts('introuvable')).toEqual([]);
  });
});
