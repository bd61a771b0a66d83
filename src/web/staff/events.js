// Events view: every event with seats booked, waitlist and offers; one event's registrations with
// attendance to mark, and its registrations export. Residents appear only by their registration code.
import { $, el } from './dom.js';
import { getJson, query, sendJson } from './api.js';
import { announce, downloadExport, failed, showError } from './ui.js';
import { currentLang, dict, formatDateTime, formatNumber, languageLabel, pickText, t } from './i18n.js';
import { badge, eventStatusLabel, formatWhen } from './publication-format.js';
import { closeEventEdit, eventEditStrings, openEventEdit, relabelEventEdit } from './event-edit.js';

const state = { events: [], open: undefined, registrations: [] };

async function load() {
  state.events = ((await getJson('/api/staff/events')).items || []).sort((a, b) => String(b.start).localeCompare(String(a.start)));
  render();
  if (state.open) await openEvent(state.open, { quiet: true });
}

function eventRow(event) {
  const [title, titleLang] = pickText(event.title);
  const button = el('button', { type: 'button', className: 'button button-secondary button-small' }, t('showRegistrations'), el('span', { className: 'visually-hidden', text: ` ${title}` }));
  button.addEventListener('click', () => openEvent(event.id).catch(failed));
  const edit = event.status === 'cancelled' ? null : el('button', { type: 'button', className: 'button button-secondary button-small', dataset: { edit: event.id } }, t('editEvent'), el('span', { className: 'visually-hidden', text: ` ${title}` }));
  if (edit) edit.addEventListener('click', () => openEventEdit(event, { onSaved: () => load().catch(failed) }));
  return el(
    'tr',
    { dataset: { id: event.id, status: event.status } },
    el('th', { scope: 'row' }, el('span', { lang: titleLang, dir: 'auto', text: title }), el('span', { className: 'cell-note', text: event.organiser.name })),
    el('td', { className: 'when-cell', text: formatWhen(event.start, event.end) }),
    el('td', {}, badge('event', event.status, eventStatusLabel(event.status))),
    el('td', { className: 'num booked', text: t('eventSeatsOf', { seats: formatNumber(event.registered || 0), capacity: formatNumber(event.capacity) }) }),
    el('td', { className: 'num waitlisted', text: formatNumber(event.waitlisted || 0) }),
    el('td', { className: 'num offered', text: formatNumber(event.offered || 0) }),
    el('td', { className: 'actions-cell' }, button, edit),
  );
}

async function openEvent(id, { quiet } = {}) {
  const result = await getJson(`/api/staff/events/${encodeURIComponent(id)}/registrations`);
  state.open = id;
  state.registrations = result.items || [];
  state.openEvent = result.event;
  renderDetail();
  if (!quiet) {
    $('event-detail-title').focus();
    announce(t('registrationsLoaded', { count: formatNumber(state.registrations.length), title: pickText(result.event.title)[0] }));
  }
}

const registrationStatusLabel = (status) => (dict().registrationStatusNames || {})[status] ?? status;

function attendanceControl(r) {
  if (r.status !== 'confirmed') return el('span', { className: 'muted', text: '—' });
  const id = `attended-${r.id}`;
  const box = el('input', { id, type: 'checkbox', name: 'attended' });
  box.checked = r.attended === true;
  box.addEventListener('change', async () => {
    box.disabled = true;
    try {
      const updated = await sendJson(`/api/staff/registrations/${encodeURIComponent(r.id)}`, 'PATCH', { attended: box.checked });
      r.attended = updated.attended;
      showError('');
      announce(t(updated.attended ? 'attendedSaved' : 'notAttendedSaved', { code: r.code }));
    } catch (error) {
      box.checked = !box.checked;
      failed(error);
    } finally {
      box.disabled = false;
    }
  });
  return el('div', { className: 'check' }, box, el('label', { for: id }, t('attended'), el('span', { className: 'visually-hidden', text: ` ${r.code}` })));
}

function renderDetail() {
  const box = $('event-detail');
  const event = state.openEvent;
  box.hidden = !event;
  if (!event) return;
  const [title, titleLang] = pickText(event.title);
  $('event-detail-title').replaceChildren(t('registrationsOf'), ' ', el('span', { lang: titleLang, dir: 'auto', text: title }));
  const counts = { confirmed: 0, waitlisted: 0, offered: 0, cancelled: 0 };
  for (const r of state.registrations) counts[r.status] = (counts[r.status] || 0) + r.seats;
  $('event-detail-summary').textContent = t('registrationsSummary', {
    booked: formatNumber(counts.confirmed),
    capacity: formatNumber(event.capacity),
    waitlisted: formatNumber(counts.waitlisted),
    offered: formatNumber(counts.offered),
    attended: formatNumber(state.registrations.filter((r) => r.attended).reduce((sum, r) => sum + r.seats, 0)),
  });
  const order = { confirmed: 0, offered: 1, waitlisted: 2, cancelled: 3 };
  const rows = [...state.registrations].sort((a, b) => order[a.status] - order[b.status] || a.createdAt.localeCompare(b.createdAt));
  $('registrations-table').tBodies[0].replaceChildren(
    ...rows.map((r) =>
      el(
        'tr',
        { dataset: { id: r.id, status: r.status } },
        el('th', { scope: 'row', className: 'receipt', text: r.code }),
        el('td', {}, el('span', { className: `badge badge-registration-${r.status}`, text: registrationStatusLabel(r.status) })),
        el('td', { className: 'num', text: formatNumber(r.seats) }),
        el('td', { text: languageLabel(r.language) }),
        el('td', { className: 'nowrap', text: formatDateTime(r.createdAt) }),
        el('td', { className: 'nowrap', text: r.offerExpiresAt ? formatDateTime(r.offerExpiresAt) : '' }),
        el('td', {}, attendanceControl(r)),
      ),
    ),
  );
  $('registrations-empty').hidden = rows.length > 0;
}

function render() {
  relabelEventEdit();
  $('events-summary').textContent = state.events.length ? t('eventsSummary', { total: formatNumber(state.events.length) }) : t('eventsNone');
  $('events-table').tBodies[0].replaceChildren(...state.events.map(eventRow));
  renderDetail();
}

function exportRegistrations(button) {
  const format = button.dataset.registrationsExport;
  return downloadExport(button, `/api/staff/events/${encodeURIComponent(state.open)}/registrations${query({ format, lang: currentLang() })}`, `registrations.${format}`);
}

export const eventsView = {
  name: 'events',
  strings: {
    fr: {
      navEvents: 'Événements',
      eventsTitle: 'Événements et inscriptions',
      eventsSummary: '{total} événement(s), les plus lointains d’abord.',
      eventsNone: 'Aucun événement pour le moment.',
      eventsCaption: 'Événements, places réservées, liste d’attente et places proposées',
      colEventTitle: 'Événement',
      colEventWhen: 'Date',
      colEventStatus: 'Statut',
      colBooked: 'Places réservées',
      colWaitlisted: 'Liste d’attente',
      colSeatsOffered: 'Places proposées',
      colActions: 'Actions',
      eventSeatsOf: '{seats} sur {capacity}',
      showRegistrations: 'Voir les inscriptions',
      registrationsOf: 'Inscriptions :',
      registrationsLoaded: '{count} inscription(s) pour « {title} ».',
      registrationsSummary: '{booked} place(s) réservée(s) sur {capacity} · {waitlisted} en liste d’attente · {offered} proposée(s) en attente de réponse · {attended} présente(s)',
      registrationsCaption: 'Inscriptions à cet événement (codes, jamais l’identité des résidents)',
      registrationsNone: 'Aucune inscription.',
      colCode: 'Code',
      colRegStatus: 'Statut',
      colSeats: 'Places',
      colRegLanguage: 'Langue',
      colRegisteredOn: 'Inscrit le',
      colOfferExpires: 'Offre valable jusqu’au',
      colAttendance: 'Présence',
      attended: 'Présent',
      attendedSaved: '{code} : présence enregistrée.',
      notAttendedSaved: '{code} : absence enregistrée.',
      exportRegistrationsCsv: 'Exporter les inscriptions (CSV)',
      exportRegistrationsXlsx: 'Exporter les inscriptions (Excel)',
      registrationStatusNames: { confirmed: 'Confirmée', waitlisted: 'Liste d’attente', offered: 'Place proposée', cancelled: 'Annulée' },
      ...eventEditStrings.fr,
    },
    en: {
      navEvents: 'Events',
      eventsTitle: 'Events and registrations',
      eventsSummary: '{total} event(s), latest first.',
      eventsNone: 'No events yet.',
      eventsCaption: 'Events, seats booked, waitlist and seats offered',
      colEventTitle: 'Event',
      colEventWhen: 'Date',
      colEventStatus: 'Status',
      colBooked: 'Seats booked',
      colWaitlisted: 'Waitlist',
      colSeatsOffered: 'Seats offered',
      colActions: 'Actions',
      eventSeatsOf: '{seats} of {capacity}',
      showRegistrations: 'Show registrations',
      registrationsOf: 'Registrations:',
      registrationsLoaded: '{count} registration(s) for “{title}”.',
      registrationsSummary: '{booked} of {capacity} seat(s) booked · {waitlisted} on the waitlist · {offered} offered, awaiting an answer · {attended} attended',
      registrationsCaption: 'Registrations for this event (codes, never residents’ identities)',
      registrationsNone: 'No registrations.',
      colCode: 'Code',
      colRegStatus: 'Status',
      colSeats: 'Seats',
      colRegLanguage: 'Language',
      colRegisteredOn: 'Registered',
      colOfferExpires: 'Offer valid until',
      colAttendance: 'Attendance',
      attended: 'Attended',
      attendedSaved: '{code}: marked as attended.',
      notAttendedSaved: '{code}: marked as absent.',
      exportRegistrationsCsv: 'Export registrations (CSV)',
      exportRegistrationsXlsx: 'Export registrations (Excel)',
      registrationStatusNames: { confirmed: 'Confirmed', waitlisted: 'Waitlisted', offered: 'Seat offered', cancelled: 'Cancelled' },
      ...eventEditStrings.en,
    },
  },
  init() {
    for (const button of document.querySelectorAll('[data-registrations-export]')) button.addEventListener('click', () => exportRegistrations(button));
  },
  load,
  render,
  onChange(what) {
    if (what === 'publications') return load();
  },
  clear() {
    state.events = [];
    state.open = undefined;
    state.openEvent = undefined;
    state.registrations = [];
    closeEventEdit();
    $('events-table').tBodies[0].replaceChildren();
    $('registrations-table').tBodies[0].replaceChildren();
    $('event-detail').hidden = true;
  },
};
