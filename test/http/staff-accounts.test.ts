// Keys managed by an admin while the bot runs: the accounts API, and `npm run accounts` / `npm run
// export` going through the running bot (lowdb is one process only). A revoked key fails at once.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequentialIds, tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { projectRoot } from '../../src/paths.js';
import { createAccount } from '../../src/staff/api-keys.js';

const run = promisify(execFile);

describe('accounts while the bot runs', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let admin: string;
  let staff: string;
  const send = async (method: string, path: string, key: string, body?: unknown) => {
    const response = await fetch(`${bot.url}${path}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as any };
  };
  /** A command-line tool as an operator runs it, pointed at the running bot and its data folder. */
  const cli = (script: string, args: string[], env: Record<string, string>) =>
    run(join(projectRoot, 'node_modules', '.bin', 'tsx'), [join(projectRoot, 'src', 'cli', script), ...args], {
      cwd: dir.path,
      env: { ...process.env, DATA_DIR: join(dir.path, 'data'), PALIER_API_URL: bot.url, DATABASE_URL: '', ...env },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(join(dir.path, 'data'));
    const ids = sequentialIds('acct');
    admin = (await createAccount(bot.store, { name: 'Responsable', role: 'admin' }, new Date('2026-11-24T10:00:00Z'), ids)).key;
    staff = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, new Date('2026-11-24T10:00:00Z'), ids)).key;
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('lets an admin create, list and revoke keys; a revoked key fails on its very next call', async () => {
    expect((await send('GET', '/api/staff/accounts', staff)).status).toBe(403); // staff, not admin
    expect((await send('GET', '/api/staff/needs', admin)).status).toBe(200); // an admin is staff too
    const made = await send('POST', '/api/staff/accounts', admin, { name: 'Centre social Nord', role: 'partner' });
    expect(made).toMatchObject({ status: 201, body: { account: { name: 'Centre social Nord', role: 'partner' }, key: expect.stringMatching(/^plr_/) } });
    expect(made.body.account.keyHash).toBeUndefined();
    expect((await send('GET', '/api/partners/events', made.body.key)).status).toBe(200);
    const listed = await send('GET', '/api/staff/accounts', admin);
    expect(listed.body.items.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['Responsable', 'Agence Nord', 'Centre social Nord']));
    expect(JSON.stringify(listed.body)).not.toMatch(/keyHash|keySalt/);

    const revoked = await send('POST', `/api/staff/accounts/${made.body.account.id}/revoke`, admin);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect((await send('GET', '/api/partners/events', made.body.key)).status).toBe(401);
    const self = (listed.body.items as { id: string; name: string }[]).find((a) => a.name === 'Responsable')!;
    expect(await send('POST', `/api/staff/accounts/${self.id}/revoke`, admin)).toMatchObject({ status: 409, body: { error: { code: 'OwnKey' } } });
    const audit = (await bot.store.audit.list()).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['account.create', 'account.revoke']));
  });

  it('runs npm run accounts through the running bot, and refuses to touch its data folder without a key', async () => {
    const refused = (await cli('accounts.ts', ['list'], { PALIER_API_KEY: '' })) as { code: number; stderr: string };
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('PALIER_API_KEY');

    const added = (await cli('accounts.ts', ['add', '--role', 'staff', '--name', 'Agence Sud'], { PALIER_API_KEY: admin })) as { stdout: string };
    const key = /^(plr_\S+)$/m.exec(added.stdout)![1]!;
    expect((await send('GET', '/api/staff/needs', key)).status).toBe(200); // the running bot knows it at once
    const id = /\(id ([^)]+)\)/.exec(added.stdout)![1]!;
    const listed = (await cli('accounts.ts', ['list'], { PALIER_API_KEY: admin })) as { stdout: string };
    expect(listed.stdout).toMatch(new RegExp(`${id}\\tstaff\\tactive\\tAgence Sud`));
    await cli('accounts.ts', ['revoke', id], { PALIER_API_KEY: admin });
    expect((await send('GET', '/api/staff/needs', key)).status).toBe(401);
  }, 60_000);

  it('runs npm run export through the running bot', async () => {
    await bot.store.needs.create({ residentId: 'r1', type: 'need', category: 'building', text: 'Porte cassée', language: 'fr', site: 'Les Tilleuls', notifyOnStatus: false, channel: 'sms' }, new Date('2026-03-01T09:00:00Z'));
    const out = join(dir.path, 'needs.xlsx');
    const done = (await cli('export.ts', ['needs', '--format', 'xlsx', '--lang', 'en', '--out', out], { PALIER_API_KEY: staff })) as { stdout: string };
    expect(done.stdout).toContain('through the bot');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer);
    expect(book.worksheets[0]!.getRow(1).getCell(1).value).toBe('Reference');
    expect(book.worksheets[0]!.getRow(2).getCell(8).value).toBe('Porte cassée');
  }, 60_000);
});
