// Bearer key authentication and roles for /api/staff and /api/partners; repeated failures are slowed.
import type { Request } from 'restify';
import type { Clock } from '../clock.js';
import { RateLimiter } from '../rate-limit.js';
import type { Account, AccountRole, Store } from '../store/types.js';
import { accountForKey } from './api-keys.js';
import { ApiError } from './api-error.js';

export class StaffAuth {
  /** Five wrong keys at once from one address, then one try every ten seconds. */
  private readonly failures: RateLimiter;

  constructor(
    private readonly store: Store,
    clock: Clock,
  ) {
    this.failures = new RateLimiter(5, 0.1, clock);
  }

  /** The caller's account, if its key is valid and its role is allowed; throws 401, 403 or 429. */
  async require(req: Request, roles: readonly AccountRole[]): Promise<Account> {
    const address = req.socket?.remoteAddress ?? 'unknown';
    const header = String(req.headers.authorization ?? '');
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const account = key ? await accountForKey(this.store, key) : undefined;
    // Only a wrong key counts as a failed try: a request without one guesses nothing.
    if (!key) throw new ApiError(401, 'MissingKey', 'Send an API key: "Authorization: Bearer <key>".');
    if (!account) {
      const wait = this.failures.take(address);
      if (wait > 0) throw new ApiError(429, 'TooManyFailures', `Too many failed sign-ins from this address; retry in ${wait} s.`);
      throw new ApiError(401, 'InvalidKey', 'This API key is not valid (wrong or revoked).');
    }
    // An admin is staff too: every staff route is open to an admin key.
    const allowed = roles.includes(account.role) || (account.role === 'admin' && roles.includes('staff'));
    if (!allowed) throw new ApiError(403, 'Forbidden', `This needs a ${roles.join(' or ')} key.`);
    return account;
  }
}
