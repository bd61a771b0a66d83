// The staff API from the browser: the key (sessionStorage only), calls, and what a failure means for a person.
import { t } from './i18n.js';

const KEY_STORAGE = 'palier.staff.key';
let apiKey = sessionStorage.getItem(KEY_STORAGE);

export const currentKey = () => apiKey;
/** Sets the key for the next calls; `remember` keeps it in this tab (sessionStorage) once it has worked. */
export function setKey(key, { remember } = {}) {
  apiKey = key;
  if (!key) sessionStorage.removeItem(KEY_STORAGE);
  else if (remember) sessionStorage.setItem(KEY_STORAGE, key);
}

export class ApiFailure extends Error {
  /** `details`: figures the server gives so the page can word the refusal itself (e.g. { booked: 7 }). */
  constructor(status, message, code, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(path, {
      method: options.method || 'GET',
      headers: { authorization: `Bearer ${apiKey}`, ...(options.body ? { 'content-type': 'application/json' } : {}) },
      body: options.body ? JSON.stringify(options.body) : undefined,
      cache: 'no-store',
    });
  } catch {
    throw new ApiFailure(0, t('networkError'));
  }
  if (!response.ok) {
    let message = `HTTP ${response.status}`;
    let code;
    let details;
    try {
      const body = await response.json();
      if (body && body.error && body.error.message) message = body.error.message;
      if (body && body.error && body.error.code) code = body.error.code;
      if (body && body.error && body.error.details) details = body.error.details;
    } catch {
      /* not JSON: keep the status */
    }
    throw new ApiFailure(response.status, message, code, details);
  }
  return response;
}
export const getJson = async (path) => (await api(path)).json();
export const sendJson = async (path, method, body) => (await api(path, { method, body })).json();

/** "?a=1&b=2" from the defined, non-empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** What a failed call means for a person: sign-in problems first, then the server's message. */
export function explain(error) {
  if (!(error instanceof ApiFailure)) return t('serverError', { message: String(error && error.message ? error.message : error) });
  if (error.status === 0) return error.message;
  if (error.status === 401) return t('keyRejected');
  if (error.status === 403) return t('keyForbidden');
  if (error.status === 429) return t('tooManyTries');
  return t('serverError', { message: error.message });
}

/** Downloads a response as a file; the name comes from content-disposition when the server gives one. */
export async function download(response, fallbackName, rename = (name) => name) {
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') || '';
  const named = /filename="?([^";]+)"?/i.exec(disposition);
  const file = rename(named ? named[1] : fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return file;
}
