// Palier partner space: residents' opinion of the partner, from the surveys staff made about it.
// Aggregated results only (GET /api/partners/surveys: counts with every cell under 5 respondents
// hidden by the server, no free answers), per question a chart and the same figures as a table,
// by site, group or language. Loaded before partner.js, which merges these strings and calls create().
// Every text goes in as text, never as HTML.
(() => {
  'use strict';

  const HIDDEN = '<5';

  const STRINGS = {
    fr: {
      navMySurveys: 'Avis des résidents',
      psvTitle: 'Avis des résidents sur votre structure',
      psvIntro: 'Les enquêtes que le bailleur a menées à votre sujet. Vous ne voyez que des totaux : toute case de moins de 5 répondants est masquée (« <5 ») pour que personne ne soit reconnaissable, et les réponses libres restent chez le bailleur.',
      psvNone: 'Aucune enquête ne porte sur votre structure pour l’instant.',
      psvSurvey: 'Enquête', psvBy: 'Par', psvDim_site: 'Résidence', psvDim_group: 'Groupe', psvDim_language: 'Langue',
      psvDates: 'Du {opens} au {closes}',
      psvSummary: '{respondents} répondants, {completed} questionnaires complets (cases de moins de {n} masquées).',
      psvAll: 'Ensemble', psvAnswered: 'Réponses', psvMean: 'Moyenne', psvRespondents: 'Répondants', psvYes: 'Oui', psvNo: 'Non',
      psvNotGiven: 'Non indiquée', psvNotDeclared: 'Non déclaré',
      psvChartAria: 'Graphique des réponses à « {question} » ; les chiffres sont dans le tableau qui suit.',
      psvCaption: '« {question} » par {dimension}', psvFreeAnswers: 'Question à réponse libre : les réponses ne sont lues que par le bailleur.',
      psvFailed: 'Les résultats n’ont pas pu être chargés : {reason}',
      psvLang_fr: 'français', psvLang_en: 'anglais', psvLang_ar: 'arabe', psvLang_es: 'espagnol', psvLang_pt: 'portugais', psvLang_tr: 'turc',
    },
    en: {
      navMySurveys: 'Residents’ opinion',
      psvTitle: 'Residents’ opinion of your organisation',
      psvIntro: 'The surveys the landlord ran about you. You only see totals: any cell with fewer than 5 respondents is hidden ("<5") so that no one can be recognised, and free answers stay with the landlord.',
      psvNone: 'No survey is about your organisation yet.',
      psvSurvey: 'Survey', psvBy: 'By', psvDim_site: 'Site', psvDim_group: 'Group', psvDim_language: 'Language',
      psvDates: 'From {opens} to {closes}',
      psvSummary: '{respondents} respondents, {completed} complete (cells under {n} hidden).',
      psvAll: 'Overall', psvAnswered: 'Answers', psvMean: 'Mean', psvRespondents: 'Respondents', psvYes: 'Yes', psvNo: 'No',
      psvNotGiven: 'Not given', psvNotDeclared: 'Not declared',
      psvChartAria: 'Chart of the answers to “{question}”; the figures are in the table that follows.',
      psvCaption: '“{question}” by {dimension}', psvFreeAnswers: 'Free-answer question: the answers are read by the landlord only.',
      psvFailed: 'The results could not be loaded: {reason}',
      psvLang_fr: 'French', psvLang_en: 'English', psvLang_ar: 'Arabic', psvLang_es: 'Spanish', psvLang_pt: 'Portuguese', psvLang_tr: 'Turkish',
    },
  };

  function create(ctx) {
    const { $, el, t, getJson, ApiFailure, explain, formatNumber } = ctx;
    const state = { items: [], groups: [], error: undefined, built: false };
    const charts = {};

    /** A translated text in the page's language, else French, else any: [text, its language]. */
    const pick = (texts) => {
      const code = texts && texts[ctx.lang()] ? ctx.lang() : texts && texts.fr ? 'fr' : Object.keys(texts || {})[0];
      return [code ? texts[code] : '', code];
    };
    const cell = (n) => (n === null || n === undefined ? HIDDEN : formatNumber(n));
    const valueLabel = (value, type) => (type === 'yesno' ? t(value.value === 'true' ? 'psvYes' : 'psvNo') : type === 'rating' ? value.value : pick(value.label)[0]);
    function segmentLabel(dimension, segment) {
      if (dimension === 'language') return t(`psvLang_${segment}`);
      if (segment === '-') return t(dimension === 'group' ? 'psvNotDeclared' : 'psvNotGiven');
      if (dimension === 'group') {
        const group = state.groups.find((g) => g.id === segment);
        return group ? pick(group.label)[0] : segment;
      }
      return segment;
    }

    function build() {
      if (state.built) return;
      state.built = true;
      $('my-surveys-body').replaceChildren(
        el('p', { className: 'hint', dataset: { i18n: 'psvIntro' }, text: t('psvIntro') }),
        el('p', { id: 'my-surveys-error', className: 'error', hidden: true }),
        el('p', { id: 'my-surveys-empty', className: 'empty', hidden: true, dataset: { i18n: 'psvNone' }, text: t('psvNone') }),
        el('div', { id: 'my-surveys-controls', className: 'toolbar', hidden: true },
          el('label', { for: 'my-surveys-survey', dataset: { i18n: 'psvSurvey' }, text: t('psvSurvey') }),
          el('select', { id: 'my-surveys-survey', onchange: render }),
          el('label', { for: 'my-surveys-dimension', dataset: { i18n: 'psvBy' }, text: t('psvBy') }),
          el('select', { id: 'my-surveys-dimension', onchange: render }, ['site', 'group', 'language'].map((d) => el('option', { value: d, dataset: { i18n: `psvDim_${d}` }, text: t(`psvDim_${d}`) })))),
        el('div', { id: 'my-surveys-results', 'aria-live': 'polite' }),
      );
    }

    async function load() {
      build();
      try {
        const result = await getJson('/api/partners/surveys');
        state.items = result.items || [];
        state.groups = result.groups || [];
        state.error = undefined;
      } catch (error) {
        if (error instanceof ApiFailure && (error.status === 401 || error.status === 403)) throw error;
        state.error = error;
      }
    }

    function destroyCharts() {
      for (const name of Object.keys(charts)) charts[name].destroy(), delete charts[name];
    }

    function drawChart(name, canvas, question) {
      if (!window.Chart) return; // the figures are in the table
      charts[name] = new window.Chart(canvas, {
        type: 'bar',
        data: { labels: question.values.map((v) => valueLabel(v, question.type)), datasets: [{ label: t('psvRespondents'), data: question.values.map((v) => question.counts[v.value] ?? 0), backgroundColor: '#1f6fb5', borderRadius: 4 }] },
        options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      });
    }

    function questionBlock(q, index, dimension) {
      const [text, textLang] = pick(q.text);
      const heading = el('h3', { id: `psv-q-${index}`, lang: textLang, dir: 'auto', text: `${index + 1}. ${text}` });
      if (!q.values.length && q.mean === undefined) {
        return el('section', { className: 'consult-question-result', 'aria-labelledby': `psv-q-${index}` }, heading, el('p', { className: 'hint', text: t('psvFreeAnswers') }));
      }
      const figure = [];
      if (q.values.length) {
        const canvas = el('canvas', { role: 'img', id: `psv-chart-${index}`, 'aria-label': t('psvChartAria', { question: text }) });
        figure.push(el('div', { className: 'chart-box' }, canvas));
        queueMicrotask(() => drawChart(`q-${index}`, canvas, q));
      }
      const rows = [{ segment: undefined, answered: q.answered, counts: q.counts, mean: q.mean }, ...q.segments.filter((s) => s.dimension === dimension)];
      const head = el('tr', {},
        el('th', { scope: 'col', text: t(`psvDim_${dimension}`) }),
        el('th', { scope: 'col', className: 'num', text: t('psvAnswered') }),
        q.values.map((v) => el('th', { scope: 'col', className: 'num', text: valueLabel(v, q.type) })),
        q.mean !== undefined ? el('th', { scope: 'col', className: 'num', text: t('psvMean') }) : null);
      const body = rows.map((r) =>
        el('tr', {},
          el('th', { scope: 'row', text: r.segment === undefined ? t('psvAll') : segmentLabel(dimension, r.segment) }),
          el('td', { className: 'num', text: cell(r.answered) }),
          q.values.map((v) => el('td', { className: 'num', text: cell(r.counts[v.value]) })),
          q.mean !== undefined ? el('td', { className: 'num', text: cell(r.mean) }) : null));
      const table = el('div', { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': `psv-caption-${index}` },
        el('table', { className: 'data consult-table' },
          el('caption', { id: `psv-caption-${index}`, text: t('psvCaption', { question: text, dimension: t(`psvDim_${dimension}`) }) }),
          el('thead', {}, head), el('tbody', {}, body)));
      return el('section', { className: 'consult-question-result', 'aria-labelledby': `psv-q-${index}` }, heading, figure, table);
    }

    function render() {
      if (!state.built) return;
      destroyCharts();
      const error = $('my-surveys-error');
      error.hidden = !state.error;
      error.textContent = state.error ? t('psvFailed', { reason: explain(state.error) }) : '';
      $('my-surveys-empty').hidden = state.items.length > 0 || Boolean(state.error);
      $('my-surveys-controls').hidden = state.items.length === 0;
      const select = $('my-surveys-survey');
      const chosen = select.value;
      select.replaceChildren(...state.items.map((s) => el('option', { value: s.id, text: pick(s.title)[0] })));
      select.value = state.items.some((s) => s.id === chosen) ? chosen : state.items[0] ? state.items[0].id : '';
      const survey = state.items.find((s) => s.id === select.value);
      if (!survey) {
        $('my-surveys-results').replaceChildren();
        return;
      }
      const dimension = $('my-surveys-dimension').value;
      const [title, titleLang] = pick(survey.title);
      $('my-surveys-results').replaceChildren(
        el('h3', { lang: titleLang, dir: 'auto', text: title }),
        el('p', { className: 'summary', text: `${t('psvDates', { opens: String(survey.opens).slice(0, 10), closes: String(survey.closes).slice(0, 10) })}. ${t('psvSummary', { respondents: cell(survey.respondents), completed: cell(survey.completed), n: survey.smallCell })}` }),
        ...survey.questions.map((q, index) => questionBlock(q, index, dimension)),
      );
    }

    function leave() {
      state.items = [];
      state.groups = [];
      state.error = undefined;
      destroyCharts();
      if (state.built) $('my-surveys-results').replaceChildren();
      render();
    }

    return { load, render, leave };
  }

  window.PalierPartnerSurveys = { strings: STRINGS, create };
})();
