// Page-wide messages: the polite status line (screen readers), the error box, and failures after sign-in.
import { $ } from './dom.js';
import { ApiFailure, explain } from './api.js';
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

/** Any call after sign-in: a refused key signs out; other errors are shown and announced. */
export function failed(error) {
  if (error instanceof ApiFailure && (error.status === 401 || error.status === 403)) {
    onKeyRefused(error.status === 401 ? t('sessionEnded') : t('keyForbidden'));
    return;
  }
  showError(explain(error));
}
