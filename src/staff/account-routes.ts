// /api/staff/accounts: an admin creates, lists and revokes staff, admin and partner keys from the
// dashboard or a script; `npm run accounts` calls these routes while the bot runs. A revoked key
// fails on its next request (keys are checked against the store on every call).
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { ACCOUNT_ROLES, type Account } from './account-types.js';
import { createAccount } from './api-keys.js';
import { ApiError } from './api-error.js';
import { created, ok, type Routes, type StaffApiDeps } from './route.js';
import { idParams } from './schemas.js';

const newAccount = z.object({ name: z.string().trim().min(1).max(120), role: z.enum(ACCOUNT_ROLES) });

/** What anyone may see of an account: never its hash or salt. */
export const accountView = ({ keyHash: _hash, keySalt: _salt, ...account }: Account) => account;

export function registerAccountRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store, clock, newId } = deps;

  routes.get('/api/staff/accounts', {
    roles: ['admin'],
    handle: async () => ok({ items: (await store.accounts.list()).map(accountView) }),
  });

  routes.post('/api/staff/accounts', {
    roles: ['admin'],
    body: newAccount,
    handle: async ({ account, body }) => {
      const made = await createAccount(store, body, clock.now(), newId);
      await recordAudit(deps, account, 'account.create', made.account.id, { role: body.role, name: body.name });
      // The key is shown once, here; only its hash is kept.
      return created({ account: accountView(made.account), key: made.key });
    },
  });

  routes.post('/api/staff/accounts/:id/revoke', {
    roles: ['admin'],
    params: idParams,
    handle: async ({ account, params }) => {
      const target = (await store.accounts.list()).find((a) => a.id === params.id);
      if (!target) throw new ApiError(404, 'NotFound', `No account with id ${params.id}.`);
      if (target.id === account.id) throw new ApiError(409, 'OwnKey', 'You cannot revoke the key you are using; ask another admin.');
      if (target.revokedAt) return ok(accountView(target));
      const revoked = { ...target, revokedAt: clock.now().toISOString() };
      await store.accounts.save(revoked);
      await recordAudit(deps, account, 'account.revoke', target.id, { name: target.name, role: target.role });
      return ok(accountView(revoked));
    },
  });
}
