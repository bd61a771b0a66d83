// The local chat page in headless Debian chromium: Web Chat talking to the bot through local Direct Line (WebSocket).
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/config.js';
import { launchChromium } from '../helpers/browser.js';
import { projectRoot } from '../../src/paths.js';
import { realTranslator, tempDir } from '../helpers/setup.js';
import { say as sayOverHttp, startBot, type RunningBot } from '../helpers/server.js';

const SCREENSHOTS = join(projectRoot, 'test-output');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const CULTURES: Record<Language, string> = { fr: 'fr-FR', en: 'en-US', ar: 'ar-MA', es: 'es-ES', pt: 'pt-PT', tr: 'tr-TR' };

// Web Chat renders markdown with typographic quotes; compare text as a person reads it.
const plain = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

const LIMITS = { RATE_LIMIT_BURST: '100' };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('local chat page', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dir = await tempDir();
    // The latency test sends 20 messages as fast as replies come; the conversation rate limit (tested elsewhere) must not drop them.
    bot = await startBot(dir.path, LIMITS);
    browser = await launchChromium();
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await bot?.stop();
    await dir?.remove();
  });

  async function open(lng: Language, viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ locale: CULTURES[lng], viewport });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${bot.url}/chat`);
    return page;
  }

  const bubbleTexts = async (page: Page) => (await page.locator('.webchat__bubble__content').allInnerTexts()).map(plain);
  const waitForBubble = (page: Page, text: string) =>
    expect.poll(() => bubbleTexts(page), { timeout: 20_000 }).toEqual(expect.arrayContaining([expect.stringContaining(plain(text))]));
  const say = async (page: Page, text: string) => {
    const input = page.getByRole('textbox');
    await input.fill(text);
    await input.press('Enter');
  };
  const seriousOrCritical = async (page: Page) => {
    await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const runner = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      return (await runner.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  };

  it.each([
    ['fr', 'desktop', DESKTOP],
    ['ar', 'phone', PHONE],
    ['tr', 'phone', PHONE],
    ['fr', 'phone', PHONE],
    ['ar', 'desktop', DESKTOP],
    ['tr', 'desktop', DESKTOP],
  ] as [Language, string, typeof PHONE][])('opens in the browser language (%s, %s), greets first, and a menu button works', async (lng, name, viewport) => {
    const t = (await realTranslator()).fixedT(lng);
    const page = await open(lng, viewport);
    // No typing: the welcome arrives on its own, in the browser's language and direction.
    await waitForBubble(page, t('common:welcome.hello', { landlord: 'Votre bailleur' }));
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe(lng === 'ar' ? 'rtl' : 'ltr');
    expect(await page.locator('#language').inputValue()).toBe(lng);
    await page.getByRole('button', { name: new RegExp(t('menu:items.contact.label')) }).first().click();
    await waitForBubble(page, t('common:contact.intro'));
    await page.screenshot({ path: join(SCREENSHOTS, `local-chat-${lng}-${name}.png`), fullPage: true });
    expect(await seriousOrCritical(page)).toEqual([]);
  });

  it('a language picked before typing gives the welcome once, in that language only', async () => {
    const translator = await realTranslator();
    const page = await open('fr', PHONE);
    await waitForBubble(page, translator.fixedT('fr')('common:welcome.hello', { landlord: 'Votre bailleur' }));
    await page.selectOption('#language', 'tr');
    const tr = translator.fixedT('tr');
    await waitForBubble(page, tr('common:welcome.hello', { landlord: 'Votre bailleur' }));
    const french = plain(translator.fixedT('fr')('common:welcome.hello', { landlord: 'Votre bailleur' }));
    const texts = await bubbleTexts(page);
    expect(texts.filter((text) => text.includes(french))).toEqual([]);
    expect(texts.filter((text) => text.includes(plain(tr('common:welcome.hello', { landlord: 'Votre bailleur' }))))).toHaveLength(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'local-chat-tr-picked-phone.png'), fullPage: true });
  });

  it('follows the bot when the language is changed by typing, and back again by naming French', async () => {
    const translator = await realTranslator();
    const fr = translator.fixedT('fr');
    const ar = translator.fixedT('ar');
    const page = await open('fr', DESKTOP);
    await waitForBubble(page, fr('common:welcome.hello', { landlord: 'Votre bailleur' }));
    await say(page, 'arabe');
    await waitForBubble(page, ar('common:language.changed'));
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#language').inputValue()).toBe('ar');
    const bubble = page.locator('.webchat__bubble__content').filter({ hasText: ar('common:language.changed') }).last();
    expect(await bubble.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.screenshot({ path: join(SCREENSHOTS, 'local-chat-ar-typed-desktop.png'), fullPage: true });
    await say(page, 'francais');
    await waitForBubble(page, fr('common:language.changed'));
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('#language').inputValue()).toBe('fr');
  });

  it.each([
    ['fr', PHONE],
    ['ar', DESKTOP],
  ] as [Language, typeof PHONE][])('attaches a photo to a need with the 📎 button (%s), and the need is sent with it', async (lng, viewport) => {
    const t = (await realTranslator()).fixedT(lng);
    const page = await open(lng, viewport);
    await waitForBubble(page, t('common:welcome.hello', { landlord: 'Votre bailleur' }));
    await say(page, t('menu:items.need.label'));
    await waitForBubble(page, t('needs:kind.prompt'));
    await say(page, t('needs:kind.need'));
    await waitForBubble(page, t('needs:category.prompt'));
    await say(page, '1');
    await waitForBubble(page, t('needs:text.prompt'));
    const words = lng === 'ar' ? 'باب المدخل لا يغلق منذ يوم الاثنين.' : 'La porte du hall ne ferme plus depuis lundi.';
    await say(page, words);
    await waitForBubble(page, t('needs:photos.prompt'));
    // Web Chat's upload button is a file input; a chosen photo is sent at once (sendAttachmentOn: 'attach'), through /upload.
    await page.locator('input[type="file"]').setInputFiles({ name: 'porte.png', mimeType: 'image/png', buffer: PNG });
    await waitForBubble(page, t('needs:photos.added', { count: 1 }));
    await waitForBubble(page, 'porte.png');
    await page.screenshot({ path: join(SCREENSHOTS, `local-chat-photo-${lng}.png`), fullPage: true });
    for (const [said, next] of [
      [t('needs:photos.done'), t('needs:site.prompt')],
      ['1', t('needs:audience.prompt')],
      ['1', t('needs:contact.consent')],
      [t('common:yesNo.no'), t('needs:contact.notify')],
      [t('common:yesNo.no'), t('needs:summary.photos', { count: 1 })],
    ]) {
      await say(page, said!);
      await waitForBubble(page, next!);
    }
    await say(page, t('needs:summary.send'));
    const sent = async () => (await bot.store.needs.list()).find((n) => n.text === words);
    await expect.poll(async () => (await sent())?.photos?.length ?? 0, { timeout: 20_000 }).toBe(1);
    const photo = await bot.store.photos.get((await sent())!.photos![0]!);
    expect(photo?.photo.contentType).toBe('image/png');
    expect(photo?.data.equals(PNG)).toBe(true);
  });

  it('shows replies quickly (figures printed, not asserted)', async () => {
    const page = await open('fr', DESKTOP);
    const t = (await realTranslator()).fixedT('fr');
    await waitForBubble(page, t('common:welcome.hello', { landlord: 'Votre bailleur' }));
    // Marks taken inside the page: the Enter key press, and each time a new bot bubble appears.
    await page.evaluate(() => {
      const marks = { sent: [] as number[], shown: [] as number[] };
      (window as unknown as { marks: typeof marks }).marks = marks;
      const botBubbles = () => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length;
      let seen = botBubbles();
      document.addEventListener('keydown', (e) => e.key === 'Enter' && marks.sent.push(performance.now()), true);
      new MutationObserver(() => {
        const now = botBubbles();
        if (now > seen) marks.shown.push(performance.now());
        seen = now;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const botBubbleCount = () => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count();
    // How many messages one "aide" answer holds (asked once as a known resident), so each turn waits for all of
    // them: otherwise the next "aide" could be timed against the end of the previous answer.
    const probe = { user: 'latency-probe', channelId: 'directline', locale: 'fr-FR' };
    await sayOverHttp(bot.url, 'aide', probe);
    const perAnswer = (await sayOverHttp(bot.url, 'aide', probe)).filter((a) => a.type === 'message').length;
    expect(perAnswer).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) {
      const before = await botBubbleCount();
      await say(page, 'aide');
      await expect.poll(botBubbleCount, { timeout: 20_000 }).toBeGreaterThanOrEqual(before + perAnswer);
    }
    const marks = await page.evaluate(() => (window as unknown as { marks: { sent: number[]; shown: number[] } }).marks);
    const latencies = marks.sent.map((sent) => (marks.shown.find((shown) => shown > sent) ?? Number.NaN) - sent).filter(Number.isFinite);
    latencies.sort((a, b) => a - b);
    const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!);
    console.log(`local chat reply on screen: p50 ${at(50)} ms, p90 ${at(90)} ms over ${latencies.length} messages`);
    expect(latencies).toHaveLength(20);
  });

  it('after a server restart, an open page can send again', async () => {
    const t = (await realTranslator()).fixedT('fr');
    const page = await open('fr', DESKTOP);
    await waitForBubble(page, t('common:welcome.hello', { landlord: 'Votre bailleur' }));
    const port = new URL(bot.url).port;
    await bot.stop();
    bot = await startBot(dir.path, { ...LIMITS, PORT: port });
    await say(page, 'parler à une personne');
    await expect.poll(() => bubbleTexts(page), { timeout: 60_000 }).toEqual(expect.arrayContaining([expect.stringContaining(plain(t('common:contact.intro')))]));
  });
});
