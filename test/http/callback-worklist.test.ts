// The call-back worklist through the real server: with more than 500 open requests, every one is
// reachable page by page, oldest first, and closed ones are left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequentialIds, tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { createAccount } from '../../src/staff/api-keys.js';

const OPEN = 520;

describe('call-back worklist', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let key: string;
  const open: string[] = [];
  const closed: string[] = [];
  const page = async (n: number, pageSize: number) => {
    const response = await fetch(`${bot.url}/api/staff/needs?kind=callback&state=open&order=oldest&page=${n}&pageSize=${pageSize}`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as { items: { receipt: string; status: string; createdAt: string }[]; total: number };
  };

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    key = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, new Date('2026-11-24T10:00:00Z'), sequentialIds('acct'))).key;
    const base = Date.parse('2026-10-01T08:00:00Z');
    for (let i = 0; i < OPEN + 10; i++) {
      const need = await bot.store.needs.create(
        { residentId: `r${i}`, type: 'callback', category: 'callback', text: `Rappel ${i}`, language: 'fr', audience: 'everyone', notifyOnStatus: false, channel: 'sms', preferredTime: 'morning' },
        new Date(base + i * 60_000),
      );
      // Every 53rd request is already done or declined: not on the worklist.
      if (i % 53 === 7) {
        await bot.store.needs.update(need.id, { status: i % 2 ? 'done' : 'declined' });
        closed.push(need.receipt);
      } else open.push(need.receipt);
    }
    expect(open.length).toBeGreaterThan(500);
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('reaches every open request page by page, oldest first, and none that is closed', async () => {
    const first = await page(1, 200);
    expect(first.total).toBe(open.length);
    const seen = [...first.items];
    for (let n = 2; n <= Math.ceil(first.total / 200); n++) seen.push(...(await page(n, 200)).items);
    expect(seen.map((n) => n.receipt)).toEqual(open);
    expect(seen.every((n) => ['new', 'in-progress', 'planned'].includes(n.status))).toBe(true);
    expect(seen.map((n) => n.createdAt)).toEqual([...seen.map((n) => n.createdAt)].sort());
    expect((await page(4, 200)).items).toEqual([]);
  });

  it('still lists the newest first by default, and closed requests on their own', async () => {
    const response = await fetch(`${bot.url}/api/staff/needs?kind=callback&state=closed&pageSize=50`, { headers: { authorization: `Bearer ${key}` } });
    const body = (await response.json()) as { items: { receipt: string }[]; total: number };
    expect(body.total).toBe(closed.length);
    expect(body.items.map((n) => n.receipt)).toEqual([...closed].reverse());
  });
});
