// The real server on an ephemeral port: every language's welcome, memory across restarts, health.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/config.js';
import { residentIdFor } from '../../src/resident-id.js';
import { realTranslator, tempDir } from '../helpers/setup.js';
import { say, startBot, type RunningBot } from '../helpers/server.js';

const LOCALES = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-MA', es: 'es-ES', pt: 'pt-BR', tr: 'tr-TR' } as const;

describe('bot over HTTP', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  beforeEach(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
  });
  afterEach(async () => {
    await bot.stop();
    await dir.remove();
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l, LOCALES[l]]))('welcomes in %s when the channel says %s', async (lng, locale) => {
    const t = (await realTranslator()).fixedT(lng);
    const replies = await say(bot.url, 'hi', { user: `u-${lng}`, locale });
    expect(replies[0]?.text).toContain(t('common:welcome.hello', { landlord: 'Votre bailleur' }));
    expect(replies.at(-1)?.text).toContain(t('menu:prompt'));
    expect(replies.every((r) => r.type === 'message')).toBe(true);
  });

  it('remembers a resident\'s language after a restart on the same data folder', async () => {
    const t = (await realTranslator()).fixedT('ar');
    await say(bot.url, 'مرحبا', { user: 'amina', locale: 'ar-MA' });
    await bot.stop();
    bot = await startBot(dir.path);
    const replies = await say(bot.url, 'menu', { user: 'amina', conversationId: 'conv-2' });
    expect(replies.at(-1)?.text).toContain(t('menu:prompt'));
  });

  it('answers two residents interleaved, each in their own language', async () => {
    const translator = await realTranslator();
    const turns = Array.from({ length: 10 }, (_, i) => [
      say(bot.url, 'menu', { user: 'anne', locale: 'fr-FR', id: `fr${i}` }),
      say(bot.url, 'menu', { user: 'mehmet', locale: 'tr-TR', id: `tr${i}` }),
    ]).flat();
    const results = await Promise.all(turns);
    results.forEach((replies, i) => {
      const lng = i % 2 === 0 ? 'fr' : 'tr';
      expect(replies.at(-1)?.text).toContain(translator.fixedT(lng)('menu:prompt'));
    });
  });

  it('detects the language of a first message when the channel gives none', async () => {
    const translator = await realTranslator();
    const cases = [['merhaba', 'tr'], ['مرحبا', 'ar'], ['hola', 'es'], ['Bonjour', 'fr'], ['Hello there, I need some help with my flat', 'en']] as const;
    for (const [text, lng] of cases) {
      const replies = await say(bot.url, text, { user: `detect-${lng}` });
      const resident = await bot.store.residents.get(residentIdFor('sms', `detect-${lng}`, bot.palier.config.residentIdSalt));
      expect(resident?.language, text).toBe(lng);
      // A greeting gets the welcome; a first message that is already a request is answered straight away.
      if (text.split(' ').length === 1) expect(replies[0]?.text, text).toContain(translator.fixedT(lng)('common:welcome.hello', { landlord: 'Votre bailleur' }));
    }
  });

  it('reports health only while the store is readable', async () => {
    const ok = await fetch(`${bot.url}/healthz`);
    expect(ok.status).toBe(200);
    await dir.remove();
    const down = await fetch(`${bot.url}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ error: { code: 'StoreUnavailable' } });
  });

  it('refuses malformed JSON and bodies over the limit with a clear error, and keeps serving', async () => {
    const bad = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    const huge = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(400_000) }),
    });
    expect(huge.status).toBe(413);
    const replies = await say(bot.url, 'menu', { user: 'after-errors', locale: 'fr-FR' });
    expect(replies.length).toBeGreaterThan(0);
  });
});

describe('Bot Framework authentication', () => {
  it('refuses a request without a token when an app id is configured', async () => {
    const dir = await tempDir();
    const bot = await startBot(dir.path, { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', from: { id: 'x' }, conversation: { id: 'c' }, recipient: { id: 'b' } }),
    });
    expect(response.status).toBe(401);
    const forged = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJvdGhlciJ9.c2lnbmF0dXJl' },
      body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', from: { id: 'x' }, conversation: { id: 'c' }, recipient: { id: 'b' } }),
    });
    expect(forged.status).toBe(401);
    await bot.stop();
    await dir.remove();
  });
});
