// "mardi" said on a Tuesday: the workshops list says which Tuesday it understood (next week's) and
// shows that day's workshops, in every language, through the real dialogs.
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { formatDate } from '../../src/format.js';
import type { CommunityEvent } from '../../src/store/types.js';
import { createTestContext, dialogClient, type TestContext } from '../helpers/setup.js';

const text = (a: Partial<Activity> | undefined) => a?.text ?? '';

/** The test clock says Tuesday 24 November 2026, 11:00 in Paris. How each language says "Tuesday" alone. */
const TUESDAY: Record<Language, string> = { fr: 'mardi', en: 'tuesday', ar: 'الثلاثاء', es: 'martes', pt: 'terça', tr: 'salı' };

const workshop = (title: string, start: string): Omit<CommunityEvent, 'id' | 'createdAt' | 'updatedAt'> => ({
  title: { fr: title },
  description: { fr: 'Un atelier.' },
  start,
  end: new Date(new Date(start).getTime() + 2 * 3_600_000).toISOString(),
  place: { address: '4 allée des Tilleuls', site: 'Les Tilleuls' },
  capacity: 10,
  maxSeatsPerRegistration: 3,
  audience: ['everyone'],
  topics: ['culture'],
  organiser: { kind: 'staff', name: 'Agence Nord' },
  status: 'published',
});

describe.each(Object.keys(TUESDAY) as Language[])('a weekday said on that weekday, %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());

  it('says it understood next week\'s and lists that day only', async () => {
    const t = ctx.translator.fixedT(lng);
    await ctx.store.events.create(workshop('Atelier de ce soir', '2026-11-24T17:00:00.000Z'), ctx.clock.now());
    await ctx.store.events.create(workshop('Atelier de mardi prochain', '2026-12-01T13:00:00.000Z'), ctx.clock.now());
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    await client.sendActivity(t('menu:items.workshops.label'));
    const note = await client.sendActivity(TUESDAY[lng]);
    const date = formatDate('2026-12-01', lng, ctx.translator, 'Europe/Paris');
    expect(text(note)).toBe(t('understanding:when.weekdayNextWeek', { date }));
    const list = text(client.getNextReply());
    expect(list).toContain('Atelier de mardi prochain');
    expect(list).not.toContain('Atelier de ce soir');
  });
});
