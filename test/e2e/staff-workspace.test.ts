// The staff workspace in headless Debian chromium, in French and in English: approvals with a reason
// the partner reads, events with registrations and attendance, announcement delivery by language, a
// need's history and contact with consent, the call-back worklist, access keys, the readable
// fill-rate chart; axe-core on every view and screenshots in test-output/.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeFindings, watchPage } from '../helpers/browser.js';
import { randomId } from '../../src/clock.js';
import { projectRoot } from '../../src/paths.js';
import { createAccount } from '../../src/staff/api-keys.js';
import type { CommunityEvent, Need, OutboxMessage } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';

const SCREENSHOTS = join(projectRoot, 'test-output');

/** What a person reads and clicks, in each staff language. */
const WORDS = {
  fr: {
    signIn: 'Se connecter', apiKey: "Clé d'API", approve: 'Valider', reject: 'Refuser', reason: 'Motif (obligatoire pour refuser)',
    reasonNeeded: 'Écrivez le motif du refus', eventPending: 'Validez d’abord l’événement', nothing: 'Rien à valider pour le moment.',
    showRegistrations: 'Voir les inscriptions', attended: 'Présent', confirmed: 'Confirmée', waitlisted: 'Liste d’attente', offered: 'Place proposée', cancelled: 'Annulée',
    exportXlsx: 'Exporter les inscriptions (Excel)', codeHeader: 'Code', statusHeader: 'Statut',
    history: 'Historique et coordonnées', statusChange: 'Statut : Nouveau → En cours', consent: 'être contacté à ce sujet',
    morning: 'Le matin', turkish: 'Turc (tr)', called: 'Rappelé : clore', callNote: 'Note (facultative)', noCallbacks: 'Aucun rappel en attente.',
    accountName: 'Nom (personne, agence ou association)', accountRole: 'Rôle', partnerRole: 'Partenaire', create: 'Créer la clé', revoke: 'Révoquer', revoked: 'Révoquée le',
    chartNote: 'Le graphique montre les 15 premiers des 22 événements', arabicRow: 'Arabe (ar)', reasonLabel: 'Motif du refus :',
    headings: ['Rappels à faire', 'Propositions des partenaires à valider', 'Événements et inscriptions', 'Annonces et distribution', 'Clés d’accès (administration)'],
    partnerHeading: 'Espace partenaire', signOut: 'Se déconnecter',
    eraseOpen: 'Supprimer toutes les données de ce résident…', eraseWhat: 'ses photos, ses inscriptions', eraseNames: 'Noms sous lesquels l’équipe le connaît (facultatif)',
    eraseConfirm: 'Supprimer définitivement', erased: 'Données du résident de la demande {receipt} supprimées',
    eraseCounts: ['Demandes, idées et rappels supprimés : 2', 'Photos supprimées : 1', 'Notes de l’équipe anonymisées : 1'],
  },
  en: {
    signIn: 'Sign in', apiKey: 'API key', approve: 'Approve', reject: 'Reject', reason: 'Reason (required to reject)',
    reasonNeeded: 'Write the reason for refusing', eventPending: 'Approve this announcement’s event first', nothing: 'Nothing to approve for now.',
    showRegistrations: 'Show registrations', attended: 'Attended', confirmed: 'Confirmed', waitlisted: 'Waitlisted', offered: 'Seat offered', cancelled: 'Cancelled',
    exportXlsx: 'Export registrations (Excel)', codeHeader: 'Code', statusHeader: 'Status',
    history: 'History and contact details', statusChange: 'Status: New → In progress', consent: 'to be contacted about it',
    morning: 'In the morning', turkish: 'Turkish (tr)', called: 'Called: close', callNote: 'Note (optional)', noCallbacks: 'No call-backs waiting.',
    accountName: 'Name (person, agency or association)', accountRole: 'Role', partnerRole: 'Partner', create: 'Create the key', revoke: 'Revoke', revoked: 'Revoked on',
    chartNote: 'The chart shows the first 15 of 22 events', arabicRow: 'Arabic (ar)', reasonLabel: 'Reason for refusal:',
    headings: ['Call-backs to make', 'Partner submissions to approve', 'Events and registrations', 'Announcements and delivery', 'Access keys (administration)'],
    partnerHeading: 'Partner space', signOut: 'Sign out',
    eraseOpen: 'Delete all of this resident’s data…', eraseWhat: 'their photos, their registrations', eraseNames: 'Names staff know them by (optional)',
    eraseConfirm: 'Delete for good', erased: 'Data of the resident of request {receipt} deleted',
    eraseCounts: ['Requests, ideas and call-backs deleted: 2', 'Photos deleted: 1', 'Staff notes pseudonymised: 1'],
  },
} as const;

const event = (title: Record<string, string>, status: CommunityEvent['status'], organiser: CommunityEvent['organiser'], start: string, capacity = 10) => ({
  title, description: { fr: 'Ouvert à tous les résidents.', en: 'Open to every resident.' }, start, end: new Date(Date.parse(start) + 2 * 3_600_000).toISOString(),
  place: { address: 'Salle commune, 12 rue des Lilas', site: 'Les Tilleuls' }, capacity, maxSeatsPerRegistration: 4, audience: ['everyone'], topics: ['culture'], organiser, status,
});

describe.each(['fr', 'en'] as const)('staff workspace in %s', (lang) => {
  const w = WORDS[lang];
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;
  let adminKey: string;
  let partnerKey: string;
  const trouble = { dialogs: [] as string[], pageErrors: [] as string[], consoleErrors: [] as string[] };
  const ids: Record<string, string> = {};
  let leak: Need;
  let callback: Need;
  let durand: Need;
  let neighbour: Need;

  const axe = (target: Page = page) => seriousAxeFindings(target);
  const s = () => bot.store;
  const api = (path: string, key = adminKey) => fetch(`${bot.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `staff-${name}-${lang}.png`), fullPage: true });

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    const now = new Date();
    adminKey = (await createAccount(bot.store, { name: 'Responsable', role: 'admin' }, now, randomId)).key;
    const partner = await createAccount(bot.store, { name: 'Centre social', role: 'partner' }, now, randomId);
    partnerKey = partner.key;
    const byPartner = { kind: 'partner' as const, accountId: partner.account.id, name: 'Centre social' };
    const byStaff = { kind: 'staff' as const, name: 'Agence Nord' };
    const s = bot.store;
    ids.pendingEvent = (await s.events.create(event({ fr: 'Repas partagé', en: 'Shared meal', ar: 'وجبة مشتركة' }, 'pending', byPartner, '2027-05-10T10:00:00Z'), now)).id;
    ids.rejectEvent = (await s.events.create(event({ fr: 'Vente de gâteaux' }, 'pending', byPartner, '2027-05-12T10:00:00Z'), now)).id;
    ids.linked = (await s.announcements.create({ text: { fr: 'Venez au repas partagé !', en: 'Come to the shared meal!' }, topics: ['events'], sites: [], eventId: ids.pendingEvent, author: { kind: 'partner', accountId: partner.account.id, name: 'Centre social' }, status: 'pending' }, now)).id;
    const full = await s.events.create(event({ fr: 'Atelier vélo', en: 'Bike workshop' }, 'published', byStaff, '2027-04-03T09:00:00Z', 4), now);
    ids.full = full.id;
    const reg = async (resident: string, seats: number, waitlist: boolean) => s.registrations.register({ eventId: full.id, residentId: resident, seats, waitlist, reminder: false, language: 'ar' }, now);
    const first = await reg('r1', 2, false);
    const second = await reg('r2', 2, false);
    await reg('r3', 1, true);
    await reg('r4', 2, true);
    ids.firstCode = 'registration' in first ? first.registration.code : '';
    if ('registration' in second) await s.registrations.cancel(second.registration.id, now); // frees 2 seats: r3 is offered one
    for (let i = 0; i < 20; i++) await s.events.create(event({ fr: `Permanence ${i + 1}` }, 'published', byStaff, new Date(Date.UTC(2027, 0, 5 + i, 9)).toISOString(), 10), now);
    const sent = await s.announcements.create({ text: { fr: 'Coupure d’eau mardi', ar: 'انقطاع المياه يوم الثلاثاء' }, topics: ['housing'], sites: [], author: { kind: 'staff', accountId: 'x', name: 'Agence Nord' }, status: 'approved' }, now);
    const message = (id: string, language: OutboxMessage['language'], status: OutboxMessage['status']): OutboxMessage => ({ id, kind: 'announcement', ref: sent.id, residentId: id, channelId: 'sms', language, text: 'x', notBefore: now.toISOString(), status, attempts: 1, createdAt: now.toISOString(), updatedAt: now.toISOString() });
    await s.outbox.add([message('o1', 'fr', 'pending'), message('o2', 'ar', 'pending'), message('o3', 'ar', 'pending'), message('o4', 'tr', 'pending')]);
    await s.outbox.update('o2', { status: 'sent' });
    await s.outbox.update('o3', { status: 'unreachable' });
    await s.outbox.update('o4', { status: 'failed' });
    ids.sent = sent.id;
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await s.photos.add({ id: 'leak-photo', residentId: 'resident-leak', contentType: 'image/png', size: png.length, createdAt: now.toISOString() }, png);
    leak = await s.needs.create({ residentId: 'resident-leak', type: 'need', category: 'building', text: 'Fuite au plafond de la salle de bain', language: 'fr', site: 'Les Tilleuls', contact: { kind: 'phone', value: '+33 6 12 34 56 78' }, photos: ['leak-photo'], notifyOnStatus: true, channel: 'directline' }, new Date('2026-11-02T09:00:00Z'));
    await s.residents.save({ id: 'resident-leak', language: 'fr', languageSource: 'chosen', createdAt: now.toISOString(), updatedAt: now.toISOString(), consents: [{ purpose: 'need-contact', givenAt: '2026-11-02T09:00:00Z', ref: leak.receipt }] });
    await fetch(`${bot.url}/api/staff/needs/${leak.id}`, { method: 'PATCH', headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ status: 'in-progress', note: 'Plombier appelé' }) });
    for (const note of ['Devis reçu', 'Voisin prévenu', 'Accès confirmé']) {
      await fetch(`${bot.url}/api/staff/needs/${leak.id}`, { method: 'PATCH', headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ status: 'in-progress', note }) });
    }
    callback = await s.needs.create({ residentId: 'resident-cb', type: 'callback', category: 'callback', text: 'Kira borcum hakkında konuşmak istiyorum.', language: 'tr', site: 'Le Clos Vert', preferredTime: 'morning', contact: { kind: 'phone', value: '+33 7 11 22 33 44' }, notifyOnStatus: false, channel: 'sms' }, new Date('2026-11-03T09:00:00Z'));

    // A resident who asked at the desk for her data to be deleted: two requests, a photo, and a neighbour's request whose note names her.
    await s.photos.add({ id: 'durand-photo', residentId: 'resident-durand', contentType: 'image/png', size: png.length, createdAt: now.toISOString() }, png);
    durand = await s.needs.create({ residentId: 'resident-durand', type: 'need', category: 'building', text: 'Moisissure dans la chambre', language: 'fr', site: 'Le Clos Vert', contact: { kind: 'phone', value: '+33 6 55 44 33 22' }, photos: ['durand-photo'], notifyOnStatus: false, channel: 'sms' }, new Date('2026-11-04T09:00:00Z'));
    await s.needs.create({ residentId: 'resident-durand', type: 'idea', category: 'green', text: 'Des bancs dans le square', language: 'fr', site: 'Le Clos Vert', notifyOnStatus: false, channel: 'sms' }, new Date('2026-11-04T09:05:00Z'));
    await s.residents.save({ id: 'resident-durand', language: 'fr', languageSource: 'chosen', createdAt: now.toISOString(), updatedAt: now.toISOString(), consents: [{ purpose: 'need-contact', givenAt: '2026-11-04T09:00:00Z', ref: durand.receipt }] });
    neighbour = await s.needs.create({ residentId: 'resident-neighbour', type: 'need', category: 'building', text: 'Moisissure chez la voisine aussi', language: 'fr', site: 'Le Clos Vert', notifyOnStatus: false, channel: 'sms' }, new Date('2026-11-05T09:00:00Z'));
    await s.needs.update(neighbour.id, { staffNotes: [{ note: 'Voir avec Mme Durand (06 55 44 33 22), même palier', by: 'Responsable', at: now.toISOString() }] });

    browser = await launchChromium();
    const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB', timezoneId: 'Europe/Paris', viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce', acceptDownloads: true });
    await context.addInitScript((code) => localStorage.setItem('palier.staff.lang', code), lang);
    page = await context.newPage();
    watchPage(page, trouble, /status of 40[0-9]/);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.goto(`${bot.url}/staff`);
    await page.getByLabel(w.apiKey).fill(adminKey);
    await page.getByRole('button', { name: w.signIn }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await dir?.remove();
  });

  it('shows every new view under its heading, in the staff language', async () => {
    await expect.poll(() => page.locator('#approvals-list article').count(), { timeout: 15_000 }).toBe(3);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    for (const heading of w.headings) expect(await page.getByRole('heading', { level: 2, name: heading }).isVisible(), heading).toBe(true);
  });

  it('previews submissions in each language, waits for the event before its announcement, and rejects only with a reason', async () => {
    const card = (id: string) => page.locator(`#approvals-list article[data-id="${id}"]`);
    expect(await card(ids.pendingEvent!).locator('[lang="ar"]').first().innerText()).toBe('وجبة مشتركة');
    expect(await card(ids.pendingEvent!).locator('dt').allInnerTexts()).toHaveLength(3);
    await card(ids.linked!).getByRole('button', { name: new RegExp(`^${w.approve}`) }).click();
    await expect.poll(() => card(ids.linked!).locator('.field-error').innerText()).toContain(w.eventPending);
    expect((await bot.store.announcements.get(ids.linked!))!.status).toBe('pending');

    await card(ids.rejectEvent!).getByRole('button', { name: new RegExp(`^${w.reject}`) }).click();
    await expect.poll(() => card(ids.rejectEvent!).locator('.field-error').innerText()).toContain(w.reasonNeeded);
    await card(ids.rejectEvent!).getByLabel(new RegExp(`^${w.reason.replace(/[()]/g, '\\$&')}`)).fill('La salle est prise ce jour-là.');
    await card(ids.rejectEvent!).getByRole('button', { name: new RegExp(`^${w.reject}`) }).click();
    await expect.poll(() => card(ids.rejectEvent!).count()).toBe(0);
    expect((await bot.store.events.get(ids.rejectEvent!))!.decision).toMatchObject({ outcome: 'reject', reason: 'La salle est prise ce jour-là.' });

    await card(ids.pendingEvent!).getByRole('button', { name: new RegExp(`^${w.approve}`) }).click();
    await expect.poll(() => card(ids.pendingEvent!).count()).toBe(0);
    await card(ids.linked!).getByRole('button', { name: new RegExp(`^${w.approve}`) }).click();
    await expect.poll(() => page.locator('#approvals-summary').innerText()).toBe(w.nothing);
    expect((await bot.store.announcements.get(ids.linked!))!.status).toBe('approved');
    expect(await axe()).toEqual([]);
  });

  it("lists an event's registrations, waitlist and offers, marks attendance and exports them in the staff language", async () => {
    const row = page.locator(`#events-table tbody tr[data-id="${ids.full}"]`);
    await row.getByRole('button', { name: new RegExp(`^${w.showRegistrations}`) }).click();
    await expect.poll(() => page.locator('#registrations-table tbody tr').count()).toBe(4);
    const statuses = await page.locator('#registrations-table tbody tr .badge').allInnerTexts();
    expect(statuses).toEqual([w.confirmed, w.offered, w.waitlisted, w.cancelled]);
    await page.getByLabel(`${w.attended} ${ids.firstCode}`).check();
    await expect.poll(async () => (await bot.store.registrations.byEvent(ids.full!)).find((r) => r.code === ids.firstCode)?.attended).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.exportXlsx }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await file.path())!)) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe(w.codeHeader);
    expect(sheet.getRow(1).getCell(3).value).toBe(w.statusHeader);
    expect(sheet.getColumn(3).values).toEqual(expect.arrayContaining([w.confirmed, w.cancelled]));
    expect(await axe()).toEqual([]);
    await page.locator('#events').screenshot({ path: join(SCREENSHOTS, `staff-events-${lang}.png`) });
  });

  it('follows an announcement’s delivery by language', async () => {
    const table = page.locator(`table.delivery-by-language[data-announcement="${ids.sent}"]`);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    const arabic = table.locator('tbody tr[data-language="ar"]');
    expect(await arabic.locator('th').innerText()).toBe(w.arabicRow);
    expect(await arabic.locator('td[data-status="sent"]').innerText()).toBe('1');
    expect(await arabic.locator('td[data-status="unreachable"]').innerText()).toBe('1');
    expect(await table.locator('tbody tr[data-language="tr"] td[data-status="failed"]').innerText()).toBe('1');
    await page.locator('#announcements').screenshot({ path: join(SCREENSHOTS, `staff-announcements-${lang}.png`) });
  });

  it("opens a need's whole history, with the phone and the resident's consent beside it", async () => {
    const row = page.locator(`#needs-table tbody tr[data-id="${leak.id}"]`);
    await row.locator('summary', { hasText: w.history }).click();
    const history = row.locator('ol.history li');
    await expect.poll(() => history.count()).toBe(6); // received, one change, three notes, and this opening
    expect(await history.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(w.statusChange), expect.stringContaining('Accès confirmé'), expect.stringContaining('Devis reçu')]));
    expect(await row.locator('.contact a').innerText()).toBe('+33 6 12 34 56 78');
    expect(await row.locator('.consents li').innerText()).toContain(w.consent);
    // The resident's photo, fetched with the staff key and shown as an image with a text alternative.
    const photo = row.locator('img.need-photo');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await photo.getAttribute('alt')).toContain(leak.receipt);
    expect(await axe()).toEqual([]);
  });

  it("lets an admin delete a resident's data from a need: what goes is said first, names are taken out of notes, the counts shown after", async () => {
    const row = page.locator(`#needs-table tbody tr[data-id="${durand.id}"]`);
    await row.locator('summary', { hasText: w.history }).click();
    await row.getByRole('button', { name: new RegExp(`^${w.eraseOpen}`) }).click();
    const confirm = row.locator('form.erase-confirm');
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.innerText()).toContain(w.eraseWhat);
    expect(await s().needs.byResident('resident-durand')).toHaveLength(2); // nothing goes before the confirmation
    await row.getByLabel(w.eraseNames).fill('Mme Durand, Odile Durand');
    expect(await axe()).toEqual([]);
    await row.screenshot({ path: join(SCREENSHOTS, `staff-erase-confirm-${lang}.png`) });
    await row.getByRole('button', { name: new RegExp(`^${w.eraseConfirm}`) }).click();
    const report = row.locator('.erase-report');
    await expect.poll(() => report.locator('h4').innerText()).toBe(w.erased.replace('{receipt}', durand.receipt));
    expect(await report.locator('h4').evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await report.locator('li').allInnerTexts()).toEqual(expect.arrayContaining([...w.eraseCounts]));
    expect(await s().needs.byResident('resident-durand')).toEqual([]);
    expect(await s().photos.get('durand-photo')).toBeUndefined();
    expect(await s().residents.get('resident-durand')).toBeUndefined();
    expect((await s().needs.get(neighbour.id))!.staffNotes.map((n) => n.note)).toEqual(['Voir avec […] ([…]), même palier']);
    expect(await axe()).toEqual([]);
  });

  it('works through the call-back worklist', async () => {
    const row = page.locator(`#callbacks-table tbody tr[data-id="${callback.id}"]`);
    expect(await row.locator('.preferred-time').innerText()).toBe(w.morning);
    expect(await row.innerText()).toContain(w.turkish);
    expect(await row.locator('.phone a').innerText()).toBe('+33 7 11 22 33 44');
    await page.locator('#callbacks').screenshot({ path: join(SCREENSHOTS, `staff-callbacks-${lang}.png`) });
    await row.getByLabel(`${w.callNote} ${callback.receipt}`).fill('Rappelée, échéancier proposé');
    await row.getByRole('button', { name: new RegExp(`^${w.called}`) }).click();
    await expect.poll(() => page.locator('#callbacks-summary').innerText()).toBe(w.noCallbacks);
    expect(await bot.store.needs.get(callback.id)).toMatchObject({ status: 'done', staffNotes: [{ note: 'Rappelée, échéancier proposé', by: 'Responsable' }] });
  });

  it('lets an admin create a partner key and revoke it; the key stops working at once', async () => {
    await page.getByLabel(w.accountName).fill('Association Sud');
    await page.getByLabel(w.accountRole, { exact: true }).selectOption({ label: w.partnerRole });
    await page.getByRole('button', { name: w.create }).click();
    await expect.poll(() => page.locator('#account-key').inputValue()).toMatch(/^plr_/);
    const key = await page.locator('#account-key').inputValue();
    expect((await api('/api/partners/events', key)).status).toBe(200);
    const row = page.locator('#accounts-table tbody tr', { hasText: 'Association Sud' });
    await row.getByRole('button', { name: new RegExp(`^${w.revoke}`) }).click();
    await expect.poll(() => row.locator('.account-state').innerText()).toContain(w.revoked);
    expect((await api('/api/partners/events', key)).status).toBe(401);
    expect(await axe()).toEqual([]);
  });

  it('keeps the fill-rate chart readable with many events: the first 15 drawn, all in the table', async () => {
    await expect.poll(() => page.locator('#chart-events-note').innerText()).toContain(w.chartNote);
    const bars = await page.evaluate(() => {
      const Chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { data: { labels: unknown[] } } | undefined } }).Chart;
      return Chart.getChart(document.getElementById('chart-events') as HTMLCanvasElement)?.data.labels.length;
    });
    expect(bars).toBe(15);
    expect(await page.locator('#table-events tbody tr').count()).toBe(22);
    expect(await page.locator('#chart-events').evaluate((canvas) => canvas.parentElement!.getBoundingClientRect().height)).toBeLessThan(1000);
  });

  it('has no serious or critical accessibility violation on the whole dashboard, and a screenshot', async () => {
    await page.evaluate(() => document.querySelectorAll('#dashboard details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axe()).toEqual([]);
    await shot('workspace');
    expect(trouble).toEqual({ dialogs: [], pageErrors: [], consoleErrors: [] });
  });

  it("shows the partner the staff's reason for refusing their event", async () => {
    await page.getByRole('button', { name: w.signOut }).click();
    await page.getByLabel(w.apiKey).fill(partnerKey);
    await page.getByRole('button', { name: w.signIn }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: w.partnerHeading }).isVisible()).toBe(true);
    const row = page.locator(`#my-events-table tbody tr[data-id="${ids.rejectEvent}"]`);
    await expect.poll(() => row.locator('.decision-reason').innerText()).toBe(`${w.reasonLabel} La salle est prise ce jour-là.`);
    expect(await axe()).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `partner-decision-${lang}.png`), fullPage: true });
  });
});
