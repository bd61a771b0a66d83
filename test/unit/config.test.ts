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

  it('turns the local chat off whenever an app id is set', () => {
    expect(loadConfig({ MicrosoftAppId: 'abc' }).localChat).toBe(false);
  });
});
