// The example events file loads into an empty store, and only into an empty one.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedEvents } from '../../src/events/seed.js';
import { projectRoot } from '../../src/paths.js';
import { createTestContext } from '../helpers/setup.js';

describe('events seed file', () => {
  it('publishes the example events once', async () => {
    const ctx = await createTestContext();
    const file = join(projectRoot, 'src/events/examples/events.json');
    expect(await seedEvents(ctx.store, file, 'Agence', ctx.clock.now())).toBe(2);
    expect(await seedEvents(ctx.store, file, 'Agence', ctx.clock.now())).toBe(0);
    const events = await ctx.store.events.list();
    expect(events.map((e) => [e.status, e.start])).toEqual([['published', '2026-12-05T13:00:00.000Z'], ['published', '2026-12-09T17:00:00.000Z']]);
    await ctx.cleanup();
  });
});
