// The consultations screens in headless Debian chromium: a survey for residents aged 65 and over on two sites is
// built in the editor (every question type offered, missing translations flagged, previewed in Arabic), opened,
// its invitations reach only the matching residents; results by site with small cells hidden, a chart and its
// table; needs by group; duplicate. axe-core finds no serious or critical problem.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomId } from '../../src/clock.js';
import { createAccount } from '../../src/staff/api-keys.js';
import type { Resident } from '../../src/store/types.js';
import type { Survey } from '../../src/surveys/survey.js';
import { launchChromium, watchPage } from '../helpers/browser.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { realTranslator, tempDir } from '../helpers/setup.js';

function resident(id: string, site: string, groups: string[], language: Resident['language']): Resident {
  return {
    id, site, groups, language, languageSource: 'chosen',
    consents: [{ purpose: 'consultations', givenAt: '2026-11-01T10:00:00Z' }],
    reference: { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `c-${id}`, isGroup: false, conversationType: '', name: '' } },
    createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z',
  };
}

describe('consultations in the staff dashboard', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;
  let staffKey: string;
  const trouble = { dialogs: [] as string[], pageErrors: [] as string[], consoleErrors: [] as string[] };
  const today = new Date().toISOString().slice(0, 10);
  const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  const seriousOrCritical = async () => {
    const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(source);
    const found = await page.evaluate(async () => {
      const runner = (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await runner.run(document.getElementById('consultations')!);
      return violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  };

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path, { SURVEYS_DIR: `${dir.path}/surveys` });
    staffKey = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, new Date(), randomId)).key;
    for (let i = 0; i < 6; i++) await bot.store.residents.save(resident(`t${i}`, 'Les Tilleuls', ['age-65-plus'], 'fr'));
    for (let i = 0; i < 2; i++) await bot.store.residents.save(resident(`c${i}`, 'Le Clos Vert', ['age-65-plus'], 'ar'));
    await bot.store.residents.save(resident('parc', 'Résidence du Parc', ['age-65-plus'], 'fr'));
    await bot.store.residents.save(resident('young', 'Les Tilleuls', ['age-under-25'], 'fr'));
    for (let i = 0; i < 6; i++) {
      await bot.store.needs.create({ residentId: `t${i}`, type: 'need', category: 'accessibility', text: 'Rampe', language: 'fr', site: 'Les Tilleuls', notifyOnStatus: false, channel: 'sms' }, new Date());
    }
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce', acceptDownloads: true });
    page = await context.newPage();
    watchPage(page, trouble, /status of 40[013]/);
    await page.goto(`${bot.url}/staff`);
    await page.getByLabel("Clé d'API").fill(staffKey);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('#consultations').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await dir?.remove();
  });

  it('builds, previews in Arabic and opens a survey for seniors on two sites; only they are invited, in their language', async () => {
    await page.getByRole('button', { name: 'Nouvelle enquête', exact: true }).click();
    const editor = page.locator('#consult-editor');
    await editor.getByLabel('Identifiant', { exact: true }).fill('seniors-2027');
    await editor.getByLabel('Titre (Français)', { exact: true }).fill('Bien vieillir dans la résidence');
    await editor.getByLabel('Titre (Arabe)', { exact: true }).fill('الشيخوخة الجيدة في الإقامة');
    await editor.getByLabel('Ouverture', { exact: true }).fill(today);
    await editor.getByLabel('Clôture', { exact: true }).fill(nextMonth);
    await editor.getByLabel('Les Tilleuls', { exact: true }).check();
    await editor.getByLabel('Le Clos Vert', { exact: true }).check();
    await editor.getByLabel(/65 ans et plus/).check();
    // Every question type is offered.
    const types = await editor.getByLabel('Type de question').first().locator('option').allInnerTexts();
    expect(types).toEqual(['Choix unique', 'Choix multiples', 'Nombre', 'Oui / non', 'Date', 'Réponse libre', 'Note de 1 à 5']);
    await editor.getByLabel('Type de question').first().selectOption('yesno');
    await editor.getByLabel('Texte (Français)').first().fill('Un ascenseur plus fiable vous aiderait-il ?');
    await editor.getByLabel('Texte (Arabe)').first().fill('هل يساعدك مصعد أكثر موثوقية؟');
    await expect.poll(() => page.locator('#consult-missing').innerText()).toContain('Anglais');
    expect(await editor.locator('.missing-translation').count()).toBeGreaterThan(0);

    await page.locator('#consult-preview-language').selectOption('ar');
    await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
    const ar = (await realTranslator()).fixedT('ar');
    const preview = page.locator('#consult-preview');
    await expect.poll(() => preview.innerText()).toContain(ar('surveys:question.counter', { current: 1, total: 1 }));
    expect(await preview.innerText()).toContain('هل يساعدك مصعد أكثر موثوقية؟');
    expect(await preview.getAttribute('dir')).toBe('rtl');

    await editor.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(async () => (await bot.store.outbox.list({ ref: 'seniors-2027' })).length).toBe(8);
    const invited = await bot.store.outbox.list({ ref: 'seniors-2027' });
    expect(invited.map((m) => m.residentId).sort()).toEqual(['c0', 'c1', 't0', 't1', 't2', 't3', 't4', 't5']);
    expect(invited.find((m) => m.residentId === 'c0')!.text).toBe(ar('surveys:invitation', { title: 'الشيخوخة الجيدة في الإقامة' }));
    await expect.poll(() => page.locator('#consult-list tbody tr').count()).toBe(1);
    expect(await seriousOrCritical()).toEqual([]);
  });

  it('shows results by site and group with small cells hidden, a chart and its table, and needs by group', async () => {
    for (const [id, lift, language] of [...['t0', 't1', 't2', 't3', 't4', 't5'].map((id) => [id, true, 'fr'] as const), ['c0', false, 'ar'] as const, ['c1', false, 'ar'] as const]) {
      const at = new Date().toISOString();
      await bot.store.surveyResponses.save({ id: `seniors-2027:${id}`, surveyId: 'seniors-2027', residentId: id, language, answers: { q1: lift }, completedAt: at, createdAt: at, updatedAt: at });
    }
    await page.locator('#consult-list tbody tr').first().getByRole('button', { name: /^Résultats/ }).click();
    const results = page.locator('#consult-results');
    await expect.poll(() => results.innerText()).toContain('8 répondants');
    const rows = async () => (await results.locator('table tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(await rows()).toContain('Le Clos Vert <5 0 <5');
    expect(await rows()).toContain('Les Tilleuls 6 6 0');
    expect(await results.locator('canvas').count()).toBe(1);
    await page.locator('#consult-dimension').selectOption('group');
    await expect.poll(rows).toContain('65 ans et plus 8 6 <5');

    await page.locator('#consultations').getByRole('button', { name: 'Afficher', exact: true }).click();
    await expect.poll(async () => (await page.locator('#consult-plan-group tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim())).toContain('65 ans et plus 6 6 0 accessibility (6)');
    expect(await seriousOrCritical()).toEqual([]);
  });

  it('duplicates a survey into a closed copy and edits it', async () => {
    await page.locator('#consult-list tbody tr').first().getByRole('button', { name: /^Dupliquer/ }).click();
    await expect.poll(() => page.locator('#consult-list tbody tr').count()).toBe(2);
    await expect.poll(() => page.locator('#consult-editor-title').innerText()).toBe('Modifier l’enquête seniors-2027-copy');
    expect(await page.locator('#consult-list tbody tr[data-survey="seniors-2027-copy"]').innerText()).toContain('Fermée');
  });

  it('exports a survey as its JSON file and imports a file back into the store', async () => {
    const row = page.locator('#consult-list tbody tr[data-survey="seniors-2027"]');
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /^Exporter \(JSON\)/ }).click()]);
    expect(download.suggestedFilename()).toBe('seniors-2027.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as Survey;
    expect(exported).toEqual(await bot.store.surveys.get('seniors-2027'));

    const file = { ...exported, id: 'seniors-2028', opens: '2028-01-10', closes: '2028-02-10' };
    await page.getByLabel('Importer un fichier d’enquête (JSON)').setInputFiles({ name: 'seniors-2028.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.locator('#consult-list tbody tr').count()).toBe(3);
    await expect.poll(() => page.locator('#consult-editor-title').innerText()).toBe('Modifier l’enquête seniors-2028');
    expect(await bot.store.surveys.get('seniors-2028')).toEqual(file);
    // The same file again: the id is taken, staff read why, nothing changes.
    await page.getByLabel('Importer un fichier d’enquête (JSON)').setInputFiles({ name: 'seniors-2028.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...file, closes: '2028-03-01' })) });
    await expect.poll(() => page.locator('#error').innerText()).toContain('seniors-2028');
    expect((await bot.store.surveys.get('seniors-2028'))!.closes).toBe('2028-02-10');
    expect(await seriousOrCritical()).toEqual([]);
    expect(trouble.pageErrors).toEqual([]);
    // The refused import is the one failed request (the browser logs its 409).
    expect(trouble.consoleErrors.filter((e) => !/status of 409/.test(e))).toEqual([]);
    expect(trouble.dialogs).toEqual([]);
  });
});
