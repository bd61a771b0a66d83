// Unanswered questions view: what residents asked that the bot could not route (no identity kept).
import { $, el } from './dom.js';
import { getJson, query } from './api.js';
import { formatDateTime, formatNumber, languageLabel, t, topicLabel } from './i18n.js';
import { dateRange, fetchLatest } from './state.js';

const QUESTIONS_SHOWN = 20;
let questionsData;

async function load() {
  const questions = await fetchLatest('questions', () => getJson(`/api/staff/questions${query({ ...dateRange(), pageSize: QUESTIONS_SHOWN })}`));
  if (!questions) return;
  questionsData = questions;
  render();
}

function render() {
  const data = questionsData;
  if (!data) return;
  $('questions-summary').textContent = data.total ? t('questionsSummary', { total: formatNumber(data.total), shown: Math.min(QUESTIONS_SHOWN, data.total) }) : t('questionsNone');
  $('questions-table').hidden = data.total === 0;
  $('questions-table').querySelector('tbody').replaceChildren(
    ...data.items.map((q) =>
      el(
        'tr',
        {},
        el('td', { className: 'nowrap', text: formatDateTime(q.createdAt) }),
        el('td', { text: languageLabel(q.language) }),
        el('td', { lang: q.language, dir: 'auto', text: q.text }),
        el('td', { text: q.offered && q.offered.length ? q.offered.map(topicLabel).join(', ') : t('noneOffered') }),
      ),
    ),
  );
}


export const questionsView = {
  name: 'questions',
  init() {},
  load,
  render,
  onChange(what) {
    if (what === 'filters') return load();
  },
  clear() {
    questionsData = undefined;
    $('questions-table').querySelector('tbody').replaceChildren();
  },
};
