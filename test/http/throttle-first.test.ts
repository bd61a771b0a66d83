// A throttled request costs no store access: the conversation rate limit decides before the resident record is read or created.
import { describe, expect, it } from 'vitest';
import { residentIdFor } from '../../src/resident-id.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { Store } from '../../src/store/types.js';
import { startBot } from '../helpers/server.js';
import { tempDir, testConfig } from '../helpers/setup.js';

/** The real lowdb store, with the ids of every resident record read or written noted. */
function watched(store: Store): { store: Store; read: Set<string>; written: Set<string> } {
  const read = new Set<string>();
  const written = new Set<string>();
  const residents = {
    ...store.residents,
    get: (id: string) => (read.add(id), store.residents.get(id)),
    save: (resident: Parameters<Store['residents']['save']>[0]) => (written.add(resident.id), store.residents.save(resident)),
  };
  return { store: { ...store, residents }, read, written };
}

describe('the conversation rate limit without an app id (local connector)', () => {
  it('refuses before the resident is looked up: a throttled sender is neither read nor created', async () => {
    const dir = await tempDir();
    const { store, read, written } = watched(await openLowdbStore({ dataDir: dir.path }));
    const bot = await startBot(dir.path, { RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_SECOND: '0.01' }, { store });
    const salt = testConfig(dir.path).residentIdSalt;
    try {
      const send = (user: string) =>
        fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', id: `m-${user}`, text: 'menu', channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', from: { id: user }, recipient: { id: 'palier' }, conversation: { id: 'shared' }, deliveryMode: 'expectReplies' }),
        });
      // One after the other, so which senders got through is known.
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await send(`sender-${i}`)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
      const ids = statuses.map((_, i) => residentIdFor('sms', `sender-${i}`, salt));
      for (const id of ids.slice(0, 3)) {
        expect(read.has(id)).toBe(true);
        expect(await store.residents.get(id)).toMatchObject({ id });
      }
      for (const id of ids.slice(3)) {
        expect(read.has(id), 'a throttled sender was looked up').toBe(false);
        expect(written.has(id), 'a throttled sender was written').toBe(false);
        expect(await store.residents.get(id)).toBeUndefined();
      }
      // A throttled resident who already exists is not touched either (no language or reference rewritten).
      const before = await store.residents.get(ids[0]!);
      read.clear();
      expect((await send('sender-0')).status).toBe(429);
      expect(read.has(ids[0]!)).toBe(false);
      expect(await store.residents.get(ids[0]!)).toEqual(before);
    } finally {
      await bot.stop();
      await dir.remove();
    }
  });
});
