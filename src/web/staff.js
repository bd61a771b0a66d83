// Palier staff dashboard: plain browser JavaScript over the staff API (/api/staff, Bearer key).
// A partner key opens the partner space instead (partner.js, over /api/partners only).
// Rules kept everywhere below: what residents wrote is only ever inserted as text (textContent,
// text nodes), never as HTML; the key lives in sessionStorage only; every update is announced.
(() => {
  'use strict';

  const config = JSON.parse(document.getElementById('staff-config').textContent || '{}');
  const KEY_STORAGE = 'palier.staff.key';
  const LANG_STORAGE = 'palier.staff.lang';
  const STATUSES = ['new', 'in-progress', 'planned', 'done', 'declined'];
  const KINDS = ['need', 'idea', 'callback'];
  const QUESTIONS_SHOWN = 20;

  // ---- Staff-facing strings (staff work in French or English; residents never see these) ----
  const STRINGS = {
    fr: {
      title: 'Palier – Espace équipe',
      skip: 'Aller au contenu',
      appSubtitle: 'Espace équipe',
      switchTo: 'English',
      switchToLang: 'en',
      switchToLabel: 'Switch the dashboard to English',
      languageChanged: 'Tableau de bord affiché en français.',
      signOut: 'Se déconnecter',
      navTitle: 'Sections du tableau de bord',
      navNeeds: 'Demandes',
      navCharts: 'Graphiques',
      navQuestions: 'Questions sans réponse',
      navFeedback: 'Avis sur les démarches',
      signInTitle: 'Connexion',
      signInIntro: "Équipe du bailleur ou association partenaire : entrez votre clé d'API. Elle reste dans cet onglet et disparaît quand vous le fermez.",
      apiKey: "Clé d'API",
      apiKeyHint: 'Elle commence par « plr_ ». Votre administrateur la crée avec « npm run accounts -- add ».',
      signIn: 'Se connecter',
      signingIn: 'Connexion…',
      keyMissing: "Entrez votre clé d'API.",
      keyRejected: "Cette clé n'est pas valide (erreur de saisie ou clé révoquée). Vérifiez-la ou demandez-en une nouvelle.",
      keyForbidden: "Cette clé n'a pas accès à cet espace. Demandez une clé à votre administrateur.",
      tooManyTries: 'Trop d’essais avec une mauvaise clé. Attendez quelques secondes puis réessayez.',
      sessionEnded: 'Votre clé a été refusée : vous avez été déconnecté. Entrez une clé valide.',
      signedIn: 'Connecté. {total} demandes au total.',
      signedOut: 'Vous êtes déconnecté. La clé a été effacée de cet onglet.',
      networkError: 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.',
      serverError: 'Le serveur a refusé la demande : {message}',
      dashboardTitle: 'Tableau de bord',
      overviewTitle: 'En bref',
      kpiTotal: 'demandes au total',
      kpiNew: 'nouvelles',
      kpiInProgress: 'en cours',
      kpiDone: 'faites',
      kpiLanguages: 'langues utilisées',
      needsTitle: 'Demandes, idées et rappels',
      filtersLegend: 'Filtrer',
      search: 'Rechercher (texte ou n° de suivi)',
      from: 'Du',
      to: 'Au',
      kind: 'Type',
      category: 'Catégorie',
      site: 'Lieu',
      status: 'Statut',
      language: 'Langue',
      allKinds: 'Tous les types',
      allCategories: 'Toutes les catégories',
      allSites: 'Tous les lieux',
      allStatuses: 'Tous les statuts',
      allLanguages: 'Toutes les langues',
      apply: 'Appliquer les filtres',
      reset: 'Effacer les filtres',
      datesReversed: 'La date « Du » est après la date « Au ». Corrigez l’une des deux.',
      exportLabel: 'Exporter ces résultats :',
      exportCsvSemicolon: 'CSV « ; » (Excel en français)',
      exportCsvComma: 'CSV « , »',
      exportXlsx: 'Excel (XLSX)',
      exporting: 'Préparation du fichier {format}…',
      exported: 'Fichier téléchargé : {file}.',
      pageSize: 'Lignes par page',
      needsCaption: 'Demandes correspondant aux filtres',
      needsSummary: '{total} résultat(s) · lignes {first} à {last}',
      needsSummaryNone: 'Aucun résultat',
      needsLoaded: '{total} demande(s) trouvée(s).',
      loading: 'Chargement…',
      colReceipt: 'N° de suivi',
      colDate: 'Date',
      colKind: 'Type',
      colCategory: 'Catégorie',
      colSite: 'Lieu',
      colLanguage: 'Langue',
      colStatus: 'Statut',
      colText: 'Texte du résident',
      noNeeds: 'Aucune demande ne correspond à ces filtres.',
      notGiven: 'Non précisé',
      callbackCategory: 'Demande de rappel',
      newStatus: 'Statut',
      newStatusFor: ' à enregistrer pour {receipt}',
      note: 'Note',
      noteFor: ' facultative pour {receipt}',
      notePlaceholder: 'facultative',
      save: 'Enregistrer',
      saving: 'Enregistrement…',
      saved: 'Enregistré : {status}',
      savedAnnounce: '{receipt} : statut « {status} » enregistré.',
      savedWithNote: '{receipt} : statut « {status} » et note enregistrés.',
      staffNote: '{by}, {date} : ',
      previous: 'Page précédente',
      next: 'Page suivante',
      pageInfo: 'Page {page} sur {pages}',
      pageAnnounce: 'Page {page} sur {pages}.',
      paginationLabel: 'Pages des demandes',
      chartsTitle: 'Graphiques',
      periodAll: 'Toutes les demandes, toutes dates confondues (les filtres de dates s’appliquent aux graphiques, pas les autres filtres).',
      periodRange: 'Demandes du {from} au {to} (seuls les filtres de dates s’appliquent aux graphiques).',
      periodFrom: 'Demandes depuis le {from} (seuls les filtres de dates s’appliquent aux graphiques).',
      periodTo: 'Demandes jusqu’au {to} (seuls les filtres de dates s’appliquent aux graphiques).',
      chartMonthsTitle: 'Demandes par catégorie et par mois',
      chartSitesTitle: 'Demandes par lieu',
      chartMonthsAria: 'Graphique en barres empilées : demandes par catégorie et par mois, {months} mois, {total} demandes. Les chiffres sont dans le tableau « Voir les chiffres » qui suit.',
      chartSitesAria: 'Graphique en barres : demandes par lieu, {sites} lieux, {total} demandes. Les chiffres sont dans le tableau « Voir les chiffres » qui suit.',
      chartEmpty: 'Graphique vide : aucune demande sur cette période.',
      showData: 'Voir les chiffres',
      colMonth: 'Mois',
      colTotal: 'Total',
      colNeeds: 'Demandes',
      chartEventsTitle: 'Taux de remplissage des événements',
      chartEventsAria: 'Graphique en barres : taux de remplissage de {events} événement(s), de 0 à 100 %. Les chiffres sont dans le tableau « Voir les chiffres » qui suit.',
      chartEventsEmpty: 'Graphique vide : aucun événement publié sur cette période.',
      chartEventsAxis: 'Places réservées (%)',
      fillTooltip: '{rate} ({registered} places sur {capacity})',
      colFillEvent: 'Événement',
      colFillDate: 'Date',
      colFillRegistered: 'Places réservées',
      colFillCapacity: 'Places',
      colFillRate: 'Remplissage',
      untitledEvent: 'Événement sans titre',
      questionsTitle: 'Questions sans réponse',
      questionsIntro: 'Ce que les résidents ont demandé et que le robot n’a pas su orienter (sans identité).',
      questionsSummary: '{total} question(s) · les {shown} plus récentes affichées',
      questionsNone: 'Aucune question sans réponse sur cette période.',
      questionsCaption: 'Questions sans réponse, les plus récentes d’abord',
      colQuestion: 'Question',
      colOffered: 'Sujets proposés',
      noneOffered: 'Aucun',
      feedbackTitle: 'Avis sur les démarches',
      feedbackIntro: 'Réponses à « C’était clair ? » à la fin de chaque démarche.',
      feedbackSummary: '{total} réponse(s) · les démarches les moins claires en premier',
      feedbackNone: 'Aucun avis sur cette période.',
      feedbackCaption: 'Avis par démarche, les moins claires d’abord',
      colTopic: 'Démarche',
      colClear: 'Clair',
      colUnclear: 'Pas clair',
      colShareClear: 'Part « clair »',
      footer: 'Palier · données des résidents : à traiter avec soin, ne pas partager hors de l’équipe.',
      locale: 'fr-FR',
      kinds: { need: 'Besoin', idea: 'Idée', callback: 'Rappel' },
      statuses: { new: 'Nouveau', 'in-progress': 'En cours', planned: 'Prévu', done: 'Fait', declined: 'Refusé' },
      languages: { fr: 'Français', en: 'Anglais', ar: 'Arabe', es: 'Espagnol', pt: 'Portugais', tr: 'Turc' },
    },
    en: {
      title: 'Palier – Staff dashboard',
      skip: 'Skip to content',
      appSubtitle: 'Staff dashboard',
      switchTo: 'Français',
      switchToLang: 'fr',
      switchToLabel: 'Afficher le tableau de bord en français',
      languageChanged: 'Dashboard shown in English.',
      signOut: 'Sign out',
      navTitle: 'Dashboard sections',
      navNeeds: 'Needs',
      navCharts: 'Charts',
      navQuestions: 'Unanswered questions',
      navFeedback: 'Procedure feedback',
      signInTitle: 'Sign in',
      signInIntro: 'Landlord staff or partner association: enter your API key. It stays in this tab only and is forgotten when you close it.',
      apiKey: 'API key',
      apiKeyHint: 'It starts with “plr_”. Your administrator creates it with “npm run accounts -- add”.',
      signIn: 'Sign in',
      signingIn: 'Signing in…',
      keyMissing: 'Enter your API key.',
      keyRejected: 'This key is not valid (mistyped or revoked). Check it or ask for a new one.',
      keyForbidden: 'This key has no access to this space. Ask your administrator for a key.',
      tooManyTries: 'Too many tries with a wrong key. Wait a few seconds, then try again.',
      sessionEnded: 'Your key was refused, so you have been signed out. Enter a valid key.',
      signedIn: 'Signed in. {total} needs in all.',
      signedOut: 'You are signed out. The key was removed from this tab.',
      networkError: 'The server does not answer. Check the connection and try again.',
      serverError: 'The server refused the request: {message}',
      dashboardTitle: 'Dashboard',
      overviewTitle: 'At a glance',
      kpiTotal: 'needs in all',
      kpiNew: 'new',
      kpiInProgress: 'in progress',
      kpiDone: 'done',
      kpiLanguages: 'languages used',
      needsTitle: 'Needs, ideas and call-backs',
      filtersLegend: 'Filter',
      search: 'Search (text or reference)',
      from: 'From',
      to: 'To',
      kind: 'Type',
      category: 'Category',
      site: 'Site',
      status: 'Status',
      language: 'Language',
      allKinds: 'All types',
      allCategories: 'All categories',
      allSites: 'All sites',
      allStatuses: 'All statuses',
      allLanguages: 'All languages',
      apply: 'Apply filters',
      reset: 'Clear filters',
      datesReversed: 'The “From” date is after the “To” date. Correct one of them.',
      exportLabel: 'Export these results:',
      exportCsvSemicolon: 'CSV “;” (French Excel)',
      exportCsvComma: 'CSV “,”',
      exportXlsx: 'Excel (XLSX)',
      exporting: 'Preparing the {format} file…',
      exported: 'File downloaded: {file}.',
      pageSize: 'Rows per page',
      needsCaption: 'Needs matching the filters',
      needsSummary: '{total} result(s) · rows {first} to {last}',
      needsSummaryNone: 'No results',
      needsLoaded: '{total} need(s) found.',
      loading: 'Loading…',
      colReceipt: 'Reference',
      colDate: 'Date',
      colKind: 'Type',
      colCategory: 'Category',
      colSite: 'Site',
      colLanguage: 'Language',
      colStatus: 'Status',
      colText: "Resident's text",
      noNeeds: 'No needs match these filters.',
      notGiven: 'Not given',
      callbackCategory: 'Call-back request',
      newStatus: 'Status',
      newStatusFor: ' to save for {receipt}',
      note: 'Note',
      noteFor: ' (optional) for {receipt}',
      notePlaceholder: 'optional',
      save: 'Save',
      saving: 'Saving…',
      saved: 'Saved: {status}',
      savedAnnounce: '{receipt}: status “{status}” saved.',
      savedWithNote: '{receipt}: status “{status}” and note saved.',
      staffNote: '{by}, {date}: ',
      previous: 'Previous page',
      next: 'Next page',
      pageInfo: 'Page {page} of {pages}',
      pageAnnounce: 'Page {page} of {pages}.',
      paginationLabel: 'Needs pages',
      chartsTitle: 'Charts',
      periodAll: 'Every need, all dates (date filters apply to the charts, the other filters do not).',
      periodRange: 'Needs from {from} to {to} (only the date filters apply to the charts).',
      periodFrom: 'Needs since {from} (only the date filters apply to the charts).',
      periodTo: 'Needs until {to} (only the date filters apply to the charts).',
      chartMonthsTitle: 'Needs by category and month',
      chartSitesTitle: 'Needs by site',
      chartMonthsAria: 'Stacked bar chart: needs by category and month, {months} month(s), {total} needs. The numbers are in the “Show the numbers” table that follows.',
      chartSitesAria: 'Bar chart: needs by site, {sites} site(s), {total} needs. The numbers are in the “Show the numbers” table that follows.',
      chartEmpty: 'Empty chart: no needs in this period.',
      showData: 'Show the numbers',
      colMonth: 'Month',
      colTotal: 'Total',
      colNeeds: 'Needs',
      chartEventsTitle: 'Event fill rates',
      chartEventsAria: 'Bar chart: fill rates of {events} event(s), from 0 to 100%. The numbers are in the “Show the numbers” table that follows.',
      chartEventsEmpty: 'Empty chart: no published events in this period.',
      chartEventsAxis: 'Seats booked (%)',
      fillTooltip: '{rate} ({registered} of {capacity} seats)',
      colFillEvent: 'Event',
      colFillDate: 'Date',
      colFillRegistered: 'Seats booked',
      colFillCapacity: 'Capacity',
      colFillRate: 'Filled',
      untitledEvent: 'Untitled event',
      questionsTitle: 'Unanswered questions',
      questionsIntro: 'What residents asked that the bot could not route (no identity kept).',
      questionsSummary: '{total} question(s) · the {shown} most recent shown',
      questionsNone: 'No unanswered questions in this period.',
      questionsCaption: 'Unanswered questions, most recent first',
      colQuestion: 'Question',
      colOffered: 'Topics offered',
      noneOffered: 'None',
      feedbackTitle: 'Procedure feedback',
      feedbackIntro: 'Answers to “Was this clear?” at the end of each procedure.',
      feedbackSummary: '{total} answer(s) · least clear procedures first',
      feedbackNone: 'No feedback in this period.',
      feedbackCaption: 'Feedback per procedure, least clear first',
      colTopic: 'Procedure',
      colClear: 'Clear',
      colUnclear: 'Not clear',
      colShareClear: 'Share “clear”',
      footer: 'Palier · residents’ data: handle with care, do not share outside the team.',
      locale: 'en-GB',
      kinds: { need: 'Need', idea: 'Idea', callback: 'Call-back' },
      statuses: { new: 'New', 'in-progress': 'In progress', planned: 'Planned', done: 'Done', declined: 'Declined' },
      languages: { fr: 'French', en: 'English', ar: 'Arabic', es: 'Spanish', pt: 'Portuguese', tr: 'Turkish' },
    },
  };

  // The partner space's strings (partner.js, loaded first) join the same dictionary.
  const Partner = window.PalierPartner;
  if (Partner) for (const code of Object.keys(STRINGS)) Object.assign(STRINGS[code], Partner.strings[code]);

  let lang = localStorage.getItem(LANG_STORAGE) === 'en' ? 'en' : 'fr';
  /** Who is signed in: 'staff', 'partner', or undefined on the sign-in form. */
  let mode;
  /** A few page-wide texts (title, header, footer) have a partner wording. */
  const PARTNER_WORDING = new Set(['title', 'appSubtitle', 'footer', 'switchToLabel', 'languageChanged']);
  const keyFor = (key) => (mode === 'partner' && PARTNER_WORDING.has(key) ? `${key}Partner` : key);
  const dict = () => STRINGS[lang];
  /** A staff string with {placeholders} filled in; always used as text, never as HTML. */
  const t = (key, vars) => {
    const template = dict()[key] ?? STRINGS.fr[key] ?? key;
    return String(template).replace(/\{(\w+)\}/g, (_, name) => (vars && vars[name] !== undefined ? String(vars[name]) : ''));
  };
  const kindLabel = (kind) => dict().kinds[kind] ?? kind;
  const statusLabel = (status) => dict().statuses[status] ?? status;
  const languageLabel = (code) => dict().languages[code] ?? code;
  const categoryLabel = (id) => {
    if (id === 'callback') return t('callbackCategory'); // call-back requests have no need category
    const category = (config.categories || []).find((c) => c.id === id);
    return (category && (category.label[lang] || category.label.fr)) || id;
  };
  const siteLabel = (site) => (!site || site === 'unknown' ? t('notGiven') : site);
  const topicLabel = (id) => {
    const topic = config.topics && config.topics[id];
    return (topic && (topic[lang] || topic.fr)) || id;
  };

  // ---- DOM helpers: text only ----
  const $ = (id) => document.getElementById(id);
  /** Builds an element; string children become text nodes, so nothing is ever parsed as HTML. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'text') node.textContent = String(value);
      else if (name === 'className') node.className = value;
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }
  const hiddenText = (text) => el('span', { className: 'visually-hidden', text });
  const formatNumber = (n) => new Intl.NumberFormat(t('locale')).format(n);
  const formatDateTime = (iso) =>
    new Intl.DateTimeFormat(t('locale'), { dateStyle: 'short', timeStyle: 'short', timeZone: config.timeZone || undefined }).format(new Date(iso));
  const formatDay = (day) => new Intl.DateTimeFormat(t('locale'), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const formatEventDate = (iso) =>
    new Intl.DateTimeFormat(t('locale'), { dateStyle: 'medium', timeZone: config.timeZone || undefined }).format(new Date(iso));
  const formatPercent = (share) => new Intl.NumberFormat(t('locale'), { style: 'percent', maximumFractionDigits: 0 }).format(share);
  /** An event's title in the page language, else French, else any language it has: [text, its language]. */
  const eventTitle = (title) => {
    const texts = title || {};
    const code = [lang, 'fr', ...Object.keys(texts)].find((c) => typeof texts[c] === 'string' && texts[c].trim());
    return code ? [texts[code], code] : [t('untitledEvent'), lang];
  };
  const formatMonth = (month) => new Intl.DateTimeFormat(t('locale'), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

  // ---- Announcements and errors ----
  let announceTimer;
  function announce(message) {
    const status = $('status');
    clearTimeout(announceTimer);
    status.textContent = '';
    // Emptied then filled, so the same message said twice is read twice.
    announceTimer = setTimeout(() => (status.textContent = message), 50);
  }
  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.hidden = !message;
  }

  // ---- API ----
  let apiKey = sessionStorage.getItem(KEY_STORAGE);

  class ApiFailure extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  async function api(path, options = {}) {
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
      try {
        const body = await response.json();
        if (body && body.error && body.error.message) message = body.error.message;
      } catch {
        /* not JSON: keep the status */
      }
      throw new ApiFailure(response.status, message);
    }
    return response;
  }
  const getJson = async (path) => (await api(path)).json();

  /** What a failed call means for a person: sign-in problems first, then the server's message. */
  function explain(error) {
    if (!(error instanceof ApiFailure)) return t('serverError', { message: String(error && error.message ? error.message : error) });
    if (error.status === 0) return error.message;
    if (error.status === 401) return t('keyRejected');
    if (error.status === 403) return t('keyForbidden');
    if (error.status === 429) return t('tooManyTries');
    return t('serverError', { message: error.message });
  }

  /** Any call after sign-in: a refused key signs out; other errors are shown and announced. */
  function failed(error) {
    if (error instanceof ApiFailure && (error.status === 401 || error.status === 403)) {
      signOut(error.status === 401 ? t('sessionEnded') : t('keyForbidden'));
      return;
    }
    showError(explain(error));
  }

  // ---- State ----
  const state = {
    filters: {},
    page: 1,
    pageSize: 50,
    needs: undefined,
    stats: undefined,
    questions: undefined,
    feedback: undefined,
    saved: new Map(), // need id -> status just saved, for the confirmation shown in its row
  };
  let needsRequest = 0;
  const charts = { months: undefined, sites: undefined, events: undefined };

  function query(params) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
    const text = search.toString();
    return text ? `?${text}` : '';
  }
  const dateRange = () => ({ from: state.filters.from, to: state.filters.to });

  // ---- Static texts and language ----
  function applyStaticTexts() {
    document.documentElement.lang = lang;
    document.title = t(keyFor('title'));
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(keyFor(node.dataset.i18n));
    for (const node of document.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
    const toggle = $('language-toggle');
    toggle.textContent = t('switchTo');
    toggle.lang = t('switchToLang');
    toggle.setAttribute('aria-label', t(keyFor('switchToLabel')));
    fillFilterOptions();
  }

  function setOptions(select, allLabel, options) {
    const current = select.value;
    select.replaceChildren(el('option', { value: '', text: allLabel }), ...options.map(([value, label]) => el('option', { value, text: label })));
    select.value = options.some(([value]) => value === current) ? current : '';
  }

  function fillFilterOptions() {
    const seen = (key) => Object.keys((state.stats && state.stats[key]) || {}).filter((k) => k !== 'unknown');
    const categories = [...new Set([...(config.categories || []).map((c) => c.id), ...seen('byCategory')])];
    const sites = [...new Set([...(config.sites || []), ...seen('bySite')])];
    const languages = [...new Set([...(config.languages || []), ...seen('languages')])];
    setOptions($('f-kind'), t('allKinds'), KINDS.map((k) => [k, kindLabel(k)]));
    setOptions($('f-category'), t('allCategories'), categories.map((c) => [c, categoryLabel(c)]));
    setOptions($('f-site'), t('allSites'), sites.map((s) => [s, s]));
    setOptions($('f-status'), t('allStatuses'), STATUSES.map((s) => [s, statusLabel(s)]));
    setOptions($('f-language'), t('allLanguages'), languages.map((l) => [l, `${languageLabel(l)} (${l})`]));
  }

  function switchLanguage() {
    lang = lang === 'fr' ? 'en' : 'fr';
    localStorage.setItem(LANG_STORAGE, lang);
    applyStaticTexts();
    if (apiKey && mode === 'staff') {
      renderNeeds();
      renderStats();
      renderQuestions();
      renderFeedback();
    }
    if (apiKey && mode === 'partner' && partner) partner.relabel();
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

  async function signIn(key, { restoring } = {}) {
    apiKey = key;
    const button = $('sign-in-form').querySelector('button[type="submit"]');
    button.disabled = true;
    button.textContent = t('signingIn');
    let events;
    try {
      events = partner ? await partnerEvents() : undefined;
      if (!events) await loadNeeds({ quiet: true });
    } catch (error) {
      apiKey = null;
      sessionStorage.removeItem(KEY_STORAGE);
      lastSignInError = error;
      $('sign-in').hidden = false;
      showSignInError(explain(error));
      if (!restoring) $('api-key').focus();
      return;
    } finally {
      button.disabled = false;
      button.textContent = t('signIn');
    }
    sessionStorage.setItem(KEY_STORAGE, key);
    lastSignInError = undefined;
    showSignInError('');
    showError('');
    $('api-key').value = '';
    $('sign-in').hidden = true;
    $('sign-out').hidden = false;
    if (events) {
      mode = 'partner';
      applyStaticTexts();
      $('partner').hidden = false;
      $('partner-nav').hidden = false;
      $('partner-title').focus();
      await partner.enter(events);
      announce(t('partnerSignedIn', { events: events.length }));
      return;
    }
    mode = 'staff';
    $('dashboard').hidden = false;
    $('sections-nav').hidden = false;
    $('sign-out').hidden = false;
    $('dashboard-title').focus();
    await loadOverview();
    announce(t('signedIn', { total: state.stats ? state.stats.needs : state.needs.total }));
  }

  function signOut(message) {
    apiKey = null;
    sessionStorage.removeItem(KEY_STORAGE);
    if (partner) partner.leave();
    $('partner').hidden = true;
    $('partner-nav').hidden = true;
    const wasPartner = mode === 'partner';
    mode = undefined;
    if (wasPartner) applyStaticTexts();
    // Residents' data leaves the page with the key.
    state.needs = state.stats = state.questions = state.feedback = undefined;
    state.saved.clear();
    for (const name of Object.keys(charts)) {
      if (charts[name]) charts[name].destroy();
      charts[name] = undefined;
    }
    for (const id of ['needs-table', 'questions-table', 'feedback-table', 'table-months', 'table-sites', 'table-events']) $(id).querySelector('tbody').replaceChildren();
    $('kpis').replaceChildren();
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

  // ---- Needs ----
  async function loadNeeds({ quiet, focusAfter } = {}) {
    const request = ++needsRequest;
    $('needs-table').setAttribute('aria-busy', 'true');
    try {
      const result = await getJson(`/api/staff/needs${query({ ...state.filters, page: state.page, pageSize: state.pageSize })}`);
      if (request !== needsRequest) return;
      state.needs = result;
      renderNeeds();
      if (!quiet) announce(t('needsLoaded', { total: result.total }));
      if (focusAfter) focusAfter();
    } finally {
      if (request === needsRequest) $('needs-table').removeAttribute('aria-busy');
    }
  }

  function pageCount() {
    return state.needs ? Math.max(1, Math.ceil(state.needs.total / state.needs.pageSize)) : 1;
  }

  function renderNeeds() {
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
      notes.length ? el('ul', { className: 'staff-notes' }, notes) : null,
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
        refreshStats();
      } catch (error) {
        confirmation.textContent = '';
        failed(error);
      } finally {
        button.disabled = false;
      }
    });
    return form;
  }

  // ---- Exports ----
  async function exportNeeds(button) {
    const spec = button.dataset.export; // "csv;", "csv," or "xlsx"
    const format = spec.startsWith('csv') ? 'csv' : 'xlsx';
    const sep = format === 'csv' ? spec.slice(3) : undefined;
    const label = format === 'csv' ? `CSV (${sep})` : 'XLSX';
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    announce(t('exporting', { format: label }));
    try {
      const response = await api(`/api/staff/exports/needs${query({ ...state.filters, format, sep: format === 'csv' ? sep : undefined, lang })}`);
      const blob = await response.blob();
      const disposition = response.headers.get('content-disposition') || '';
      const named = /filename="?([^";]+)"?/i.exec(disposition);
      const base = named ? named[1] : `needs.${format}`;
      const file = format === 'csv' && sep === ',' ? base.replace(/\.csv$/, '-comma.csv') : base;
      const url = URL.createObjectURL(blob);
      const link = el('a', { href: url, download: file, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      showError('');
      announce(t('exported', { file }));
    } catch (error) {
      failed(error);
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  // ---- Overview: statistics, charts, questions, feedback ----
  async function loadOverview() {
    const results = await Promise.allSettled([loadStats(), loadQuestions(), loadFeedback()]);
    const problem = results.find((r) => r.status === 'rejected');
    if (problem) failed(problem.reason);
  }

  // Each list keeps only its latest answer: a slow older request never overwrites a newer one.
  const latest = { stats: 0, questions: 0, feedback: 0 };
  async function fetchLatest(name, path) {
    const request = ++latest[name];
    const result = await getJson(path);
    return request === latest[name] ? result : undefined;
  }

  async function loadStats() {
    const stats = await fetchLatest('stats', `/api/staff/stats${query(dateRange())}`);
    if (!stats) return;
    state.stats = stats;
    fillFilterOptions();
    renderStats();
  }
  function refreshStats() {
    loadStats().catch(failed);
  }

  async function loadQuestions() {
    const questions = await fetchLatest('questions', `/api/staff/questions${query({ ...dateRange(), pageSize: QUESTIONS_SHOWN })}`);
    if (!questions) return;
    state.questions = questions;
    renderQuestions();
  }

  async function loadFeedback() {
    const feedback = await fetchLatest('feedback', `/api/staff/feedback${query(dateRange())}`);
    if (!feedback) return;
    state.feedback = feedback;
    renderFeedback();
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

  function renderStats() {
    const stats = state.stats;
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
    box.style.height = `${Math.max(18, events.length * 3 + 4)}rem`;
    const canvas = $('chart-events');
    canvas.setAttribute('aria-label', events.length ? t('chartEventsAria', { events: events.length }) : t('chartEventsEmpty'));
    const short = (text) => (text.length > TITLE_IN_CHART ? `${text.slice(0, TITLE_IN_CHART - 1).trimEnd()}…` : text);
    drawChart('events', canvas, {
      type: 'bar',
      data: {
        labels: events.map((e) => [short(e.title), e.date]),
        datasets: [{ label: t('chartEventsAxis'), data: events.map((e) => Math.min(100, Math.round(e.rate * 100))), backgroundColor: '#12805c', borderRadius: 4 }],
      },
      options: {
        ...baseOptions,
        indexAxis: 'y',
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => (items.length ? `${events[items[0].dataIndex].title} – ${events[items[0].dataIndex].date}` : ''),
              label: (item) => {
                const e = events[item.dataIndex];
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

  function renderQuestions() {
    const data = state.questions;
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

  function renderFeedback() {
    const data = state.feedback;
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

  // ---- Wiring ----
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
    state.filters = filters;
    state.page = 1;
    try {
      await loadNeeds();
      await loadOverview();
    } catch (error) {
      failed(error);
    }
  }

  async function goToPage(page, button) {
    state.page = page;
    try {
      await loadNeeds({
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

  /** The partner space, given the helpers it shares with the dashboard. */
  const partner = Partner
    ? Partner.create({
        $,
        el,
        t,
        dict,
        lang: () => lang,
        api,
        getJson,
        ApiFailure,
        explain,
        failed,
        announce,
        config,
        formatNumber,
      })
    : undefined;

  function init() {
    applyStaticTexts();
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
      loadNeeds().catch(failed);
    });
    $('prev-page').addEventListener('click', (event) => goToPage(Math.max(1, state.page - 1), event.currentTarget));
    $('next-page').addEventListener('click', (event) => goToPage(Math.min(pageCount(), state.page + 1), event.currentTarget));
    for (const button of document.querySelectorAll('[data-export]')) button.addEventListener('click', () => exportNeeds(button));
    state.pageSize = Number($('page-size').value);

    // A key kept by this tab (reload): straight to the dashboard, the form only if the key fails.
    $('sign-in').hidden = Boolean(apiKey);
    if (apiKey) signIn(apiKey, { restoring: true });
  }

  init();
})();
