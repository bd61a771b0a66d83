// Development starts with example content relative to today; production and tests never get it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, SUPPORTED_LANGUAGES } from '../../src/config.js';
import { exampleSurveys, seedExampleContent } from '../../src/examples/example-content.js';
import { isOpenFor } from '../../src/surveys/survey.js';
import { createTestContext, type TestContext } from '../helpers/setup.js';

describe('example content', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());

  it('adds events a few days from today, translated in every language, and published ideas, once', async () => {
    const now = ctx.clock.now();
    expect(await seedExampleContent(ctx.store, ctx.config, ctx.clock)).toEqual({ events: 3, ideas: 2 });
    const events = await ctx.store.events.list();
    for (const event of events) {
      const days = (new Date(event.start).getTime() - now.getTime()) / 86_400_000;
      expect(days).toBeGreaterThan(1);
      expect(days).toBeLessThan(ctx.config.eventsDaysAhead);
      expect(event.status).toBe('published');
      for (const lng of SUPPORTED_LANGUAGES) {
        expect(event.title[lng], `${event.title.fr} title in ${lng}`).toBeTruthy();
        expect(event.description[lng], `${event.title.fr} description in ${lng}`).toBeTruthy();
      }
    }
    const ideas = await ctx.store.needs.published();
    expect(ideas).toHaveLength(2);
    for (const idea of ideas) for (const lng of SUPPORTED_LANGUAGES.filter((l) => l !== idea.language)) expect(idea.published?.translations[lng]).toBeTruthy();
    expect(await seedExampleContent(ctx.store, ctx.config, ctx.clock)).toEqual({ events: 0, ideas: 0 });
  });

  it('offers the example survey open today, whatever the date', () => {
    for (const iso of ['2026-03-01T10:00:00Z', '2031-07-14T10:00:00Z']) {
      const [survey] = exampleSurveys(new Date(iso));
      expect(isOpenFor(survey!, new Date(iso), undefined, 'Europe/Paris')).toBe(true);
    }
  });

  it.each([
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'development', EXAMPLE_CONTENT: 'false' }, false],
    [{ NODE_ENV: 'test' }, false],
    [{ NODE_ENV: 'production', EXAMPLE_CONTENT: 'true', ALLOW_UNAUTHENTICATED: 'true', RESIDENT_ID_SALT: 'x'.repeat(32) }, false],
  ] as [Record<string, string>, boolean][])('is on only in development unless turned off: %o', (env, expected) => {
    expect(loadConfig(env).exampleContent).toBe(expected);
  });
});
