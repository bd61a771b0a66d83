// The staff API through the real server: keys and roles, filters, status changes, exports, OpenAPI.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequentialIds, tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { createAccount } from '../../src/staff/api-keys.js';
import { openApiDocument } from '../../src/staff/openapi.js';
import type { NewNeed } from '../../src/store/types.js';

const need = (over: Partial<NewNeed> = {}): NewNeed => ({
  residentId: 'r1', type: 'need', category: 'building', text: 'Fuite dans la cave', language: 'fr', site: 'Les Tilleuls', audience: 'everyone', notifyOnStatus: false, channel: 'sms', ...over,
});

describe('staff API', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let staffKey: string;
  let partnerKey: string;
  let revokedKey: string;
  const get = (path: string, key?: string) => fetch(`${bot.url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  const send = (method: string, path: string, key: string, body: unknown) =>
    fetch(`${bot.url}${path}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path, { SURVEYS_DIR: `${dir.path}/surveys` });
    const ids = sequentialIds('acct');
    const now = new Date('2026-11-24T10:00:00Z');
    staffKey = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, now, ids)).key;
    partnerKey = (await createAccount(bot.store, { name: 'Centre social', role: 'partner' }, now, ids)).key;
    const revoked = await createAccount(bot.store, { name: 'Ancien', role: 'staff' }, now, ids);
    await bot.store.accounts.save({ ...revoked.account, revokedAt: now.toISOString() });
    revokedKey = revoked.key;
    await bot.store.needs.create(need(), new Date('2026-01-10T09:00:00Z'));
    await bot.store.needs.create(need({ category: 'safety', site: 'Le Clos Vert', language: 'ar', text: 'الباب مكسور' }), new Date('2026-02-10T09:00:00Z'));
    await bot.store.needs.create(need({ type: 'idea', category: 'green', text: '=HYPERLINK("http://evil.example","clic")' }), new Date('2026-03-10T09:00:00Z'));
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('refuses requests without a key, with a wrong key, a revoked key or the wrong role', async () => {
    expect((await get('/api/staff/needs')).status).toBe(401);
    expect((await get('/api/staff/needs', 'plr_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(401);
    expect((await get('/api/staff/needs', revokedKey)).status).toBe(401);
    const forbidden = await get('/api/staff/needs', partnerKey);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: 'Forbidden', message: expect.any(String) } });
    // The stored account holds a hash, never the key.
    const stored = JSON.stringify(await bot.store.accounts.list());
    expect(stored).not.toContain(staffKey.slice('plr_'.length + 12 + 1)); // the secret part (it may contain "_")
  });

  it('slows down an address after repeated wrong keys', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await get('/api/staff/needs', `plr_00000000000${i}_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB`)).status);
    expect(statuses).toContain(429);
    expect((await get('/api/staff/needs', staffKey)).status).toBe(200);
  });

  it('lists needs newest first with filters and pages, without resident ids', async () => {
    const all = (await (await get('/api/staff/needs', staffKey)).json()) as { items: { receipt: string; residentId?: string }[]; total: number };
    expect(all.total).toBe(3);
    expect(all.items.map((n) => n.receipt)).toEqual(['B-2026-0003', 'B-2026-0002', 'B-2026-0001']);
    expect(all.items.every((n) => n.residentId === undefined)).toBe(true);
    const filtered = (await (await get('/api/staff/needs?from=2026-02-01&to=2026-02-28&site=Le%20Clos%20Vert&language=ar', staffKey)).json()) as { total: number };
    expect(filtered.total).toBe(1);
    expect(((await (await get('/api/staff/needs?kind=idea', staffKey)).json()) as { total: number }).total).toBe(1);
    expect(((await (await get('/api/staff/needs?pageSize=2&page=2', staffKey)).json()) as { items: unknown[] }).items).toHaveLength(1);
    const bad = await get('/api/staff/needs?status=lost', staffKey);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'InvalidQuery' } });
  });

  it('changes a status with a note and records who did it in the audit log', async () => {
    const [first] = await bot.store.needs.list();
    const response = await send('PATCH', `/api/staff/needs/${first!.id}`, staffKey, { status: 'planned', note: 'Plombier prévu mardi' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'planned', staffNotes: [{ note: 'Plombier prévu mardi', by: 'Agence Nord' }] });
    const audit = (await (await get('/api/staff/audit', staffKey)).json()) as { items: { action: string; by: string; target: string; details: unknown }[] };
    expect(audit.items[0]).toMatchObject({ action: 'need.status', by: expect.stringContaining('Agence Nord'), target: first!.receipt, details: { from: 'new', to: 'planned' } });
    expect((await send('PATCH', `/api/staff/needs/${first!.id}`, staffKey, { status: 'lost' })).status).toBe(400);
  });

  it('publishes an idea with a translation', async () => {
    const idea = (await bot.store.needs.list({ type: 'idea' }))[0]!;
    const response = await send('POST', `/api/staff/needs/${idea.id}/publish`, staffKey, { translations: { en: 'A link' } });
    expect(response.status).toBe(200);
    expect((await bot.store.needs.published('Les Tilleuls')).map((n) => n.id)).toEqual([idea.id]);
  });

  it('exports CSV for French Excel with formulas neutralised, and XLSX that reads back', async () => {
    const bytes = Buffer.from(await (await get('/api/staff/exports/needs?format=csv&sep=;', staffKey)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark, for Excel
    const csv = bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('N° de suivi;Type;Catégorie');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);

    const xlsx = Buffer.from(await (await get('/api/staff/exports/needs?format=xlsx&lang=en', staffKey)).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Reference');
    // An XLSX string cell is never a formula: the text is kept as written, without an apostrophe.
    const cells = [2, 3, 4].map((r) => sheet.getRow(r).getCell(8));
    expect(cells.map((c) => c.value)).toContain(`=HYPERLINK("http://evil.example","clic")`);
    expect(cells.map((c) => c.type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect(sheet.rowCount).toBe(4);
  });

  it('creates, closes and reports a survey', async () => {
    const survey = { id: 'noise', title: { fr: 'Le bruit' }, opens: '2026-01-01', closes: '2027-12-31', questions: [{ id: 'q', type: 'yesno', text: { fr: 'Gêné ?' } }] };
    expect((await send('POST', '/api/staff/surveys', staffKey, survey)).status).toBe(201);
    expect((await send('POST', '/api/staff/surveys', staffKey, survey)).status).toBe(409);
    expect((await send('POST', '/api/staff/surveys', staffKey, { ...survey, id: 'bad', questions: [] })).status).toBe(400);
    expect(((await (await get('/api/staff/surveys', staffKey)).json()) as { items: { id: string; open: boolean }[] }).items).toEqual([expect.objectContaining({ id: 'noise', open: true })]);
    expect((await send('POST', '/api/staff/surveys/noise/close', staffKey, {})).status).toBe(200);
    expect(((await (await get('/api/staff/surveys', staffKey)).json()) as { items: { open: boolean }[] }).items[0]!.open).toBe(false);
    expect(await (await get('/api/staff/surveys/noise/results', staffKey)).json()).toMatchObject({ responses: 0, questions: [{ id: 'q', answered: 0 }] });
  });

  it('lets a partner submit an event that staff approve; the partner sees counts, never residents', async () => {
    const input = { title: { fr: 'Fresque du quartier' }, description: { fr: 'On peint le mur ensemble.' }, start: '2026-12-12T13:00:00Z', end: '2026-12-12T17:00:00Z', place: { address: 'Mur de la rue Verte', site: 'Les Tilleuls' }, capacity: 12 };
    const submitted = await send('POST', '/api/partners/events', partnerKey, input);
    expect(submitted.status).toBe(201);
    const event = (await submitted.json()) as { id: string; status: string };
    expect(event.status).toBe('pending');
    expect((await send('POST', '/api/partners/events', staffKey, input)).status).toBe(403);
    expect((await send('POST', `/api/staff/events/${event.id}/decision`, staffKey, { decision: 'approve' })).status).toBe(200);
    await bot.store.registrations.register({ eventId: event.id, residentId: 'resident-x', seats: 2, waitlist: false, reminder: false, language: 'fr' }, new Date('2026-11-24T10:00:00Z'));
    const mine = (await (await get('/api/partners/events', partnerKey)).json()) as { items: { id: string; status: string; registered: number }[] };
    expect(mine.items).toEqual([expect.objectContaining({ id: event.id, status: 'published', registered: 2 })]);
    expect(JSON.stringify(mine)).not.toContain('resident-x');
    expect((await get(`/api/staff/events/${event.id}/registrations`, partnerKey)).status).toBe(403);

    const registrations = (await (await get(`/api/staff/events/${event.id}/registrations`, staffKey)).json()) as { items: { id: string; seats: number; residentId?: string }[] };
    expect(registrations.items).toEqual([expect.objectContaining({ seats: 2 })]);
    expect(registrations.items[0]!.residentId).toBeUndefined();
    expect(await (await send('PATCH', `/api/staff/registrations/${registrations.items[0]!.id}`, staffKey, { attended: true })).json()).toMatchObject({ attended: true });
    const stats = (await (await get('/api/staff/stats', staffKey)).json()) as { eventFillRates: { id: string; registered: number; capacity: number; fillRate: number }[] };
    expect(stats.eventFillRates.find((e) => e.id === event.id)).toMatchObject({ registered: 2, capacity: 12, fillRate: 0.17 });
    const csv = await (await get(`/api/staff/events/${event.id}/registrations?format=csv`, staffKey)).text();
    expect(csv.split('\r\n')[0]).toBe('Code;Événement;Statut;Places;Langue;Rappel la veille;Présent;Offre valable jusqu\'au;Créé le;Modifié le');
    expect(csv).toContain(';Fresque du quartier;Confirmée;2;Français;Non;Oui;;2026-11-24 11:00;');
    expect((await send('POST', `/api/staff/events/${event.id}/decision`, staffKey, { decision: 'approve' })).status).toBe(409);
  });

  it('queues an approved partner announcement for matching subscribers and shows its delivery progress', async () => {
    const reference = { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'c-sub', isGroup: false, conversationType: 'personal', name: '' } };
    const base = { language: 'fr' as const, languageSource: 'chosen' as const, consents: [], createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', reference };
    await bot.store.residents.save({ ...base, id: 'subscriber', subscription: { topics: ['culture'], site: 'Les Tilleuls', consentedAt: '2026-11-01T00:00:00Z' } });
    await bot.store.residents.save({ ...base, id: 'elsewhere', subscription: { topics: ['culture'], site: 'Le Clos Vert', consentedAt: '2026-11-01T00:00:00Z' } });
    const submitted = await send('POST', '/api/partners/announcements', partnerKey, { text: { fr: 'Concert dans la cour samedi !' }, topics: ['culture'], sites: ['Les Tilleuls'] });
    expect(submitted.status).toBe(201);
    const { id } = (await submitted.json()) as { id: string };
    expect((await send('POST', '/api/partners/announcements', partnerKey, { text: { en: 'no French' }, topics: ['culture'] })).status).toBe(400);
    const approved = (await (await send('POST', `/api/staff/announcements/${id}/decision`, staffKey, { decision: 'approve' })).json()) as { status: string; queued: number };
    expect(approved).toMatchObject({ status: 'approved', queued: 1 });
    const mine = (await (await get('/api/partners/announcements', partnerKey)).json()) as { items: { id: string; delivery: Record<string, number> }[] };
    const progress = mine.items.find((a) => a.id === id)!.delivery;
    expect(Object.values(progress).reduce((a, b) => a + b, 0)).toBe(1);
    expect((await bot.store.outbox.list({ ref: id })).map((m) => m.residentId)).toEqual(['subscriber']);
  });

  it('describes every route in its OpenAPI document', async () => {
    const routes = Object.values(bot.server.server.router.getRoutes())
      .map((r) => (r as unknown as { spec: { path: string; method: string } }).spec)
      .filter((s) => s.path.startsWith('/api/staff') || s.path.startsWith('/api/partners') || s.path === '/api/openapi.json');
    expect(routes.length).toBeGreaterThan(10);
    const paths = openApiDocument.paths as Record<string, Record<string, unknown>>;
    for (const { path, method } of routes) {
      const documented = path.replace(/:(\w+)/g, '{$1}');
      expect(paths[documented]?.[method.toLowerCase()], `${method} ${path}`).toBeDefined();
    }
    const served = (await (await get('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(served.paths).length).toBe(Object.keys(paths).length);
  });
});

describe('a large export', () => {
  it('streams 100,000 needs as CSV', async () => {
    const dir = await tempDir();
    const bot = await startBot(dir.path);
    const { key } = await createAccount(bot.store, { name: 'Export', role: 'staff' }, new Date(), sequentialIds('k'));
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(Array.from({ length: 10_000 }, (_, i) => bot.store.needs.create(need({ text: `Besoin ${batch * 10_000 + i}` }), new Date(Date.UTC(2024, batch, 1 + (i % 28))))));
    }
    const response = await fetch(`${bot.url}/api/staff/exports/needs?format=csv`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    let lines = 0;
    for await (const chunk of Readable.fromWeb(response.body as never)) for (const byte of chunk as Buffer) if (byte === 0x0a) lines++;
    expect(lines).toBe(100_001); // the header and one line per need
    await bot.stop();
    await dir.remove();
  }, 120_000);
});
