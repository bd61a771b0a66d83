// Announcements view: every announcement with its delivery progress (queued, sent, failed,
// unreachable) in all and per language, so staff see who it reached.
import { $, el } from './dom.js';
import { getJson } from './api.js';
import { formatDateTime, formatNumber, languageLabel, pickText, t } from './i18n.js';
import { announcementStatusLabel, badge, deliveryList, newsTopicLabel } from './publication-format.js';

const STATUSES = ['pending', 'sending', 'sent', 'failed', 'unreachable'];
const state = { items: [] };

async function load() {
  state.items = (await getJson('/api/staff/announcements')).items || [];
  render();
}

/** One small table per announcement: a row per language, a column per delivery state. */
function byLanguageTable(a) {
  const languages = Object.keys(a.deliveryByLanguage || {}).sort();
  if (!languages.length) return el('p', { className: 'muted', text: a.status === 'approved' ? t('noRecipients') : t('deliveryNotYet') });
  const n = (lng, status) => (a.deliveryByLanguage[lng] && a.deliveryByLanguage[lng][status]) || 0;
  const captionId = `delivery-caption-${a.id}`;
  return el(
    'div',
    { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': captionId },
    el(
      'table',
      { className: 'data numbers delivery-by-language', dataset: { announcement: a.id } },
      el('caption', { id: captionId, text: t('deliveryByLanguage') }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('colDeliveryLanguage') }), STATUSES.map((s) => el('th', { scope: 'col', className: 'num', text: t(`outbox_${s}`) })))),
      el('tbody', {}, languages.map((lng) => el('tr', { dataset: { language: lng } }, el('th', { scope: 'row', text: `${languageLabel(lng)} (${lng})` }), STATUSES.map((s) => el('td', { className: 'num', dataset: { status: s }, text: formatNumber(n(lng, s)) }))))),
    ),
  );
}

function render() {
  $('announcements-summary').textContent = state.items.length ? t('announcementsSummary', { total: formatNumber(state.items.length) }) : t('announcementsNone');
  $('announcements-list').replaceChildren(
    ...state.items.map((a) => {
      const [text, code] = pickText(a.text);
      return el(
        'article',
        { className: 'announcement-card', dataset: { id: a.id, status: a.status } },
        el('p', { className: 'announcement-text', lang: code, dir: 'auto', text }),
        el(
          'p',
          { className: 'approval-meta' },
          badge('announcement', a.status, announcementStatusLabel(a.status)),
          ' ',
          t('announcementLine', { by: a.author.name, at: formatDateTime(a.createdAt), topics: (a.topics || []).map(newsTopicLabel).join(', ') }),
        ),
        a.status === 'approved' ? deliveryList(a.delivery) : null,
        byLanguageTable(a),
      );
    }),
  );
}

export const announcementsView = {
  name: 'announcements',
  strings: {
    fr: {
      navAnnouncements: 'Annonces',
      announcementsTitle: 'Annonces et distribution',
      announcementsSummary: '{total} annonce(s), les plus récentes d’abord.',
      announcementsNone: 'Aucune annonce pour le moment.',
      announcementLine: '{by}, le {at} · sujets : {topics}',
      deliveryByLanguage: 'Distribution par langue',
      colDeliveryLanguage: 'Langue',
      outbox_pending: 'En file',
      outbox_sending: 'En cours d’envoi',
      outbox_sent: 'Envoyés',
      outbox_failed: 'Échecs',
      outbox_unreachable: 'Injoignables',
      noRecipients: 'Aucun résident abonné concerné.',
      deliveryNotYet: 'Pas encore envoyée.',
    },
    en: {
      navAnnouncements: 'Announcements',
      announcementsTitle: 'Announcements and delivery',
      announcementsSummary: '{total} announcement(s), most recent first.',
      announcementsNone: 'No announcements yet.',
      announcementLine: '{by}, {at} · topics: {topics}',
      deliveryByLanguage: 'Delivery by language',
      colDeliveryLanguage: 'Language',
      outbox_pending: 'Queued',
      outbox_sending: 'Sending',
      outbox_sent: 'Sent',
      outbox_failed: 'Failed',
      outbox_unreachable: 'Unreachable',
      noRecipients: 'No subscribed resident concerned.',
      deliveryNotYet: 'Not sent yet.',
    },
  },
  init() {},
  load,
  render,
  onChange(what) {
    if (what === 'publications') return load();
  },
  clear() {
    state.items = [];
    $('announcements-list').replaceChildren();
  },
};
