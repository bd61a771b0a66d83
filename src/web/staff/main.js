// Palier staff dashboard, entry module: sign-in and sign-out, language, and the views (views.js) over
// the staff API (/api/staff, Bearer key). A partner key opens the partner space instead (partner.js,
// over /api/partners only). Rules kept in every module: what residents wrote is only ever inserted as
// text (textContent, text nodes), never as HTML; the key lives in sessionStorage only; every update is
// announced.
//
// A view is { name, init(ctx), load(), render(), clear(), onChange?(what), strings?, primary? }:
// init wires its controls once; load fetches after sign-in; render redraws (a language switch); clear
// forgets residents' data at sign-out; onChange hears what other views changed ('needs', 'filters',
// 'stats'...); strings ({ fr, en }) join the dictionary; the primary view's load checks the key.
import { $, el } from './dom.js';
import { ApiFailure, api, currentKey, explain, getJson, setKey } from './api.js';
import { addStrings, config, currentLang, currentMode, dict, keyFor, setLang, setMode, t, formatNumber } from './i18n.js';
import { announce, failed, showError, whenKeyRefused } from './ui.js';
import { views } from './views.js';
import { eventChanges } from './event-changes.js';
import { isoToLocal, localToIso } from './zoned-time.js';
import { STRINGS } from './strings.js';

for (const view of views) if (view.strings) addStrings(view.strings, view.name);

// The partner space's strings (partner.js, loaded first) join the same dictionary.
const Partner = window.PalierPartner;
if (Partner) for (const code of Object.keys(STRINGS)) addStrings({ [code]: Partner.strings[code] }, 'partner.js');

/** Tells every view what changed; answers when those that reload have done so. */
async function changed(what) {
  const results = await Promise.allSettled(views.map((view) => (view.onChange ? view.onChange(what) : undefined)));
  const problem = results.find((r) => r.status === 'rejected');
  if (problem) failed(problem.reason);
}

// ---- Static texts and language ----
function applyStaticTexts() {
  document.documentElement.lang = currentLang();
  document.title = t(keyFor('title'));
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(keyFor(node.dataset.i18n));
  for (const node of document.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  const toggle = $('language-toggle');
  toggle.textContent = t('switchTo');
  toggle.lang = t('switchToLang');
  toggle.setAttribute('aria-label', t(keyFor('switchToLabel')));
}

function switchLanguage() {
  setLang(currentLang() === 'fr' ? 'en' : 'fr');
  applyStaticTexts();
  if (currentMode() === 'staff') for (const view of views) view.render();
  else views[0].render(); // the filter options, even signed out
  if (currentKey() && currentMode() === 'partner' && partner) partner.relabel();
  if (!$('sign-in-error').hidden && lastSignInError) showSignInError(explain(lastSignInError));
  announce(t(keyFor('languageChanged')));
}

// ---- Sign in and out ----
let lastSignInError;
function showSignInError(message) {
  const box = $('sign-in-error');
  box.textContent = message;
  box.hidden = !message;
  $('api-key').setAttribute('aria-invalid', message ? 'true' : 'false');
}

/**
 * A partner key is recognised by the partner API answering (its events come back at once); a staff
 * key gets 403 there and goes on to the staff API as before. A partner key never calls /api/staff.
 */
async function partnerEvents() {
  try {
    return (await getJson('/api/partners/events')).items || [];
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 403) return undefined;
    throw error;
  }
}

const primary = () => views.find((view) => view.primary) || views[0];

async function signIn(key, { restoring } = {}) {
  setKey(key);
  const button = $('sign-in-form').querySelector('button[type="submit"]');
  button.disabled = true;
  button.textContent = t('signingIn');
  let events;
  try {
    events = partner ? await partnerEvents() : undefined;
    if (!events) await primary().load();
  } catch (error) {
    setKey(null);
    lastSignInError = error;
    $('sign-in').hidden = false;
    showSignInError(explain(error));
    if (!restoring) $('api-key').focus();
    return;
  } finally {
    button.disabled = false;
    button.textContent = t('signIn');
  }
  setKey(key, { remember: true });
  lastSignInError = undefined;
  showSignInError('');
  showError('');
  $('api-key').value = '';
  $('sign-in').hidden = true;
  $('sign-out').hidden = false;
  if (events) {
    setMode('partner');
    applyStaticTexts();
    $('partner').hidden = false;
    $('partner-nav').hidden = false;
    $('partner-title').focus();
    await partner.enter(events);
    announce(t('partnerSignedIn', { events: events.length }));
    return;
  }
  setMode('staff');
  $('dashboard').hidden = false;
  $('sections-nav').hidden = false;
  $('dashboard-title').focus();
  // Said at once (the primary view knows the total); the other views fill in meanwhile.
  announce(t('signedIn', { total: primary().total ? primary().total() : 0 }));
  const results = await Promise.allSettled(views.filter((view) => view !== primary()).map((view) => view.load()));
  const problem = results.find((r) => r.status === 'rejected');
  if (problem) failed(problem.reason);
}

function signOut(message) {
  setKey(null);
  if (partner) partner.leave();
  $('partner').hidden = true;
  $('partner-nav').hidden = true;
  const wasPartner = currentMode() === 'partner';
  setMode(undefined);
  if (wasPartner) applyStaticTexts();
  // Residents' data leaves the page with the key.
  for (const view of views) view.clear();
  $('dashboard').hidden = true;
  $('sections-nav').hidden = true;
  $('sign-out').hidden = true;
  $('sign-in').hidden = false;
  showError('');
  lastSignInError = undefined;
  showSignInError(message || '');
  announce(message || t('signedOut'));
  $('api-key').focus();
}
whenKeyRefused(signOut);

/** The partner space, given the helpers it shares with the dashboard. */
const partner = Partner
  ? Partner.create({ $, el, t, dict, lang: currentLang, api, getJson, ApiFailure, explain, failed, announce, config, formatNumber, localToIso, isoToLocal, eventChanges })
  : undefined;

function init() {
  for (const view of views) view.init({ changed });
  applyStaticTexts();
  views[0].render();
  $('language-toggle').addEventListener('click', switchLanguage);
  $('sign-out').addEventListener('click', () => signOut());
  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = $('api-key').value.trim();
    if (!key) {
      lastSignInError = undefined;
      showSignInError(t('keyMissing'));
      $('api-key').focus();
      return;
    }
    signIn(key);
  });
  // A key kept by this tab (reload): straight to the dashboard, the form only if the key fails.
  $('sign-in').hidden = Boolean(currentKey());
  if (currentKey()) signIn(currentKey(), { restoring: true });
}

init();
