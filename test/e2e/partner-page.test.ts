// The partner space (/staff with a partner key) in headless Debian chromium, over the real bot and API.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, launchChromium, seriousAxeFindings, watchPage } from '../helpers/browser.js';
import { randomId } from '../../src/clock.js';
import { projectRoot } from '../../src/paths.js';
import { createAccount } from '../../src/staff/api-keys.js';
import type { CommunityEvent, Resident } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';

const SCREENSHOTS = join(projectRoot, 'test-output');

describe('partner space', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let staffKey: string;
  let partnerKey: string;
  let partnerId: string;
  let submitted: CommunityEvent;
  const apiCalls: string[] = [];
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];

  const axe = () => axeFindings(page);
  const seriousOrCritical = () => seriousAxeFindings(page);
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  const eventRow = (id: string) => page.locator(`#my-events-table tbody tr[data-id="${id}"]`);
  const posts = () => apiCalls.filter((c) => c.startsWith('POST ')).length;

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    staffKey = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, new Date(), randomId)).key;
    const partner = await createAccount(bot.store, { name: 'Centre social Les Lilas', role: 'partner' }, new Date(), randomId);
    partnerKey = partner.key;
    partnerId = partner.account.id;

    browser = await launchChromium();
    // The browser is in New York: the page must still read and show times in the configured zone (Europe/Paris).
    context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'America/New_York', viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => localStorage.setItem('palier.staff.lang', 'fr'));
    page = await context.newPage();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiCalls.push(`${request.method()} ${url.pathname}`);
    });
    // Refused requests (400 from a form, 401/403) are logged by the browser as failed loads; expected here.
    watchPage(page, { dialogs, pageErrors, consoleErrors }, /status of 40[013]/);
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await dir?.remove();
  });

  it('serves its own script, text only, from the staff page', async () => {
    const response = await page.goto(`${bot.url}/staff`);
    expect(response?.status()).toBe(200);
    const script = await fetch(`${bot.url}/staff/partner.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    const source = await readFile(join(projectRoot, 'src', 'web', 'partner.js'), 'utf8');
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(source).not.toContain('/api/staff'); // a partner page never calls staff routes
    const config = JSON.parse((await page.locator('#staff-config').textContent()) ?? '{}') as { timeZone?: string };
    expect(config.timeZone).toBe('Europe/Paris');
  });

  it('opens the partner space, not the staff dashboard, for a partner key', async () => {
    await page.getByLabel("Clé d'API").fill(partnerKey);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Espace partenaire' }).isVisible()).toBe(true);
    expect(await focused()).toBe('partner-title');
    expect(await page.locator('#dashboard').isVisible()).toBe(false);
    expect(await page.locator('#sections-nav').isVisible()).toBe(false);
    expect(await page.locator('#partner-nav').isVisible()).toBe(true);
    expect(await page.locator('.brand-sub').innerText()).toBe('Espace partenaire');
    expect(await page.title()).toBe('Palier – Espace partenaire');
    await expect.poll(() => page.locator('#status').innerText()).toContain('Connecté à l’espace partenaire');
    await expect.poll(() => page.locator('#my-events-empty').isVisible()).toBe(true);
    expect(await page.locator('#my-announcements-empty').isVisible()).toBe(true);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(partnerKey);
    expect(apiCalls.filter((c) => c.includes('/api/staff'))).toEqual([]);
  });

  it('explains what is missing or wrong next to each field, and sends nothing', async () => {
    const before = posts();
    await page.getByRole('button', { name: 'Envoyer l’événement pour validation' }).click();
    await expect.poll(() => page.locator('#event-errors').isVisible()).toBe(true);
    expect(await focused()).toBe('event-errors');
    expect(await page.locator('#event-errors li').count()).toBe(6); // title, description, start, end, address, seats
    expect(await page.locator('#ev-title-fr-error').innerText()).toContain('Ce champ est obligatoire.');
    expect(await page.locator('#ev-title-fr').getAttribute('aria-invalid')).toBe('true');

    // End before start: said under the end, tied to both of its inputs.
    await page.getByLabel('Titre en français').fill('Atelier cuisine du monde');
    await page.getByLabel('Description en français').fill('On cuisine ensemble des recettes de nos pays, puis on goûte.');
    await page.fill('#ev-start-date', '2026-12-05');
    await page.fill('#ev-start-time', '14:00');
    await page.fill('#ev-end-date', '2026-12-05');
    await page.fill('#ev-end-time', '12:00');
    await page.getByLabel('Adresse').fill('Salle commune, 12 rue des Lilas');
    await page.getByLabel('Nombre de places').fill('4');
    await page.getByRole('button', { name: 'Envoyer l’événement pour validation' }).click();
    await expect.poll(() => page.locator('#event-errors li').allInnerTexts()).toEqual(['Fin : La fin doit être après le début.']);
    expect(await page.locator('#ev-end-error').innerText()).toContain('La fin doit être après le début.');
    for (const id of ['ev-end-date', 'ev-end-time']) {
      expect(await page.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`#${id}`).getAttribute('aria-describedby')).toContain('ev-end-error');
    }
    expect(await page.locator('#ev-title-fr').getAttribute('aria-invalid')).toBeNull(); // fixed fields are cleared
    // The summary's link takes the keyboard to the field.
    await page.locator('#event-errors a').click();
    expect(await focused()).toBe('ev-end-date');
    expect(posts()).toBe(before);
  });

  it("shows the API's own refusal next to the field it names", async () => {
    await page.fill('#ev-end-time', '16:30');
    await page.getByLabel('Places par inscription (au plus)').fill('80'); // the API allows 50 at most
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/partners/events') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Envoyer l’événement pour validation' }).click(),
    ]);
    await expect.poll(() => page.locator('#ev-max-seats-error').innerText()).toContain('Le serveur a refusé cette valeur');
    expect(await page.locator('#ev-max-seats').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#ev-max-seats').getAttribute('aria-describedby')).toBe('ev-max-seats-hint ev-max-seats-error');
    expect(await page.locator('#event-errors').innerText()).toContain('Places par inscription (au plus) :');
    expect(await focused()).toBe('event-errors');
    expect(await bot.store.events.list()).toEqual([]);
  });

  it('submits an event in Paris time, stored pending, and lists it', async () => {
    await page.getByLabel('Places par inscription (au plus)').fill('4');
    await page.selectOption('#ev-site', 'Le Clos Vert');
    await page.locator('#ev-translations summary').click();
    await page.getByLabel('Titre (Anglais)').fill('World cooking workshop');
    await page.getByLabel('Description (Anglais)').fill('We cook recipes from our countries together, then taste them.');
    await page.getByRole('button', { name: 'Envoyer l’événement pour validation' }).click();
    await expect.poll(() => page.locator('#event-success').innerText()).toContain('Événement « Atelier cuisine du monde » envoyé');
    expect(await page.locator('#event-errors').isVisible()).toBe(false);
    expect(await page.locator('#ev-title-fr').inputValue()).toBe(''); // the form is ready for the next one

    const stored = await bot.store.events.list();
    expect(stored).toHaveLength(1);
    submitted = stored[0]!;
    expect(submitted).toMatchObject({
      status: 'pending',
      title: { fr: 'Atelier cuisine du monde', en: 'World cooking workshop' },
      start: '2026-12-05T13:00:00.000Z', // 14:00 in Paris (UTC+1 in December), though the browser is in New York
      end: '2026-12-05T15:30:00.000Z',
      place: { address: 'Salle commune, 12 rue des Lilas', site: 'Le Clos Vert' },
      capacity: 4,
      maxSeatsPerRegistration: 4,
      organiser: { kind: 'partner', accountId: partnerId },
    });

    const row = eventRow(submitted.id);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('th').innerText()).toBe('Atelier cuisine du monde');
    expect(await row.locator('.badge').innerText()).toBe('En attente de validation');
    expect(await row.locator('td').nth(0).innerText()).toMatch(/5 déc\. 2026.*14:00.*16:30/); // shown in Paris time too
    expect(await row.locator('td.registered').innerText()).toBe('0 sur 4');
    expect(await page.locator('#my-events-summary').innerText()).toContain('1 en attente');
  });

  it('shows it published with its seats once staff approve it and residents register', async () => {
    const decision = await fetch(`${bot.url}/api/staff/events/${submitted.id}/decision`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staffKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approve' }),
    });
    expect(decision.status).toBe(200);
    const register = (residentId: string, seats: number, waitlist: boolean) =>
      bot.store.registrations.register({ eventId: submitted.id, residentId, seats, waitlist, reminder: false, language: 'fr' }, new Date());
    expect(await register('resident-1', 3, false)).toHaveProperty('registration.status', 'confirmed');
    expect(await register('resident-2', 2, true)).toHaveProperty('registration.status', 'waitlisted');

    await page.getByRole('button', { name: 'Actualiser les listes' }).click();
    const row = eventRow(submitted.id);
    await expect.poll(() => row.locator('.badge').innerText()).toBe('Publié');
    expect(await row.locator('td.registered').innerText()).toBe('3 sur 4');
    expect(await row.locator('td.waitlisted').innerText()).toBe('2');
    await expect.poll(() => page.locator('#status').innerText()).toContain('Listes à jour : 1 événement(s), 0 annonce(s).');
    expect(await page.locator('[data-kpi="published"] .kpi-value').innerText()).toBe('1');
    expect(await page.locator('[data-kpi="seats"] .kpi-value').innerText()).toBe('3');
    // Counts only: nothing about the residents who registered.
    expect(await page.locator('#partner').innerText()).not.toContain('resident-');
  });

  it('asks for a topic, then submits an announcement with two topics and one site', async () => {
    await page.getByLabel('Texte en français').fill('Atelier cuisine du monde le 5 décembre : inscrivez-vous !');
    await page.getByRole('button', { name: 'Envoyer l’annonce pour validation' }).click();
    await expect.poll(() => page.locator('#an-topics-error').innerText()).toContain('Cochez au moins un sujet.');
    expect(await focused()).toBe('announcement-errors');
    expect(await page.locator('#an-topics').getAttribute('aria-describedby')).toBe('an-topics-hint an-topics-error');

    await page.getByRole('group', { name: 'Sujets' }).getByLabel('Ateliers et événements').check();
    await page.getByRole('group', { name: 'Sujets' }).getByLabel('Culture et fêtes').check();
    await page.getByRole('group', { name: 'Résidences' }).getByLabel('Les Tilleuls').check();
    expect(await page.locator('#an-event option').allInnerTexts()).toEqual(['Aucun', expect.stringContaining('Atelier cuisine du monde')]);
    await page.selectOption('#an-event', submitted.id);
    await page.fill('#an-send-date', '2027-07-01');
    await page.fill('#an-send-time', '09:00');
    await page.getByRole('button', { name: 'Envoyer l’annonce pour validation' }).click();
    await expect.poll(() => page.locator('#announcement-success').innerText()).toContain('Annonce envoyée');
    expect(await page.locator('#announcement-errors').isVisible()).toBe(false);

    const stored = await bot.store.announcements.list({ authorAccountId: partnerId });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      status: 'pending',
      text: { fr: 'Atelier cuisine du monde le 5 décembre : inscrivez-vous !' },
      topics: ['events', 'culture'],
      sites: ['Les Tilleuls'],
      eventId: submitted.id,
      sendAt: '2027-07-01T07:00:00.000Z', // 09:00 in Paris summer time (UTC+2)
    });
    const row = page.locator(`#my-announcements-table tbody tr[data-id="${stored[0]!.id}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.badge').innerText()).toBe('En attente de validation');
    expect(await row.locator('.tags li').allInnerTexts()).toEqual(['Ateliers et événements', 'Culture et fêtes']);
    expect(await row.innerText()).toContain('Les Tilleuls');
    expect(await row.innerText()).toContain('Événement : Atelier cuisine du monde');
    expect(await row.innerText()).toMatch(/1 juil\. 2027.*09:00/);
    expect(await row.locator('.delivery-cell').innerText()).toBe('Pas encore envoyée');
    expect(await page.locator('[data-kpi="pending"] .kpi-value').innerText()).toBe('1');
  });

  it('follows the delivery once staff approve the announcement', async () => {
    // Two residents subscribed to culture news at Les Tilleuls, one elsewhere: only the first two get it.
    const resident = (id: string, site: string): Resident => ({
      id, language: 'fr', languageSource: 'chosen', consents: [], site, createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
      reference: { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `c-${id}`, isGroup: false, conversationType: 'personal', name: '' } },
      subscription: { topics: ['culture'], site, consentedAt: '2026-11-01T00:00:00Z' },
    });
    await Promise.all([bot.store.residents.save(resident('sub-1', 'Les Tilleuls')), bot.store.residents.save(resident('sub-2', 'Les Tilleuls')), bot.store.residents.save(resident('sub-3', 'Le Clos Vert'))]);
    const [announcement] = await bot.store.announcements.list({ authorAccountId: partnerId });
    const decision = await fetch(`${bot.url}/api/staff/announcements/${announcement!.id}/decision`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staffKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approve' }),
    });
    expect(decision.status).toBe(200);
    await page.getByRole('button', { name: 'Actualiser les listes' }).click();
    const row = page.locator(`#my-announcements-table tbody tr[data-id="${announcement!.id}"]`);
    await expect.poll(() => row.locator('.badge').innerText()).toBe('Validée');
    // Not before its sending date (July): both messages wait in the queue.
    expect(await row.locator('.delivery li').allInnerTexts()).toEqual(['0 envoyé(s)', '2 en file d’attente']);
    expect(await page.locator('#partner').innerText()).not.toContain('sub-');
  });

  it('can be used with the keyboard, in a logical order with visible focus', async () => {
    await page.reload();
    await expect.poll(focused).toBe('partner-title'); // the key stays for the tab
    await expect.poll(() => eventRow(submitted.id).count()).toBe(1);
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(String(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName)));
    }
    expect(order).toEqual(['partner-refresh', 'ev-title-fr', 'ev-description-fr', 'SUMMARY', 'ev-start-date']);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.focus('#an-topic-culture');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('an-topic-housing');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });

  it('has no serious or critical accessibility violation (axe-core), and a screenshot', async () => {
    // With the other languages open and a message under a field, as a partner sees them.
    await page.locator('#ev-translations summary').click();
    await page.getByLabel('Titre en français').fill('Balade au parc');
    await page.getByRole('button', { name: 'Envoyer l’événement pour validation' }).click();
    await expect.poll(() => page.locator('#event-errors').isVisible()).toBe(true);
    const results = await axe();
    await writeFile(join(SCREENSHOTS, 'partner-page-axe.json'), `${JSON.stringify(results, null, 2)}\n`);
    expect(results.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'partner-page-errors.png'), fullPage: true });

    // The page as it usually looks: no error, the lists filled.
    await page.reload();
    await expect.poll(() => eventRow(submitted.id).count()).toBe(1);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    expect(await seriousOrCritical()).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'partner-page.png'), fullPage: true });
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'Switch this page to English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Partner space');
    await expect.poll(() => page.locator('#status').innerText()).toBe('Page shown in English.');
    const row = eventRow(submitted.id);
    expect(await row.locator('th').innerText()).toBe('World cooking workshop'); // the partner's English title
    expect(await row.locator('.badge').innerText()).toBe('Published');
    expect(await row.locator('td.registered').innerText()).toBe('3 of 4');
    expect(await page.locator('#my-announcements-table .badge').innerText()).toBe('Approved');
    expect(await page.locator('#my-announcements-table .delivery li').allInnerTexts()).toEqual(['0 sent', '2 queued']);
    expect(await page.locator('#my-announcements-table .tags li').allInnerTexts()).toEqual(['Workshops and events', 'Culture and celebrations']);
    expect(await page.getByRole('group', { name: 'Topics' }).getByLabel('Gardens', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Title in French').count()).toBe(1);
    expect(await page.locator('#ev-when-hint').innerText()).toBe('Local time (Europe/Paris).');
    expect(await seriousOrCritical()).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'partner-page-en.png'), fullPage: false });
    await page.getByRole('button', { name: 'Afficher cette page en français' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await expect.poll(() => page.locator('.brand-sub').innerText()).toBe('Espace partenaire');
  });

  it('reflows on a phone-sized screen without scrolling the page sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'partner-page-narrow.png'), fullPage: false });
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('signs out, forgets the key, and never called a staff route', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.getByLabel("Clé d'API").isVisible()).toBe(true);
    expect(await page.locator('#partner').isVisible()).toBe(false);
    expect(await page.locator('#my-events-table tbody tr').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.title()).toBe('Palier – Espace équipe');
    expect(apiCalls.filter((c) => c.includes('/api/staff'))).toEqual([]);
    expect(apiCalls).toContain('POST /api/partners/events');
    expect(apiCalls).toContain('POST /api/partners/announcements');
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
