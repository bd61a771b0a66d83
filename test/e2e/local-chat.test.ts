// The local chat page in headless Debian chromium: Web Chat talking to the bot through local Direct Line.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { projectRoot } from '../../src/paths.js';
import { realTranslator, tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';

const SCREENSHOTS = join(projectRoot, 'test-output');

describe('local chat page', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'en-US' });
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await dir?.remove();
  });

  const bubbles = () => page.locator('.webchat__bubble__content');
  // Web Chat renders markdown with typographic quotes; compare text as a person reads it.
  const plain = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const bubbleTexts = async () => (await bubbles().allInnerTexts()).map(plain);

  it('greets in French, follows a menu button, and switches to Arabic right to left', async () => {
    const translator = await realTranslator();
    const fr = translator.fixedT('fr');
    const ar = translator.fixedT('ar');
    await page.goto(`${bot.url}/chat`);

    const input = page.getByRole('textbox');
    await input.fill('bonjour');
    await input.press('Enter');
    await expect.poll(bubbleTexts, { timeout: 20_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining(plain(fr('common:welcome.hello', { landlord: 'Votre bailleur' })))]),
    );

    // Web Chat names this toolbar "Suggested actions" in the page's language; there is only one.
    const toolbar = page.getByRole('toolbar');
    await toolbar.getByRole('button', { name: new RegExp(fr('menu:items.contact.label')) }).click();
    await expect.poll(bubbleTexts, { timeout: 20_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining(plain(fr('common:contact.intro')))]),
    );

    await page.selectOption('#language', 'ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    const arabicInput = page.getByRole('textbox');
    await arabicInput.fill('القائمة');
    await arabicInput.press('Enter');
    await expect.poll(bubbleTexts, { timeout: 20_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining(plain(ar('menu:prompt')))]),
    );
    const lastBubble = bubbles().filter({ hasText: ar('menu:prompt') }).last();
    const direction = await lastBubble.evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe('rtl');
    await page.screenshot({ path: join(SCREENSHOTS, 'local-chat-arabic.png'), fullPage: true });
  });
});
