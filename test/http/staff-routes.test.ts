// Every staff and partner route goes through the one route helper: walks the OpenAPI list and checks the error shape.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, sequentialIds } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import { createAccount } from '../../src/staff/api-keys.js';
import { openApiDocument } from '../../src/staff/openapi.js';
import { helperRoutes } from '../../src/staff/route.js';
import type { Store } from '../../src/store/types.js';

interface Parameter {
  name: string;
  in: 'path' | 'query';
  schema: { enum?: readonly string[]; type?: string; format?: string; maxLength?: number };
}
interface Operation {
  parameters?: readonly Parameter[];
  requestBody?: unknown;
  security?: readonly unknown[];
}

const paths = openApiDocument.paths as unknown as Record<string, Record<string, Operation>>;
/** Every documented operation that needs a key, as [METHOD, path, operation]. */
const operations = Object.entries(paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([, op]) => op.security === undefined)
    .map(([method, op]) => [method.toUpperCase(), path, op] as const),
);

/** A value the parameter's schema refuses, or undefined when any string fits. */
function badValue(parameter: Parameter): string | undefined {
  const { schema } = parameter;
  if (schema.enum) return 'not-one-of-them';
  if (schema.type === 'integer') return 'zero';
  if (schema.format === 'date') return '24/11/2026';
  if (schema.maxLength) return 'x'.repeat(schema.maxLength + 1);
  return undefined;
}

const errorShape = { error: { code: expect.any(String), message: expect.any(String) } };

describe('staff and partner routes', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  const keys: Record<'admin' | 'staff' | 'partner', string> = { admin: '', staff: '', partner: '' };

  const call = (method: string, path: string, key: string | undefined, body?: unknown) =>
    fetch(`${bot.url}${path}`, {
      method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const roleOf = (method: string, path: string) => helperRoutes(bot.server.server).find((r) => r.method === method && r.path === path.replace(/\{(\w+)\}/g, ':$1'))?.roles[0];

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path, { SURVEYS_DIR: `${dir.path}/surveys` });
    const ids = sequentialIds('acct');
    const now = new Date('2026-11-24T10:00:00Z');
    keys.staff = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, now, ids)).key;
    keys.partner = (await createAccount(bot.store, { name: 'Centre social', role: 'partner' }, now, ids)).key;
    keys.admin = (await createAccount(bot.store, { name: 'Admin', role: 'admin' }, now, ids)).key;
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('registers every /api/staff and /api/partners route through the helper, each one documented', () => {
    const served = Object.values(bot.server.server.router.getRoutes())
      .map((r) => (r as unknown as { spec: { path: string; method: string } }).spec)
      .filter((s) => s.path.startsWith('/api/staff') || s.path.startsWith('/api/partners'))
      .map((s) => `${s.method} ${s.path}`)
      .sort();
    const throughHelper = helperRoutes(bot.server.server).map((r) => `${r.method} ${r.path}`).sort();
    expect(served).toEqual(throughHelper);
    expect(operations.map(([method, path]) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`).sort()).toEqual(throughHelper);
  });

  it.each(operations)('%s %s refuses a missing key (401) and the other role (403) with the error shape', async (method, path) => {
    const url = path.replace(/\{\w+\}/g, 'x1');
    const anonymous = await call(method, url, undefined);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject(errorShape);
    const other = roleOf(method, path) === 'staff' ? 'partner' : 'staff';
    const wrongRole = await call(method, url, keys[other]);
    expect(wrongRole.status).toBe(403);
    expect(await wrongRole.json()).toMatchObject({ error: { code: 'Forbidden', message: expect.any(String) } });
  });

  it.each(operations.filter(([, , op]) => op.parameters?.length || op.requestBody))('%s %s answers bad input with a 4xx and the error shape', async (method, path, op) => {
    const key = keys[roleOf(method, path)!];
    const url = path.replace(/\{\w+\}/g, 'no-such-id');
    const tries: { url: string; body?: unknown; status: number[] }[] = [];
    // A body of the wrong type; an unknown record in the path; each query parameter with a value its schema refuses.
    if (op.requestBody) tries.push({ url, body: ['not', 'an', 'object'], status: [400] });
    if (path.includes('{')) tries.push({ url, status: [400, 404] });
    for (const parameter of op.parameters ?? []) {
      const value = parameter.in === 'query' ? badValue(parameter) : undefined;
      if (value !== undefined) tries.push({ url: `${url}?${parameter.name}=${encodeURIComponent(value)}`, status: [400, 404] });
    }
    expect(tries.length).toBeGreaterThan(0);
    for (const attempt of tries) {
      const response = await call(method, attempt.url, key, attempt.body);
      expect(attempt.status, `${method} ${attempt.url}`).toContain(response.status);
      expect(await response.json()).toMatchObject(errorShape);
    }
  });
});

describe('a failure nobody expected', () => {
  it('is a logged 500 without internal text, on staff routes and on any other route (async rejections too)', async () => {
    const dir = await tempDir();
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void lines.push(line) });
    const inner = await openLowdbStore({ dataDir: dir.path });
    const secret = 'connect ECONNREFUSED db-primary.internal.example:5432';
    const failing = (): Promise<never> => Promise.reject(new Error(secret));
    // The same store, except that listing needs and reading an event fail as a lost database would.
    const store: Store = { ...inner, needs: { ...inner.needs, list: failing }, events: { ...inner.events, get: failing } } as Store;
    const bot = await startBot(dir.path, {}, { store, logger });
    try {
      const { key } = await createAccount(store, { name: 'Agence Nord', role: 'staff' }, new Date(), sequentialIds('acct'));
      for (const path of ['/api/staff/needs', '/events/e1/calendar.ics']) {
        const response = await fetch(`${bot.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
        expect(response.status, path).toBe(500);
        const text = await response.text();
        expect(JSON.parse(text)).toEqual({ error: { code: 'InternalError', message: expect.any(String) } });
        expect(text).not.toMatch(/ECONNREFUSED|internal\.example|5432|at /);
      }
      expect(lines.filter((line) => line.includes(secret))).toHaveLength(2);
    } finally {
      await bot.stop();
      await dir.remove();
    }
  });
});
