// Page-wide messages: the polite status line (screen readers), the error box, and failures after sign-in.
import { $ } from './dom.js';
import { ApiFailure, api, download, explain } from './api.js';
import { t } from './i18n.js';

let announceTimer;
export function announce(message) {
  const status = $('status');
  clearTimeout(announceTimer);
  status.textContent = '';
  // Emptied then filled, so the same message said twice is read twice.
  announceTimer = setTimeout(() => (status.textContent = message), 50);
}

export function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = !message;
}

let onKeyRefused = () => {};
/** main.js signs out when a call's key is refused. */
export function whenKeyRefused(handler) {
  onKeyRefused = handler;
}

/**
 * Runs a button's action: the button is disabled (and aria-busy) while it runs, the error box is
 * cleared when it succeeds, and a failure is shown unless `onError` handles it (returns true).
 * Resolves with the action's result, or undefined when it failed.
 */
export async function whileBusy(button, action, { onError } = {}) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const result = await action();
    showError('');
    return result;
  } catch (error) {
    if (!(onError && onError(error))) failed(error);
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** Downloads an export from the staff API (the button busy meanwhile) and announces the file's name. */
export function downloadExport(button, path, fallbackName, rename) {
  return whileBusy(button, async () => {
    const file = await download(await api(path), fallbackName, rename);
    announce(t('exported', { file }));
  });
}

/** Any call after sign-in: a refused key signs out; other errors are shown and announced. */
export function failed(error) {
  if (error instanceof ApiFailure && (error.status === 401 || error.status === 403)) {
    onKeyRefused(error.status === 401 ? t('sessionEnded') : t('keyForbidden'));
    return;
  }
  showError(explain(error));
}
