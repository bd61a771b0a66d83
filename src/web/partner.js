// Palier partner space: what a partner key sees at /staff. Partners submit events and announcements
// (both wait for staff approval) and follow them: status, seats booked, waitlist, delivery counts;
// residents' opinion of them (surveys about the partner, aggregated) is drawn by partner-surveys.js.
// Loaded before staff.js, which signs in, hands over its helpers and calls create(). Same rules as
// there: every text goes in as text (textContent, text nodes), never as HTML, and this file only
// ever calls /api/partners routes: a partner never sees residents' data.
(() => {
  'use strict';

  // One list of news topics, with the names residents read in the bot's menu (from the page's configuration).
  const PAGE_CONFIG = JSON.parse((document.getElementById('staff-config') || {}).textContent || '{}');
  const NEWS_TOPICS = (PAGE_CONFIG.newsTopics || []).map((topic) => topic.id);
  const DEFAULT_LANGUAGE = 'fr'; // required by the API for every text; the others are optional
  const OPTIONAL_LANGUAGES = ['en', 'ar', 'es', 'pt', 'tr'];
  const ENDONYMS = { en: 'English', ar: 'العربية', es: 'Español', pt: 'Português', tr: 'Türkçe' };
  const RIGHT_TO_LEFT = new Set(['ar']);
  const DEFAULT_MAX_SEATS = '6';

  // ---- Partner strings, merged into the page's dictionary by staff.js ----
  const STRINGS = {
    fr: {
      titlePartner: 'Palier – Espace partenaire',
      appSubtitlePartner: 'Espace partenaire',
      footerPartner: 'Palier · vos événements et annonces sont publiés après validation par l’équipe du bailleur.',
      switchToLabelPartner: 'Switch this page to English',
      languageChangedPartner: 'Page affichée en français.',
      partnerNavTitle: 'Sections de l’espace partenaire',
      navEventForm: 'Proposer un événement',
      navAnnouncementForm: 'Envoyer une annonce',
      navMyEvents: 'Mes événements',
      navMyAnnouncements: 'Mes annonces',
      partnerTitle: 'Espace partenaire',
      partnerIntro: 'Proposez vos événements et vos annonces aux résidents. L’équipe du bailleur les valide avant publication ; suivez ici leur statut et les inscriptions.',
      partnerSignedIn: 'Connecté à l’espace partenaire. {events} événement(s) proposé(s).',
      refreshLists: 'Actualiser les listes',
      refreshing: 'Mise à jour…',
      listsRefreshed: 'Listes à jour : {events} événement(s), {announcements} annonce(s).',
      kpiPublished: 'événement(s) publié(s)',
      kpiPending: 'en attente de validation',
      kpiSeats: 'place(s) réservée(s)',
      kpiSent: 'message(s) envoyé(s) aux résidents',
      required: 'obligatoire',
      // Event form
      eventFormTitle: 'Proposer un événement',
      eventFormIntro: 'L’équipe du bailleur le relit avant de le publier dans le robot. Les champs marqués d’un astérisque (*) sont obligatoires.',
      eventErrorsTitle: 'L’événement n’a pas été envoyé. Corrigez ces points :',
      evTextLegend: 'Présentation',
      evTitle: 'Titre en français',
      evDescription: 'Description en français',
      evDescriptionHint: 'Ce que les résidents vont faire, pour qui, ce qu’il faut apporter.',
      evTitleShort: 'Titre',
      evDescriptionShort: 'Description',
      translationsSummary: 'Autres langues (facultatif)',
      translationsHint: 'Les résidents qui parlent ces langues voient votre texte plutôt que le français.',
      inLanguage: '{field} ({language})',
      evWhenLegend: 'Date et heure',
      timeZoneHint: 'Heure locale ({zone}).',
      evStart: 'Début',
      evEnd: 'Fin',
      evStartDate: 'Date de début',
      evStartTime: 'Heure de début',
      evEndDate: 'Date de fin',
      evEndTime: 'Heure de fin',
      evPlaceLegend: 'Lieu et places',
      evAddress: 'Adresse',
      evAddressHint: 'Par exemple : Salle commune, 12 rue des Lilas, bâtiment B.',
      evSite: 'Résidence',
      evSiteHint: 'Les résidents de cette résidence le voient en premier.',
      evNoSite: 'Aucune en particulier',
      evCapacity: 'Nombre de places',
      evCapacityHint: 'Pour tout l’événement.',
      evMaxSeats: 'Places par inscription (au plus)',
      evMaxSeatsHint: 'Un résident peut réserver pour sa famille : de 1 à 50.',
      eventSubmit: 'Envoyer l’événement pour validation',
      sending: 'Envoi…',
      eventSent: 'Événement « {title} » envoyé. Il attend la validation de l’équipe du bailleur.',
      eventEditFormTitle: 'Modifier un de mes événements',
      eventEditing: 'Vous modifiez « {title} ». Seuls les champs changés sont envoyés ; l’événement repasse en validation.',
      eventSave: 'Enregistrer et renvoyer pour validation',
      eventCancelEdit: 'Annuler la modification',
      eventUpdated: 'Événement « {title} » modifié. Il attend de nouveau la validation de l’équipe du bailleur.',
      editMyEvent: 'Modifier',
      errNothingChanged: 'Rien n’a changé : modifiez un champ avant d’enregistrer.',
      errCapacityBelowBooked: '{booked} place(s) sont déjà réservées : le nombre de places ne peut pas être inférieur à {booked}.',
      // Announcement form
      announcementFormTitle: 'Envoyer une annonce',
      announcementFormIntro: 'Une fois validée par l’équipe, elle est envoyée aux résidents abonnés aux sujets choisis, dans leur langue. Les champs marqués d’un astérisque (*) sont obligatoires.',
      announcementErrorsTitle: 'L’annonce n’a pas été envoyée. Corrigez ces points :',
      anTextLegend: 'Message',
      anText: 'Texte en français',
      anTextShort: 'Texte',
      anTextHint: 'Court et clair : quoi, quand, où. 2 000 caractères au plus.',
      anTopics: 'Sujets',
      anTopicsHint: 'Cochez au moins un sujet : seuls les résidents abonnés à ces sujets la reçoivent.',
      anSites: 'Résidences',
      anSitesHint: 'Aucune case cochée : toutes les résidences.',
      anMoreLegend: 'Lien et envoi',
      anEvent: 'Un de vos événements (facultatif)',
      anEventHint: 'Le message aura un bouton « S’inscrire » pour cet événement.',
      anNoEvent: 'Aucun',
      anSendDate: 'Date d’envoi (facultatif)',
      anSendTime: 'Heure d’envoi',
      anSendHint: 'Vide : dès la validation. Heure locale ({zone}).',
      anSendField: 'Date d’envoi',
      announcementSubmit: 'Envoyer l’annonce pour validation',
      announcementSent: 'Annonce envoyée. Elle attend la validation de l’équipe du bailleur.',
      // Form errors
      errRequired: 'Ce champ est obligatoire.',
      errDateTime: 'Indiquez la date et l’heure.',
      errDateTimeInvalid: 'Cette date ou cette heure n’est pas valide.',
      errStartPast: 'Cette date est déjà passée.',
      errEndBeforeStart: 'La fin doit être après le début.',
      errWholeNumber: 'Indiquez un nombre entier, 1 ou plus.',
      errTranslationPairTitle: 'Donnez aussi le titre en {language}, ou laissez les deux vides.',
      errTranslationPairDescription: 'Donnez aussi la description en {language}, ou laissez les deux vides.',
      errTopics: 'Cochez au moins un sujet.',
      errSendIncomplete: 'Indiquez la date et l’heure d’envoi, ou laissez les deux vides.',
      errSendPast: 'Cette date d’envoi est déjà passée.',
      errServerField: 'Le serveur a refusé cette valeur ({message}).',
      errServer: 'Le serveur a refusé l’envoi : {message}',
      // Lists
      myEventsTitle: 'Mes événements',
      myEventsCaption: 'Mes événements, du plus proche au plus lointain',
      myEventsNone: 'Vous n’avez encore proposé aucun événement.',
      myEventsSummary: '{total} événement(s) · {pending} en attente · {published} publié(s)',
      myAnnouncementsTitle: 'Mes annonces',
      myAnnouncementsCaption: 'Mes annonces, les plus récentes d’abord',
      myAnnouncementsNone: 'Vous n’avez encore envoyé aucune annonce.',
      myAnnouncementsSummary: '{total} annonce(s) · {pending} en attente · {approved} validée(s)',
      listFailed: 'Cette liste n’a pas pu être chargée. {reason}',
      colEvent: 'Événement',
      colWhen: 'Date',
      colPlace: 'Lieu',
      colRegistered: 'Places réservées',
      colWaitlist: 'Liste d’attente',
      colAnnouncement: 'Annonce',
      colTopics: 'Sujets',
      colSites: 'Résidences',
      colSendAt: 'Envoi',
      colDelivery: 'Distribution',
      seatsOf: '{seats} sur {capacity}',
      offeredSeats: '+ {seats} proposée(s), réponse attendue',
      everyResidence: 'Toutes',
      rejectionReason: 'Motif du refus :',
      sendOnApproval: 'Dès la validation',
      linkedEvent: 'Événement : {title}',
      notSentYet: 'Pas encore envoyée',
      notSent: 'Non envoyée',
      deliveryNone: 'Aucun résident abonné concerné',
      deliverySent: '{n} envoyé(s)',
      deliveryQueued: '{n} en file d’attente',
      deliveryFailed: '{n} échec(s)',
      deliveryUnreachable: '{n} injoignable(s)',
      eventStatuses: { draft: 'Brouillon', pending: 'En attente de validation', published: 'Publié', rejected: 'Refusé', cancelled: 'Annulé' },
      announcementStatuses: { pending: 'En attente de validation', approved: 'Validée', rejected: 'Refusée' },
      languageNames: { en: 'anglais', ar: 'arabe', es: 'espagnol', pt: 'portugais', tr: 'turc' },
      lang_en: 'Anglais',
      lang_ar: 'Arabe',
      lang_es: 'Espagnol',
      lang_pt: 'Portugais',
      lang_tr: 'Turc',
    },
    en: {
      titlePartner: 'Palier – Partner space',
      appSubtitlePartner: 'Partner space',
      footerPartner: 'Palier · your events and announcements are published once the landlord’s team has approved them.',
      switchToLabelPartner: 'Afficher cette page en français',
      languageChangedPartner: 'Page shown in English.',
      partnerNavTitle: 'Partner space sections',
      navEventForm: 'Submit an event',
      navAnnouncementForm: 'Send an announcement',
      navMyEvents: 'My events',
      navMyAnnouncements: 'My announcements',
      partnerTitle: 'Partner space',
      partnerIntro: 'Offer your events and announcements to residents. The landlord’s team approves them before they are published; follow their status and registrations here.',
      partnerSignedIn: 'Signed in to the partner space. {events} event(s) submitted.',
      refreshLists: 'Refresh the lists',
      refreshing: 'Refreshing…',
      listsRefreshed: 'Lists up to date: {events} event(s), {announcements} announcement(s).',
      kpiPublished: 'event(s) published',
      kpiPending: 'awaiting approval',
      kpiSeats: 'seat(s) booked',
      kpiSent: 'message(s) sent to residents',
      required: 'required',
      eventFormTitle: 'Submit an event',
      eventFormIntro: 'The landlord’s team reviews it before publishing it in the bot. Fields marked with an asterisk (*) are required.',
      eventErrorsTitle: 'The event was not sent. Please fix the following:',
      evTextLegend: 'About the event',
      evTitle: 'Title in French',
      evDescription: 'Description in French',
      evDescriptionHint: 'What residents will do, who it is for, what to bring.',
      evTitleShort: 'Title',
      evDescriptionShort: 'Description',
      translationsSummary: 'Other languages (optional)',
      translationsHint: 'Residents who speak these languages see your text instead of the French one.',
      inLanguage: '{field} ({language})',
      evWhenLegend: 'Date and time',
      timeZoneHint: 'Local time ({zone}).',
      evStart: 'Start',
      evEnd: 'End',
      evStartDate: 'Start date',
      evStartTime: 'Start time',
      evEndDate: 'End date',
      evEndTime: 'End time',
      evPlaceLegend: 'Place and seats',
      evAddress: 'Address',
      evAddressHint: 'For example: Community room, 12 rue des Lilas, building B.',
      evSite: 'Housing site',
      evSiteHint: 'Residents of this site see it first.',
      evNoSite: 'None in particular',
      evCapacity: 'Number of seats',
      evCapacityHint: 'For the whole event.',
      evMaxSeats: 'Seats per registration (at most)',
      evMaxSeatsHint: 'A resident may book for their family: 1 to 50.',
      eventSubmit: 'Send the event for approval',
      sending: 'Sending…',
      eventSent: 'Event “{title}” sent. It is waiting for the landlord’s team to approve it.',
      eventEditFormTitle: 'Edit one of my events',
      eventEditing: 'You are editing “{title}”. Only the fields you change are sent; the event goes back for approval.',
      eventSave: 'Save and send again for approval',
      eventCancelEdit: 'Cancel editing',
      eventUpdated: 'Event “{title}” updated. It is waiting again for the landlord’s team to approve it.',
      editMyEvent: 'Edit',
      errNothingChanged: 'Nothing changed: edit a field before saving.',
      errCapacityBelowBooked: '{booked} seat(s) are already booked: the number of seats cannot be less than {booked}.',
      announcementFormTitle: 'Send an announcement',
      announcementFormIntro: 'Once the team approves it, it is sent to residents subscribed to the chosen topics, in their language. Fields marked with an asterisk (*) are required.',
      announcementErrorsTitle: 'The announcement was not sent. Please fix the following:',
      anTextLegend: 'Message',
      anText: 'Text in French',
      anTextShort: 'Text',
      anTextHint: 'Short and clear: what, when, where. At most 2,000 characters.',
      anTopics: 'Topics',
      anTopicsHint: 'Tick at least one topic: only residents subscribed to these topics receive it.',
      anSites: 'Housing sites',
      anSitesHint: 'None ticked: every site.',
      anMoreLegend: 'Link and sending',
      anEvent: 'One of your events (optional)',
      anEventHint: 'The message gets a “Register” button for this event.',
      anNoEvent: 'None',
      anSendDate: 'Sending date (optional)',
      anSendTime: 'Sending time',
      anSendHint: 'Empty: as soon as it is approved. Local time ({zone}).',
      anSendField: 'Sending date',
      announcementSubmit: 'Send the announcement for approval',
      announcementSent: 'Announcement sent. It is waiting for the landlord’s team to approve it.',
      errRequired: 'This field is required.',
      errDateTime: 'Give the date and the time.',
      errDateTimeInvalid: 'This date or time is not valid.',
      errStartPast: 'This date has already passed.',
      errEndBeforeStart: 'The end must be after the start.',
      errWholeNumber: 'Give a whole number, 1 or more.',
      errTranslationPairTitle: 'Give the title in {language} too, or leave both empty.',
      errTranslationPairDescription: 'Give the description in {language} too, or leave both empty.',
      errTopics: 'Tick at least one topic.',
      errSendIncomplete: 'Give both the sending date and time, or leave both empty.',
      errSendPast: 'This sending date has already passed.',
      errServerField: 'The server refused this value ({message}).',
      errServer: 'The server refused it: {message}',
      myEventsTitle: 'My events',
      myEventsCaption: 'My events, soonest first',
      myEventsNone: 'You have not submitted any event yet.',
      myEventsSummary: '{total} event(s) · {pending} awaiting approval · {published} published',
      myAnnouncementsTitle: 'My announcements',
      myAnnouncementsCaption: 'My announcements, most recent first',
      myAnnouncementsNone: 'You have not sent any announcement yet.',
      myAnnouncementsSummary: '{total} announcement(s) · {pending} awaiting approval · {approved} approved',
      listFailed: 'This list could not be loaded. {reason}',
      colEvent: 'Event',
      colWhen: 'Date',
      colPlace: 'Place',
      colRegistered: 'Seats booked',
      colWaitlist: 'Waitlist',
      colAnnouncement: 'Announcement',
      colTopics: 'Topics',
      colSites: 'Housing sites',
      colSendAt: 'Sending',
      colDelivery: 'Delivery',
      seatsOf: '{seats} of {capacity}',
      offeredSeats: '+ {seats} offered, awaiting an answer',
      everyResidence: 'All',
      rejectionReason: 'Reason for refusal:',
      sendOnApproval: 'Once approved',
      linkedEvent: 'Event: {title}',
      notSentYet: 'Not sent yet',
      notSent: 'Not sent',
      deliveryNone: 'No subscribed resident concerned',
      deliverySent: '{n} sent',
      deliveryQueued: '{n} queued',
      deliveryFailed: '{n} failed',
      deliveryUnreachable: '{n} unreachable',
      eventStatuses: { draft: 'Draft', pending: 'Awaiting approval', published: 'Published', rejected: 'Rejected', cancelled: 'Cancelled' },
      announcementStatuses: { pending: 'Awaiting approval', approved: 'Approved', rejected: 'Rejected' },
      languageNames: { en: 'English', ar: 'Arabic', es: 'Spanish', pt: 'Portuguese', tr: 'Turkish' },
      lang_en: 'English',
      lang_ar: 'Arabic',
      lang_es: 'Spanish',
      lang_pt: 'Portuguese',
      lang_tr: 'Turkish',
    },
  };

  // Residents' opinion of the partner (partner-surveys.js, loaded just before): its strings join these.
  const SURVEYS = window.PalierPartnerSurveys;
  if (SURVEYS) for (const code of ['fr', 'en']) Object.assign(STRINGS[code], SURVEYS.strings[code]);

  function create(ctx) {
    const { $, el, t, api, getJson, ApiFailure, explain, failed, config, formatNumber, localToIso, isoToLocal, eventChanges } = ctx;
    const surveys = SURVEYS ? SURVEYS.create(ctx) : { load: async () => {}, render() {}, leave() {} };
    const timeZone = config.timeZone || 'Europe/Paris';
    const dict = () => ctx.dict();
    const lang = () => ctx.lang();
    const languages = OPTIONAL_LANGUAGES.filter((l) => !config.languages || config.languages.includes(l));
    const sites = config.sites || [];

    const state = {
      events: [],
      announcements: [],
      eventsError: undefined,
      announcementsError: undefined,
      errors: { event: [], announcement: [] }, // { field?, key, vars?, error? } kept as keys: a language switch redraws them
      success: { event: undefined, announcement: undefined },
      /** The event loaded into the event form for editing, if any. */
      editing: undefined,
      built: false,
    };

    const eventStatusLabel = (status) => dict().eventStatuses[status] ?? status;
    const announcementStatusLabel = (status) => dict().announcementStatuses[status] ?? status;
    const newsTopicLabel = (topic) => t(`newsTopic_${topic}`);
    const languageName = (code) => dict().languageNames[code] ?? code;
    /** A text in the page's language when the partner wrote one, else French, else any. */
    const pick = (texts) => {
      const code = texts && texts[lang()] ? lang() : texts && texts[DEFAULT_LANGUAGE] ? DEFAULT_LANGUAGE : Object.keys(texts || {})[0];
      return { code, text: code ? texts[code] : '' };
    };
    const when = (start, end) => {
      const format = new Intl.DateTimeFormat(t('locale'), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
      return end && format.formatRange ? format.formatRange(new Date(start), new Date(end)) : format.format(new Date(start));
    };
    const shortWhen = (iso) =>
      new Intl.DateTimeFormat(t('locale'), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));

    // ---- Building the parts that depend on configuration (once) ----
    const i18nSpan = (key, props = {}) => el('span', { 'data-i18n': key, text: t(key), ...props });

    function translationFields() {
      $('ev-translation-fields').replaceChildren(
        ...languages.map((code) => {
          const dir = RIGHT_TO_LEFT.has(code) ? 'rtl' : 'auto';
          const legend = el('legend', {}, i18nSpan(`lang_${code}`), ' · ', el('span', { lang: code, dir, text: ENDONYMS[code] }));
          return el(
            'fieldset',
            { className: 'translation', dataset: { language: code } },
            legend,
            el(
              'div',
              { className: 'field' },
              el('label', { for: `ev-title-${code}` }, i18nSpan('evTitleShort'), el('span', { className: 'visually-hidden' }, ' (', i18nSpan(`lang_${code}`), ')')),
              el('input', { id: `ev-title-${code}`, name: `title-${code}`, type: 'text', lang: code, dir, maxlength: 150, autocomplete: 'off' }),
              el('p', { id: `ev-title-${code}-error`, className: 'field-error', hidden: true }),
            ),
            el(
              'div',
              { className: 'field' },
              el('label', { for: `ev-description-${code}` }, i18nSpan('evDescriptionShort'), el('span', { className: 'visually-hidden' }, ' (', i18nSpan(`lang_${code}`), ')')),
              el('textarea', { id: `ev-description-${code}`, name: `description-${code}`, lang: code, dir, rows: 3, maxlength: 4000 }),
              el('p', { id: `ev-description-${code}-error`, className: 'field-error', hidden: true }),
            ),
          );
        }),
      );
      $('an-translation-fields').replaceChildren(
        ...languages.map((code) => {
          const dir = RIGHT_TO_LEFT.has(code) ? 'rtl' : 'auto';
          return el(
            'div',
            { className: 'field translation-field', dataset: { language: code } },
            el('label', { for: `an-text-${code}` }, i18nSpan(`lang_${code}`), ' · ', el('span', { lang: code, dir, text: ENDONYMS[code] })),
            el('textarea', { id: `an-text-${code}`, name: `text-${code}`, lang: code, dir, rows: 3, maxlength: 2000 }),
            el('p', { id: `an-text-${code}-error`, className: 'field-error', hidden: true }),
          );
        }),
      );
    }

    function checkbox(id, group, value, labelNode) {
      return el(
        'div',
        { className: 'check' },
        el('input', { id, type: 'checkbox', name: group, value }),
        el('label', { for: id }, labelNode),
      );
    }

    function build() {
      if (state.built) return;
      state.built = true;
      translationFields();
      $('an-topic-options').replaceChildren(...NEWS_TOPICS.map((topic) => checkbox(`an-topic-${topic}`, 'topic', topic, i18nSpan(`newsTopic_${topic}`))));
      // Site names come from configuration and are shown as they are.
      $('an-site-options').replaceChildren(...sites.map((site, i) => checkbox(`an-site-${i}`, 'site', site, el('span', { text: site }))));
      const siteSelect = $('ev-site');
      siteSelect.replaceChildren(el('option', { value: '', 'data-i18n': 'evNoSite', text: t('evNoSite') }), ...sites.map((site) => el('option', { value: site, text: site })));
      wireForms();
    }

    // ---- Form errors: a summary above the form, and each message under its field ----
    const FORMS = {
      event: { form: 'event-form', summary: 'event-errors', success: 'event-success', button: 'event-submit' },
      announcement: { form: 'announcement-form', summary: 'announcement-errors', success: 'announcement-success', button: 'announcement-submit' },
    };

    /** Field id → the controls it covers, what to focus, and how the summary names it. */
    function fieldInfo(field) {
      const pairs = {
        'ev-start': { controls: ['ev-start-date', 'ev-start-time'], label: () => t('evStart') },
        'ev-end': { controls: ['ev-end-date', 'ev-end-time'], label: () => t('evEnd') },
        'an-send': { controls: ['an-send-date', 'an-send-time'], label: () => t('anSendField') },
      };
      if (pairs[field]) return pairs[field];
      if (field === 'an-topics' || field === 'an-sites') {
        const controls = [...$(field).querySelectorAll('input[type="checkbox"]')].map((input) => input.id);
        return { controls, group: field, label: () => t(field === 'an-topics' ? 'anTopics' : 'anSites') };
      }
      const translated = /^(ev-title|ev-description|an-text)-(\w+)$/.exec(field);
      if (translated && translated[2] !== DEFAULT_LANGUAGE) {
        const base = { 'ev-title': 'evTitleShort', 'ev-description': 'evDescriptionShort', 'an-text': 'anTextShort' }[translated[1]];
        return { controls: [field], label: () => t('inLanguage', { field: t(base), language: t(`lang_${translated[2]}`) }) };
      }
      const labels = {
        'ev-title-fr': 'evTitle',
        'ev-description-fr': 'evDescription',
        'ev-address': 'evAddress',
        'ev-site': 'evSite',
        'ev-capacity': 'evCapacity',
        'ev-max-seats': 'evMaxSeats',
        'an-text-fr': 'anText',
        'an-event': 'anEvent',
      };
      return { controls: [field], label: () => t(labels[field] || field) };
    }

    const describedBy = (node) => (node.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    function setDescribedBy(node, ids) {
      if (ids.length) node.setAttribute('aria-describedby', ids.join(' '));
      else node.removeAttribute('aria-describedby');
    }

    /** Worded at display time, so a language switch rewords the messages on screen. */
    const errorMessage = (entry) => (entry.error ? explain(entry.error) : t(entry.key, { ...entry.vars, language: entry.language && languageName(entry.language) }));

    function renderErrors(name) {
      const { form, summary } = FORMS[name];
      const formNode = $(form);
      // Clear what the last attempt marked.
      for (const node of formNode.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
      for (const node of formNode.querySelectorAll('.field-error')) {
        node.textContent = '';
        node.hidden = true;
      }
      for (const node of formNode.querySelectorAll('[aria-describedby]')) setDescribedBy(node, describedBy(node).filter((id) => !id.endsWith('-error')));
      for (const node of formNode.querySelectorAll('.has-error')) node.classList.remove('has-error');

      const errors = state.errors[name];
      const box = $(summary);
      box.hidden = errors.length === 0;
      const items = [];
      for (const entry of errors) {
        const message = errorMessage(entry);
        const info = entry.field && fieldInfo(entry.field);
        if (!info || !info.controls.length || !$(info.controls[0])) {
          items.push(el('li', { text: message }));
          continue;
        }
        const errorId = `${entry.field}-error`;
        const errorNode = $(errorId);
        if (errorNode) {
          errorNode.textContent = message;
          errorNode.hidden = false;
        }
        const targets = info.group ? [$(info.group), ...info.controls.map($)] : info.controls.map($);
        for (const node of targets) {
          if (!node) continue;
          if (errorNode && !describedBy(node).includes(errorId)) setDescribedBy(node, [...describedBy(node), errorId]);
          if (node.tagName !== 'FIELDSET' && node.type !== 'checkbox') node.setAttribute('aria-invalid', 'true');
        }
        if (info.group) $(info.group).classList.add('has-error');
        const focusId = info.controls[0];
        const link = el('a', { href: `#${focusId}`, text: `${info.label()}${lang() === 'fr' ? ' : ' : ': '}` }, message);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          const target = $(focusId);
          const details = target && target.closest('details');
          if (details) details.open = true;
          if (target) target.focus();
        });
        items.push(el('li', {}, link));
      }
      box.querySelector('ul').replaceChildren(...items);
    }

    function showErrors(name, errors) {
      state.errors[name] = errors;
      state.success[name] = undefined;
      $(FORMS[name].success).textContent = '';
      renderErrors(name);
      if (errors.length) {
        // Open a closed "other languages" section that holds a field in error.
        for (const entry of errors) {
          const control = entry.field && $(fieldInfo(entry.field).controls[0] || '');
          const details = control && control.closest('details');
          if (details) details.open = true;
        }
        $(FORMS[name].summary).focus();
      }
    }

    let successTimer = {};
    function showSuccess(name, key, vars) {
      state.success[name] = { key, vars };
      const region = $(FORMS[name].success);
      clearTimeout(successTimer[name]);
      region.textContent = '';
      // Emptied then filled, so a second identical message is announced again.
      successTimer[name] = setTimeout(() => (region.textContent = `✓ ${t(key, vars)}`), 50);
    }

    /** A 400 from the API points at a field ("capacity: Number must be…"); anything else is general. */
    function apiErrors(name, error) {
      if (error instanceof ApiFailure && error.code === 'CapacityBelowBooked') return [{ field: 'ev-capacity', key: 'errCapacityBelowBooked', vars: { booked: error.details && error.details.booked } }];
      if (!(error instanceof ApiFailure) || error.status !== 400) return [{ error }];
      const message = error.message || '';
      if (/^end must be after start/i.test(message)) return [{ field: 'ev-end', key: 'errEndBeforeStart' }];
      const match = /^([\w.]+): (.*)$/s.exec(message);
      const field = match && fieldForPath(name, match[1]);
      return field ? [{ field, key: 'errServerField', vars: { message: match[2] } }] : [{ key: 'errServer', vars: { message } }];
    }

    function fieldForPath(name, path) {
      const [head, sub] = path.split('.');
      const language = sub && $(`${name === 'event' ? `ev-${head}` : 'an-text'}-${sub}`) ? sub : DEFAULT_LANGUAGE;
      if (name === 'event') {
        const map = { start: 'ev-start', end: 'ev-end', capacity: 'ev-capacity', maxSeatsPerRegistration: 'ev-max-seats', title: `ev-title-${language}`, description: `ev-description-${language}` };
        if (head === 'place') return sub === 'site' ? 'ev-site' : 'ev-address';
        return map[head];
      }
      return { text: `an-text-${language}`, topics: 'an-topics', sites: 'an-sites', eventId: 'an-event', sendAt: 'an-send' }[head];
    }

    // ---- Reading and checking the forms ----
    const value = (id) => ($(id) ? $(id).value.trim() : '');
    const texts = (prefix) => {
      const out = {};
      for (const code of [DEFAULT_LANGUAGE, ...languages]) if (value(`${prefix}-${code}`)) out[code] = value(`${prefix}-${code}`);
      return out;
    };
    const wholeNumber = (text) => (/^\d+$/.test(text) && Number(text) >= 1 ? Number(text) : undefined);

    function readEvent() {
      const errors = [];
      const title = texts('ev-title');
      const description = texts('ev-description');
      if (!title[DEFAULT_LANGUAGE]) errors.push({ field: 'ev-title-fr', key: 'errRequired' });
      if (!description[DEFAULT_LANGUAGE]) errors.push({ field: 'ev-description-fr', key: 'errRequired' });
      for (const code of languages) {
        if (title[code] && !description[code]) errors.push({ field: `ev-description-${code}`, key: 'errTranslationPairDescription', language: code });
        if (description[code] && !title[code]) errors.push({ field: `ev-title-${code}`, key: 'errTranslationPairTitle', language: code });
      }
      const moment = (which) => {
        const date = value(`ev-${which}-date`);
        const time = value(`ev-${which}-time`);
        if (!date || !time) {
          errors.push({ field: `ev-${which}`, key: 'errDateTime' });
          return undefined;
        }
        const iso = localToIso(date, time, timeZone);
        if (!iso) errors.push({ field: `ev-${which}`, key: 'errDateTimeInvalid' });
        return iso;
      };
      const start = moment('start');
      const end = moment('end');
      const startKept = state.editing && start && Date.parse(start) === Date.parse(state.editing.start);
      if (start && !startKept && new Date(start).getTime() <= Date.now()) errors.push({ field: 'ev-start', key: 'errStartPast' });
      if (start && end && new Date(end).getTime() <= new Date(start).getTime()) errors.push({ field: 'ev-end', key: 'errEndBeforeStart' });
      const address = value('ev-address');
      if (!address) errors.push({ field: 'ev-address', key: 'errRequired' });
      const capacity = wholeNumber(value('ev-capacity'));
      if (!value('ev-capacity')) errors.push({ field: 'ev-capacity', key: 'errRequired' });
      else if (capacity === undefined) errors.push({ field: 'ev-capacity', key: 'errWholeNumber' });
      const maxSeatsText = value('ev-max-seats');
      const maxSeats = maxSeatsText ? wholeNumber(maxSeatsText) : undefined;
      if (maxSeatsText && maxSeats === undefined) errors.push({ field: 'ev-max-seats', key: 'errWholeNumber' });
      const site = value('ev-site');
      const body = {
        title,
        description,
        start,
        end,
        place: site ? { address, site } : { address },
        capacity,
        ...(maxSeats !== undefined ? { maxSeatsPerRegistration: maxSeats } : {}),
      };
      return { errors, body };
    }

    function readAnnouncement() {
      const errors = [];
      const text = texts('an-text');
      if (!text[DEFAULT_LANGUAGE]) errors.push({ field: 'an-text-fr', key: 'errRequired' });
      const checked = (group) => [...$(group).querySelectorAll('input[type="checkbox"]:checked')].map((input) => input.value);
      const topics = checked('an-topics');
      if (topics.length === 0) errors.push({ field: 'an-topics', key: 'errTopics' });
      const chosenSites = checked('an-sites');
      const eventId = value('an-event');
      const date = value('an-send-date');
      const time = value('an-send-time');
      let sendAt;
      if (date || time) {
        if (!date || !time) errors.push({ field: 'an-send', key: 'errSendIncomplete' });
        else {
          sendAt = localToIso(date, time, timeZone);
          if (!sendAt) errors.push({ field: 'an-send', key: 'errDateTimeInvalid' });
          else if (new Date(sendAt).getTime() <= Date.now()) errors.push({ field: 'an-send', key: 'errSendPast' });
        }
      }
      const body = { text, topics, sites: chosenSites, ...(eventId ? { eventId } : {}), ...(sendAt ? { sendAt } : {}) };
      return { errors, body };
    }

    async function submit(name, read, path, onSent) {
      const { errors, body: input } = read();
      if (errors.length) {
        showErrors(name, errors);
        return;
      }
      // Editing one of their events: only what changed, to that event (the server keeps the rest).
      const editing = name === 'event' && state.editing;
      const body = editing ? eventChanges(editing, input) : input;
      if (editing && Object.keys(body).length === 0) {
        showErrors(name, [{ key: 'errNothingChanged' }]);
        return;
      }
      const button = $(FORMS[name].button);
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      button.textContent = t('sending');
      try {
        const sent = editing ? { path: `${path}/${encodeURIComponent(editing.id)}`, method: 'PATCH' } : { path, method: 'POST' };
        const created = await (await api(sent.path, { method: sent.method, body })).json();
        showErrors(name, []);
        if (editing) stopEditing();
        $(FORMS[name].form).reset();
        if (name === 'event') $('ev-max-seats').value = DEFAULT_MAX_SEATS;
        if (editing) showSuccess('event', 'eventUpdated', { title: pick(created.title).text });
        else onSent(created);
        await refresh({ quiet: true });
      } catch (error) {
        if (error instanceof ApiFailure && (error.status === 401 || error.status === 403)) {
          failed(error); // the key no longer works: signed out
          return;
        }
        showErrors(name, apiErrors(name, error));
      } finally {
        button.disabled = false;
        button.removeAttribute('aria-busy');
        button.textContent = t(submitKey(name));
      }
    }

    const submitKey = (name) => (name === 'announcement' ? 'announcementSubmit' : state.editing ? 'eventSave' : 'eventSubmit');

    /** Loads one of the partner's events into the event form; the heading and button say it is an edit. */
    function startEditing(event) {
      state.editing = event;
      showErrors('event', []);
      $('event-form').reset();
      const set = (id, value) => $(id) && ($(id).value = value ?? '');
      for (const code of [DEFAULT_LANGUAGE, ...languages]) {
        set(`ev-title-${code}`, (event.title || {})[code]);
        set(`ev-description-${code}`, (event.description || {})[code]);
      }
      for (const which of ['start', 'end']) {
        const local = isoToLocal(event[which], timeZone);
        set(`ev-${which}-date`, local.date);
        set(`ev-${which}-time`, local.time);
      }
      set('ev-address', event.place && event.place.address);
      set('ev-site', event.place && event.place.site);
      set('ev-capacity', String(event.capacity));
      set('ev-max-seats', String(event.maxSeatsPerRegistration || DEFAULT_MAX_SEATS));
      $('ev-translations').open = languages.some((code) => (event.title || {})[code]);
      renderEditMode();
      $('event-form-title').focus();
    }

    function stopEditing() {
      state.editing = undefined;
      $('ev-translations').open = false;
      renderEditMode();
    }

    /** Heading, note, buttons: a new event or an edit, in the page's language. */
    function renderEditMode() {
      const editing = state.editing;
      const heading = $('event-form-title');
      heading.dataset.i18n = editing ? 'eventEditFormTitle' : 'eventFormTitle';
      heading.textContent = t(heading.dataset.i18n);
      $('event-editing').hidden = !editing;
      $('event-editing').textContent = editing ? t('eventEditing', { title: pick(editing.title).text }) : '';
      $('event-cancel-edit').hidden = !editing;
      const button = $('event-submit');
      button.dataset.i18n = submitKey('event');
      if (!button.disabled) button.textContent = t(button.dataset.i18n);
    }

    function wireForms() {
      $('event-cancel-edit').addEventListener('click', () => {
        stopEditing();
        showErrors('event', []);
        $('event-form').reset();
        $('ev-max-seats').value = DEFAULT_MAX_SEATS;
        $('event-form-title').focus();
      });
      $('event-form').addEventListener('submit', (event) => {
        event.preventDefault();
        submit('event', readEvent, '/api/partners/events', (created) => showSuccess('event', 'eventSent', { title: pick(created.title).text }));
      });
      $('announcement-form').addEventListener('submit', (event) => {
        event.preventDefault();
        submit('announcement', readAnnouncement, '/api/partners/announcements', () => showSuccess('announcement', 'announcementSent'));
      });
      // An end date is usually the start date: filled in when empty or earlier.
      $('ev-start-date').addEventListener('change', () => {
        const start = $('ev-start-date').value;
        const end = $('ev-end-date');
        if (start && (!end.value || end.value < start)) end.value = start;
      });
      $('partner-refresh').addEventListener('click', async () => {
        const button = $('partner-refresh');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        button.textContent = t('refreshing');
        try {
          await refresh();
        } finally {
          button.disabled = false;
          button.removeAttribute('aria-busy');
          button.textContent = t('refreshLists');
        }
      });
    }

    // ---- Lists ----
    async function loadEvents() {
      try {
        const result = await getJson('/api/partners/events');
        state.events = result.items || [];
        state.eventsError = undefined;
      } catch (error) {
        if (error instanceof ApiFailure && (error.status === 401 || error.status === 403)) throw error;
        state.eventsError = error;
      }
    }
    async function loadAnnouncements() {
      try {
        const result = await getJson('/api/partners/announcements');
        state.announcements = result.items || [];
        state.announcementsError = undefined;
      } catch (error) {
        if (error instanceof ApiFailure && (error.status === 401 || error.status === 403)) throw error;
        state.announcementsError = error;
      }
    }

    async function refresh({ quiet } = {}) {
      try {
        await Promise.all([loadEvents(), loadAnnouncements(), surveys.load()]);
      } catch (error) {
        failed(error);
        return;
      }
      render();
      if (!quiet) ctx.announce(t('listsRefreshed', { events: state.events.length, announcements: state.announcements.length }));
    }

    /** Staff's reason for a rejection, in their words: the partner reads why (text only). */
    function decisionNote(item) {
      const decision = item.decision;
      if (!decision || decision.outcome !== 'reject' || !decision.reason) return null;
      return el('p', { className: 'cell-note decision-reason' }, el('span', { className: 'decision-label', text: t('rejectionReason') }), ' ', el('span', { dir: 'auto', text: decision.reason }));
    }

    function badge(kind, status, label) {
      return el('span', { className: `badge badge-${kind}-${status}`, text: label });
    }

    function renderEvents() {
      const events = state.events;
      const count = (status) => events.filter((e) => e.status === status).length;
      $('my-events-summary').textContent = events.length ? t('myEventsSummary', { total: formatNumber(events.length), pending: formatNumber(count('pending')), published: formatNumber(count('published')) }) : '';
      $('my-events-error').hidden = !state.eventsError;
      $('my-events-error').textContent = state.eventsError ? t('listFailed', { reason: explain(state.eventsError) }) : '';
      $('my-events-empty').hidden = events.length > 0 || Boolean(state.eventsError);
      $('my-events-scroll').hidden = events.length === 0;
      $('my-events-table').tBodies[0].replaceChildren(
        ...events.map((event) => {
          const title = pick(event.title);
          const waitlist = el('td', { className: 'num waitlisted' }, el('span', { className: 'figure', text: formatNumber(event.waitlisted || 0) }));
          if (event.offered) waitlist.append(el('span', { className: 'cell-note', text: t('offeredSeats', { seats: formatNumber(event.offered) }) }));
          return el(
            'tr',
            { dataset: { id: event.id, status: event.status } },
            el('th', { scope: 'row', className: 'title-cell' }, el('span', { lang: title.code, dir: 'auto', text: title.text })),
            el('td', { className: 'when-cell', text: when(event.start, event.end) }),
            el(
              'td',
              { className: 'place-cell' },
              el('span', { dir: 'auto', text: event.place && event.place.address }),
              event.place && event.place.site ? el('span', { className: 'cell-note', text: event.place.site }) : null,
            ),
            el('td', {}, badge('event', event.status, eventStatusLabel(event.status)), decisionNote(event)),
            el('td', { className: 'num registered' }, el('span', { className: 'figure', text: t('seatsOf', { seats: formatNumber(event.registered || 0), capacity: formatNumber(event.capacity) }) })),
            waitlist,
            el('td', {}, editButton(event, title)),
          );
        }),
      );
    }

    function editButton(event, title) {
      if (event.status === 'cancelled') return null;
      const button = el('button', { type: 'button', className: 'button button-secondary button-small', dataset: { edit: event.id } }, t('editMyEvent'), el('span', { className: 'visually-hidden', lang: title.code, text: ` ${title.text}` }));
      button.addEventListener('click', () => startEditing(event));
      return button;
    }

    function deliveryCell(announcement) {
      const cell = el('td', { className: 'delivery-cell' });
      if (announcement.status !== 'approved') {
        cell.append(el('span', { className: 'muted', text: announcement.status === 'rejected' ? t('notSent') : t('notSentYet') }));
        return cell;
      }
      const d = announcement.delivery || {};
      const parts = [
        ['sent', d.sent || 0, 'deliverySent'],
        ['queued', (d.pending || 0) + (d.sending || 0), 'deliveryQueued'],
        ['failed', d.failed || 0, 'deliveryFailed'],
        ['unreachable', d.unreachable || 0, 'deliveryUnreachable'],
      ].filter(([kind, n]) => n > 0 || kind === 'sent');
      const total = parts.reduce((sum, [, n]) => sum + n, 0);
      if (total === 0) {
        cell.append(el('span', { className: 'muted', text: t('deliveryNone') }));
        return cell;
      }
      cell.append(el('ul', { className: 'delivery' }, parts.map(([kind, n, key]) => el('li', { className: n > 0 ? `delivery-${kind}` : 'muted', dataset: { kind }, text: t(key, { n: formatNumber(n) }) }))));
      return cell;
    }

    function renderAnnouncements() {
      const items = state.announcements;
      const count = (status) => items.filter((a) => a.status === status).length;
      $('my-announcements-summary').textContent = items.length ? t('myAnnouncementsSummary', { total: formatNumber(items.length), pending: formatNumber(count('pending')), approved: formatNumber(count('approved')) }) : '';
      $('my-announcements-error').hidden = !state.announcementsError;
      $('my-announcements-error').textContent = state.announcementsError ? t('listFailed', { reason: explain(state.announcementsError) }) : '';
      $('my-announcements-empty').hidden = items.length > 0 || Boolean(state.announcementsError);
      $('my-announcements-scroll').hidden = items.length === 0;
      $('my-announcements-table').tBodies[0].replaceChildren(
        ...items.map((a) => {
          const text = pick(a.text);
          const linked = a.eventId && state.events.find((e) => e.id === a.eventId);
          return el(
            'tr',
            { dataset: { id: a.id, status: a.status } },
            el(
              'th',
              { scope: 'row', className: 'text-cell' },
              el('p', { className: 'announcement-text', lang: text.code, dir: 'auto', text: text.text }),
              linked ? el('span', { className: 'cell-note', text: t('linkedEvent', { title: pick(linked.title).text }) }) : null,
            ),
            el('td', {}, el('ul', { className: 'tags' }, (a.topics || []).map((topic) => el('li', { dataset: { topic }, text: newsTopicLabel(topic) })))),
            el('td', { text: a.sites && a.sites.length ? a.sites.join(', ') : t('everyResidence') }),
            el('td', { className: 'when-cell', text: a.sendAt ? shortWhen(a.sendAt) : t('sendOnApproval') }),
            el('td', {}, badge('announcement', a.status, announcementStatusLabel(a.status)), decisionNote(a)),
            deliveryCell(a),
          );
        }),
      );
    }

    function renderKpis() {
      const published = state.events.filter((e) => e.status === 'published');
      const pending = state.events.filter((e) => e.status === 'pending').length + state.announcements.filter((a) => a.status === 'pending').length;
      const seats = published.reduce((sum, e) => sum + (e.registered || 0), 0);
      const sent = state.announcements.reduce((sum, a) => sum + ((a.delivery && a.delivery.sent) || 0), 0);
      const items = [
        [published.length, 'kpiPublished', 'published'],
        [pending, 'kpiPending', 'pending'],
        [seats, 'kpiSeats', 'seats'],
        [sent, 'kpiSent', 'sent'],
      ];
      $('partner-kpis').replaceChildren(
        ...items.map(([n, key, name]) => el('li', { className: `kpi kpi-partner-${name}`, dataset: { kpi: name } }, el('span', { className: 'kpi-value', text: formatNumber(n) }), ' ', el('span', { className: 'kpi-label', text: t(key) }))),
      );
    }

    /** The announcement can point at one of the partner's own events still to come (not rejected or cancelled). */
    function renderEventChoices() {
      const select = $('an-event');
      const current = select.value;
      const open = state.events.filter((e) => e.status === 'pending' || e.status === 'published');
      select.replaceChildren(
        el('option', { value: '', text: t('anNoEvent') }),
        ...open.map((e) => el('option', { value: e.id, text: `${pick(e.title).text} — ${shortWhen(e.start)} (${eventStatusLabel(e.status)})` })),
      );
      select.value = open.some((e) => e.id === current) ? current : '';
    }

    function renderHints() {
      $('ev-when-hint').textContent = t('timeZoneHint', { zone: timeZone });
      $('an-send-hint').textContent = t('anSendHint', { zone: timeZone });
    }

    function render() {
      renderHints();
      renderKpis();
      renderEvents();
      renderAnnouncements();
      renderEventChoices();
      surveys.render();
    }

    return {
      /** Shows the partner's page with the events the sign-in already fetched. */
      async enter(events) {
        build();
        state.events = events || [];
        state.eventsError = undefined;
        render();
        try {
          await Promise.all([loadAnnouncements(), surveys.load()]);
        } catch (error) {
          failed(error);
          return;
        }
        render();
      },
      /** After a language switch: everything drawn from data, and any message on screen. */
      relabel() {
        if (!state.built) return;
        render();
        for (const name of Object.keys(FORMS)) {
          renderErrors(name);
          const success = state.success[name];
          if (success) $(FORMS[name].success).textContent = `✓ ${t(success.key, success.vars)}`;
          const button = $(FORMS[name].button);
          if (!button.disabled) button.textContent = t(submitKey(name));
        }
        renderEditMode();
      },
      /** Signing out: the partner's data and anything typed leave the page. */
      leave() {
        state.events = [];
        state.announcements = [];
        state.eventsError = state.announcementsError = undefined;
        if (!state.built) return;
        stopEditing();
        for (const name of Object.keys(FORMS)) {
          state.errors[name] = [];
          state.success[name] = undefined;
          $(FORMS[name].form).reset();
          $(FORMS[name].success).textContent = '';
          renderErrors(name);
        }
        $('ev-max-seats').value = DEFAULT_MAX_SEATS;
        for (const id of ['my-events-table', 'my-announcements-table']) $(id).tBodies[0].replaceChildren();
        $('partner-kpis').replaceChildren();
        renderEventChoices();
        surveys.leave();
      },
      events: () => state.events,
    };
  }

  // Flat keys for the topic labels, so the page's data-i18n pass relabels the checkboxes too.
  for (const code of ['fr', 'en']) for (const topic of PAGE_CONFIG.newsTopics || []) STRINGS[code][`newsTopic_${topic.id}`] = topic.label[code] || topic.label.fr || topic.id;

  window.PalierPartner = { strings: STRINGS, create };
})();
