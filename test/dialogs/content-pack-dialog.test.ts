// With the Wallonia pack, a resident going through the bot meets no French rule, number or term, in any language.
import type { Activity } from 'botbuilder';
import type { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { createMainDialog } from '../../src/app.js';
import { SUPPORTED_LANGUAGES, type Language } from '../../src/config.js';
import { checkTexts } from '../../src/content-check/rules.js';
import { createTestContext, dialogClient } from '../helpers/setup.js';

/** The reply to a message and every reply queued after it. */
async function say(client: DialogTestClient, message: string): Promise<string[]> {
  const replies: string[] = [];
  let reply: Partial<Activity> | undefined = await client.sendActivity(message);
  while (reply) {
    replies.push(`${reply.text ?? ''} ${(reply.suggestedActions?.actions ?? []).map((a) => a.title).join(' ')}`);
    reply = client.getNextReply();
  }
  return replies;
}

describe.each(SUPPORTED_LANGUAGES.map((l) => [l]))('Wallonia pack in %s', (lng: Language) => {
  it('welcome, menu, help, the landlord contact, an eviction today, a procedure and its first step carry nothing of France', async () => {
    const ctx = await createTestContext({ CONTENT_PACK: 'wallonia' });
    const t = ctx.translator.fixedT(lng);
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    const command = (name: string) => ctx.translator.list(lng, `common:commands.${name}`)[0]!;
    const shown = [...(await say(client, 'menu')), ...(await say(client, command('help'))), ...(await say(client, command('human')))];
    expect(shown.join('\n')).toContain(ctx.config.landlord.phone);

    const eviction = await say(client, 'le huissier est la pour nous mettre dehors');
    expect(eviction.join('\n')).toContain(t('emergency:kinds.evictionToday.advice'));
    expect(eviction.join('\n')).toContain('101');
    shown.push(...eviction);

    await say(client, 'menu');
    shown.push(...(await say(client, '1'))); // procedures: the families
    shown.push(...(await say(client, '1'))); // the first family's topics
    const intro = await say(client, '1'); // its first topic: introduction and first step
    const topic = ctx.knowledge.content.inFamily(lng, ctx.knowledge.content.families(lng)[0]!)[0]!;
    expect(intro.join('\n')).toContain(t('guide:step.sourceNotChecked', { source: topic.source.name }));
    shown.push(...intro);

    const pack = ctx.knowledge.pack;
    const leaks = checkTexts(
      shown.map((text, i) => ({ pack: pack.name, lng, key: `reply ${i}`, kind: 'shared', text })),
      () => ({ terms: pack.otherCountryTerms, patterns: pack.otherCountryPatterns }),
    );
    expect(leaks.map((f) => `${f.detail} in: ${f.text}`)).toEqual([]);
    await ctx.cleanup();
  });
});
