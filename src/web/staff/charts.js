// Charts view: key figures, needs by category per month and by site, event fill rates; each chart with its table.
import { $, el } from './dom.js';
import { getJson, query } from './api.js';
import { categoryLabel, config, eventTitle, formatDay, formatEventDate, formatMonth, formatNumber, formatPercent, siteLabel, t } from './i18n.js';
import { dateRange, fetchLatest, shared } from './state.js';

const charts = { months: undefined, sites: undefined, events: undefined };
let ctx;

async function load() {
  const stats = await fetchLatest('stats', () => getJson(`/api/staff/stats${query(dateRange())}`));
  if (!stats) return;
  shared.stats = stats;
  ctx.changed('stats');
  render();
}


function renderKpis(stats) {
  const byStatus = stats.byStatus || {};
  const items = [
    [stats.needs, 'kpiTotal', 'total'],
    [byStatus.new || 0, 'kpiNew', 'new'],
    [byStatus['in-progress'] || 0, 'kpiInProgress', 'in-progress'],
    [byStatus.done || 0, 'kpiDone', 'done'],
    [Object.keys(stats.languages || {}).length, 'kpiLanguages', 'languages'],
  ];
  $('kpis').replaceChildren(
    ...items.map(([value, key, name]) =>
      el('li', { className: `kpi kpi-${name}` }, el('span', { className: 'kpi-value', text: formatNumber(value) }), ' ', el('span', { className: 'kpi-label', text: t(key) })),
    ),
  );
}

function periodText() {
  const { from, to } = dateRange();
  if (from && to) return t('periodRange', { from: formatDay(from), to: formatDay(to) });
  if (from) return t('periodFrom', { from: formatDay(from) });
  if (to) return t('periodTo', { to: formatDay(to) });
  return t('periodAll');
}

// Distinct colours, each at least 3:1 against white; one per configured category, always the same.
const PALETTE = ['#1f6fb5', '#c25400', '#12805c', '#6a51a3', '#c0267a', '#5f7f17', '#8c5a14', '#0b3c5d', '#b3261e', '#1a7f8e'];
const CALLBACK_COLOUR = '#5f6368';
function categoryColour(id) {
  if (id === 'callback') return CALLBACK_COLOUR;
  const known = (config.categories || []).findIndex((c) => c.id === id);
  const index = known >= 0 ? known : [...id].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  return PALETTE[index % PALETTE.length];
}

const reducedMotion = () => window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function chartDefaults() {
  if (!window.Chart) return false;
  const { Chart } = window;
  Chart.defaults.color = '#2b2f36';
  Chart.defaults.borderColor = '#d5d9e0';
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 13;
  return true;
}

function drawChart(name, canvas, configuration) {
  if (charts[name]) charts[name].destroy();
  charts[name] = undefined;
  if (!chartDefaults()) return; // the numbers are still in the table
  charts[name] = new window.Chart(canvas, configuration);
}

function render() {
  const stats = shared.stats;
  if (!stats) return;
  renderKpis(stats);
  $('charts-period').textContent = periodText();
  const formatTick = (value) => formatNumber(value);
  const baseOptions = {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion() ? false : { duration: 300 },
    locale: t('locale'),
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 14 } } },
  };

  // Needs by category per month: stacked bars, months in order.
  const months = Object.keys(stats.byCategoryMonth || {}).sort();
  const categories = [...new Set(months.flatMap((m) => Object.keys(stats.byCategoryMonth[m])))].sort(
    (a, b) => ((config.categories || []).findIndex((c) => c.id === a) + 1 || 99) - ((config.categories || []).findIndex((c) => c.id === b) + 1 || 99),
  );
  const count = (month, category) => (stats.byCategoryMonth[month] && stats.byCategoryMonth[month][category]) || 0;
  const monthsCanvas = $('chart-months');
  monthsCanvas.setAttribute('aria-label', months.length ? t('chartMonthsAria', { months: months.length, total: stats.needs }) : t('chartEmpty'));
  drawChart('months', monthsCanvas, {
    type: 'bar',
    data: {
      labels: months.map(formatMonth),
      datasets: categories.map((c) => ({ label: categoryLabel(c), data: months.map((m) => count(m, c)), backgroundColor: categoryColour(c), borderColor: '#ffffff', borderWidth: 1 })),
    },
    options: {
      ...baseOptions,
      scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0, callback: formatTick } } },
    },
  });
  const monthsTable = $('table-months');
  monthsTable.querySelector('thead').replaceChildren(
    el('tr', {}, el('th', { scope: 'col', text: t('colMonth') }), categories.map((c) => el('th', { scope: 'col', className: 'num', text: categoryLabel(c) })), el('th', { scope: 'col', className: 'num', text: t('colTotal') })),
  );
  monthsTable.querySelector('tbody').replaceChildren(
    ...months.map((m) =>
      el(
        'tr',
        { dataset: { month: m } },
        el('th', { scope: 'row', text: formatMonth(m) }),
        categories.map((c) => el('td', { className: 'num', dataset: { category: c }, text: formatNumber(count(m, c)) })),
        el('td', { className: 'num total', text: formatNumber(categories.reduce((sum, c) => sum + count(m, c), 0)) }),
      ),
    ),
  );

  // Needs by site: horizontal bars, most first.
  const sites = Object.entries(stats.bySite || {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const sitesCanvas = $('chart-sites');
  sitesCanvas.setAttribute('aria-label', sites.length ? t('chartSitesAria', { sites: sites.length, total: stats.needs }) : t('chartEmpty'));
  drawChart('sites', sitesCanvas, {
    type: 'bar',
    data: { labels: sites.map(([s]) => siteLabel(s)), datasets: [{ label: t('colNeeds'), data: sites.map(([, n]) => n), backgroundColor: '#1f6fb5', borderRadius: 4 }] },
    options: {
      ...baseOptions,
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0, callback: formatTick } }, y: { grid: { display: false } } },
    },
  });
  const sitesTable = $('table-sites');
  sitesTable.querySelector('thead').replaceChildren(el('tr', {}, el('th', { scope: 'col', text: t('colSite') }), el('th', { scope: 'col', className: 'num', text: t('colNeeds') })));
  sitesTable.querySelector('tbody').replaceChildren(
    ...sites.map(([site, n]) => el('tr', { dataset: { site } }, el('th', { scope: 'row', text: siteLabel(site) }), el('td', { className: 'num', text: formatNumber(n) }))),
  );

  renderEventFillRates(stats, baseOptions);
}

// Event fill rates: horizontal bars from 0 to 100 %, one per event, soonest first.
const CHART_EVENTS = 15; // bars on the chart at most
const TITLE_IN_CHART = 40; // characters of a title drawn on the chart; the table has it whole
function renderEventFillRates(stats, baseOptions) {
  const events = (stats.eventFillRates || [])
    .map((e) => {
      const [title, titleLang] = eventTitle(e.title);
      const capacity = Number(e.capacity) || 0;
      const registered = Number(e.registered) || 0;
      const rate = Number.isFinite(Number(e.fillRate)) ? Number(e.fillRate) : capacity ? registered / capacity : 0;
      return { id: String(e.id), title, titleLang, start: e.start, date: formatEventDate(e.start), capacity, registered, rate };
    })
    .sort((a, b) => String(a.start).localeCompare(String(b.start)) || a.title.localeCompare(b.title));
  const box = $('chart-events').parentElement;
  // One bar needs room for two label lines (title, date): the box grows with the number of events.
  // Hundreds of bars are unreadable: the chart draws the soonest CHART_EVENTS, the table has them all.
  const drawn = events.slice(0, CHART_EVENTS);
  box.style.height = `${Math.max(18, drawn.length * 3 + 4)}rem`;
  $('chart-events-note').textContent = events.length > drawn.length ? t('chartEventsTop', { shown: formatNumber(drawn.length), total: formatNumber(events.length) }) : '';
  const canvas = $('chart-events');
  canvas.setAttribute('aria-label', events.length ? `${t('chartEventsAria', { events: drawn.length })}${events.length > drawn.length ? ` ${$('chart-events-note').textContent}` : ''}` : t('chartEventsEmpty'));
  const short = (text) => (text.length > TITLE_IN_CHART ? `${text.slice(0, TITLE_IN_CHART - 1).trimEnd()}…` : text);
  drawChart('events', canvas, {
    type: 'bar',
    data: {
      labels: drawn.map((e) => [short(e.title), e.date]),
      datasets: [{ label: t('chartEventsAxis'), data: drawn.map((e) => Math.min(100, Math.round(e.rate * 100))), backgroundColor: '#12805c', borderRadius: 4 }],
    },
    options: {
      ...baseOptions,
      indexAxis: 'y',
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => (items.length ? `${drawn[items[0].dataIndex].title} – ${drawn[items[0].dataIndex].date}` : ''),
            label: (item) => {
              const e = drawn[item.dataIndex];
              return t('fillTooltip', { rate: formatPercent(e.rate), registered: formatNumber(e.registered), capacity: formatNumber(e.capacity) });
            },
          },
        },
      },
      scales: {
        x: { min: 0, max: 100, ticks: { stepSize: 25, callback: (value) => formatPercent(value / 100) }, title: { display: true, text: t('chartEventsAxis') } },
        y: { grid: { display: false } },
      },
    },
  });
  const table = $('table-events');
  table.querySelector('thead').replaceChildren(
    el(
      'tr',
      {},
      el('th', { scope: 'col', text: t('colFillEvent') }),
      el('th', { scope: 'col', text: t('colFillDate') }),
      el('th', { scope: 'col', className: 'num', text: t('colFillRegistered') }),
      el('th', { scope: 'col', className: 'num', text: t('colFillCapacity') }),
      el('th', { scope: 'col', className: 'num', text: t('colFillRate') }),
    ),
  );
  table.querySelector('tbody').replaceChildren(
    ...events.map((e) =>
      el(
        'tr',
        { dataset: { event: e.id } },
        // A partner's title, in its own language: text only.
        el('th', { scope: 'row', lang: e.titleLang, dir: 'auto', text: e.title }),
        el('td', { className: 'nowrap', text: e.date }),
        el('td', { className: 'num', text: formatNumber(e.registered) }),
        el('td', { className: 'num', text: formatNumber(e.capacity) }),
        el('td', { className: 'num fill-rate', text: formatPercent(e.rate) }),
      ),
    ),
  );
}


export const chartsView = {
  name: 'charts',
  init(context) {
    ctx = context;
  },
  load,
  render,
  onChange(what) {
    if (what === 'needs' || what === 'filters' || what === 'callbacks') return load();
  },
  clear() {
    shared.stats = undefined;
    for (const name of Object.keys(charts)) {
      if (charts[name]) charts[name].destroy();
      charts[name] = undefined;
    }
    for (const id of ['table-months', 'table-sites', 'table-events']) $(id).querySelector('tbody').replaceChildren();
    $('kpis').replaceChildren();
  },
};
