// Settings are validated at start with messages that name the setting.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has working defaults for local development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, dataDir: './data', defaultLanguage: 'fr', timeZone: 'Europe/Paris', localChat: true });
    expect(config.languages).toEqual(['fr', 'en', 'ar', 'es', 'pt', 'tr']);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ LANGUAGES: 'fr,xx' }, /LANGUAGES/],
    [{ TIME_ZONE: 'Mars/Olympus' }, /TIME_ZONE/],
    [{ DEFAULT_LANGUAGE: 'tr', LANGUAGES: 'fr,en' }, /DEFAULT_LANGUAGE/],
    [{ QUIET_HOURS: '21h-8h' }, /QUIET_HOURS/],
    [{ OUTBOX_CONCURRENCY: '0' }, /OUTBOX_CONCURRENCY/],
    [{ OUTBOX_PER_CHANNEL_PER_SECOND: '-1' }, /OUTBOX_PER_CHANNEL_PER_SECOND/],
  ])('names the bad setting in %j', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });

  it('refuses to start in production without an app id, unless explicitly allowed', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', RESIDENT_ID_SALT: 's' })).toThrow(/MicrosoftAppId/);
    const allowed = loadConfig({ NODE_ENV: 'production', RESIDENT_ID_SALT: 's', ALLOW_UNAUTHENTICATED: 'true' });
    expect(allowed.localChat).toBe(false);
  });

  it('treats empty settings as unset, as in a copied .env.example', () => {
    expect(loadConfig({ PUBLIC_URL: '', PORT: '', LANDLORD_EMAIL: '' })).toMatchObject({ port: 3978, publicUrl: undefined });
  });

  it('sends proactive messages within Teams-like limits and outside 21:00-08:00 by default; QUIET_HOURS= turns quiet hours off', () => {
    expect(loadConfig({}).outbox).toEqual({ concurrency: 8, perConversationPerSecond: 7, perChannelPerSecond: 30, maxAttempts: 8, intervalSeconds: 30 });
    expect(loadConfig({}).quietHours).toBe('21:00-08:00');
    expect(loadConfig({ QUIET_HOURS: '12:30-14:00' }).quietHours).toBe('12:30-14:00');
    expect(loadConfig({ QUIET_HOURS: '' }).quietHours).toBeUndefined();
  });

  it('turns the local chat off whenever an app id is set', () => {
    expect(loadConfig({ MicrosoftAppId: 'abc' }).localChat).toBe(false);
  });
});
