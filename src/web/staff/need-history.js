// A need's history, contact details and photos, opened from its row: every status change and note with who
// and when, and the phone or e-mail with the consent the resident gave beside it (opening is audited);
// for an admin, deleting the resident's data (need-erase.js).
import { el } from './dom.js';
import { getJson } from './api.js';
import { failed } from './ui.js';
import { addStrings, dict, formatDateTime, statusLabel, t } from './i18n.js';
import { photosBlock } from './need-photos.js';
import { eraseBlock } from './need-erase.js';
import { hasAdminKey } from './accounts.js';

/** Needs whose history is open, so a refresh of the list opens them again. */
const open = new Set();

function entryText(entry) {
  if (entry.kind === 'received') return t('historyReceived');
  if (entry.kind === 'status') return t('historyStatus', { from: statusLabel(entry.from), to: statusLabel(entry.to) });
  if (entry.kind === 'note') return t('historyNote');
  if (entry.kind === 'publish') return t('historyPublish');
  if (entry.kind === 'contact-viewed') return t('historyContactViewed');
  return entry.kind;
}

function contactBlock(need, consents) {
  if (!need.contact) return el('p', { className: 'muted contact-none', text: t('noContact') });
  const value = need.contact.value;
  const link = need.contact.kind === 'phone' ? el('a', { href: `tel:${value.replace(/\s/g, '')}`, text: value }) : el('a', { href: `mailto:${value}`, text: value });
  return el(
    'div',
    { className: 'contact' },
    el('p', {}, el('span', { className: 'contact-label', text: t(need.contact.kind === 'phone' ? 'contactPhone' : 'contactEmail') }), ' ', link),
    consents.length
      ? el('ul', { className: 'consents' }, consents.map((c) => el('li', { dataset: { purpose: c.purpose }, text: t('consentLine', { purpose: (dict().consentPurposes || {})[c.purpose] ?? c.purpose, at: formatDateTime(c.givenAt) }) })))
      : el('p', { className: 'muted', text: t('consentUnknown') }),
  );
}

async function fill(body, need) {
  body.replaceChildren(el('p', { className: 'muted', text: t('loading') }));
  try {
    const result = await getJson(`/api/staff/needs/${encodeURIComponent(need.id)}/history`);
    body.replaceChildren(
      contactBlock(result.need, result.consents || []),
      photosBlock(result.need),
      el(
        'ol',
        { className: 'history' },
        result.history.map((entry) =>
          el(
            'li',
            { dataset: { kind: entry.kind } },
            el('span', { className: 'note-by', text: t('historyWhen', { at: formatDateTime(entry.at), by: entry.by || t('historyResident') }) }),
            ' ',
            entryText(entry),
            entry.note ? el('q', { dir: 'auto', text: entry.note }) : null,
          ),
        ),
      ),
      hasAdminKey() ? eraseBlock(result.need) : null,
    );
  } catch (error) {
    body.replaceChildren();
    failed(error);
  }
}

/** The disclosure under a need's text; its content is fetched when it opens. */
export function historyDisclosure(need) {
  const body = el('div', { className: 'history-body' });
  const details = el('details', { className: 'need-history' }, el('summary', {}, t('historySummary'), el('span', { className: 'visually-hidden', text: ` ${need.receipt}` })), body);
  details.addEventListener('toggle', () => {
    if (details.open) {
      open.add(need.id);
      fill(body, need);
    } else open.delete(need.id);
  });
  if (open.has(need.id)) details.open = true;
  return details;
}

export function forgetHistories() {
  open.clear();
}

addStrings(
  {
    fr: {
      historySummary: 'Historique et coordonnées',
      historyReceived: 'Reçu du résident',
      historyStatus: 'Statut : {from} → {to}',
      historyNote: 'Note ajoutée',
      historyPublish: 'Idée publiée',
      historyContactViewed: 'Coordonnées consultées',
      historyWhen: '{at}, {by} : ',
      historyResident: 'résident',
      contactPhone: 'Téléphone :',
      contactEmail: 'E-mail :',
      noContact: 'Le résident n’a pas laissé de coordonnées.',
      consentLine: 'Accord du résident : {purpose} (le {at})',
      consentUnknown: 'Accord du résident non retrouvé (données supprimées ?).',
      consentPurposes: { 'need-contact': 'être contacté à ce sujet', 'status-updates': 'recevoir les nouvelles de cette demande', callback: 'être rappelé' },
    },
    en: {
      historySummary: 'History and contact details',
      historyReceived: 'Received from the resident',
      historyStatus: 'Status: {from} → {to}',
      historyNote: 'Note added',
      historyPublish: 'Idea published',
      historyContactViewed: 'Contact details viewed',
      historyWhen: '{at}, {by}: ',
      historyResident: 'resident',
      contactPhone: 'Phone:',
      contactEmail: 'E-mail:',
      noContact: 'The resident left no contact details.',
      consentLine: 'Resident’s consent: {purpose} (on {at})',
      consentUnknown: 'Resident’s consent not found (data deleted?).',
      consentPurposes: { 'need-contact': 'to be contacted about it', 'status-updates': 'to get news of this request', callback: 'to be called back' },
    },
  },
  'need-history.js',
);
