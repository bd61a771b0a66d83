// Safe by default in development: loopback only, replies only to the local connector, bounded local
// Direct Line with per-conversation tokens, deeply nested JSON refused.
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { LocalDirectLine } from '../../src/web/direct-line.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { tempDir } from '../helpers/setup.js';

describe('where the bot listens', () => {
  it('listens on loopback in development unless HOST says otherwise, and everywhere in production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'a', RESIDENT_ID_SALT: 's' }).host).toBe('0.0.0.0');
  });
});

describe('a development bot on HTTP', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path, { NODE_ENV: 'development', LOCAL_CHAT: 'true' });
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${bot.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const message = (serviceUrl: string) => ({ type: 'message', text: 'menu', channelId: 'sms', serviceUrl, from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: `c-${serviceUrl.length}` }, deliveryMode: 'expectReplies' });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'https://evil.example.org/',
    'http://127.0.0.1:9/admin?drop=all',
    'http://user:pw@127.0.0.1:9',
    'file:///etc/passwd',
    'not a url',
  ])('refuses to answer to %s', async (serviceUrl) => {
    const response = await post('/api/messages', message(serviceUrl));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'ServiceUrlNotAllowed' } });
  });

  it('answers the local connector', async () => {
    expect((await post('/api/messages', message('http://127.0.0.1:9'))).status).toBe(200);
  });

  it.each([200, 5_000, 100_000])('refuses JSON nested %i levels with 400, and keeps serving', async (depth) => {
    const body = `{"type":"message","deep":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const response = await post('/api/messages', body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toMatch(/TooDeep|InvalidContent|BadRequest/);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('lets only the page that started a local conversation read or post in it', async () => {
    const started = (await (await post('/v3/directline/conversations', {})).json()) as { conversationId: string; token: string };
    const other = (await (await post('/v3/directline/conversations', {})).json()) as { conversationId: string; token: string };
    const activities = `/v3/directline/conversations/${started.conversationId}/activities`;
    const typed = { type: 'message', text: 'menu', from: { id: 'me' } };
    expect((await post(activities, typed)).status).toBe(403);
    expect((await post(activities, typed, { authorization: `Bearer ${other.token}` })).status).toBe(403);
    expect((await fetch(`${bot.url}${activities}`, { headers: { authorization: `Bearer ${other.token}` } })).status).toBe(403);
    expect((await post(activities, typed, { authorization: `Bearer ${started.token}` })).status).toBe(200);
    const read = await fetch(`${bot.url}${activities}`, { headers: { authorization: `Bearer ${started.token}` } });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { activities: unknown[] }).activities.length).toBeGreaterThan(1);
    // The connector route accepts the bot's replies only for conversations it started.
    expect((await post('/v3/conversations/made-up/activities', { type: 'message', text: 'x' })).status).toBe(404);
  });
});

describe('the local Direct Line in memory', () => {
  it('keeps each conversation bounded in count and size, watermarks going on', () => {
    const line = new LocalDirectLine(() => 'http://127.0.0.1:1', async () => undefined);
    const { conversationId } = line.startConversation();
    const big = 'x'.repeat(20_000);
    for (let i = 0; i < 2_000; i++) line.fromBot(conversationId, { type: 'message', text: i % 2 ? big : `m${i}` } as Partial<Activity>);
    const { activities, watermark } = line.activitiesSince(conversationId, undefined);
    // "<server instance>.<position>": a page open across a restart gets what the new server has.
    expect(Number(watermark.split('.')[1])).toBe(2_000);
    expect(activities.length).toBeLessThanOrEqual(500);
    expect(JSON.stringify(activities).length).toBeLessThan(600 * 1024);
    expect(activities.at(-1)).toMatchObject({ text: big });
    expect(line.activitiesSince(conversationId, watermark.replace(/\d+$/, '1999')).activities).toHaveLength(1);
  });

  it('keeps at most 200 conversations', () => {
    const line = new LocalDirectLine(() => 'http://127.0.0.1:1', async () => undefined);
    const ids = Array.from({ length: 300 }, () => line.startConversation().conversationId);
    expect(ids.filter((id) => line.has(id))).toHaveLength(200);
    expect(line.has(ids[0]!)).toBe(false);
  });
});
