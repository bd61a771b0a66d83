// The one way to record who did what: an audit entry names the account, the action and its target.
import type { Clock, IdGenerator } from './clock.js';
import type { Account, Store } from './store/types.js';

/** Who changed what, when: every staff change is recorded. */
export interface AuditEntry {
  id: string;
  at: string;
  by: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface AuditDeps {
  store: Pick<Store, 'audit'>;
  clock: Clock;
  newId: IdGenerator;
}

/** How an account is named in the log: its name and id, so a renamed or revoked account stays traceable. */
export const auditActor = (account: Pick<Account, 'id' | 'name'>): string => `${account.name} (${account.id})`;

/** The bot itself, for what it does on its own timers (a survey opening and its invitations). */
export const BOT_ACTOR: Pick<Account, 'id' | 'name'> = { id: 'bot', name: 'Palier' };

/** Builds an audit entry for `account` doing `action` on `target` now. */
export function auditEntry(deps: Omit<AuditDeps, 'store'>, account: Pick<Account, 'id' | 'name'>, action: string, target: string, details: Record<string, unknown> = {}): AuditEntry {
  const at = deps.clock.now().toISOString();
  return { id: deps.newId(), at, createdAt: at, by: auditActor(account), action, target, details };
}

/** Records that `account` did `action` on `target`. */
export async function recordAudit(deps: AuditDeps, account: Pick<Account, 'id' | 'name'>, action: string, target: string, details: Record<string, unknown> = {}): Promise<void> {
  await deps.store.audit.add(auditEntry(deps, account, action, target, details));
}
