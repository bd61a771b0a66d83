// Staff edit form for one event: title and description per language, date and time in the
// landlord's time zone, place and capacity. Only what changed is sent (a language edited keeps the
// others); a capacity below the seats booked is refused with the count; seats a higher capacity frees
// are offered to the waitlist by the server.
import { $, el } from './dom.js';
import { ApiFailure, explain, sendJson } from './api.js';
import { eventChanges } from './event-changes.js';
import { announce, failed } from './ui.js';
import { config, currentLang, languageLabel, pickText, t } from './i18n.js';
import { isoToLocal, localToIso } from './zoned-time.js';

const RIGHT_TO_LEFT = new Set(['ar']);
const timeZone = () => config.timeZone || 'Europe/Paris';
const languages = () => ['fr', ...(config.languages || []).filter((code) => code !== 'fr')];
/** The event being edited and the messages on screen, kept as keys so a language switch rewords them. */
const state = { event: undefined, errors: [], saved: undefined, onSaved: undefined, builtIn: undefined };

const field = (id, labelKey, control, extra = []) =>
  el('div', { className: 'field' }, el('label', { for: id, text: t(labelKey) }), ...extra, control, el('p', { id: `${id}-error`, className: 'field-error', hidden: true }));

function textFields(event, code) {
  const dir = RIGHT_TO_LEFT.has(code) ? 'rtl' : 'auto';
  const legend = el('legend', { text: `${languageLabel(code)} (${code})` });
  const title = el('input', { id: `ee-title-${code}`, type: 'text', lang: code, dir, maxlength: 150, autocomplete: 'off' });
  const description = el('textarea', { id: `ee-description-${code}`, lang: code, dir, rows: 3, maxlength: 4000 });
  title.value = (event.title || {})[code] || '';
  description.value = (event.description || {})[code] || '';
  return el('fieldset', { className: 'translation', dataset: { language: code } }, legend, field(`ee-title-${code}`, 'editTitleField', title), field(`ee-description-${code}`, 'editDescriptionField', description));
}

function whenFields(event) {
  const inputs = [];
  for (const which of ['start', 'end']) {
    const local = isoToLocal(event[which], timeZone());
    const date = el('input', { id: `ee-${which}-date`, type: 'date', 'aria-describedby': 'ee-when-hint' });
    const time = el('input', { id: `ee-${which}-time`, type: 'time', 'aria-describedby': 'ee-when-hint' });
    date.value = local.date;
    time.value = local.time;
    inputs.push(
      el('div', { className: 'when-row' }, field(`ee-${which}-date`, `edit_${which}Date`, date), field(`ee-${which}-time`, `edit_${which}Time`, time)),
      el('p', { id: `ee-${which}-error`, className: 'field-error', hidden: true }),
    );
  }
  return el('fieldset', { className: 'group' }, el('legend', { text: t('editWhenLegend') }), el('p', { id: 'ee-when-hint', className: 'hint', text: t('editTimeZoneHint', { zone: timeZone() }) }), el('div', { className: 'when-grid' }, inputs));
}

function placeFields(event) {
  const address = el('input', { id: 'ee-address', type: 'text', maxlength: 300, autocomplete: 'off' });
  address.value = (event.place && event.place.address) || '';
  const site = el('select', { id: 'ee-site' }, el('option', { value: '', text: t('editNoSite') }), ...(config.sites || []).map((s) => el('option', { value: s, text: s })));
  site.value = (event.place && event.place.site) || '';
  const capacity = el('input', { id: 'ee-capacity', type: 'number', inputmode: 'numeric', min: 1, max: 100000, step: 1, 'aria-describedby': 'ee-capacity-hint' });
  capacity.value = String(event.capacity);
  const booked = (event.registered || 0) + (event.offered || 0);
  const hint = el('p', { id: 'ee-capacity-hint', className: 'hint', text: t('editCapacityHint', { booked, waitlisted: event.waitlisted || 0 }) });
  return el('fieldset', { className: 'group' }, el('legend', { text: t('editPlaceLegend') }), field('ee-address', 'editAddress', address), field('ee-site', 'editSite', site), field('ee-capacity', 'editCapacity', capacity, [hint]));
}

/** What the form holds, with the problems a person can fix before sending. */
function readForm() {
  const value = (id) => $(id).value.trim();
  const errors = [];
  const texts = (prefix) => Object.fromEntries(languages().map((code) => [code, value(`ee-${prefix}-${code}`)]).filter(([, text]) => text));
  const moment = (which) => {
    const iso = localToIso(value(`ee-${which}-date`), value(`ee-${which}-time`), timeZone());
    if (!iso) errors.push({ field: `ee-${which}`, focus: `ee-${which}-date`, key: 'editErrDateTime' });
    return iso;
  };
  const start = moment('start');
  const end = moment('end');
  if (start && end && Date.parse(end) <= Date.parse(start)) errors.push({ field: 'ee-end', focus: 'ee-end-date', key: 'editErrEndBeforeStart' });
  if (!value('ee-address')) errors.push({ field: 'ee-address', key: 'editErrRequired' });
  const capacity = /^\d+$/.test(value('ee-capacity')) && Number(value('ee-capacity')) >= 1 ? Number(value('ee-capacity')) : undefined;
  if (capacity === undefined) errors.push({ field: 'ee-capacity', key: 'editErrCapacity' });
  if (!texts('title').fr) errors.push({ field: 'ee-title-fr', key: 'editErrRequired' });
  if (!texts('description').fr) errors.push({ field: 'ee-description-fr', key: 'editErrRequired' });
  return { errors, draft: { title: texts('title'), description: texts('description'), start, end, place: { address: value('ee-address'), site: value('ee-site') }, capacity } };
}

const message = (entry) => (entry.error ? explain(entry.error) : t(entry.key, entry.vars));

function renderMessages() {
  const form = $('event-edit-form');
  if (!form) return;
  for (const node of form.querySelectorAll('.field-error')) {
    node.hidden = true;
    node.textContent = '';
  }
  for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  for (const entry of state.errors) {
    const note = entry.field && $(`${entry.field}-error`);
    if (note) {
      note.textContent = message(entry);
      note.hidden = false;
    }
    const control = entry.field && $(entry.focus || entry.field);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      const described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (note && !described.includes(note.id)) control.setAttribute('aria-describedby', [...described, note.id].join(' '));
    }
  }
  const summary = $('event-edit-errors');
  summary.hidden = state.errors.length === 0;
  summary.querySelector('ul').replaceChildren(...state.errors.map((entry) => el('li', { text: message(entry) })));
  $('event-edit-saved').textContent = state.saved ? t(state.saved.key, state.saved.vars) : '';
}

function showErrors(errors) {
  state.errors = errors;
  state.saved = undefined;
  renderMessages();
  if (errors.length) $('event-edit-errors').focus();
}

/** A refusal the staff member can act on is shown at its field, in their language. */
function apiErrors(error) {
  if (error instanceof ApiFailure && error.code === 'CapacityBelowBooked') {
    const booked = error.details && error.details.booked;
    return [{ field: 'ee-capacity', key: 'editErrCapacityBelowBooked', vars: { booked } }];
  }
  return [{ error }];
}

async function save(button) {
  const { errors, draft } = readForm();
  if (errors.length) return showErrors(errors);
  const changes = eventChanges(state.event, draft);
  if (Object.keys(changes).length === 0) return showErrors([{ key: 'editNothingChanged' }]);
  let updated;
  button.disabled = true;
  try {
    updated = await sendJson(`/api/staff/events/${encodeURIComponent(state.event.id)}`, 'PATCH', changes);
  } catch (error) {
    // A refused key signs out (failed); any other refusal is said in the form.
    if (error instanceof ApiFailure && (error.status === 401 || error.status === 403)) return failed(error);
    return showErrors(apiErrors(error));
  } finally {
    button.disabled = false;
    // A button disabled while focused drops the focus: give it back, unless it went to the errors.
    if (document.activeElement === document.body) button.focus();
  }
  const raised = changes.capacity !== undefined && changes.capacity > state.event.capacity && (state.event.waitlisted || 0) > 0;
  state.event = { ...state.event, ...updated };
  state.errors = [];
  state.saved = { key: raised ? 'editSavedOffered' : 'editSaved', vars: { title: pickText(updated.title)[0] } };
  renderMessages();
  announce(t(state.saved.key, state.saved.vars));
  if (state.onSaved) await state.onSaved(updated);
}

function build() {
  const event = state.event;
  const [title, titleLang] = pickText(event.title);
  const submit = el('button', { type: 'submit', className: 'button button-primary', text: t('editSave') });
  const cancel = el('button', { type: 'button', className: 'button button-secondary', text: t('editClose') });
  cancel.addEventListener('click', closeEventEdit);
  const form = el(
    'form',
    { id: 'event-edit-form', className: 'partner-form event-edit-form', novalidate: true, 'aria-labelledby': 'event-edit-title' },
    el('h3', { id: 'event-edit-title', tabindex: -1 }, t('editHeading'), ' ', el('span', { lang: titleLang, dir: 'auto', text: title })),
    el('p', { className: 'hint', text: t('editIntro') }),
    el('div', { id: 'event-edit-errors', className: 'error-summary', tabindex: -1, hidden: true }, el('p', { text: t('editErrorsTitle') }), el('ul')),
    el('fieldset', { className: 'group' }, el('legend', { text: t('editTextLegend') }), el('div', { className: 'translation-list' }, languages().map((code) => textFields(event, code)))),
    whenFields(event),
    placeFields(event),
    el('div', { className: 'form-actions' }, submit, cancel, el('p', { id: 'event-edit-saved', className: 'form-success', role: 'status', 'aria-live': 'polite' })),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save(submit).catch(failed);
  });
  $('event-edit').replaceChildren(form);
  state.builtIn = currentLang();
  renderMessages();
}

/** Opens the form for an event (with its counts: registered, offered, waitlisted); `onSaved` reloads the lists. */
export function openEventEdit(event, { onSaved } = {}) {
  Object.assign(state, { event, errors: [], saved: undefined, onSaved });
  $('event-edit').hidden = false;
  build();
  $('event-edit-title').focus();
}

export function closeEventEdit() {
  state.event = undefined;
  $('event-edit').hidden = true;
  $('event-edit').replaceChildren();
}

/** After a language switch: the form is drawn again with what was typed kept (and nothing else: focus stays put). */
export function relabelEventEdit() {
  if (!state.event || !$('event-edit-form') || state.builtIn === currentLang()) return;
  const typed = [...$('event-edit-form').querySelectorAll('input, textarea, select')].map((node) => [node.id, node.value]);
  build();
  for (const [id, value] of typed) if ($(id)) $(id).value = value;
}

export const eventEditStrings = {
  fr: {
    editEvent: 'Modifier',
    editHeading: 'Modifier l’événement :',
    editIntro: 'Seul ce que vous changez est enregistré ; une langue laissée telle quelle garde son texte. Les heures sont celles de la résidence.',
    editTextLegend: 'Titre et description par langue',
    editTitleField: 'Titre',
    editDescriptionField: 'Description',
    editWhenLegend: 'Date et heure',
    editTimeZoneHint: 'Heure locale ({zone}).',
    edit_startDate: 'Date de début',
    edit_startTime: 'Heure de début',
    edit_endDate: 'Date de fin',
    edit_endTime: 'Heure de fin',
    editPlaceLegend: 'Lieu et places',
    editAddress: 'Adresse',
    editSite: 'Résidence',
    editNoSite: 'Aucune résidence en particulier',
    editCapacity: 'Nombre de places',
    editCapacityHint: '{booked} place(s) déjà réservée(s) ou proposée(s), {waitlisted} en liste d’attente : la capacité ne peut pas descendre sous les places réservées ; des places en plus sont proposées à la liste d’attente.',
    editSave: 'Enregistrer les modifications',
    editClose: 'Fermer sans enregistrer',
    editErrorsTitle: 'Les modifications n’ont pas été enregistrées. Corrigez ces points :',
    editErrRequired: 'Ce champ est obligatoire.',
    editErrDateTime: 'Indiquez une date et une heure valides.',
    editErrEndBeforeStart: 'La fin doit être après le début.',
    editErrCapacity: 'Indiquez un nombre entier de places, au moins 1.',
    editErrCapacityBelowBooked: '{booked} place(s) sont déjà réservées : la capacité ne peut pas être inférieure à {booked}.',
    editNothingChanged: 'Rien n’a changé : modifiez un champ avant d’enregistrer.',
    editSaved: '« {title} » : modifications enregistrées.',
    editSavedOffered: '« {title} » : modifications enregistrées ; les places libérées sont proposées à la liste d’attente.',
  },
  en: {
    editEvent: 'Edit',
    editHeading: 'Edit the event:',
    editIntro: 'Only what you change is saved; a language left as it is keeps its text. Times are the residence’s local time.',
    editTextLegend: 'Title and description per language',
    editTitleField: 'Title',
    editDescriptionField: 'Description',
    editWhenLegend: 'Date and time',
    editTimeZoneHint: 'Local time ({zone}).',
    edit_startDate: 'Start date',
    edit_startTime: 'Start time',
    edit_endDate: 'End date',
    edit_endTime: 'End time',
    editPlaceLegend: 'Place and seats',
    editAddress: 'Address',
    editSite: 'Residence',
    editNoSite: 'No particular residence',
    editCapacity: 'Number of seats',
    editCapacityHint: '{booked} seat(s) already booked or offered, {waitlisted} on the waitlist: the capacity cannot go below the seats booked; extra seats are offered to the waitlist.',
    editSave: 'Save the changes',
    editClose: 'Close without saving',
    editErrorsTitle: 'The changes were not saved. Please fix these points:',
    editErrRequired: 'This field is required.',
    editErrDateTime: 'Give a valid date and time.',
    editErrEndBeforeStart: 'The end must be after the start.',
    editErrCapacity: 'Give a whole number of seats, at least 1.',
    editErrCapacityBelowBooked: '{booked} seat(s) are already booked: the capacity cannot be less than {booked}.',
    editNothingChanged: 'Nothing changed: edit a field before saving.',
    editSaved: '“{title}”: changes saved.',
    editSavedOffered: '“{title}”: changes saved; the freed seats are offered to the waitlist.',
  },
};
