// Broken, odd and hostile input: the process never crashes, wrong requests get a 4xx, residents get an answer.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realTranslator, tempDir } from '../helpers/setup.js';
import { say, startBot, type RunningBot } from '../helpers/server.js';

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const valid = { type: 'message', text: 'menu', channelId: 'sms', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' }, deliveryMode: 'expectReplies' };

describe('hostile input on /api/messages', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path, { RATE_LIMIT_BURST: '1000' });
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it.each([
    ['no body', ''],
    ['an array', [1, 2]],
    ['no type', { ...valid, type: undefined }],
    ['no conversation', { ...valid, conversation: undefined }],
    ['no sender', { ...valid, from: undefined }],
    ['a number as text', { ...valid, text: 42 }],
    ['an object as conversation id', { ...valid, conversation: { id: { $gt: '' } } }],
  ])('answers 4xx to %s', async (_what, body) => {
    const response = await post(bot.url, body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const json = (await response.json()) as { error?: { code?: string } };
    expect(json.error?.code).toEqual(expect.any(String));
  });

  it('accepts an unknown activity type without answering it', async () => {
    const response = await post(bot.url, { ...valid, type: 'somethingNew' });
    expect(response.status).toBeLessThan(300);
  });

  it('answers a photo with no text in the resident\'s language', async () => {
    const t = (await realTranslator()).fixedT('tr');
    const replies = await say(bot.url, '', { user: 'photo', locale: 'tr-TR', attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://example.org/a.jpg' }] });
    expect(replies.map((r) => r.text).join('\n')).toContain(t('errors:textOnly', { need: t('menu:items.need.label') }));
  });

  it.each([
    ['10,000 characters', 'loyer '.repeat(1700)],
    ['control characters', 'menu\u0000\u0007\u001b[31m'],
    ['direction marks', '\u200fقائمة\u200e \u202eabc'],
    ['emoji', '🏠🔧💡👍🏽 👨‍👩‍👧‍👦'],
    ['combining characters', 'Z̷̢̛a̶̡͝l̴̨̛g̸̡̛o̵̢͘ loyer'],
  ])('answers %s with a message in the resident\'s language', async (_what, text) => {
    const replies = await say(bot.url, text, { user: `odd-${_what}`, locale: 'ar-MA' });
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => typeof r.text === 'string' && r.text.length > 0)).toBe(true);
  });

  it('never crashes and always answers, whatever a resident types (property-based, bounded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }), fc.constantFrom('menu', '1', '2', 'aide', 'langue', '9', 'oui', 'non')), async (text) => {
        const replies = await say(bot.url, text, { user: 'fuzz', locale: 'fr-FR' });
        return replies.length > 0 && replies.every((r) => r.type === 'message');
      }),
      { numRuns: 150, seed: 20261124 },
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    // 150 turns, each fsynced: generous for a shared, loaded machine.
  }, 120_000);
});

describe('per-conversation rate limit', () => {
  it('slows a conversation that floods, and not the others', async () => {
    const dir = await tempDir();
    const bot = await startBot(dir.path, { RATE_LIMIT_BURST: '5', RATE_LIMIT_PER_SECOND: '0.01' });
    const message = (conversation: string, i: number) => ({ ...valid, id: `${conversation}-${i}`, conversation: { id: conversation } });
    const flood = await Promise.all(Array.from({ length: 12 }, (_, i) => post(bot.url, message('flood', i))));
    const statuses = flood.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    expect(Number(flood.find((r) => r.status === 429)!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(bot.url, message('calm', 1))).status).toBe(200);
    await bot.stop();
    await dir.remove();
  });
});
