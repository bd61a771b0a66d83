// Procedure feedback view: answers to "Was this clear?", least clear procedures first.
import { $, el } from './dom.js';
import { getJson, query } from './api.js';
import { formatNumber, t, topicLabel } from './i18n.js';
import { dateRange, fetchLatest } from './state.js';

let feedbackData;

async function load() {
  const feedback = await fetchLatest('feedback', () => getJson(`/api/staff/feedback${query(dateRange())}`));
  if (!feedback) return;
  feedbackData = feedback;
  render();
}

function render() {
  const data = feedbackData;
  if (!data) return;
  const rows = Object.entries(data.byTopic || {})
    .map(([topic, { clear, unclear }]) => ({ topic, clear, unclear, share: clear + unclear ? clear / (clear + unclear) : 0 }))
    .sort((a, b) => a.share - b.share || b.unclear - a.unclear || topicLabel(a.topic).localeCompare(topicLabel(b.topic)));
  $('feedback-summary').textContent = data.total ? t('feedbackSummary', { total: formatNumber(data.total) }) : t('feedbackNone');
  $('feedback-table').hidden = data.total === 0;
  const percent = new Intl.NumberFormat(t('locale'), { style: 'percent', maximumFractionDigits: 0 });
  $('feedback-table').querySelector('tbody').replaceChildren(
    ...rows.map((r) => {
      const fill = el('span', { className: 'meter-fill' });
      fill.style.width = `${Math.round(r.share * 100)}%`;
      return el(
        'tr',
        { dataset: { topic: r.topic } },
        el('th', { scope: 'row', text: topicLabel(r.topic) }),
        el('td', { className: 'num', text: formatNumber(r.clear) }),
        el('td', { className: 'num', text: formatNumber(r.unclear) }),
        el('td', { className: 'share' }, el('span', { className: 'meter', 'aria-hidden': 'true' }, fill), el('span', { className: 'share-value', text: percent.format(r.share) })),
      );
    }),
  );
}

export const procedureFeedbackView = {
  name: 'feedback',
  init() {},
  load,
  render,
  onChange(what) {
    if (what === 'filters') return load();
  },
  clear() {
    feedbackData = undefined;
    $('feedback-table').querySelector('tbody').replaceChildren();
  },
};
