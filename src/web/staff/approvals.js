// Approvals view: partner events and announcements awaiting staff, previewed in each language they
// were written in; approve, or reject with a reason the partner reads. An announcement waits for its event.
import { $, el } from './dom.js';
import { ApiFailure, getJson, sendJson } from './api.js';
import { announce, whileBusy } from './ui.js';
import { formatDateTime, formatNumber, pickText, t } from './i18n.js';
import { badge, eventStatusLabel, formatWhen, newsTopicLabel, translationsPreview } from './publication-format.js';

const state = { events: [], announcements: [], allEvents: [] };
let ctx;

async function load() {
  const [events, announcements] = await Promise.all([getJson('/api/staff/events'), getJson('/api/staff/announcements')]);
  state.allEvents = events.items || [];
  state.events = state.allEvents.filter((e) => e.status === 'pending');
  state.announcements = (announcements.items || []).filter((a) => a.status === 'pending');
  render();
}

function decisionForm(kind, item, title) {
  const reasonId = `reason-${kind}-${item.id}`;
  const reason = el('textarea', { id: reasonId, name: 'reason', rows: 2, maxlength: 1000 });
  const message = el('p', { className: 'field-error', id: `${reasonId}-error`, hidden: true });
  const decide = async (decision, button) => {
    const text = reason.value.trim();
    if (decision === 'reject' && !text) {
      message.textContent = t('reasonNeeded');
      message.hidden = false;
      reason.setAttribute('aria-invalid', 'true');
      reason.setAttribute('aria-describedby', message.id);
      reason.focus();
      return;
    }
    // A 409 (its event still pending, already decided) is said next to the buttons.
    const refused = (error) => {
      if (!(error instanceof ApiFailure && error.status === 409)) return false;
      message.textContent = error.code === 'EventPending' ? t('eventStillPending') : error.message;
      message.hidden = false;
      announce(message.textContent);
      return true;
    };
    await whileBusy(
      button,
      async () => {
        await sendJson(`/api/staff/${kind === 'event' ? 'events' : 'announcements'}/${encodeURIComponent(item.id)}/decision`, 'POST', text ? { decision, reason: text } : { decision });
        announce(t(decision === 'approve' ? 'approvedAnnounce' : 'rejectedAnnounce', { title }));
        await load();
        ctx.changed('publications');
        $('approvals-title').focus();
      },
      { onError: refused },
    );
  };
  const approve = el('button', { type: 'button', className: 'button button-primary button-small' }, t('approve'), el('span', { className: 'visually-hidden', text: ` ${title}` }));
  const reject = el('button', { type: 'button', className: 'button button-secondary button-small' }, t('reject'), el('span', { className: 'visually-hidden', text: ` ${title}` }));
  approve.addEventListener('click', () => decide('approve', approve));
  reject.addEventListener('click', () => decide('reject', reject));
  return el(
    'div',
    { className: 'decision' },
    el('div', { className: 'field' }, el('label', { for: reasonId }, t('reasonLabel'), el('span', { className: 'visually-hidden', text: ` ${title}` })), el('p', { className: 'hint', text: t('reasonHint') }), reason, message),
    el('div', { className: 'mini-actions' }, approve, reject),
  );
}

function eventCard(event) {
  const [title] = pickText(event.title);
  return el(
    'article',
    { className: 'approval', dataset: { kind: 'event', id: event.id } },
    el('h3', {}, el('span', { className: 'approval-kind', text: t('approvalEvent') }), ' ', el('span', { dir: 'auto', text: title })),
    el('p', { className: 'approval-meta', text: t('eventMeta', { by: event.organiser.name, when: formatWhen(event.start, event.end), place: event.place.address, capacity: formatNumber(event.capacity), submitted: formatDateTime(event.createdAt) }) }),
    translationsPreview([[t('previewTitle'), event.title], [t('previewDescription'), event.description]]),
    decisionForm('event', event, title),
  );
}

function announcementCard(a) {
  const [text] = pickText(a.text);
  const title = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  const linked = a.eventId && state.allEvents.find((e) => e.id === a.eventId);
  return el(
    'article',
    { className: 'approval', dataset: { kind: 'announcement', id: a.id } },
    el('h3', {}, el('span', { className: 'approval-kind', text: t('approvalAnnouncement') }), ' ', el('span', { dir: 'auto', text: title })),
    el('p', { className: 'approval-meta', text: t('announcementMeta', { by: a.author.name, topics: (a.topics || []).map(newsTopicLabel).join(', '), sites: a.sites && a.sites.length ? a.sites.join(', ') : t('everySite'), submitted: formatDateTime(a.createdAt) }) }),
    linked
      ? el('p', { className: 'approval-meta linked-event' }, t('linkedEventLabel'), ' ', el('span', { dir: 'auto', text: pickText(linked.title)[0] }), ' ', badge('event', linked.status, eventStatusLabel(linked.status)))
      : null,
    translationsPreview([['', a.text]]),
    decisionForm('announcement', a, title),
  );
}

function render() {
  const count = state.events.length + state.announcements.length;
  $('approvals-summary').textContent = count ? t('approvalsSummary', { events: formatNumber(state.events.length), announcements: formatNumber(state.announcements.length) }) : t('approvalsNone');
  $('approvals-list').replaceChildren(...state.events.map(eventCard), ...state.announcements.map(announcementCard));
}

export const approvalsView = {
  name: 'approvals',
  strings: {
    fr: {
      navApprovals: 'À valider',
      approvalsTitle: 'Propositions des partenaires à valider',
      approvalsSummary: '{events} événement(s) et {announcements} annonce(s) attendent votre décision.',
      approvalsNone: 'Rien à valider pour le moment.',
      approvalEvent: 'Événement :',
      approvalAnnouncement: 'Annonce :',
      eventMeta: 'Proposé par {by} le {submitted} · {when} · {place} · {capacity} places',
      announcementMeta: 'Proposée par {by} le {submitted} · sujets : {topics} · résidences : {sites}',
      everySite: 'toutes',
      linkedEventLabel: 'Pour l’événement :',
      previewTitle: 'Titre',
      previewDescription: 'Description',
      reasonLabel: 'Motif (obligatoire pour refuser)',
      reasonHint: 'Le partenaire le lit dans son espace.',
      reasonNeeded: 'Écrivez le motif du refus : le partenaire le lira.',
      approve: 'Valider',
      reject: 'Refuser',
      approvedAnnounce: '« {title} » validé.',
      rejectedAnnounce: '« {title} » refusé ; le motif est transmis au partenaire.',
      eventStillPending: 'Validez d’abord l’événement de cette annonce : il attend encore votre décision.',
    },
    en: {
      navApprovals: 'To approve',
      approvalsTitle: 'Partner submissions to approve',
      approvalsSummary: '{events} event(s) and {announcements} announcement(s) await your decision.',
      approvalsNone: 'Nothing to approve for now.',
      approvalEvent: 'Event:',
      approvalAnnouncement: 'Announcement:',
      eventMeta: 'Submitted by {by} on {submitted} · {when} · {place} · {capacity} seats',
      announcementMeta: 'Submitted by {by} on {submitted} · topics: {topics} · sites: {sites}',
      everySite: 'all',
      linkedEventLabel: 'For the event:',
      previewTitle: 'Title',
      previewDescription: 'Description',
      reasonLabel: 'Reason (required to reject)',
      reasonHint: 'The partner reads it in their space.',
      reasonNeeded: 'Write the reason for refusing: the partner will read it.',
      approve: 'Approve',
      reject: 'Reject',
      approvedAnnounce: '“{title}” approved.',
      rejectedAnnounce: '“{title}” rejected; the reason is passed on to the partner.',
      eventStillPending: 'Approve this announcement’s event first: it still awaits your decision.',
    },
  },
  init(context) {
    ctx = context;
  },
  load,
  render,
  clear() {
    state.events = [];
    state.announcements = [];
    state.allEvents = [];
    $('approvals-list').replaceChildren();
  },
};
