// Staff and partner accounts (API keys kept hashed) and their repository.
/** An admin is a staff member who may also manage keys (create, list, revoke); partners see only their own space. */
export const ACCOUNT_ROLES = ['admin', 'staff', 'partner'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** A staff member or partner association with an API key; only a salted hash of the key is kept. */
export interface Account {
  id: string;
  name: string;
  role: AccountRole;
  /** The key's public part, to find the account without comparing every hash. */
  keyPrefix: string;
  keySalt: string;
  keyHash: string;
  createdAt: string;
  revokedAt?: string;
}

export interface AccountRepository {
  byPrefix(prefix: string): Promise<Account | undefined>;
  list(): Promise<Account[]>;
  save(account: Account): Promise<void>;
}
