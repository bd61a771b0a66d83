// POST /api/staff/outbox/run through the real server: staff only, kicks the worker, answers with the counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalConnector } from '../fakes/local-connector.js';
import { createAccount } from '../../src/staff/api-keys.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { sequentialIds, tempDir } from '../helpers/setup.js';

describe('POST /api/staff/outbox/run', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let connector: LocalConnector;
  let staffKey: string;
  let partnerKey: string;
  const run = (key: string | undefined, query = '') =>
    fetch(`${bot.url}/api/staff/outbox/run${query}`, { method: 'POST', headers: key ? { authorization: `Bearer ${key}` } : {} });

  beforeAll(async () => {
    dir = await tempDir();
    connector = await LocalConnector.start();
    bot = await startBot(dir.path, { QUIET_HOURS: '' });
    const ids = sequentialIds('acct');
    staffKey = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, new Date(), ids)).key;
    partnerKey = (await createAccount(bot.store, { name: 'Centre social', role: 'partner' }, new Date(), ids)).key;
    const now = new Date().toISOString();
    await bot.store.residents.save({
      id: 'r1', language: 'fr', languageSource: 'chosen', consents: [], createdAt: now, updatedAt: now,
      reference: { channelId: 'sms', serviceUrl: connector.url, conversation: { id: 'conv-1' } as never, user: { id: 'user-1' } as never, bot: { id: 'palier' } as never },
    });
    await bot.store.outbox.add([
      { id: 'm1', kind: 'announcement', ref: 'a1', residentId: 'r1', channelId: 'sms', language: 'fr', text: 'Fête des voisins', notBefore: now, status: 'pending', attempts: 0, createdAt: now, updatedAt: now },
    ]);
  });
  afterAll(async () => {
    await bot.stop();
    await connector.close();
    await dir.remove();
  });

  it('is for staff only', async () => {
    expect((await run(undefined)).status).toBe(401);
    expect((await run(partnerKey)).status).toBe(403);
  });

  it('starts sending due messages and answers at once with the counts by status', async () => {
    const delivered = new Promise((resolve) => connector.once('activity', resolve));
    const response = await run(staffKey, '?ref=a1');
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ started: true, ref: 'a1', counts: { pending: 1, sending: 0, sent: 0, failed: 0, unreachable: 0 } });
    await delivered;
    await bot.outbox.kick(); // resolves after the run the route started, and one more
    expect(await bot.store.outbox.countsByRef('a1')).toMatchObject({ sent: 1 });
    expect(connector.deliveredTo('conv-1')).toHaveLength(1);
  });
});
