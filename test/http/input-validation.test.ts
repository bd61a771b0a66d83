// Every staff route that takes dates refuses an impossible one with 400 {error:{code,message}}, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/staff/api-keys.js';
import { openApiDocument } from '../../src/staff/openapi.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { sequentialIds, tempDir } from '../helpers/setup.js';

type Operation = { parameters?: readonly { name: string; in: string; schema?: { format?: string } }[] };
const paths = openApiDocument.paths as unknown as Record<string, Record<string, Operation>>;
/** GET routes without path parameters that take a date in the query, and which date parameters. */
const dated = Object.entries(paths)
  .filter(([path, ops]) => !path.includes('{') && ops.get)
  .map(([path, ops]) => [path, (ops.get!.parameters ?? []).filter((p) => p.in === 'query' && p.schema?.format === 'date').map((p) => p.name)] as const)
  .filter(([, names]) => names.length > 0);

describe('impossible dates on staff routes', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let keys: string[];
  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    const ids = sequentialIds('acct');
    keys = await Promise.all((['staff', 'admin'] as const).map(async (role) => (await createAccount(bot.store, { name: role, role }, new Date(), ids)).key));
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('covers the routes that take dates', () => {
    expect(dated.map(([path]) => path)).toEqual(expect.arrayContaining(['/api/staff/needs', '/api/staff/stats']));
  });

  it.each(dated.flatMap(([path, names]) => names.flatMap((name) => ['2026-13-45', '2026-02-30', '20261301', '2026-1-1'].map((value) => [path, name, value] as const))))(
    '%s?%s=%s answers 400',
    async (path, name, value) => {
      let response: Response | undefined;
      for (const key of keys) {
        response = await fetch(`${bot.url}${path}?${name}=${value}`, { headers: { authorization: `Bearer ${key}` } });
        if (response.status !== 403) break;
      }
      expect(response!.status).toBe(400);
      const body = (await response!.json()) as { error: { code: string; message: string } };
      expect(body).toEqual({ error: { code: expect.any(String), message: expect.stringContaining(name) } });
    },
  );
});
