// Call-backs view: a worklist of residents who asked to be called, oldest first and paged (all are
// reachable however many), with the preferred time, their language and the phone number they agreed
// to give; "called" closes it (audited).
import { $, el } from './dom.js';
import { getJson, query, sendJson } from './api.js';
import { announce, failed, whileBusy } from './ui.js';
import { dict, formatDateTime, formatNumber, languageLabel, siteLabel, t } from './i18n.js';

const PAGE_SIZE = 50;
const state = { items: [], total: 0, page: 1 };
let ctx;

const pageCount = () => Math.max(1, Math.ceil(state.total / PAGE_SIZE));

/** The open requests of the current page (the server filters and orders them); a page emptied by the last close steps back. */
async function load() {
  const result = await getJson(`/api/staff/needs${query({ kind: 'callback', state: 'open', order: 'oldest', page: state.page, pageSize: PAGE_SIZE })}`);
  state.items = result.items || [];
  state.total = result.total || 0;
  if (state.items.length === 0 && state.page > 1) {
    state.page = pageCount();
    return load();
  }
  render();
}

async function goToPage(page, button) {
  state.page = page;
  try {
    await load();
    if (button.disabled) $('callbacks-title').focus();
    announce(`${t('pageAnnounce', { page: state.page, pages: pageCount() })} ${$('callbacks-summary').textContent}`);
  } catch (error) {
    failed(error);
  }
}

function row(need) {
  const noteId = `callback-note-${need.id}`;
  const note = el('input', { id: noteId, type: 'text', maxlength: 2000, autocomplete: 'off' });
  const done = el('button', { type: 'button', className: 'button button-primary button-small' }, t('markCalled'), el('span', { className: 'visually-hidden', text: ` ${need.receipt}` }));
  done.addEventListener('click', () =>
    whileBusy(done, async () => {
      const text = note.value.trim();
      await sendJson(`/api/staff/needs/${encodeURIComponent(need.id)}`, 'PATCH', text ? { status: 'done', note: text } : { status: 'done' });
      announce(t('calledAnnounce', { receipt: need.receipt }));
      await load();
      ctx.changed('callbacks');
      $('callbacks-title').focus();
    }),
  );
  const phone = need.contact && need.contact.kind === 'phone' ? need.contact.value : undefined;
  return el(
    'tr',
    { dataset: { id: need.id, receipt: need.receipt } },
    el('th', { scope: 'row', className: 'receipt', text: need.receipt }),
    el('td', { className: 'nowrap', text: formatDateTime(need.createdAt) }),
    el('td', { className: 'preferred-time', text: (dict().preferredTimes || {})[need.preferredTime] ?? (need.preferredTime || t('anyTime')) }),
    el('td', { text: `${languageLabel(need.language)} (${need.language})` }),
    el('td', { className: 'phone' }, phone ? el('a', { href: `tel:${phone.replace(/\s/g, '')}`, text: phone }) : el('span', { className: 'muted', text: t('noPhone') }), el('span', { className: 'cell-note', text: t('consentGiven') })),
    el('td', {}, el('p', { className: 'resident-text', lang: need.language, dir: 'auto', text: need.text }), el('span', { className: 'cell-note', text: siteLabel(need.site) })),
    el('td', { className: 'status-cell' }, el('label', { for: noteId }, t('callNote'), el('span', { className: 'visually-hidden', text: ` ${need.receipt}` })), note, done),
  );
}

function render() {
  const first = (state.page - 1) * PAGE_SIZE + 1;
  $('callbacks-summary').textContent = state.total
    ? t('callbacksSummary', { total: formatNumber(state.total), first: formatNumber(first), last: formatNumber(first + state.items.length - 1) })
    : t('callbacksNone');
  $('callbacks-table').hidden = state.total === 0;
  $('callbacks-table').tBodies[0].replaceChildren(...state.items.map(row));
  $('callbacks-pagination').hidden = pageCount() === 1;
  $('callbacks-page-info').textContent = t('pageInfo', { page: state.page, pages: pageCount() });
  $('callbacks-prev').disabled = state.page <= 1;
  $('callbacks-next').disabled = state.page >= pageCount();
}

export const callbacksView = {
  name: 'callbacks',
  strings: {
    fr: {
      navCallbacks: 'Rappels',
      callbacksTitle: 'Rappels à faire',
      callbacksSummary: '{total} résident(s) à rappeler, les plus anciennes demandes d’abord (n° {first} à {last}).',
      callbacksPagination: 'Pages des rappels',
      callbacksNone: 'Aucun rappel en attente.',
      callbacksCaption: 'Demandes de rappel ouvertes',
      colPreferredTime: 'Moment préféré',
      colPhone: 'Téléphone',
      colReason: 'Motif du résident',
      colDone: 'Après l’appel',
      preferredTimes: { morning: 'Le matin', afternoon: 'L’après-midi', evening: 'En fin de journée', any: 'N’importe quand' },
      anyTime: 'N’importe quand',
      noPhone: 'Pas de numéro',
      consentGiven: 'Le résident a accepté d’être rappelé à ce numéro.',
      callNote: 'Note (facultative)',
      markCalled: 'Rappelé : clore',
      calledAnnounce: '{receipt} : rappel fait, demande close.',
    },
    en: {
      navCallbacks: 'Call-backs',
      callbacksTitle: 'Call-backs to make',
      callbacksSummary: '{total} resident(s) to call back, oldest requests first ({first} to {last}).',
      callbacksPagination: 'Call-back pages',
      callbacksNone: 'No call-backs waiting.',
      callbacksCaption: 'Open call-back requests',
      colPreferredTime: 'Preferred time',
      colPhone: 'Phone',
      colReason: 'Resident’s reason',
      colDone: 'After the call',
      preferredTimes: { morning: 'In the morning', afternoon: 'In the afternoon', evening: 'Late in the day', any: 'Any time' },
      anyTime: 'Any time',
      noPhone: 'No number',
      consentGiven: 'The resident agreed to be called back on this number.',
      callNote: 'Note (optional)',
      markCalled: 'Called: close',
      calledAnnounce: '{receipt}: called back, request closed.',
    },
  },
  init(context) {
    ctx = context;
    $('callbacks-prev').addEventListener('click', (event) => goToPage(Math.max(1, state.page - 1), event.currentTarget));
    $('callbacks-next').addEventListener('click', (event) => goToPage(Math.min(pageCount(), state.page + 1), event.currentTarget));
  },
  load,
  render,
  onChange(what) {
    if (what === 'needs' || what === 'filters') return load();
  },
  clear() {
    state.items = [];
    state.total = 0;
    state.page = 1;
    $('callbacks-table').tBodies[0].replaceChildren();
  },
};
