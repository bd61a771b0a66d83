// Headless Debian chromium for the browser tests (never a downloaded browser).
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
