// Declaring resident groups from "My data" in every language: optional, with its purpose, changeable, deleted with the data.
import type { Activity } from 'botbuilder';
import type { DialogTestClient } from 'botbuilder-testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog } from '../../src/app.js';
import { SUPPORTED_LANGUAGES, type Language } from '../../src/config.js';
import { residentIdFor } from '../../src/resident-id.js';
import { createTestContext, dialogClient, type TestContext } from '../helpers/setup.js';

const text = (a: Partial<Activity> | undefined) => a?.text ?? '';

/** Every reply to one message, joined (a step may send a line and then its prompt). */
async function say(client: DialogTestClient, message: string): Promise<string> {
  const replies = [await client.sendActivity(message)];
  for (let next = client.getNextReply(); next; next = client.getNextReply()) replies.push(next);
  return replies.map(text).join('\n\n');
}

describe.each([...SUPPORTED_LANGUAGES] as Language[])('resident groups in %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(async () => {
    await ctx.cleanup();
  });
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});
  const myData = () => t('menu:items.myData.label');
  const residentId = () => residentIdFor('test', 'user1', ctx.config.residentIdSalt);

  it('says why it asks, keeps an age band, a household, situations and the consent to be invited, and shows them in My data', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await say(client, 'menu');
    await say(client, myData());
    const intro = await say(client, t('groups:myData.change'));
    expect(intro).toContain(t('groups:ask.intro', { myData: myData() }));
    expect(intro).toContain(t('groups:ask.prompt'));
    expect(await say(client, t('groups:ask.yes'))).toContain(t('groups:age.prompt'));
    expect(await say(client, t('groups:names.age-65-plus'))).toContain(t('groups:household.prompt'));
    expect(await say(client, '3')).toContain(t('groups:situation.prompt'));
    // Not understood: asked again; then two situations at once.
    expect(await say(client, 'xyzzy')).toContain(t('errors:notUnderstood'));
    expect(await say(client, '1, 2')).toContain(t('groups:consultations.prompt', { myData: myData() }));
    expect(await say(client, t('common:yes'))).toContain(t('groups:saved', { myData: myData() }));

    const stored = await ctx.store.residents.get(residentId());
    expect(stored?.groups).toEqual(['age-65-plus', 'living-alone', 'reduced-mobility', 'recent-arrival']);
    expect(stored?.consents.map((c) => c.purpose)).toEqual(['consultations']);
    expect(stored?.groupsAskedAt).toBeTruthy();

    await say(client, 'menu');
    const shown = await say(client, myData());
    const names = ['age-65-plus', 'living-alone', 'reduced-mobility', 'recent-arrival'].map((id) => t(`groups:names.${id}`)).join(', ');
    expect(shown).toContain(t('groups:myData.line', { value: names }));
    expect(shown).toContain(t('needs:myData.purposes.consultations'));
  });

  it('accepts "no" without asking anything else, and remembers it asked', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await say(client, 'menu');
    await say(client, myData());
    await say(client, t('groups:myData.change'));
    expect(await say(client, t('groups:ask.no'))).toContain(t('groups:skipped', { myData: myData() }));
    const stored = await ctx.store.residents.get(residentId());
    expect(stored?.groups).toBeUndefined();
    expect(stored?.consents).toEqual([]);
    expect(stored?.groupsAskedAt).toBeTruthy();
  });
});

describe('resident groups and deletion', () => {
  it('deletes the groups and the consent with everything else', async () => {
    const ctx = await createTestContext();
    const t = ctx.translator.fixedT('fr');
    const client = dialogClient(ctx, createMainDialog(ctx), 'fr');
    await say(client, 'menu');
    await say(client, t('menu:items.myData.label'));
    await say(client, t('groups:myData.change'));
    for (const answer of [t('groups:ask.yes'), '1', '1', '1', t('common:yes')]) await say(client, answer);
    const id = residentIdFor('test', 'user1', ctx.config.residentIdSalt);
    expect((await ctx.store.residents.get(id))?.groups).toEqual(['age-under-25', 'family-children', 'reduced-mobility']);
    await say(client, 'menu');
    await say(client, t('menu:items.myData.label'));
    await say(client, t('needs:myData.deleteAll'));
    expect(await say(client, t('common:yes'))).toContain(t('needs:myData.deleted'));
    expect(await ctx.store.residents.get(id)).toBeUndefined();
    expect(await ctx.store.residents.consulted()).toEqual([]);
    await ctx.cleanup();
  });
});
