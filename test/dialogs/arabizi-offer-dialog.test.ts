// A resident writing darija in Latin letters (Arabizi) is offered Arabic or French to read, whatever the
// channel's language, and is understood in either: through the real bot, in all six channel languages.
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/config.js';
import { botClient, createTestContext, type TestContext } from '../helpers/setup.js';

const FIRST = 'salam, bghit nkhalas lkra b la carte';
const NEXT = 'wach kayn chi mosa3ada mn caf l lkra';

describe.each(['fr', 'en', 'ar', 'es', 'pt', 'tr'] as Language[])('Arabizi on a %s channel', (channel) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());

  const offerIn = (replies: Partial<Activity>[]) => replies.find((a) => a.suggestedActions);
  const title = (lng: Language, topic: string) => ctx.knowledge.content.all(lng).find((t) => t.id === topic)!.title;

  it.each(['fr', 'ar'] as Language[])('answers, offers Arabic or French once, and after picking %s answers Arabizi in it', async (picked) => {
    const client = botClient(ctx, channel);
    const [arabic, french] = (['ar', 'fr'] as Language[]).map((l) => ctx.translator.fixedT(l)('common:language.name'));
    await client.send('menu'); // the bot speaks the channel's language until the resident's words say otherwise
    const first = await client.send(FIRST);
    const offer = offerIn(first);
    expect(offer?.suggestedActions?.actions.map((a) => a.title)).toEqual([arabic, french]);
    // In both languages offered, and in the channel's language the bot spoke until then.
    for (const l of ['ar', 'fr', channel] as Language[]) expect(offer!.text).toContain(ctx.translator.fixedT(l)('common:language.arabiziOffer', { arabic, french }));
    // The question itself was answered before the offer.
    expect(first.indexOf(offer!)).toBeGreaterThan(0);

    const changed = await client.send(picked === 'fr' ? french! : arabic!);
    expect(changed.map((a) => a.text).join('\n')).toContain(ctx.translator.fixedT(picked)('common:language.changed'));

    const next = await client.send(NEXT);
    expect(next.map((a) => a.text).join('\n')).toContain(title(picked, 'housing-allowance'));
    expect(offerIn(next)).toBeUndefined();
  });
});
