// Accounts view (admin keys only): create staff, admin and partner keys (the key is shown once),
// see who has one, revoke a key (it stops working at once). Every change is in the audit log.
import { $, el } from './dom.js';
import { ApiFailure, getJson, sendJson } from './api.js';
import { announce, whileBusy } from './ui.js';
import { dict, formatDateTime, formatNumber, t } from './i18n.js';

const ROLES = ['staff', 'admin', 'partner'];
const state = { items: [], allowed: false, created: undefined };

async function load() {
  try {
    state.items = (await getJson('/api/staff/accounts')).items || [];
    state.allowed = true;
  } catch (error) {
    // A staff key without the admin role: the section stays hidden (and its nav link).
    if (error instanceof ApiFailure && error.status === 403) {
      state.allowed = false;
      render();
      return;
    }
    throw error;
  }
  render();
}

const roleLabel = (role) => (dict().accountRoles || {})[role] ?? role;

function row(account) {
  const revoke = el('button', { type: 'button', className: 'button button-secondary button-small' }, t('revoke'), el('span', { className: 'visually-hidden', text: ` ${account.name}` }));
  revoke.addEventListener('click', () =>
    whileBusy(revoke, async () => {
      await sendJson(`/api/staff/accounts/${encodeURIComponent(account.id)}/revoke`, 'POST');
      announce(t('revokedAnnounce', { name: account.name }));
      await load();
      $('accounts-title').focus();
    }),
  );
  return el(
    'tr',
    { dataset: { id: account.id, role: account.role } },
    el('th', { scope: 'row', dir: 'auto', text: account.name }),
    el('td', { text: roleLabel(account.role) }),
    el('td', { className: 'nowrap', text: formatDateTime(account.createdAt) }),
    el('td', { className: 'account-state' }, account.revokedAt ? el('span', { className: 'muted', text: t('revokedOn', { at: formatDateTime(account.revokedAt) }) }) : el('span', { text: t('active') })),
    el('td', {}, account.revokedAt ? null : revoke),
  );
}

function render() {
  $('accounts').hidden = !state.allowed;
  const link = document.querySelector('#sections-nav a[href="#accounts-title"]');
  if (link) link.parentElement.hidden = !state.allowed;
  if (!state.allowed) return;
  const active = state.items.filter((a) => !a.revokedAt).length;
  $('accounts-summary').textContent = t('accountsSummary', { total: formatNumber(state.items.length), active: formatNumber(active) });
  $('accounts-table').tBodies[0].replaceChildren(...state.items.map(row));
  const roleSelect = $('account-role');
  const current = roleSelect.value || 'staff';
  roleSelect.replaceChildren(...ROLES.map((role) => el('option', { value: role, text: roleLabel(role) })));
  roleSelect.value = current;
  const created = state.created;
  $('account-created').hidden = !created;
  if (created) {
    $('account-created-text').textContent = t('keyCreated', { name: created.account.name, role: roleLabel(created.account.role) });
    $('account-key').value = created.key;
  }
}

async function create(event) {
  event.preventDefault();
  const name = $('account-name').value.trim();
  const error = $('account-name-error');
  if (!name) {
    error.textContent = t('accountNameNeeded');
    error.hidden = false;
    $('account-name').setAttribute('aria-invalid', 'true');
    $('account-name').focus();
    return;
  }
  error.hidden = true;
  $('account-name').removeAttribute('aria-invalid');
  await whileBusy($('account-create'), async () => {
    state.created = await sendJson('/api/staff/accounts', 'POST', { name, role: $('account-role').value });
    $('account-form').reset();
    await load();
    $('account-key').focus();
    $('account-key').select();
    announce(t('keyCreatedAnnounce', { name }));
  });
}

/** Whether this key has the admin role (it may list accounts): admin-only controls elsewhere show only then. */
export const hasAdminKey = () => state.allowed;

export const accountsView = {
  name: 'accounts',
  strings: {
    fr: {
      navAccounts: 'Clés d’accès',
      accountsTitle: 'Clés d’accès (administration)',
      accountsIntro: 'Créez une clé pour un membre de l’équipe ou une association partenaire ; révoquez-la dès qu’elle ne doit plus servir : elle cesse de fonctionner aussitôt.',
      accountsSummary: '{total} compte(s), dont {active} actif(s).',
      accountsCaption: 'Comptes et clés d’accès',
      colAccountName: 'Nom',
      colAccountRole: 'Rôle',
      colAccountCreated: 'Créé le',
      colAccountState: 'État',
      colAccountActions: 'Actions',
      accountRoles: { staff: 'Équipe', admin: 'Administrateur', partner: 'Partenaire' },
      active: 'Active',
      revokedOn: 'Révoquée le {at}',
      revoke: 'Révoquer',
      revokedAnnounce: 'Clé de « {name} » révoquée : elle ne fonctionne plus.',
      newAccountLegend: 'Nouvelle clé',
      accountName: 'Nom (personne, agence ou association)',
      accountRole: 'Rôle',
      accountCreate: 'Créer la clé',
      accountNameNeeded: 'Indiquez un nom.',
      keyCreated: 'Clé créée pour « {name} » ({role}). Copiez-la maintenant : elle ne sera plus affichée.',
      keyCreatedAnnounce: 'Clé créée pour « {name} ». Elle est sélectionnée : copiez-la maintenant.',
      newKey: 'Nouvelle clé',
    },
    en: {
      navAccounts: 'Access keys',
      accountsTitle: 'Access keys (administration)',
      accountsIntro: 'Create a key for a team member or a partner association; revoke it as soon as it should no longer be used: it stops working at once.',
      accountsSummary: '{total} account(s), {active} active.',
      accountsCaption: 'Accounts and access keys',
      colAccountName: 'Name',
      colAccountRole: 'Role',
      colAccountCreated: 'Created',
      colAccountState: 'State',
      colAccountActions: 'Actions',
      accountRoles: { staff: 'Staff', admin: 'Administrator', partner: 'Partner' },
      active: 'Active',
      revokedOn: 'Revoked on {at}',
      revoke: 'Revoke',
      revokedAnnounce: 'Key of “{name}” revoked: it no longer works.',
      newAccountLegend: 'New key',
      accountName: 'Name (person, agency or association)',
      accountRole: 'Role',
      accountCreate: 'Create the key',
      accountNameNeeded: 'Give a name.',
      keyCreated: 'Key created for “{name}” ({role}). Copy it now: it will not be shown again.',
      keyCreatedAnnounce: 'Key created for “{name}”. It is selected: copy it now.',
      newKey: 'New key',
    },
  },
  init() {
    $('account-form').addEventListener('submit', create);
  },
  load,
  render,
  clear() {
    state.items = [];
    state.allowed = false;
    state.created = undefined;
    $('accounts-table').tBodies[0].replaceChildren();
    $('account-key').value = '';
    $('account-created').hidden = true;
  },
};
