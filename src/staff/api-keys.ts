// Staff and partner API keys: random, shown once, stored as a salted hash, checked in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IdGenerator } from '../clock.js';
import type { Account, AccountRole, Store } from '../store/types.js';

const hash = (salt: string, secret: string) => createHash('sha256').update(`${salt}:${secret}`).digest('hex');

/**
 * A key looks like `plr_<prefix>_<secret>`: the prefix finds the account, the secret is compared
 * with the stored hash. Keys are 192 random bits, so a fast salted hash is safe (no guessable
 * passwords to protect); a stolen data folder still does not reveal any key.
 */
export async function createAccount(store: Store, fields: { name: string; role: AccountRole }, now: Date, newId: IdGenerator): Promise<{ account: Account; key: string }> {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  const account: Account = { id: newId(), name: fields.name, role: fields.role, keyPrefix: prefix, keySalt: salt, keyHash: hash(salt, secret), createdAt: now.toISOString() };
  await store.accounts.save(account);
  return { account, key: `plr_${prefix}_${secret}` };
}

/** The active account a key belongs to, or undefined (unknown, wrong or revoked key). */
export async function accountForKey(store: Store, key: string): Promise<Account | undefined> {
  const match = /^plr_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/.exec(key);
  if (!match) return undefined;
  const account = await store.accounts.byPrefix(match[1]!);
  // Compare even when there is no account, so timing does not tell which prefixes exist.
  const expected = Buffer.from(account?.keyHash ?? '0'.repeat(64), 'hex');
  const actual = Buffer.from(hash(account?.keySalt ?? '', match[2]!), 'hex');
  const same = timingSafeEqual(expected, actual);
  return same && account && !account.revokedAt ? account : undefined;
}
