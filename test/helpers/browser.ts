// Headless Debian chromium for the browser tests (never a downloaded browser).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags chromium keeps trying hosts this closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageTrouble {
  /** alert(), confirm() and prompt() messages (dismissed): a page should open none. */
  dialogs: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/**
 * Records what would show a broken page. Refused requests the test provokes on purpose (a wrong
 * key, a form error) appear as failed loads in the console: `expectedRefusals` matches those.
 */
export function watchPage(page: Page, trouble: PageTrouble, expectedRefusals: RegExp): void {
  page.on('dialog', (dialog) => {
    trouble.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => trouble.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedRefusals.test(message.text())) trouble.consoleErrors.push(message.text());
  });
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Every axe-core finding on the page as it is now (evaluated through DevTools, so the page's CSP does not block it). */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const runner = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await runner.run(document);
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

/** The findings a browser test refuses: serious or critical. */
export const seriousAxeFindings = async (page: Page): Promise<AxeFinding[]> => (await axeFindings(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
