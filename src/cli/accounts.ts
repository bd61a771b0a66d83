// npm run accounts: create, list and revoke admin, staff and partner API keys, through the running
// bot's API when it runs (PALIER_API_KEY: an admin key), else on the store directly.
import '../load-env.js';
import { parseArgs } from 'node:util';
import { randomId, systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { ACCOUNT_ROLES, type Account, type AccountRole } from '../staff/account-types.js';
import { createAccount } from '../staff/api-keys.js';
import { botApiIfRunning } from './bot-api.js';
import { openConfiguredStore } from './open-store.js';

const USAGE = `Usage:
  npm run accounts -- add --role admin|staff|partner --name "Centre social Nord"   prints the new key once
  npm run accounts -- list
  npm run accounts -- revoke <account id>
While the bot runs on the same lowdb folder, the command goes through its API: set PALIER_API_KEY to an
admin key (and PALIER_API_URL if the bot is not on http://127.0.0.1:PORT). The first admin key is made
with the bot stopped, or from the dashboard by an admin.`;

type AccountView = Omit<Account, 'keyHash' | 'keySalt'>;

/** The three operations, either over HTTP or on the store. */
interface Accounts {
  add(name: string, role: AccountRole): Promise<{ account: AccountView; key: string }>;
  list(): Promise<AccountView[]>;
  revoke(id: string): Promise<AccountView>;
  close(): Promise<void>;
}

async function accounts(): Promise<Accounts> {
  const config = loadConfig();
  const api = await botApiIfRunning(config, 'an admin key');
  if (api) {
    return {
      add: async (name, role) => (await (await api.call('POST', '/api/staff/accounts', { name, role })).json()) as { account: AccountView; key: string },
      list: async () => ((await (await api.call('GET', '/api/staff/accounts')).json()) as { items: AccountView[] }).items,
      revoke: async (id) => (await (await api.call('POST', `/api/staff/accounts/${encodeURIComponent(id)}/revoke`)).json()) as AccountView,
      close: async () => {},
    };
  }
  const { store } = await openConfiguredStore();
  return {
    add: (name, role) => createAccount(store, { name, role }, systemClock.now(), randomId),
    list: () => store.accounts.list(),
    async revoke(id) {
      const account = (await store.accounts.list()).find((a) => a.id === id);
      if (!account) throw new Error(`No account with id ${id}; see "npm run accounts -- list".`);
      const revoked = { ...account, revokedAt: account.revokedAt ?? systemClock.now().toISOString() };
      await store.accounts.save(revoked);
      return revoked;
    },
    close: () => store.close(),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { role: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  const [command, id] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (!['add', 'list', 'revoke'].includes(command)) throw new Error(`Unknown command "${command}".\n${USAGE}`);
  if (command === 'add' && !ACCOUNT_ROLES.includes(values.role as AccountRole)) throw new Error(`--role must be ${ACCOUNT_ROLES.join(', ')}`);
  if (command === 'add' && !values.name?.trim()) throw new Error('--name is required');
  if (command === 'revoke' && !id) throw new Error('Give the id of the account to revoke; see "npm run accounts -- list".');
  const tool = await accounts();
  try {
    if (command === 'add') {
      const { account, key } = await tool.add(values.name!.trim(), values.role as AccountRole);
      console.log(`Created ${account.role} account "${account.name}" (id ${account.id}).`);
      console.log(`API key (shown once, keep it safe):\n${key}`);
    } else if (command === 'list') {
      for (const a of await tool.list()) console.log(`${a.id}\t${a.role}\t${a.revokedAt ? `revoked ${a.revokedAt}` : 'active'}\t${a.name}`);
    } else {
      const account = await tool.revoke(id!);
      console.log(`Revoked "${account.name}": its key no longer works.`);
    }
  } finally {
    await tool.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
