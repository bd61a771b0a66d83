// Needs view: filters, the paged list, status changes with a note, and exports of the filtered list.
import { $, el, hiddenText, setOptions } from './dom.js';
import { api, getJson, query } from './api.js';
import { announce, downloadExport, failed, showError } from './ui.js';
import { categoryLabel, config, currentLang, formatDateTime, formatNumber, kindLabel, languageLabel, siteLabel, statusLabel, t } from './i18n.js';
import { historyDisclosure, forgetHistories } from './need-history.js';
import { shared } from './state.js';

const STATUSES = ['new', 'in-progress', 'planned', 'done', 'declined'];
const KINDS = ['need', 'idea', 'callback'];

const state = {
  page: 1,
  pageSize: 50,
  needs: undefined,
  saved: new Map(), // need id -> status just saved, for the confirmation shown in its row
};
let needsRequest = 0;
let ctx;

async function load({ quiet, focusAfter } = {}) {
  const request = ++needsRequest;
  $('needs-table').setAttribute('aria-busy', 'true');
  try {
    const result = await getJson(`/api/staff/needs${query({ ...shared.filters, page: state.page, pageSize: state.pageSize })}`);
    if (request !== needsRequest) return;
    state.needs = result;
    render();
    if (!quiet) announce(t('needsLoaded', { total: result.total }));
    if (focusAfter) focusAfter();
  } finally {
    if (request === needsRequest) $('needs-table').removeAttribute('aria-busy');
  }
}

function pageCount() {
  return state.needs ? Math.max(1, Math.ceil(state.needs.total / state.needs.pageSize)) : 1;
}

function fillFilterOptions() {
  const seen = (key) => Object.keys((shared.stats && shared.stats[key]) || {}).filter((k) => k !== 'unknown');
  const categories = [...new Set([...(config.categories || []).map((c) => c.id), ...seen('byCategory')])];
  const sites = [...new Set([...(config.sites || []), ...seen('bySite')])];
  const languages = [...new Set([...(config.languages || []), ...seen('languages')])];
  setOptions($('f-kind'), t('allKinds'), KINDS.map((k) => [k, kindLabel(k)]));
  setOptions($('f-category'), t('allCategories'), categories.map((c) => [c, categoryLabel(c)]));
  setOptions($('f-site'), t('allSites'), sites.map((s) => [s, s]));
  setOptions($('f-status'), t('allStatuses'), STATUSES.map((s) => [s, statusLabel(s)]));
  setOptions($('f-language'), t('allLanguages'), languages.map((l) => [l, `${languageLabel(l)} (${l})`]));
}

function render() {
  fillFilterOptions();
  const data = state.needs;
  if (!data) return;
  const tbody = $('needs-table').querySelector('tbody');
  // A refresh must not throw away a status or note being edited, nor the focus inside the table.
  const drafts = new Map();
  for (const row of tbody.rows) {
    const select = row.querySelector('select[name="status"]');
    const note = row.querySelector('input[name="note"]');
    if (select && note && (select.value !== row.dataset.status || note.value)) drafts.set(row.dataset.id, { status: select.value, note: note.value });
  }
  const focusedId = tbody.contains(document.activeElement) ? document.activeElement.id : '';
  tbody.replaceChildren(...data.items.map(needRow));
  for (const row of tbody.rows) {
    const draft = drafts.get(row.dataset.id);
    if (!draft) continue;
    row.querySelector('select[name="status"]').value = draft.status;
    row.querySelector('input[name="note"]').value = draft.note;
  }
  if (focusedId && $(focusedId)) $(focusedId).focus();
  $('needs-empty').hidden = data.items.length > 0;
  const first = (data.page - 1) * data.pageSize + 1;
  $('needs-summary').textContent =
    data.total === 0 ? t('needsSummaryNone') : t('needsSummary', { total: formatNumber(data.total), first, last: first + data.items.length - 1 });
  $('page-info').textContent = t('pageInfo', { page: data.page, pages: pageCount() });
  $('prev-page').disabled = data.page <= 1;
  $('next-page').disabled = data.page >= pageCount();
}

function statusBadge(status) {
  return el('span', { className: `badge badge-${status}`, text: statusLabel(status) });
}

function needRow(need) {
  const statusCell = el('td', { className: 'status-cell' });
  const badgeHolder = el('div', { className: 'current-status' }, statusBadge(need.status));
  statusCell.append(badgeHolder, statusForm(need, badgeHolder));
  const notes = (need.staffNotes || []).slice(-3).map((n) =>
    el('li', {}, el('span', { className: 'note-by', text: t('staffNote', { by: n.by, date: formatDateTime(n.at) }) }), n.note),
  );
  const textCell = el(
    'td',
    { className: 'text-cell' },
    // The resident's own words, in their language (right to left for Arabic): text only.
    el('p', { className: 'resident-text', lang: need.language, dir: 'auto', text: need.text }),
    need.photos && need.photos.length ? el('p', { className: 'photo-count', title: t('photosTitle', { count: need.photos.length }), text: t('photoCount', { count: need.photos.length }) }) : null,
    notes.length ? el('ul', { className: 'staff-notes' }, notes) : null,
    historyDisclosure(need),
  );
  return el(
    'tr',
    { dataset: { id: need.id, receipt: need.receipt, status: need.status } },
    el('th', { scope: 'row', className: 'receipt', text: need.receipt }),
    el('td', { className: 'nowrap', text: formatDateTime(need.createdAt) }),
    el('td', {}, el('span', { className: `kind kind-${need.type}`, text: kindLabel(need.type) })),
    el('td', { text: categoryLabel(need.category) }),
    el('td', { text: siteLabel(need.site) }),
    el('td', { text: `${languageLabel(need.language)} (${need.language})` }),
    statusCell,
    textCell,
  );
}

function statusForm(need, badgeHolder) {
  const selectId = `status-${need.id}`;
  const noteId = `note-${need.id}`;
  const select = el('select', { id: selectId, name: 'status' }, STATUSES.map((s) => el('option', { value: s, text: statusLabel(s) })));
  select.value = need.status;
  const note = el('input', { id: noteId, name: 'note', type: 'text', maxlength: 2000, autocomplete: 'off', placeholder: t('notePlaceholder') });
  const button = el('button', { type: 'submit', className: 'button button-small' }, t('save'), hiddenText(` ${need.receipt}`));
  const confirmation = el('span', { className: 'saved' });
  if (state.saved.get(need.id) === need.status) confirmation.textContent = `✓ ${t('saved', { status: statusLabel(need.status) })}`;
  const form = el(
    'form',
    { className: 'status-form', novalidate: true },
    el('label', { for: selectId }, t('newStatus'), hiddenText(t('newStatusFor', { receipt: need.receipt }))),
    select,
    el('label', { for: noteId }, t('note'), hiddenText(t('noteFor', { receipt: need.receipt }))),
    note,
    el('div', { className: 'mini-actions' }, button, confirmation),
  );
  select.addEventListener('change', () => (confirmation.textContent = ''));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = select.value;
    const text = note.value.trim();
    button.disabled = true;
    confirmation.textContent = t('saving');
    try {
      const updated = await (await api(`/api/staff/needs/${encodeURIComponent(need.id)}`, { method: 'PATCH', body: text ? { status, note: text } : { status } })).json();
      Object.assign(need, updated);
      state.saved.set(need.id, updated.status);
      badgeHolder.replaceChildren(statusBadge(updated.status));
      note.value = '';
      confirmation.textContent = `✓ ${t('saved', { status: statusLabel(updated.status) })}`;
      // The notes under the text follow the change.
      const row = form.closest('tr');
      if (row) {
        row.dataset.status = updated.status;
        const fresh = needRow(need);
        row.querySelector('.text-cell').replaceWith(fresh.querySelector('.text-cell'));
      }
      showError('');
      announce(t(text ? 'savedWithNote' : 'savedAnnounce', { receipt: need.receipt, status: statusLabel(updated.status) }));
      ctx.changed('needs');
    } catch (error) {
      confirmation.textContent = '';
      failed(error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

async function exportNeeds(button) {
  const spec = button.dataset.export; // "csv;", "csv," or "xlsx"
  const format = spec.startsWith('csv') ? 'csv' : 'xlsx';
  const sep = format === 'csv' ? spec.slice(3) : undefined;
  const label = format === 'csv' ? `CSV (${sep})` : 'XLSX';
  announce(t('exporting', { format: label }));
  const path = `/api/staff/exports/needs${query({ ...shared.filters, format, sep, lang: currentLang() })}`;
  await downloadExport(button, path, `needs.${format}`, (base) => (format === 'csv' && sep === ',' ? base.replace(/\.csv$/, '-comma.csv') : base));
}

function readFilters() {
  const data = new FormData($('filters'));
  const filters = {};
  for (const [name, value] of data.entries()) if (typeof value === 'string' && value.trim()) filters[name] = value.trim();
  return filters;
}

async function applyFilters() {
  const filters = readFilters();
  if (filters.from && filters.to && filters.from > filters.to) {
    showError(t('datesReversed'));
    $('f-from').setAttribute('aria-invalid', 'true');
    $('f-from').focus();
    return;
  }
  $('f-from').removeAttribute('aria-invalid');
  showError('');
  shared.filters = filters;
  state.page = 1;
  try {
    await load();
    await ctx.changed('filters');
  } catch (error) {
    failed(error);
  }
}

async function goToPage(page, button) {
  state.page = page;
  try {
    await load({
      quiet: true,
      focusAfter: () => {
        // A button that just became disabled loses focus: send it to the table's heading instead.
        if (button.disabled) $('needs-title').focus();
      },
    });
    announce(`${t('pageAnnounce', { page: state.needs.page, pages: pageCount() })} ${$('needs-summary').textContent}.`);
  } catch (error) {
    failed(error);
  }
}

export const needsView = {
  name: 'needs',
  /** Loaded first at sign-in: its answer tells whether the key works. */
  primary: true,
  init(context) {
    ctx = context;
    $('filters').addEventListener('submit', (event) => {
      event.preventDefault();
      applyFilters();
    });
    $('reset-filters').addEventListener('click', () => {
      $('filters').reset();
      applyFilters();
    });
    $('page-size').addEventListener('change', () => {
      state.pageSize = Number($('page-size').value);
      state.page = 1;
      load().catch(failed);
    });
    $('prev-page').addEventListener('click', (event) => goToPage(Math.max(1, state.page - 1), event.currentTarget));
    $('next-page').addEventListener('click', (event) => goToPage(Math.min(pageCount(), state.page + 1), event.currentTarget));
    for (const button of document.querySelectorAll('[data-export]')) button.addEventListener('click', () => exportNeeds(button));
    state.pageSize = Number($('page-size').value);
  },
  load: () => load({ quiet: true }),
  render,
  /** Other views changed what the filters offer (the statistics name sites and languages seen). */
  onChange(what) {
    if (what === 'stats') fillFilterOptions();
    if (what === 'callbacks') return load({ quiet: true });
  },
  clear() {
    state.needs = undefined;
    state.saved.clear();
    forgetHistories();
    $('needs-table').querySelector('tbody').replaceChildren();
  },
  total: () => (state.needs ? state.needs.total : 0),
};
