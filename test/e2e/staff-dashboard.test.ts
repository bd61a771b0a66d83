// The staff dashboard (/staff) in headless Debian chromium, over the real bot and its staff API.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage } from '../helpers/browser.js';
import { randomId } from '../../src/clock.js';
import type { Language } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';
import { createAccount } from '../../src/staff/api-keys.js';
import type { CommunityEvent, Need } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';

const SCREENSHOTS = join(projectRoot, 'test-output');
const SCRIPT_TEXT = '<script>alert(1)</script>';

interface Seed {
  at: string;
  type?: Need['type'];
  category: string;
  site?: string;
  language: Language;
  text: string;
}

// Three months, four categories, three sites (and one without), five languages.
const SEEDS: Seed[] = [
  { at: '2026-01-10T09:00:00Z', category: 'building', site: 'Les Tilleuls', language: 'fr', text: 'La porte du hall ne ferme plus depuis lundi.' },
  { at: '2026-01-20T14:30:00Z', category: 'safety', site: 'Les Tilleuls', language: 'fr', text: "L'éclairage du parking est en panne, on ne voit rien le soir." },
  { at: '2026-02-03T08:15:00Z', category: 'building', site: 'Le Clos Vert', language: 'ar', text: 'المصعد معطل منذ أسبوع' },
  { at: '2026-02-14T17:45:00Z', type: 'idea', category: 'green', site: 'Le Clos Vert', language: 'en', text: 'A shared vegetable garden behind building B.' },
  { at: '2026-02-25T11:00:00Z', category: 'building', site: 'Les Tilleuls', language: 'fr', text: SCRIPT_TEXT },
  { at: '2026-03-05T10:20:00Z', category: 'safety', site: 'Résidence du Parc', language: 'es', text: 'Hay una fuga de agua en la escalera.' },
  { at: '2026-03-12T16:00:00Z', type: 'callback', category: 'callback', site: 'Le Clos Vert', language: 'tr', text: 'Kira borcum hakkında konuşmak istiyorum.' },
  { at: '2026-03-20T09:40:00Z', category: 'green', site: 'Les Tilleuls', language: 'fr', text: 'Les haies ne sont plus taillées.' },
  { at: '2026-03-28T13:05:00Z', category: 'youth', language: 'pt', text: 'Falta um espaço para os jovens à tarde.' },
];

// Two published events: 3 of 10 seats taken (30 %), 4 of 4 (100 %); the second has a French title only.
const EVENT_SEEDS = [
  { title: { fr: 'Atelier cuisine du monde', en: 'World cooking workshop' }, start: '2026-04-11T12:00:00.000Z', capacity: 10, seats: [2, 1] },
  { title: { fr: 'Jardin partagé : plantations' }, start: '2026-04-18T08:00:00.000Z', capacity: 4, seats: [3, 1] },
];

describe('staff dashboard', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let staffKey: string;
  let partnerKey: string;
  const needs: Need[] = [];
  const events: CommunityEvent[] = [];
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];

  const bySite = (site: string) => needs.filter((n) => n.site === site).map((n) => n.receipt).sort();
  const shownReceipts = async () => (await page.locator('#needs-table tbody th[scope="row"]').allInnerTexts()).sort();
  /** Every axe-core finding on the page as it is now. */
  const axe = async () => {
    const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(source); // evaluated through DevTools, so the page's CSP does not block it
    return page.evaluate(async () => {
      const runner = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await runner.run(document);
      return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
  };
  const seriousOrCritical = async () => (await axe()).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const signIn = async (key: string) => {
    await page.getByLabel("Clé d'API").fill(key);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  };

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    staffKey = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, new Date(), randomId)).key;
    partnerKey = (await createAccount(bot.store, { name: 'Centre social', role: 'partner' }, new Date(), randomId)).key;
    for (const [i, s] of SEEDS.entries()) {
      const need = await bot.store.needs.create(
        { residentId: `resident-${i}`, type: s.type ?? 'need', category: s.category, text: s.text, language: s.language, site: s.site, notifyOnStatus: false, channel: 'sms' },
        new Date(s.at),
      );
      needs.push(need);
    }
    await bot.store.questions.add({ id: 'q1', text: 'Comment avoir une place de parking ?', language: 'fr', offered: ['pay-rent', 'move-in'], createdAt: '2026-03-02T10:00:00Z' });
    await bot.store.questions.add({ id: 'q2', text: 'هل يمكنني تربية قطة؟', language: 'ar', offered: [], createdAt: '2026-03-03T10:00:00Z' });
    for (const [i, clear] of [true, true, false, true, false, false].entries()) {
      await bot.store.feedback.add({ id: `f${i}`, topic: i < 4 ? 'rent-arrears' : 'housing-allowance', language: 'fr', clear, createdAt: '2026-03-01T10:00:00Z' });
    }
    for (const [i, seed] of EVENT_SEEDS.entries()) {
      const event = await bot.store.events.create(
        {
          title: seed.title,
          description: { fr: 'Ouvert à tous les résidents.' },
          start: seed.start,
          end: new Date(Date.parse(seed.start) + 2 * 3_600_000).toISOString(),
          place: { address: 'Salle commune, 12 rue des Lilas', site: 'Les Tilleuls' },
          capacity: seed.capacity,
          maxSeatsPerRegistration: 4,
          audience: ['everyone'],
          topics: ['culture'],
          organiser: { kind: 'staff', name: 'Agence Nord' },
          status: 'published',
        },
        new Date('2026-03-01T09:00:00Z'),
      );
      events.push(event);
      for (const [j, seats] of seed.seats.entries()) {
        const outcome = await bot.store.registrations.register(
          { eventId: event.id, residentId: `resident-event-${i}-${j}`, seats, waitlist: false, reminder: false, language: 'fr' },
          new Date('2026-03-02T09:00:00Z'),
        );
        expect(outcome).toHaveProperty('registration');
      }
    }

    browser = await launchChromium();
    context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce', acceptDownloads: true });
    page = await context.newPage();
    // The browser reports refused keys (401/403) as failed loads; those are expected here.
    watchPage(page, { dialogs, pageErrors, consoleErrors }, /status of 40[13]/);
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await dir?.remove();
  });

  it('is served by the bot itself, with a strict content security policy', async () => {
    const response = await page.goto(`${bot.url}/staff`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const html = await response!.text();
    expect(html).not.toMatch(/https?:\/\//); // no CDN: every file comes from this server
    expect((await fetch(`${bot.url}/staff/chart.umd.js`)).headers.get('content-type')).toContain('javascript');
    const modules = (await readdir(join(projectRoot, 'src', 'web', 'staff'))).filter((name) => name.endsWith('.js')).map((name) => join('staff', name));
    expect(modules).toContain(join('staff', 'main.js'));
    for (const script of [...modules, 'partner.js']) expect(await readFile(join(projectRoot, 'src', 'web', script), 'utf8')).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect((await fetch(`${bot.url}/staff/modules/main.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${bot.url}/staff/modules/..%2Fstaff-page.ts`)).status).toBe(404);
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { Chart?: unknown }).Chart)).toBe('function');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('refuses a wrong key with a clear message; a partner key opens the partner space instead', async () => {
    await signIn('plr_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await expect.poll(() => page.locator('#sign-in-error').innerText()).toContain("Cette clé n'est pas valide");
    expect(await page.getByLabel("Clé d'API").getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS, 'staff-sign-in.png') });
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // (test/e2e/partner-page.test.ts covers the partner space itself)
    await signIn(partnerKey);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Espace partenaire' }).isVisible()).toBe(true);
    expect(await page.locator('#dashboard').isVisible()).toBe(false);
    expect(await page.locator('#needs-table tbody tr').count()).toBe(0);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.getByLabel("Clé d'API").isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('signs in with the key, kept in sessionStorage only, and lists every need', async () => {
    await signIn(staffKey);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).isVisible()).toBe(true);
    await expect.poll(shownReceipts).toEqual(needs.map((n) => n.receipt).sort());
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(staffKey);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(staffKey);
    expect(await page.locator('#needs-summary').innerText()).toContain(`${SEEDS.length} résultat`);
    await expect.poll(() => page.locator('#status').innerText()).toContain(`${SEEDS.length} demandes`);
  });

  it("shows a resident's <script> as text, never as HTML", async () => {
    const row = page.locator('#needs-table tbody tr', { hasText: SCRIPT_TEXT });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.resident-text').innerText()).toBe(SCRIPT_TEXT);
    expect(await page.locator('#needs-table script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('filters by site and search, with the right rows and count', async () => {
    await page.selectOption('#f-site', 'Le Clos Vert');
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect.poll(shownReceipts).toEqual(bySite('Le Clos Vert'));
    expect(await page.locator('#needs-summary').innerText()).toContain(`${bySite('Le Clos Vert').length} résultat`);
    await expect.poll(() => page.locator('#status').innerText()).toContain(`${bySite('Le Clos Vert').length} demande`);

    await page.selectOption('#f-kind', 'idea');
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect.poll(shownReceipts).toEqual(needs.filter((n) => n.site === 'Le Clos Vert' && n.type === 'idea').map((n) => n.receipt));

    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.getByLabel('Rechercher (texte ou n° de suivi)').fill('haies');
    await page.getByLabel('Rechercher (texte ou n° de suivi)').press('Enter');
    await expect.poll(shownReceipts).toEqual(needs.filter((n) => n.text.includes('haies')).map((n) => n.receipt));

    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.fill('#f-from', '2026-02-01');
    await page.fill('#f-to', '2026-02-28');
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect.poll(shownReceipts).toEqual(needs.filter((n) => n.createdAt.startsWith('2026-02')).map((n) => n.receipt).sort());
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect.poll(shownReceipts).toEqual(needs.map((n) => n.receipt).sort());
  });

  it('pages through the needs', async () => {
    await Promise.all([page.waitForResponse((r) => r.url().includes('pageSize=25')), page.selectOption('#page-size', '25')]);
    await expect.poll(() => page.locator('#needs-table').getAttribute('aria-busy')).toBeNull();
    expect(await page.locator('#page-info').innerText()).toBe('Page 1 sur 1');
    expect(await page.getByRole('button', { name: 'Page suivante' }).isDisabled()).toBe(true);
  });

  it('changes a status with a note, confirms it, and the API has it', async () => {
    const target = needs.find((n) => n.text.includes('éclairage'))!;
    const row = page.locator(`#needs-table tbody tr[data-id="${target.id}"]`);
    await row.getByLabel(`Statut à enregistrer pour ${target.receipt}`).selectOption('planned');
    await row.getByLabel(`Note facultative pour ${target.receipt}`).fill('Électricien prévu jeudi');
    // A refresh of the list while editing keeps what was being typed.
    await Promise.all([page.waitForResponse((r) => r.url().includes('pageSize=50')), page.selectOption('#page-size', '50')]);
    await expect.poll(() => page.locator('#needs-table').getAttribute('aria-busy')).toBeNull();
    expect(await row.getByLabel(`Statut à enregistrer pour ${target.receipt}`).inputValue()).toBe('planned');
    expect(await row.getByLabel(`Note facultative pour ${target.receipt}`).inputValue()).toBe('Électricien prévu jeudi');
    await row.getByRole('button', { name: /Enregistrer/ }).click();
    await expect.poll(() => row.locator('.saved').innerText()).toContain('Enregistré : Prévu');
    await expect.poll(() => page.locator('#status').innerText()).toContain(`${target.receipt} : statut « Prévu » et note enregistrés.`);
    expect(await row.locator('.badge').innerText()).toBe('Prévu');
    expect(await row.locator('.staff-notes').innerText()).toContain('Électricien prévu jeudi');

    const stored = await bot.store.needs.get(target.id);
    expect(stored).toMatchObject({ status: 'planned', staffNotes: [{ note: 'Électricien prévu jeudi', by: 'Agence Nord' }] });
    const viaApi = (await (await fetch(`${bot.url}/api/staff/needs/${target.id}`, { headers: { authorization: `Bearer ${staffKey}` } })).json()) as { status: string };
    expect(viaApi.status).toBe('planned');
  });

  it("offers a staff key (not admin) no way to delete a resident's data from a need's panel", async () => {
    const target = needs.find((n) => n.text.includes('éclairage'))!;
    const row = page.locator(`#needs-table tbody tr[data-id="${target.id}"]`);
    await row.locator('summary', { hasText: 'Historique et coordonnées' }).click();
    await expect.poll(() => row.locator('ol.history li').count()).toBeGreaterThan(0);
    expect(await row.locator('.erase-resident').count()).toBe(0);
    expect(await row.getByRole('button', { name: /Supprimer toutes les données/ }).count()).toBe(0);
    await row.locator('summary', { hasText: 'Historique et coordonnées' }).click();
  });

  it('downloads the CSV (";" for French Excel) and XLSX exports with the same filters', async () => {
    await page.selectOption('#f-site', 'Les Tilleuls');
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect.poll(shownReceipts).toEqual(bySite('Les Tilleuls'));

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV « ; » (Excel en français)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^needs-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^N° de suivi;Type;Catégorie;Statut;Lieu/);
    expect(lines).toHaveLength(bySite('Les Tilleuls').length + 1);
    for (const receipt of bySite('Les Tilleuls')) expect(text).toContain(receipt);
    for (const receipt of bySite('Le Clos Vert')) expect(text).not.toContain(receipt);
    await expect.poll(() => page.locator('#status').innerText()).toContain(csv.suggestedFilename());

    const [comma] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV « , »' }).click()]);
    expect((await readFile((await comma.path())!, 'utf8')).split('\r\n')[0]).toMatch(/^\uFEFFN° de suivi,Type,Catégorie/);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect((await readFile((await xlsx.path())!)).subarray(0, 2).toString('latin1')).toBe('PK');

    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect.poll(shownReceipts).toEqual(needs.map((n) => n.receipt).sort());
  });

  it('draws the charts from real data, with the same numbers in tables', async () => {
    const sitesCanvas = page.locator('canvas#chart-sites');
    expect(await sitesCanvas.getAttribute('role')).toBe('img');
    expect(await sitesCanvas.getAttribute('aria-label')).toContain('Graphique en barres : demandes par lieu');
    expect(await page.locator('canvas#chart-months').getAttribute('aria-label')).toContain('barres empilées');
    // Chart.js drew something: the chart exists and the canvas has coloured pixels.
    const drawn = () => page.evaluate(() => {
      const Chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { data: { labels: string[] } } | undefined } }).Chart;
      const canvas = document.getElementById('chart-sites') as HTMLCanvasElement;
      const chart = Chart.getChart(canvas);
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return { labels: chart?.data.labels, painted, width: canvas.width };
    });
    await expect.poll(drawn).toEqual({
      labels: expect.arrayContaining(['Les Tilleuls', 'Le Clos Vert', 'Résidence du Parc', 'Non précisé']),
      painted: expect.toSatisfy((n: number) => n > 1000),
      width: expect.toSatisfy((n: number) => n > 100),
    });

    const siteCount = (site: string) => page.locator(`#table-sites tbody tr[data-site="${site}"] td`).textContent();
    await expect.poll(() => siteCount('Les Tilleuls')).toBe(String(bySite('Les Tilleuls').length));
    expect(await siteCount('Le Clos Vert')).toBe(String(bySite('Le Clos Vert').length));
    expect(await siteCount('Résidence du Parc')).toBe('1');
    expect(await siteCount('unknown')).toBe('1');
    const monthCell = (month: string, category: string) => page.locator(`#table-months tbody tr[data-month="${month}"] td[data-category="${category}"]`).textContent();
    expect(await monthCell('2026-01', 'building')).toBe('1');
    expect(await monthCell('2026-02', 'building')).toBe('2');
    expect(await monthCell('2026-03', 'safety')).toBe('1');
    expect(await page.locator('#table-months tbody tr').count()).toBe(3);
    // The tables sit in closed <details> until opened: read their text, not what is rendered.
    expect(await page.locator('#table-months thead').textContent()).toContain('Bâtiment et propreté');
  });

  it('draws the event fill rates (0–100 %), with the same numbers in a table', async () => {
    const canvas = page.locator('canvas#chart-events');
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await page.locator('#chart-events-title').textContent()).toBe('Taux de remplissage des événements');
    await expect.poll(() => canvas.getAttribute('aria-label')).toContain('taux de remplissage de 2 événement');
    expect(await page.getByRole('img', { name: /^Graphique en barres : taux de remplissage de 2 événement/ }).count()).toBe(1);
    const drawn = () => page.evaluate(() => {
      const Chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { data: { labels: string[][]; datasets: { data: number[] }[] }; options: { scales: { x: { min: number; max: number } } } } | undefined } }).Chart;
      const chart = Chart.getChart(document.getElementById('chart-events') as HTMLCanvasElement);
      return chart && { titles: chart.data.labels.map((l) => l[0]), data: chart.data.datasets[0]!.data, min: chart.options.scales.x.min, max: chart.options.scales.x.max };
    });
    await expect.poll(drawn).toEqual({ titles: ['Atelier cuisine du monde', 'Jardin partagé : plantations'], data: [30, 100], min: 0, max: 100 });

    const row = (event: CommunityEvent) => page.locator(`#table-events tbody tr[data-event="${event.id}"]`);
    const cells = async (event: CommunityEvent) => (await row(event).locator('th, td').allTextContents()).map((text) => text.replace(/\s/g, ' '));
    expect(await page.locator('#table-events caption').textContent()).toBe('Taux de remplissage des événements');
    expect((await page.locator('#table-events thead th').allTextContents())).toEqual(['Événement', 'Date', 'Places réservées', 'Places', 'Remplissage']);
    expect(await cells(events[0]!)).toEqual(['Atelier cuisine du monde', '11 avr. 2026', '3', '10', '30 %']);
    expect(await cells(events[1]!)).toEqual(['Jardin partagé : plantations', '18 avr. 2026', '4', '4', '100 %']);
    expect(await page.locator('#table-events tbody tr').count()).toBe(2);
  });

  it('lists unanswered questions and procedure feedback', async () => {
    await expect.poll(() => page.locator('#questions-table tbody tr').count()).toBe(2);
    expect(await page.locator('#questions-table').innerText()).toContain('Comment avoir une place de parking ?');
    expect(await page.locator('#questions-table').innerText()).toContain('Payer mon loyer');
    const arrears = page.locator('#feedback-table tbody tr[data-topic="rent-arrears"]');
    expect(await arrears.locator('td').allInnerTexts()).toEqual(['3', '1', expect.stringContaining('75')]);
    expect(await page.locator('#feedback-table tbody tr').first().getAttribute('data-topic')).toBe('housing-allowance'); // least clear first
  });

  it('can be used with the keyboard, in a logical order with visible focus', async () => {
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || document.activeElement?.tagName);
    // A reload keeps the session (same tab) and puts focus on the page's heading; the filters come next.
    await page.reload();
    await expect.poll(focused, { timeout: 5000 }).toBe('dashboard-title');
    await expect.poll(shownReceipts).toEqual(needs.map((n) => n.receipt).sort());
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('f-q');
    // (date fields take one Tab per part: day, month, year)
    await page.focus('#f-status');
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(String(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent)));
    }
    expect(order).toEqual(['f-language', 'Appliquer les filtres', 'reset-filters']);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    // Signed out, in a new tab: skip link, language, key, sign in.
    const fresh = await context.newPage();
    await fresh.goto(`${bot.url}/staff`);
    const freshOrder: string[] = [];
    for (let i = 0; i < 4; i++) {
      await fresh.keyboard.press('Tab');
      freshOrder.push(String(await fresh.evaluate(() => document.activeElement?.id || document.activeElement?.className)));
    }
    expect(freshOrder).toEqual(['skip-link', 'language-toggle', 'api-key', 'sign-in-button']);
    await fresh.keyboard.press('Enter'); // an empty key is explained, not sent
    await expect.poll(() => fresh.locator('#sign-in-error').innerText()).toBe("Entrez votre clé d'API.");
    await fresh.close();
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('nav#sections-nav').isVisible()).toBe(true);
    expect(await page.locator('main').count()).toBe(1);
  });

  it('has no serious or critical accessibility violation (axe-core), and a screenshot', async () => {
    for (const details of await page.locator('#dashboard details').all()) await details.locator('summary').click();
    const results = await axe();
    await writeFile(join(SCREENSHOTS, 'staff-dashboard-axe.json'), `${JSON.stringify(results, null, 2)}\n`); // every finding, for review
    expect(results.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'staff-dashboard.png'), fullPage: true });
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'Switch the dashboard to English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Dashboard');
    await expect.poll(() => page.locator('#status').innerText()).toBe('Dashboard shown in English.');
    expect(await page.locator('#needs-table thead').innerText()).toContain('Reference');
    expect(await page.locator('#table-months thead').innerText()).toContain('Month');
    // Event titles in English when they have one, in French otherwise (marked as French).
    await expect.poll(() => page.locator('canvas#chart-events').getAttribute('aria-label')).toContain('Bar chart: fill rates of 2 event(s)');
    expect(await page.locator('#table-events caption').textContent()).toBe('Event fill rates');
    const englishRows = page.locator('#table-events tbody th');
    expect(await englishRows.allTextContents()).toEqual(['World cooking workshop', 'Jardin partagé : plantations']);
    expect(await englishRows.evaluateAll((cells) => cells.map((c) => c.getAttribute('lang')))).toEqual(['en', 'fr']);
    expect((await page.locator('#table-events tbody .fill-rate').allTextContents())).toEqual(['30%', '100%']);
    expect(await page.locator('#needs-table tbody tr .badge').first().innerText()).toMatch(/^(New|Planned)$/);
    expect(await seriousOrCritical()).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'staff-dashboard-en.png'), fullPage: false });
    await page.getByRole('button', { name: 'Afficher le tableau de bord en français' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('reflows on a phone-sized screen without scrolling the page sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // Chart.js follows its box on the next animation frame.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'staff-dashboard-narrow.png'), fullPage: false });
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('signs out and forgets the key and the residents’ data', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.getByLabel("Clé d'API").isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator('#needs-table tbody tr').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('api-key');
    expect(await seriousOrCritical()).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
