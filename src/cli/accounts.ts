// npm run accounts: create, list and revoke staff and partner API keys.
import '../load-env.js';
import { parseArgs } from 'node:util';
import { randomId, systemClock } from '../clock.js';
import { createAccount } from '../staff/api-keys.js';
import { openConfiguredStore } from './open-store.js';

const USAGE = `Usage:
  npm run accounts -- add --role staff|partner --name "Centre social Nord"   prints the new key once
  npm run accounts -- list
  npm run accounts -- revoke <account id>
Stop the bot first when it uses the same lowdb data folder (lowdb is one process only).`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { role: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  const [command, id] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  const { store } = await openConfiguredStore();
  try {
    if (command === 'add') {
      if (values.role !== 'staff' && values.role !== 'partner') throw new Error('--role must be staff or partner');
      if (!values.name?.trim()) throw new Error('--name is required');
      const { account, key } = await createAccount(store, { name: values.name.trim(), role: values.role }, systemClock.now(), randomId);
      console.log(`Created ${account.role} account "${account.name}" (id ${account.id}).`);
      console.log(`API key (shown once, keep it safe):\n${key}`);
    } else if (command === 'list') {
      for (const a of await store.accounts.list()) console.log(`${a.id}\t${a.role}\t${a.revokedAt ? `revoked ${a.revokedAt}` : 'active'}\t${a.name}`);
    } else if (command === 'revoke') {
      const account = (await store.accounts.list()).find((a) => a.id === id);
      if (!account) throw new Error(`No account with id ${id ?? '(missing)'}; see "npm run accounts -- list".`);
      await store.accounts.save({ ...account, revokedAt: systemClock.now().toISOString() });
      console.log(`Revoked "${account.name}": its key no longer works.`);
    } else {
      throw new Error(`Unknown command "${command}".\n${USAGE}`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
