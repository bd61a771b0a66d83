// Consultations view: surveys (list, editor with every question type and a text per language, preview as a
// resident reads it, open/close dates, targeting, duplicate, JSON file import and export in survey-files.js), their results by site, group and language with
// charts and data tables (cells under 5 respondents hidden by the server), and needs by group for the yearly plan.
import { $, el } from './dom.js';
import { api, download, getJson, query, sendJson } from './api.js';
import { config, currentLang, formatNumber, languageLabel, pickText, siteLabel, t } from './i18n.js';
import { announce, failed } from './ui.js';
import { exportSurveyFile, importControl, SURVEY_FILE_STRINGS } from './survey-files.js';

const TYPES = ['single', 'multiple', 'number', 'yesno', 'date', 'text', 'rating'];
const languages = () => config.languages || ['fr'];
const HIDDEN = '<5';
let ctx;
let surveys = [];
let groups = [];
let draft;
let editing;
let report;
let plan;
const charts = {};

// ---- Data ----
async function load() {
  const [list, groupList] = await Promise.all([getJson('/api/staff/surveys'), getJson('/api/staff/groups')]);
  surveys = list.items || [];
  groups = groupList.items || [];
  render();
}

const groupLabel = (id) => {
  if (id === '-') return t('consultNotDeclared');
  const group = groups.find((g) => g.id === id);
  return (group && (group.label[currentLang()] || group.label.fr)) || id;
};
const cell = (n) => (n === null || n === undefined ? HIDDEN : formatNumber(n));
const statusOf = (s) => {
  const today = new Date().toISOString().slice(0, 10);
  if (s.open) return t('consultOpen');
  return String(s.opens).slice(0, 10) > today ? t('consultUpcoming') : t('consultClosed');
};

// ---- Survey list ----
function renderList() {
  const body = $('consult-list').querySelector('tbody');
  $('consult-list').hidden = surveys.length === 0;
  $('consult-list-empty').hidden = surveys.length > 0;
  body.replaceChildren(
    ...surveys.map((s) => {
      const [title, titleLang] = pickText(s.title);
      const target = [...(s.target.sites || []).map(siteLabel), ...(s.target.groups || []).map(groupLabel)].join(', ') || t('consultEveryone');
      const action = (label, handler) => el('button', { type: 'button', className: 'button button-secondary button-small', 'aria-label': `${label} – ${title}`, onclick: handler }, label);
      return el(
        'tr',
        { dataset: { survey: s.id } },
        el('th', { scope: 'row', lang: titleLang, dir: 'auto', text: title }),
        el('td', { className: 'nowrap', text: `${String(s.opens).slice(0, 10)} → ${String(s.closes).slice(0, 10)}` }),
        el('td', { text: statusOf(s) }),
        el('td', { text: target }),
        el('td', { className: 'num', text: formatNumber(s.questions) }),
        el(
          'td',
          { className: 'actions' },
          action(t('consultEdit'), () => edit(s.id)),
          action(t('consultDuplicate'), () => duplicate(s.id)),
          action(t('consultOpenNow'), () => openNow(s.id)),
          action(t('consultResults'), () => showResults(s.id)),
          action(t('consultExportFile'), () => exportSurveyFile(s.id)),
        ),
      );
    }),
  );
  const select = $('consult-results-survey');
  const current = select.value;
  select.replaceChildren(el('option', { value: '', text: t('consultChooseSurvey') }), ...surveys.map((s) => el('option', { value: s.id, text: pickText(s.title)[0] })));
  select.value = surveys.some((s) => s.id === current) ? current : '';
}

async function duplicate(id) {
  try {
    const copy = await sendJson(`/api/staff/surveys/${encodeURIComponent(id)}/duplicate`, 'POST', {});
    await load();
    announce(t('consultDuplicated', { id: copy.id }));
    await edit(copy.id);
  } catch (error) {
    failed(error);
  }
}

async function openNow(id) {
  try {
    const opened = await sendJson(`/api/staff/surveys/${encodeURIComponent(id)}/open`, 'POST', {});
    await load();
    announce(t('consultOpened', { count: formatNumber(opened.invited) }));
  } catch (error) {
    failed(error);
  }
}

// ---- Editor ----
const emptyText = () => Object.fromEntries(languages().map((l) => [l, '']));
const newQuestion = (n) => ({ id: `q${n}`, type: 'single', text: emptyText(), options: [{ id: 'o1', label: emptyText() }, { id: 'o2', label: emptyText() }] });

function newSurvey() {
  const today = new Date().toISOString().slice(0, 10);
  editing = undefined;
  draft = { id: '', title: emptyText(), target: { sites: [], groups: [] }, opens: today, closes: today, questions: [newQuestion(1)] };
  showEditor();
}

async function edit(id) {
  try {
    const survey = await getJson(`/api/staff/surveys/${encodeURIComponent(id)}`);
    delete survey.missingTranslations;
    editing = id;
    draft = survey;
    for (const l of languages()) draft.title[l] ??= '';
    showEditor();
  } catch (error) {
    failed(error);
  }
}

function showEditor() {
  $('consult-editor').hidden = false;
  $('consult-editor-title').textContent = editing ? t('consultEditTitle', { id: editing }) : t('consultNewTitle');
  renderEditor();
  $('consult-editor-title').focus();
}

/** Inputs for one translated text, each language labelled; an empty one is flagged as missing. */
function translatedInputs(texts, label, idBase, onChange) {
  return el(
    'div',
    { className: 'translations-grid' },
    languages().map((l) => {
      const id = `${idBase}-${l}`;
      const missing = !String(texts[l] || '').trim();
      const input = el('input', { id, type: 'text', lang: l, dir: 'auto', value: texts[l] || '', 'aria-describedby': missing ? `${id}-missing` : undefined });
      input.addEventListener('input', () => {
        texts[l] = input.value;
        onChange?.();
        updateMissing();
      });
      return el(
        'div',
        { className: 'field' },
        el('label', { for: id, text: `${label} (${languageLabel(l)})` }),
        input,
        missing ? el('span', { id: `${id}-missing`, className: 'missing-translation', text: t('consultMissing') }) : null,
      );
    }),
  );
}

function missingLanguages() {
  const texts = [draft.title, ...draft.questions.flatMap((q) => [q.text, ...(['single', 'multiple'].includes(q.type) ? q.options || [] : []).map((o) => o.label)])];
  return languages().filter((l) => texts.some((x) => !String(x[l] || '').trim()));
}

function updateMissing() {
  const missing = missingLanguages();
  $('consult-missing').textContent = missing.length ? t('consultMissingSummary', { languages: missing.map(languageLabel).join(', ') }) : t('consultNothingMissing');
}

function checkboxes(name, items, chosen) {
  return items.map(([value, label]) => {
    const id = `consult-${name}-${value}`.replace(/[^a-zA-Z0-9_-]/g, '_');
    const box = el('input', { id, type: 'checkbox', value, checked: chosen.includes(value) });
    box.addEventListener('change', () => {
      const list = draft.target[name];
      if (box.checked && !list.includes(value)) list.push(value);
      if (!box.checked) list.splice(list.indexOf(value), 1);
    });
    return el('div', { className: 'field-inline' }, box, el('label', { for: id, text: label }));
  });
}

function questionFieldset(q, index) {
  const base = `consult-q${index}`;
  const type = el('select', { id: `${base}-type` }, TYPES.map((x) => el('option', { value: x, text: t(`consultType_${x}`), selected: x === q.type })));
  type.addEventListener('change', () => {
    q.type = type.value;
    if (['single', 'multiple'].includes(q.type) && !(q.options && q.options.length >= 2)) q.options = [{ id: 'o1', label: emptyText() }, { id: 'o2', label: emptyText() }];
    if (!['single', 'multiple'].includes(q.type)) delete q.options;
    renderEditor();
  });
  const move = (delta) => () => {
    const to = index + delta;
    if (to < 0 || to >= draft.questions.length) return;
    [draft.questions[index], draft.questions[to]] = [draft.questions[to], draft.questions[index]];
    renderEditor();
  };
  const parts = [
    el('legend', { text: t('consultQuestionN', { n: index + 1 }) }),
    el('div', { className: 'field' }, el('label', { for: `${base}-type`, text: t('consultQuestionType') }), type),
    translatedInputs(q.text, t('consultQuestionText'), `${base}-text`),
  ];
  if (q.type === 'single' || q.type === 'multiple') {
    q.options.forEach((o, i) => {
      parts.push(
        el(
          'div',
          { className: 'consult-option' },
          translatedInputs(o.label, t('consultOptionN', { n: i + 1 }), `${base}-o${i}`),
          q.options.length > 2
            ? el('button', { type: 'button', className: 'button button-secondary button-small', onclick: () => { q.options.splice(i, 1); renderEditor(); } }, t('consultRemoveOption', { n: i + 1 }))
            : null,
        ),
      );
    });
    parts.push(
      el('button', {
        type: 'button',
        className: 'button button-secondary button-small',
        onclick: () => {
          const ids = new Set(q.options.map((o) => o.id));
          let n = q.options.length + 1;
          while (ids.has(`o${n}`)) n++;
          q.options.push({ id: `o${n}`, label: emptyText() });
          renderEditor();
        },
      }, t('consultAddOption')),
    );
  }
  if (q.type === 'number') {
    for (const bound of ['min', 'max']) {
      const input = el('input', { id: `${base}-${bound}`, type: 'number', value: q[bound] ?? '' });
      input.addEventListener('input', () => {
        if (input.value === '') delete q[bound];
        else q[bound] = Number(input.value);
      });
      parts.push(el('div', { className: 'field field-short' }, el('label', { for: `${base}-${bound}`, text: t(bound === 'min' ? 'consultMin' : 'consultMax') }), input));
    }
  }
  parts.push(
    el(
      'div',
      { className: 'toolbar' },
      el('button', { type: 'button', className: 'button button-secondary button-small', onclick: move(-1), disabled: index === 0 }, t('consultMoveUp')),
      el('button', { type: 'button', className: 'button button-secondary button-small', onclick: move(1), disabled: index === draft.questions.length - 1 }, t('consultMoveDown')),
      draft.questions.length > 1
        ? el('button', { type: 'button', className: 'button button-secondary button-small', onclick: () => { draft.questions.splice(index, 1); renderEditor(); } }, t('consultRemoveQuestion', { n: index + 1 }))
        : null,
    ),
  );
  return el('fieldset', { className: 'consult-question', dataset: { question: q.id } }, parts);
}

function renderEditor() {
  if (!draft) return;
  const idInput = el('input', { id: 'consult-id', type: 'text', value: draft.id, required: true, readonly: Boolean(editing), 'aria-describedby': 'consult-id-hint', pattern: '[a-zA-Z0-9_-]+' });
  idInput.addEventListener('input', () => (draft.id = idInput.value.trim()));
  const dateInput = (name) => {
    const input = el('input', { id: `consult-${name}`, type: 'date', value: String(draft[name]).slice(0, 10), required: true });
    input.addEventListener('input', () => (draft[name] = input.value));
    return el('div', { className: 'field field-short' }, el('label', { for: `consult-${name}`, text: t(name === 'opens' ? 'consultOpens' : 'consultCloses') }), input);
  };
  const partnerId = el('input', { id: 'consult-partner-id', type: 'text', value: draft.partner?.accountId || '' });
  const partnerName = el('input', { id: 'consult-partner-name', type: 'text', value: draft.partner?.name || '' });
  const setPartner = () => {
    if (partnerId.value.trim() && partnerName.value.trim()) draft.partner = { accountId: partnerId.value.trim(), name: partnerName.value.trim() };
    else delete draft.partner;
  };
  partnerId.addEventListener('input', setPartner);
  partnerName.addEventListener('input', setPartner);
  $('consult-form-fields').replaceChildren(
    el('div', { className: 'field' }, el('label', { for: 'consult-id', text: t('consultId') }), idInput, el('p', { id: 'consult-id-hint', className: 'hint', text: t('consultIdHint') })),
    el('fieldset', {}, el('legend', { text: t('consultSurveyTitle') }), translatedInputs(draft.title, t('consultSurveyTitle'), 'consult-title')),
    el('div', { className: 'filter-grid' }, dateInput('opens'), dateInput('closes')),
    el('fieldset', {}, el('legend', { text: t('consultTargetSites') }), el('p', { className: 'hint', text: t('consultTargetHint') }), checkboxes('sites', (config.sites || []).map((s) => [s, s]), draft.target.sites)),
    el(
      'fieldset',
      {},
      el('legend', { text: t('consultTargetGroups') }),
      checkboxes('groups', groups.map((g) => [g.id, `${groupLabel(g.id)} (${t('consultInvitable', { count: cell(g.invitable) })})`]), draft.target.groups),
    ),
    el(
      'fieldset',
      {},
      el('legend', { text: t('consultPartner') }),
      el('p', { className: 'hint', text: t('consultPartnerHint') }),
      el('div', { className: 'filter-grid' },
        el('div', { className: 'field' }, el('label', { for: 'consult-partner-id', text: t('consultPartnerId') }), partnerId),
        el('div', { className: 'field' }, el('label', { for: 'consult-partner-name', text: t('consultPartnerName') }), partnerName)),
    ),
    ...draft.questions.map(questionFieldset),
    el('button', {
      type: 'button',
      className: 'button button-secondary',
      onclick: () => {
        const ids = new Set(draft.questions.map((q) => q.id));
        let n = draft.questions.length + 1;
        while (ids.has(`q${n}`)) n++;
        draft.questions.push(newQuestion(n));
        renderEditor();
      },
    }, t('consultAddQuestion')),
  );
  updateMissing();
  const preview = $('consult-preview-language');
  preview.replaceChildren(...languages().map((l) => el('option', { value: l, text: languageLabel(l) })));
}

/** The draft as the API expects it: empty translations left out (they fall back to the default language). */
function cleaned() {
  const keep = (texts) => Object.fromEntries(Object.entries(texts).filter(([, v]) => String(v).trim()));
  const survey = structuredClone(draft);
  survey.title = keep(survey.title);
  for (const q of survey.questions) {
    q.text = keep(q.text);
    for (const o of q.options || []) o.label = keep(o.label);
  }
  return survey;
}

async function save(event) {
  event.preventDefault();
  const error = $('consult-form-error');
  error.hidden = true;
  try {
    const survey = cleaned();
    const saved = editing ? await sendJson(`/api/staff/surveys/${encodeURIComponent(editing)}`, 'PUT', survey) : await sendJson('/api/staff/surveys', 'POST', survey);
    editing = saved.id;
    await load();
    $('consult-editor-title').textContent = t('consultEditTitle', { id: editing });
    announce(t('consultSaved', { count: formatNumber(saved.invited || 0) }));
  } catch (failure) {
    error.textContent = failure.message;
    error.hidden = false;
    error.focus();
  }
}

async function preview() {
  const box = $('consult-preview');
  const lng = $('consult-preview-language').value;
  try {
    const result = await sendJson('/api/staff/surveys/preview', 'POST', { survey: { ...cleaned(), id: draft.id || 'preview' }, language: lng });
    const bubble = (text, options = []) =>
      el('li', { className: 'chat-bubble' }, el('p', { text }), options.length ? el('ol', { className: 'chat-options' }, options.map((o) => el('li', { text: o }))) : null);
    box.lang = lng;
    box.dir = lng === 'ar' ? 'rtl' : 'ltr';
    box.replaceChildren(el('ol', { className: 'chat-preview', 'aria-label': t('consultPreviewOf', { language: languageLabel(lng) }) }, bubble(result.entry), result.questions.map((q) => bubble(q.text, q.options)), bubble(result.thanks)));
    box.hidden = false;
    announce(t('consultPreviewReady', { language: languageLabel(lng) }));
  } catch (failure) {
    const error = $('consult-form-error');
    error.textContent = failure.message;
    error.hidden = false;
  }
}

// ---- Results ----
async function showResults(id) {
  $('consult-results-survey').value = id;
  await loadResults();
  $('consult-results-title').focus();
}

async function loadResults() {
  const id = $('consult-results-survey').value;
  if (!id) {
    report = undefined;
    $('consult-results').replaceChildren();
    return;
  }
  try {
    report = await getJson(`/api/staff/surveys/${encodeURIComponent(id)}/report`);
    renderResults();
  } catch (error) {
    failed(error);
  }
}

const valueLabel = (v, type) => (type === 'yesno' ? t(v.value === 'true' ? 'consultYes' : 'consultNo') : type === 'rating' ? v.value : pickText(v.label)[0]);
const segmentLabel = (dimension, segment) => (dimension === 'group' ? groupLabel(segment) : dimension === 'language' ? languageLabel(segment) : segment === '-' ? t('notGiven') : siteLabel(segment));

function drawChart(name, canvas, configuration) {
  if (charts[name]) charts[name].destroy();
  charts[name] = undefined;
  if (!window.Chart) return; // the figures are in the table
  charts[name] = new window.Chart(canvas, configuration);
}

function renderResults() {
  if (!report) return;
  const dimension = $('consult-dimension').value;
  for (const name of Object.keys(charts)) if (name.startsWith('q-')) charts[name].destroy(), delete charts[name];
  const blocks = report.questions.map((q, index) => {
    const [text, textLang] = pickText(q.text);
    const segments = q.segments.filter((s) => s.dimension === dimension);
    const rows = [{ dimension: 'all', segment: t('consultAll'), answered: q.answered, counts: q.counts, mean: q.mean }, ...segments];
    const figure = [];
    if (q.values.length) {
      const canvas = el('canvas', { role: 'img', id: `consult-chart-${index}`, 'aria-label': t('consultChartAria', { question: text }) });
      figure.push(el('div', { className: 'chart-box' }, canvas));
      queueMicrotask(() =>
        drawChart(`q-${index}`, canvas, {
          type: 'bar',
          data: { labels: q.values.map((v) => valueLabel(v, q.type)), datasets: [{ label: t('consultRespondents'), data: q.values.map((v) => q.counts[v.value] ?? 0), backgroundColor: '#1f6fb5', borderRadius: 4 }] },
          options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
        }),
      );
    }
    const head = el('tr', {}, el('th', { scope: 'col', text: t(`consultDim_${dimension}`) }), el('th', { scope: 'col', className: 'num', text: t('consultAnswered') }), q.values.map((v) => el('th', { scope: 'col', className: 'num', text: valueLabel(v, q.type) })), q.mean !== undefined ? el('th', { scope: 'col', className: 'num', text: t('consultMean') }) : null);
    const body = rows.map((r) =>
      el('tr', {}, el('th', { scope: 'row', text: r.dimension === 'all' ? r.segment : segmentLabel(dimension, r.segment) }), el('td', { className: 'num', text: cell(r.answered) }), q.values.map((v) => el('td', { className: 'num', text: cell(r.counts[v.value]) })), q.mean !== undefined ? el('td', { className: 'num', text: r.mean === null ? HIDDEN : formatNumber(r.mean) }) : null),
    );
    const table = el('div', { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': `consult-caption-${index}` },
      el('table', { className: 'data consult-table' }, el('caption', { id: `consult-caption-${index}`, text: t('consultTableCaption', { question: text, dimension: t(`consultDim_${dimension}`) }) }), el('thead', {}, head), el('tbody', {}, body)));
    const texts = q.texts ? el('ul', { className: 'consult-texts', 'aria-label': t('consultTexts') }, q.texts.map((x) => el('li', {}, el('span', { className: 'tag', text: languageLabel(x.language) }), ' ', el('span', { lang: x.language, dir: 'auto', text: x.text })))) : null;
    return el('section', { className: 'consult-question-result', 'aria-labelledby': `consult-qtitle-${index}` }, el('h4', { id: `consult-qtitle-${index}`, lang: textLang, dir: 'auto', text: `${index + 1}. ${text}` }), figure, table, texts);
  });
  $('consult-results').replaceChildren(
    el('p', { className: 'summary', text: t('consultRespondentsSummary', { respondents: cell(report.respondents), completed: cell(report.completed), n: report.smallCell }) }),
    ...blocks,
  );
}

async function exportReport(format) {
  const id = $('consult-results-survey').value;
  if (!id) return;
  try {
    const file = await download(await api(`/api/staff/surveys/${encodeURIComponent(id)}/report${query({ format, sep: ';' })}`), `survey-${id}.${format}`);
    announce(t('exportDone', { file }));
  } catch (error) {
    failed(error);
  }
}

// ---- Needs by group for the yearly plan ----
async function loadPlan(event) {
  event?.preventDefault();
  try {
    plan = await getJson(`/api/staff/plan${query({ from: $('consult-plan-from').value, to: $('consult-plan-to').value })}`);
    renderPlan();
    announce(t('consultPlanReady'));
  } catch (error) {
    failed(error);
  }
}

function renderPlan() {
  if (!plan) return;
  for (const dimension of ['group', 'site']) {
    const segments = plan.segments.filter((s) => s.dimension === dimension);
    $(`consult-plan-${dimension}`).querySelector('tbody').replaceChildren(
      ...segments.map((s) =>
        el('tr', {}, el('th', { scope: 'row', text: segmentLabel(dimension, s.segment) }), el('td', { className: 'num', text: cell(s.count) }), el('td', { className: 'num', text: cell(s.needs) }), el('td', { className: 'num', text: cell(s.ideas) }), el('td', { text: s.topCategories.map((c) => `${c.category} (${formatNumber(c.count)})`).join(', ') || '—' })),
      ),
    );
  }
  const bars = plan.segments.filter((s) => s.dimension === 'group' && s.count !== null);
  $('consult-plan-summary').textContent = t('consultPlanSummary', { total: formatNumber(plan.total) });
  drawChart('plan', $('consult-plan-chart'), {
    type: 'bar',
    data: { labels: bars.map((s) => groupLabel(s.segment)), datasets: [{ label: t('consultPlanCount'), data: bars.map((s) => s.count), backgroundColor: '#12805c', borderRadius: 4 }] },
    options: { responsive: true, maintainAspectRatio: false, animation: false, indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}

async function exportPlan(format) {
  try {
    const file = await download(await api(`/api/staff/plan${query({ from: $('consult-plan-from').value, to: $('consult-plan-to').value, format, sep: ';' })}`), `needs-by-group.${format}`);
    announce(t('exportDone', { file }));
  } catch (error) {
    failed(error);
  }
}

function render() {
  renderList();
  if (draft) renderEditor();
  renderResults();
  renderPlan();
}

/** The section's fixed skeleton, built once (its texts are set again by render on a language switch). */
function skeleton() {
  const tableHead = (keys) => el('thead', {}, el('tr', {}, keys.map((k, i) => el('th', { scope: 'col', className: i > 0 && i < 4 ? 'num' : undefined, dataset: { i18n: k } }))));
  $('consultations-body').replaceChildren(
    el('h3', { dataset: { i18n: 'consultSurveys' } }),
    el('div', { className: 'toolbar' }, el('button', { type: 'button', id: 'consult-new', className: 'button button-primary', dataset: { i18n: 'consultNew' }, onclick: newSurvey }),
      importControl(async (id) => { await load(); await edit(id); })),
    el('p', { id: 'consult-list-empty', className: 'hint', dataset: { i18n: 'consultNoSurvey' } }),
    el('div', { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'consult-list-caption' },
      el('table', { id: 'consult-list', className: 'data' }, el('caption', { id: 'consult-list-caption', className: 'visually-hidden', dataset: { i18n: 'consultListCaption' } }),
        el('thead', {}, el('tr', {}, ['consultColTitle', 'consultColDates', 'consultColStatus', 'consultColTarget', 'consultColQuestions', 'consultColActions'].map((k) => el('th', { scope: 'col', dataset: { i18n: k } })))),
        el('tbody'))),
    el('form', { id: 'consult-editor', className: 'consult-editor', hidden: true, novalidate: true, onsubmit: save },
      el('h3', { id: 'consult-editor-title', tabindex: '-1' }),
      el('p', { id: 'consult-missing', className: 'hint', role: 'status' }),
      el('p', { id: 'consult-form-error', className: 'field-error', role: 'alert', tabindex: '-1', hidden: true }),
      el('div', { id: 'consult-form-fields' }),
      el('div', { className: 'toolbar' },
        el('button', { type: 'submit', className: 'button button-primary', dataset: { i18n: 'consultSave' } }),
        el('label', { for: 'consult-preview-language', dataset: { i18n: 'consultPreviewIn' } }),
        el('select', { id: 'consult-preview-language' }),
        el('button', { type: 'button', id: 'consult-preview-button', className: 'button button-secondary', dataset: { i18n: 'consultPreview' }, onclick: preview }),
        el('button', { type: 'button', className: 'button button-secondary', dataset: { i18n: 'consultClose' }, onclick: () => { draft = undefined; $('consult-editor').hidden = true; $('consult-preview').hidden = true; } })),
      el('div', { id: 'consult-preview', className: 'consult-preview', hidden: true, role: 'region' })),
    el('h3', { id: 'consult-results-title', tabindex: '-1', dataset: { i18n: 'consultResultsTitle' } }),
    el('div', { className: 'toolbar' },
      el('label', { for: 'consult-results-survey', dataset: { i18n: 'consultSurveyLabel' } }),
      el('select', { id: 'consult-results-survey', onchange: loadResults }),
      el('label', { for: 'consult-dimension', dataset: { i18n: 'consultBy' } }),
      el('select', { id: 'consult-dimension', onchange: renderResults }, ['site', 'group', 'language'].map((d) => el('option', { value: d, dataset: { i18n: `consultDim_${d}` } }))),
      el('button', { type: 'button', className: 'button button-secondary', dataset: { i18n: 'consultExportCsv' }, onclick: () => exportReport('csv') }),
      el('button', { type: 'button', className: 'button button-secondary', dataset: { i18n: 'consultExportXlsx' }, onclick: () => exportReport('xlsx') })),
    el('p', { className: 'hint', dataset: { i18n: 'consultSmallCellHint' } }),
    el('div', { id: 'consult-results', 'aria-live': 'polite' }),
    el('h3', { id: 'consult-plan-title', dataset: { i18n: 'consultPlanTitle' } }),
    el('form', { className: 'toolbar', onsubmit: loadPlan },
      el('label', { for: 'consult-plan-from', dataset: { i18n: 'consultFrom' } }), el('input', { id: 'consult-plan-from', type: 'date' }),
      el('label', { for: 'consult-plan-to', dataset: { i18n: 'consultTo' } }), el('input', { id: 'consult-plan-to', type: 'date' }),
      el('button', { type: 'submit', className: 'button button-primary', dataset: { i18n: 'consultPlanShow' } }),
      el('button', { type: 'button', className: 'button button-secondary', dataset: { i18n: 'consultExportCsv' }, onclick: () => exportPlan('csv') }),
      el('button', { type: 'button', className: 'button button-secondary', dataset: { i18n: 'consultExportXlsx' }, onclick: () => exportPlan('xlsx') })),
    el('p', { id: 'consult-plan-summary', className: 'summary' }),
    el('div', { className: 'chart-box' }, el('canvas', { id: 'consult-plan-chart', role: 'img', dataset: { i18nAriaLabel: 'consultPlanChart' } })),
    ...['group', 'site'].map((d) =>
      el('div', { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': `consult-plan-${d}-caption` },
        el('table', { id: `consult-plan-${d}`, className: 'data' }, el('caption', { id: `consult-plan-${d}-caption`, dataset: { i18n: `consultPlanCaption_${d}` } }),
          tableHead([`consultDim_${d}`, 'consultPlanCount', 'consultPlanNeeds', 'consultPlanIdeas', 'consultPlanTop']), el('tbody')))),
  );
  applyTexts();
}

/** The section's fixed texts in the dashboard language. */
function applyTexts() {
  for (const node of $('consultations-body').querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of $('consultations-body').querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  $('consult-preview').setAttribute('aria-label', t('consultPreview'));
}

const STRINGS_FR = {
  navConsultations: 'Consultations',
  consultationsTitle: 'Consultations et plan d’actions',
  consultationsIntro: 'Enquêtes ciblées par résidence et par groupe, leurs résultats, et les besoins par groupe pour le plan annuel. Les groupes sont déclarés par les résidents ; vous ne voyez que des totaux.',
  consultSurveys: 'Enquêtes', consultNew: 'Nouvelle enquête', consultNoSurvey: 'Aucune enquête pour l’instant.', consultListCaption: 'Enquêtes, avec leurs dates et leur cible',
  consultColTitle: 'Titre', consultColDates: 'Dates', consultColStatus: 'État', consultColTarget: 'Cible', consultColQuestions: 'Questions', consultColActions: 'Actions',
  consultOpen: 'Ouverte', consultClosed: 'Fermée', consultUpcoming: 'À venir', consultEveryone: 'Tout le monde',
  consultEdit: 'Modifier', consultDuplicate: 'Dupliquer', consultOpenNow: 'Ouvrir maintenant', consultResults: 'Résultats',
  consultDuplicated: 'Copie créée : {id}. Réglez ses dates avant de l’ouvrir.', consultOpened: 'Enquête ouverte : {count} invitations envoyées.',
  consultNewTitle: 'Nouvelle enquête', consultEditTitle: 'Modifier l’enquête {id}', consultId: 'Identifiant', consultIdHint: 'Lettres, chiffres, - et _ (ex. seniors-2027).',
  consultSurveyTitle: 'Titre', consultOpens: 'Ouverture', consultCloses: 'Clôture', consultTargetSites: 'Résidences visées', consultTargetHint: 'Rien de coché : toutes les résidences, tous les groupes.',
  consultTargetGroups: 'Groupes visés', consultInvitable: '{count} invitables', consultPartner: 'Avis sur un partenaire (facultatif)',
  consultPartnerHint: 'Le partenaire ne verra que les résultats agrégés, sans réponses libres.', consultPartnerId: 'Identifiant du compte partenaire', consultPartnerName: 'Nom du partenaire',
  consultQuestionN: 'Question {n}', consultQuestionType: 'Type de question', consultQuestionText: 'Texte', consultOptionN: 'Choix {n}', consultAddOption: 'Ajouter un choix', consultRemoveOption: 'Retirer le choix {n}',
  consultMin: 'Minimum', consultMax: 'Maximum', consultMoveUp: 'Monter', consultMoveDown: 'Descendre', consultRemoveQuestion: 'Retirer la question {n}', consultAddQuestion: 'Ajouter une question',
  consultType_single: 'Choix unique', consultType_multiple: 'Choix multiples', consultType_number: 'Nombre', consultType_yesno: 'Oui / non', consultType_date: 'Date', consultType_text: 'Réponse libre', consultType_rating: 'Note de 1 à 5',
  consultMissing: 'Traduction manquante', consultMissingSummary: 'Traductions manquantes : {languages}. Ces résidents liront la langue par défaut.', consultNothingMissing: 'Toutes les traductions sont là.',
  consultSave: 'Enregistrer', consultSaved: 'Enquête enregistrée ({count} invitations envoyées).', consultPreviewIn: 'Aperçu en', consultPreview: 'Voir l’aperçu', consultClose: 'Fermer l’éditeur',
  consultPreviewOf: 'Aperçu de la conversation en {language}', consultPreviewReady: 'Aperçu prêt ({language}).',
  consultResultsTitle: 'Résultats', consultSurveyLabel: 'Enquête', consultChooseSurvey: 'Choisir une enquête', consultBy: 'Par',
  consultDim_site: 'Résidence', consultDim_group: 'Groupe', consultDim_language: 'Langue', consultExportCsv: 'Export CSV', consultExportXlsx: 'Export Excel',
  consultSmallCellHint: 'Toute case de moins de 5 répondants est masquée (« <5 ») pour que personne ne soit reconnaissable.',
  consultAll: 'Ensemble', consultAnswered: 'Réponses', consultMean: 'Moyenne', consultRespondents: 'Répondants', consultYes: 'Oui', consultNo: 'Non', consultNotDeclared: 'Non déclaré',
  consultChartAria: 'Graphique des réponses à « {question} » ; les chiffres sont dans le tableau qui suit.', consultTableCaption: '« {question} » par {dimension}', consultTexts: 'Réponses libres, avec leur langue',
  consultRespondentsSummary: '{respondents} répondants, {completed} questionnaires complets (cases de moins de {n} masquées).',
  consultPlanTitle: 'Besoins et idées par groupe et résidence (plan annuel)', consultFrom: 'Du', consultTo: 'Au', consultPlanShow: 'Afficher', consultPlanReady: 'Besoins par groupe affichés.',
  consultPlanSummary: '{total} besoins et idées sur la période.', consultPlanCount: 'Total', consultPlanNeeds: 'Besoins', consultPlanIdeas: 'Idées', consultPlanTop: 'Catégories principales',
  consultPlanChart: 'Besoins et idées par groupe ; les chiffres sont dans le tableau qui suit.', consultPlanCaption_group: 'Besoins et idées par groupe', consultPlanCaption_site: 'Besoins et idées par résidence',
};

const STRINGS_EN = {
  navConsultations: 'Consultations',
  consultationsTitle: 'Consultations and action plan',
  consultationsIntro: 'Surveys aimed at sites and groups, their results, and needs by group for the yearly plan. Residents declare their groups themselves; you only see totals.',
  consultSurveys: 'Surveys', consultNew: 'New survey', consultNoSurvey: 'No survey yet.', consultListCaption: 'Surveys with their dates and target',
  consultColTitle: 'Title', consultColDates: 'Dates', consultColStatus: 'Status', consultColTarget: 'Target', consultColQuestions: 'Questions', consultColActions: 'Actions',
  consultOpen: 'Open', consultClosed: 'Closed', consultUpcoming: 'Upcoming', consultEveryone: 'Everyone',
  consultEdit: 'Edit', consultDuplicate: 'Duplicate', consultOpenNow: 'Open now', consultResults: 'Results',
  consultDuplicated: 'Copy created: {id}. Set its dates before opening it.', consultOpened: 'Survey open: {count} invitations sent.',
  consultNewTitle: 'New survey', consultEditTitle: 'Edit survey {id}', consultId: 'Id', consultIdHint: 'Letters, digits, - and _ (e.g. seniors-2027).',
  consultSurveyTitle: 'Title', consultOpens: 'Opens', consultCloses: 'Closes', consultTargetSites: 'Target sites', consultTargetHint: 'Nothing ticked: every site, every group.',
  consultTargetGroups: 'Target groups', consultInvitable: '{count} invitable', consultPartner: 'Opinion of a partner (optional)',
  consultPartnerHint: 'The partner will see aggregated results only, without free answers.', consultPartnerId: 'Partner account id', consultPartnerName: 'Partner name',
  consultQuestionN: 'Question {n}', consultQuestionType: 'Question type', consultQuestionText: 'Text', consultOptionN: 'Choice {n}', consultAddOption: 'Add a choice', consultRemoveOption: 'Remove choice {n}',
  consultMin: 'Minimum', consultMax: 'Maximum', consultMoveUp: 'Move up', consultMoveDown: 'Move down', consultRemoveQuestion: 'Remove question {n}', consultAddQuestion: 'Add a question',
  consultType_single: 'Single choice', consultType_multiple: 'Multiple choice', consultType_number: 'Number', consultType_yesno: 'Yes / no', consultType_date: 'Date', consultType_text: 'Free answer', consultType_rating: 'Rating 1 to 5',
  consultMissing: 'Missing translation', consultMissingSummary: 'Missing translations: {languages}. Those residents will read the default language.', consultNothingMissing: 'Every translation is there.',
  consultSave: 'Save', consultSaved: 'Survey saved ({count} invitations sent).', consultPreviewIn: 'Preview in', consultPreview: 'Show preview', consultClose: 'Close the editor',
  consultPreviewOf: 'Preview of the conversation in {language}', consultPreviewReady: 'Preview ready ({language}).',
  consultResultsTitle: 'Results', consultSurveyLabel: 'Survey', consultChooseSurvey: 'Choose a survey', consultBy: 'By',
  consultDim_site: 'Site', consultDim_group: 'Group', consultDim_language: 'Language', consultExportCsv: 'CSV export', consultExportXlsx: 'Excel export',
  consultSmallCellHint: 'Any cell with fewer than 5 respondents is hidden ("<5") so that no one can be recognised.',
  consultAll: 'Overall', consultAnswered: 'Answers', consultMean: 'Mean', consultRespondents: 'Respondents', consultYes: 'Yes', consultNo: 'No', consultNotDeclared: 'Not declared',
  consultChartAria: 'Chart of the answers to “{question}”; the figures are in the table that follows.', consultTableCaption: '“{question}” by {dimension}', consultTexts: 'Free answers, with their language',
  consultRespondentsSummary: '{respondents} respondents, {completed} complete (cells under {n} hidden).',
  consultPlanTitle: 'Needs and ideas by group and site (yearly plan)', consultFrom: 'From', consultTo: 'To', consultPlanShow: 'Show', consultPlanReady: 'Needs by group shown.',
  consultPlanSummary: '{total} needs and ideas over the period.', consultPlanCount: 'Total', consultPlanNeeds: 'Needs', consultPlanIdeas: 'Ideas', consultPlanTop: 'Top categories',
  consultPlanChart: 'Needs and ideas by group; the figures are in the table that follows.', consultPlanCaption_group: 'Needs and ideas by group', consultPlanCaption_site: 'Needs and ideas by site',
};

export const consultationsView = {
  name: 'consultations',
  strings: { fr: { ...STRINGS_FR, ...SURVEY_FILE_STRINGS.fr }, en: { ...STRINGS_EN, ...SURVEY_FILE_STRINGS.en } },
  init(context) {
    ctx = context;
    skeleton();
  },
  load,
  render() {
    applyTexts();
    render();
  },
  clear() {
    surveys = [];
    groups = [];
    draft = undefined;
    report = undefined;
    plan = undefined;
    for (const name of Object.keys(charts)) charts[name]?.destroy(), delete charts[name];
    skeleton();
  },
};
