// Erasing a resident from a need's detail panel (admin keys only): a confirmation that says what goes, optional
// names to take out of staff notes, then the counts the server reports (POST /api/staff/needs/:id/erase-resident).
import { el } from './dom.js';
import { sendJson } from './api.js';
import { announce, whileBusy } from './ui.js';
import { addStrings, dict, formatNumber, t } from './i18n.js';

/** The report's kinds, in the order shown. */
const KINDS = ['needs', 'photos', 'registrations', 'surveyResponses', 'outbox', 'conversations', 'questions', 'audit', 'notesPseudonymised'];

function reportBlock(need, report) {
  const labels = dict().eraseCounts || {};
  const heading = el('h4', { tabindex: '-1', text: t('erasedTitle', { receipt: need.receipt }) });
  return {
    heading,
    block: el(
      'div',
      { className: 'erase-report' },
      heading,
      el('ul', {}, KINDS.map((kind) => el('li', { dataset: { kind }, text: t('eraseCount', { label: labels[kind] ?? kind, n: formatNumber(report[kind] ?? 0) }) }))),
      el('p', { className: 'muted', text: t(report.resident ? 'erasedProfile' : 'erasedNoProfile') }),
    ),
  };
}

/** The "delete this resident's data" block under a need's history; an admin only (the server refuses others too). */
export function eraseBlock(need) {
  const namesId = `erase-names-${need.id}`;
  const hintId = `erase-names-hint-${need.id}`;
  const open = el('button', { type: 'button', className: 'button button-secondary button-small' }, t('eraseOpen'), el('span', { className: 'visually-hidden', text: ` ${need.receipt}` }));
  const names = el('input', { id: namesId, type: 'text', maxlength: 600, autocomplete: 'off', 'aria-describedby': hintId });
  const confirm = el('button', { type: 'submit', className: 'button button-danger button-small' }, t('eraseConfirm'), el('span', { className: 'visually-hidden', text: ` ${need.receipt}` }));
  const cancel = el('button', { type: 'button', className: 'button button-secondary button-small' }, t('eraseCancel'));
  const question = el('h4', { tabindex: '-1', text: t('eraseQuestion', { receipt: need.receipt }) });
  const form = el(
    'form',
    { className: 'erase-confirm', hidden: true, novalidate: true },
    question,
    el('p', { text: t('eraseWhat') }),
    el('p', { text: t('eraseNotes') }),
    el('label', { for: namesId, text: t('eraseNames') }),
    el('p', { id: hintId, className: 'muted', text: t('eraseNamesHint') }),
    names,
    el('p', { className: 'erase-warning', text: t('eraseIrreversible') }),
    el('div', { className: 'mini-actions' }, confirm, cancel),
  );
  const block = el('div', { className: 'erase-resident' }, open, form);
  open.addEventListener('click', () => {
    open.hidden = true;
    form.hidden = false;
    question.focus();
  });
  cancel.addEventListener('click', () => {
    form.hidden = true;
    open.hidden = false;
    open.focus();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const given = names.value.split(',').map((n) => n.trim()).filter((n) => n.length >= 2);
    const report = await whileBusy(confirm, () => sendJson(`/api/staff/needs/${encodeURIComponent(need.id)}/erase-resident`, 'POST', given.length ? { names: given } : {}));
    if (!report) return;
    const shown = reportBlock(need, report);
    block.replaceChildren(shown.block);
    shown.heading.focus();
    announce(t('erasedAnnounce', { receipt: need.receipt }));
  });
  return block;
}

addStrings(
  {
    fr: {
      eraseOpen: 'Supprimer toutes les données de ce résident…',
      eraseQuestion: 'Supprimer tout ce qui concerne le résident de la demande {receipt} ?',
      eraseWhat:
        'Seront supprimés : toutes ses demandes, idées et rappels (et ses soutiens aux idées des autres), ses photos, ses inscriptions (les places libérées sont proposées à la liste d’attente), ses réponses aux enquêtes, ses messages en attente ou envoyés, ses conversations avec le bot, les questions qu’il a posées, les entrées du journal sur ses demandes et inscriptions, ses accords et son profil.',
      eraseNotes: 'Les notes de l’équipe sur les demandes d’autres résidents sont gardées, mais ses numéros de téléphone, ses adresses e-mail et les noms indiqués ci-dessous y sont remplacés par « […] ».',
      eraseNames: 'Noms sous lesquels l’équipe le connaît (facultatif)',
      eraseNamesHint: 'Séparés par des virgules, par exemple : Mme Durand, Fatima Durand.',
      eraseIrreversible: 'Cette suppression est définitive.',
      eraseConfirm: 'Supprimer définitivement',
      eraseCancel: 'Annuler',
      eraseCount: '{label} : {n}',
      erasedTitle: 'Données du résident de la demande {receipt} supprimées',
      erasedAnnounce: 'Données du résident de la demande {receipt} supprimées.',
      erasedProfile: 'Son profil et ses accords ont été supprimés.',
      erasedNoProfile: 'Aucun profil n’était enregistré pour ce résident.',
      eraseCounts: {
        needs: 'Demandes, idées et rappels supprimés',
        photos: 'Photos supprimées',
        registrations: 'Inscriptions supprimées',
        surveyResponses: 'Réponses aux enquêtes supprimées',
        outbox: 'Messages supprimés',
        conversations: 'Conversations supprimées',
        questions: 'Questions posées supprimées',
        audit: 'Entrées du journal supprimées',
        notesPseudonymised: 'Notes de l’équipe anonymisées',
      },
    },
    en: {
      eraseOpen: 'Delete all of this resident’s data…',
      eraseQuestion: 'Delete everything about the resident of request {receipt}?',
      eraseWhat:
        'This deletes: all their requests, ideas and call-backs (and their support of others’ ideas), their photos, their registrations (freed seats are offered to the waitlist), their survey answers, messages waiting or sent to them, their conversations with the bot, the questions they asked, the log entries about their requests and registrations, their consents and their profile.',
      eraseNotes: 'Staff notes on other residents’ requests are kept, with their phone numbers, e-mail addresses and the names given below replaced by “[…]”.',
      eraseNames: 'Names staff know them by (optional)',
      eraseNamesHint: 'Separated by commas, for example: Mrs Durand, Fatima Durand.',
      eraseIrreversible: 'This cannot be undone.',
      eraseConfirm: 'Delete for good',
      eraseCancel: 'Cancel',
      eraseCount: '{label}: {n}',
      erasedTitle: 'Data of the resident of request {receipt} deleted',
      erasedAnnounce: 'Data of the resident of request {receipt} deleted.',
      erasedProfile: 'Their profile and consents were deleted.',
      erasedNoProfile: 'No profile was stored for this resident.',
      eraseCounts: {
        needs: 'Requests, ideas and call-backs deleted',
        photos: 'Photos deleted',
        registrations: 'Registrations deleted',
        surveyResponses: 'Survey answers deleted',
        outbox: 'Messages deleted',
        conversations: 'Conversations deleted',
        questions: 'Questions asked deleted',
        audit: 'Log entries deleted',
        notesPseudonymised: 'Staff notes pseudonymised',
      },
    },
  },
  'need-erase.js',
);
