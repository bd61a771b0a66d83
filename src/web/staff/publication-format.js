// Shared pieces of the event and announcement views: statuses, badges, dates and texts in every language.
import { el } from './dom.js';
import { addStrings, config, currentLang, dict, formatNumber, languageLabel, t } from './i18n.js';

const LANGUAGE_ORDER = ['fr', 'en', 'ar', 'es', 'pt', 'tr'];

export const eventStatusLabel = (status) => (dict().staffEventStatuses || {})[status] ?? status;
export const announcementStatusLabel = (status) => (dict().staffAnnouncementStatuses || {})[status] ?? status;
export const newsTopicLabel = (id) => {
  const topic = (config.newsTopics || []).find((x) => x.id === id);
  return (topic && (topic.label[currentLang()] || topic.label.fr)) || id;
};
export const badge = (kind, status, label) => el('span', { className: `badge badge-${kind}-${status}`, text: label });

export const formatWhen = (start, end) => {
  const format = new Intl.DateTimeFormat(t('locale'), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: config.timeZone || undefined });
  return end && format.formatRange ? format.formatRange(new Date(start), new Date(end)) : format.format(new Date(start));
};

/**
 * A text in every language it was written in, each marked with its language and direction, so staff
 * preview what residents of each language will read. Texts are inserted as text only.
 */
export function translationsPreview(fields) {
  const codes = LANGUAGE_ORDER.filter((code) => fields.some(([, texts]) => texts && texts[code]));
  return el(
    'dl',
    { className: 'translations-preview' },
    codes.map((code) => [
      el('dt', { text: `${languageLabel(code)} (${code})` }),
      el(
        'dd',
        {},
        fields.filter(([, texts]) => texts && texts[code]).map(([label, texts]) => el('p', {}, label ? el('span', { className: 'preview-label', text: `${label}${t('colon')}` }) : null, el('span', { lang: code, dir: 'auto', text: texts[code] }))),
      ),
    ]),
  );
}

/** Delivery counts as a short list ("3 sent", "2 queued"...), the same words everywhere. */
export function deliveryList(counts) {
  const d = counts || {};
  const parts = [
    ['sent', d.sent || 0],
    ['queued', (d.pending || 0) + (d.sending || 0)],
    ['failed', d.failed || 0],
    ['unreachable', d.unreachable || 0],
  ];
  return el('ul', { className: 'delivery' }, parts.map(([kind, n]) => el('li', { className: n > 0 ? `delivery-${kind}` : 'muted', dataset: { kind }, text: t(`delivery_${kind}`, { n: formatNumber(n) }) })));
}

const strings = {
  fr: {
    colon: ' : ',
    staffEventStatuses: { draft: 'Brouillon', pending: 'En attente', published: 'Publié', rejected: 'Refusé', cancelled: 'Annulé' },
    staffAnnouncementStatuses: { pending: 'En attente', approved: 'Validée', rejected: 'Refusée' },
    delivery_sent: '{n} envoyé(s)',
    delivery_queued: '{n} en file',
    delivery_failed: '{n} échec(s)',
    delivery_unreachable: '{n} injoignable(s)',
  },
  en: {
    colon: ': ',
    staffEventStatuses: { draft: 'Draft', pending: 'Awaiting approval', published: 'Published', rejected: 'Rejected', cancelled: 'Cancelled' },
    staffAnnouncementStatuses: { pending: 'Awaiting approval', approved: 'Approved', rejected: 'Rejected' },
    delivery_sent: '{n} sent',
    delivery_queued: '{n} queued',
    delivery_failed: '{n} failed',
    delivery_unreachable: '{n} unreachable',
  },
};

addStrings(strings, 'publication-format.js');
