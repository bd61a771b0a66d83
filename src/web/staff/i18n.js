// The dashboard's language (French or English), its strings, labels and number and date formats.
import { STRINGS } from './strings.js';

const LANG_STORAGE = 'palier.staff.lang';

/** Settings and labels embedded in the page by the server (not secret). */
export const config = JSON.parse(document.getElementById('staff-config').textContent || '{}');

let lang = localStorage.getItem(LANG_STORAGE) === 'en' ? 'en' : 'fr';
/** Who is signed in: 'staff', 'partner', or undefined on the sign-in form. */
let mode;

export const currentLang = () => lang;
export function setLang(code) {
  lang = code;
  localStorage.setItem(LANG_STORAGE, lang);
}
export const currentMode = () => mode;
export function setMode(value) {
  mode = value;
}

/** A view's own strings join the dictionary; a key already there is a mistake, so it is refused. */
export function addStrings(strings, owner) {
  for (const code of Object.keys(STRINGS)) {
    for (const [key, value] of Object.entries((strings && strings[code]) || {})) {
      if (key in STRINGS[code]) {
        // An error, so the browser tests (which fail on console errors) catch a collision.
        console.error(`staff strings: "${key}" from ${owner} is already defined; kept the first`);
        continue;
      }
      STRINGS[code][key] = value;
    }
  }
}

/** A few page-wide texts (title, header, footer) have a partner wording. */
const PARTNER_WORDING = new Set(['title', 'appSubtitle', 'footer', 'switchToLabel', 'languageChanged']);
export const keyFor = (key) => (mode === 'partner' && PARTNER_WORDING.has(key) ? `${key}Partner` : key);
export const dict = () => STRINGS[lang];

/** A staff string with {placeholders} filled in; always used as text, never as HTML. */
export const t = (key, vars) => {
  const template = dict()[key] ?? STRINGS.fr[key] ?? key;
  return String(template).replace(/\{(\w+)\}/g, (_, name) => (vars && vars[name] !== undefined ? String(vars[name]) : ''));
};

export const kindLabel = (kind) => dict().kinds[kind] ?? kind;
export const statusLabel = (status) => dict().statuses[status] ?? status;
export const languageLabel = (code) => dict().languages[code] ?? code;
export const categoryLabel = (id) => {
  if (id === 'callback') return t('callbackCategory'); // call-back requests have no need category
  const category = (config.categories || []).find((c) => c.id === id);
  return (category && (category.label[lang] || category.label.fr)) || id;
};
export const siteLabel = (site) => (!site || site === 'unknown' ? t('notGiven') : site);
export const topicLabel = (id) => {
  const topic = config.topics && config.topics[id];
  return (topic && (topic[lang] || topic.fr)) || id;
};

export const formatNumber = (n) => new Intl.NumberFormat(t('locale')).format(n);
export const formatDateTime = (iso) =>
  new Intl.DateTimeFormat(t('locale'), { dateStyle: 'short', timeStyle: 'short', timeZone: config.timeZone || undefined }).format(new Date(iso));
export const formatDay = (day) => new Intl.DateTimeFormat(t('locale'), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
export const formatEventDate = (iso) =>
  new Intl.DateTimeFormat(t('locale'), { dateStyle: 'medium', timeZone: config.timeZone || undefined }).format(new Date(iso));
export const formatPercent = (share) => new Intl.NumberFormat(t('locale'), { style: 'percent', maximumFractionDigits: 0 }).format(share);
export const formatMonth = (month) =>
  new Intl.DateTimeFormat(t('locale'), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** A translated text (title, description, announcement) in the page language, else French, else any: [text, its language]. */
export const pickText = (texts, fallbackKey = 'untitledEvent') => {
  const all = texts || {};
  const code = [lang, 'fr', ...Object.keys(all)].find((c) => typeof all[c] === 'string' && all[c].trim());
  return code ? [all[code], code] : [t(fallbackKey), lang];
};
/** An event's title in the page language, else French, else any language it has: [text, its language]. */
export const eventTitle = (title) => pickText(title, 'untitledEvent');
