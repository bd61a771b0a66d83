// The partner space's results screen: residents' opinion of the partner, aggregated only, cells under 5
// hidden, a chart per question with the same figures as a table, by site, group or language, in French and
// English; axe-core and a screenshot. Headless Debian chromium over the real bot and API.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomId } from '../../src/clock.js';
import { projectRoot } from '../../src/paths.js';
import { createAccount } from '../../src/staff/api-keys.js';
import type { Resident } from '../../src/store/types.js';
import type { Survey } from '../../src/surveys/survey.js';
import { launchChromium, watchPage, type PageTrouble } from '../helpers/browser.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { tempDir } from '../helpers/setup.js';

const SCREENSHOTS = join(projectRoot, 'test-output');

const resident = (id: string, site: string, groups: string[], language: Resident['language']): Resident => ({
  id, site, groups, language, languageSource: 'chosen', consents: [], createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z',
});

describe('partner space: residents’ opinion of the partner', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;
  let partnerKey: string;
  const trouble: PageTrouble = { dialogs: [], pageErrors: [], consoleErrors: [] };
  const apiCalls: string[] = [];

  const seriousOrCritical = async () => {
    const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(source);
    const found = await page.evaluate(async () => {
      const runner = (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await runner.run(document.getElementById('my-surveys')!);
      return violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  };
  const rows = async (index: number) =>
    (await page.locator('#my-surveys-results section').nth(index).locator('table tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    const partner = await createAccount(bot.store, { name: 'Centre social Les Lilas', role: 'partner' }, new Date(), randomId);
    partnerKey = partner.key;
    const other = await createAccount(bot.store, { name: 'Association Voisins', role: 'partner' }, new Date(), randomId);
    const about = (id: string, accountId: string, name: string): Survey => ({
      id, title: { fr: 'Votre avis sur le centre social', en: 'Your opinion of the social centre' }, target: { sites: [], groups: [] },
      opens: '2026-11-01', closes: '2026-11-30', partner: { accountId, name },
      questions: [
        { id: 'welcome', type: 'rating', text: { fr: 'Comment jugez-vous l’accueil ?', en: 'How do you rate the welcome?' } },
        { id: 'again', type: 'yesno', text: { fr: 'Y retourneriez-vous ?', en: 'Would you go again?' } },
        { id: 'why', type: 'text', text: { fr: 'Pourquoi ?', en: 'Why?' } },
      ],
    });
    await bot.store.surveys.add(about('lilas-2026', partner.account.id, 'Centre social Les Lilas'), new Date());
    await bot.store.surveys.add({ ...about('voisins-2026', other.account.id, 'Association Voisins'), title: { fr: 'Avis sur Voisins' } }, new Date());
    // 7 respondents: 6 at Les Tilleuls (5 aged 65+ in French), 1 at Le Clos Vert in Arabic.
    const people: [string, string, string[], Resident['language'], number, boolean][] = [
      ['t0', 'Les Tilleuls', ['age-65-plus'], 'fr', 5, true], ['t1', 'Les Tilleuls', ['age-65-plus'], 'fr', 4, true],
      ['t2', 'Les Tilleuls', ['age-65-plus'], 'fr', 4, true], ['t3', 'Les Tilleuls', ['age-65-plus'], 'fr', 5, true],
      ['t4', 'Les Tilleuls', ['age-65-plus'], 'fr', 3, true], ['t5', 'Les Tilleuls', [], 'fr', 2, false],
      ['c0', 'Le Clos Vert', ['age-65-plus'], 'ar', 1, false],
    ];
    for (const [id, site, groups, language, welcome, again] of people) {
      await bot.store.residents.save(resident(id, site, groups, language));
      const at = '2026-11-10T10:00:00.000Z';
      await bot.store.surveyResponses.save({ id: `lilas-2026:${id}`, surveyId: 'lilas-2026', residentId: id, language, answers: { welcome, again, why: `secret de ${id}` }, completedAt: at, createdAt: at, updatedAt: at });
    }

    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => localStorage.setItem('palier.staff.lang', 'fr'));
    page = await context.newPage();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiCalls.push(`${request.method()} ${url.pathname}`);
    });
    watchPage(page, trouble, /status of 40[13]/);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.goto(`${bot.url}/staff`);
    await page.getByLabel("Clé d'API").fill(partnerKey);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('#my-surveys-results h3').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await dir?.remove();
  });

  it('shows only the surveys about this partner, with counts under 5 hidden and no free answer', async () => {
    expect(await page.locator('#my-surveys-survey option').allInnerTexts()).toEqual(['Votre avis sur le centre social']);
    const results = page.locator('#my-surveys-results');
    expect(await results.locator('p.summary').innerText()).toContain('7 répondants, 7 questionnaires complets');
    // By site: Les Tilleuls (6) shown; Le Clos Vert (1) hidden; each rating value under 5 hidden.
    expect(await rows(0)).toEqual(['Ensemble 7 <5 <5 <5 <5 <5 3,43', 'Le Clos Vert <5 <5 0 0 0 0 <5', 'Les Tilleuls 6 0 <5 <5 <5 <5 3,83']);
    expect(await rows(1)).toEqual(['Ensemble 7 5 <5', 'Le Clos Vert <5 0 <5', 'Les Tilleuls 6 5 <5']);
    expect(await results.locator('canvas').count()).toBe(2);
    expect(await results.locator('canvas').first().getAttribute('aria-label')).toBe('Graphique des réponses à « Comment jugez-vous l’accueil ? » ; les chiffres sont dans le tableau qui suit.');
    expect(await results.locator('section').nth(2).innerText()).toContain('les réponses ne sont lues que par le bailleur');
    expect(await page.locator('#my-surveys').innerText()).not.toContain('secret de');

    await page.locator('#my-surveys').getByLabel('Par', { exact: true }).selectOption('group');
    await expect.poll(() => rows(1)).toEqual(['Ensemble 7 5 <5', 'Non déclaré <5 0 <5', '65 ans et plus 6 5 <5']);
    await page.locator('#my-surveys').getByLabel('Par', { exact: true }).selectOption('language');
    await expect.poll(() => rows(1)).toEqual(['Ensemble 7 5 <5', 'arabe <5 0 <5', 'français 6 5 <5']);
    expect(await seriousOrCritical()).toEqual([]);
    await page.locator('#my-surveys-title').scrollIntoViewIfNeeded();
    await page.locator('#my-surveys').screenshot({ path: join(SCREENSHOTS, 'partner-surveys.png') });
  });

  it('switches to English, and never called a staff route', async () => {
    await page.getByRole('button', { name: 'Switch this page to English' }).click();
    await expect.poll(() => page.locator('#my-surveys-title').innerText()).toBe('Residents’ opinion of your organisation');
    expect(await page.locator('#my-surveys-survey option').allInnerTexts()).toEqual(['Your opinion of the social centre']);
    await expect.poll(() => rows(1)).toEqual(['Overall 7 5 <5', 'Arabic <5 0 <5', 'French 6 5 <5']);
    expect(await page.locator('#my-surveys-results section').nth(1).locator('thead').innerText()).toMatch(/Language\s+Answers\s+Yes\s+No/);
    expect(await page.locator('#partner-nav').getByRole('link', { name: 'Residents’ opinion' }).count()).toBe(1);
    expect(await seriousOrCritical()).toEqual([]);
    await page.locator('#my-surveys').screenshot({ path: join(SCREENSHOTS, 'partner-surveys-en.png') });
    expect(apiCalls.filter((c) => c.includes('/api/staff'))).toEqual([]);
    expect(trouble).toEqual({ dialogs: [], pageErrors: [], consoleErrors: [] });
    await writeFile(join(SCREENSHOTS, 'partner-surveys-calls.json'), `${JSON.stringify(apiCalls, null, 2)}\n`);
  });
});
