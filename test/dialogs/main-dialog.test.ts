// The welcome, the menu, the language switch and the global commands, as a resident meets them.
import type { Activity, CardAction } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog, menuEntries } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { createTestContext, dialogClient, type TestContext } from '../helpers/setup.js';

const LANGUAGES: Language[] = ['fr', 'en', 'ar', 'es', 'pt', 'tr'];

/** What a resident types for each action, per language. */
const SAYS: Record<Language, { greeting: string; help: string; language: string; menu: string; cancel: string; the: string }> = {
  fr: { greeting: 'Bonjour', help: 'aide', language: 'langue', menu: 'menu', cancel: 'annuler', the: 'le' },
  en: { greeting: 'hello', help: 'help', language: 'language', menu: 'menu', cancel: 'cancel', the: 'the' },
  ar: { greeting: 'مرحبا', help: 'مساعدة', language: 'لغة', menu: 'القائمة', cancel: 'إلغاء', the: '' },
  es: { greeting: 'hola', help: 'ayuda', language: 'idioma', menu: 'menú', cancel: 'cancelar', the: 'el' },
  pt: { greeting: 'olá', help: 'ajuda', language: 'língua', menu: 'menu', cancel: 'cancelar', the: 'o' },
  tr: { greeting: 'merhaba', help: 'yardım', language: 'dil', menu: 'menü', cancel: 'iptal', the: '' },
};

const text = (activity: Partial<Activity> | undefined) => activity?.text ?? '';

describe.each(LANGUAGES)('main dialog in %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());

  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});
  const says = SAYS[lng];
  /** "Talk to a person" by its position: as a digit, a number word ("sept") and an ordinal ("le septième"). */
  const contactPosition = () => menuEntries(ctx).findIndex((e) => e.id === 'contact') + 1;
  const numberWord = () => ctx.translator.list(lng, 'common:numbers.cardinals')[contactPosition() - 1]!;
  const ordinalWords = () => `${says.the} ${ctx.translator.list(lng, 'common:numbers.ordinals')[contactPosition() - 1]}`.trim();

  it('answers a greeting with the menu, each capability numbered (the welcome itself is the bot\'s: conversation.test.ts)', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    const menu = await client.sendActivity(says.greeting);
    expect(text(menu)).toContain(t('menu:prompt'));
    expect(text(menu)).toContain(`${contactPosition()}. ${t('menu:items.contact.label')}`);
  });

  it.each([
    ['a typed number', 'digit'],
    ['a number word', 'word'],
    ['an ordinal', 'ordinal'],
    ['the label itself', 'label'],
  ] as const)('opens "talk to a person" from %s', async (_how, kind) => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity(says.menu);
    const input = kind === 'word' ? numberWord() : kind === 'ordinal' ? ordinalWords() : kind === 'label' ? t('menu:items.contact.label') : String(contactPosition());
    const reply = await client.sendActivity(input);
    expect(text(reply)).toContain(t('common:contact.intro'));
    expect(text(reply)).toContain(ctx.config.landlord.phone);
    expect(text(client.getNextReply())).toContain(t('needs:callback.offer'));
  });

  it('never dead-ends: unknown input gets "not understood" and the menu again', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity(says.menu);
    const reply = await client.sendActivity('qwzx 123 ???');
    expect(text(reply)).toContain(t('errors:notUnderstood'));
    expect(text(reply)).toContain(t('menu:items.help.label'));
  });

  it('answers help at any moment and then asks the same question again', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity(says.language);
    const help = await client.sendActivity(says.help);
    expect(text(help)).toBe(t('common:help.text'));
    expect(text(client.getNextReply())).toContain(t('common:language.prompt'));
  });

  it('cancels and goes back to the menu', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity(says.language);
    const reply = await client.sendActivity(says.cancel);
    expect(text(reply)).toBe(t('common:cancelled'));
    expect(text(client.getNextReply())).toContain(t('menu:prompt'));
  });

  it('switches language on the command word and speaks the new language from then on', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity(says.menu);
    const prompt = await client.sendActivity(says.language);
    expect(text(prompt)).toContain(t('common:language.prompt'));
    for (const name of ['Français', 'English', 'العربية', 'Español', 'Português', 'Türkçe']) expect(text(prompt)).toContain(name);
    const target: Language = lng === 'tr' ? 'fr' : 'tr';
    const changed = await client.sendActivity(ctx.translator.fixedT(target)('common:language.name'));
    expect(text(changed)).toBe(ctx.translator.fixedT(target)('common:language.changed'));
    expect(text(client.getNextReply())).toContain(ctx.translator.fixedT(target)('menu:promptAgain'));
    // The choice outranks the channel's locale on the next turns.
    const next = await client.sendActivity(SAYS[target].menu);
    expect(text(next)).toContain(ctx.translator.fixedT(target)('menu:prompt'));
  });
});

describe('language command words', () => {
  it.each(['language', 'langue', 'لغة', 'idioma', 'língua', 'dil'])('"%s" opens the language list whatever the current language', async (word) => {
    const ctx = await createTestContext();
    const client = dialogClient(ctx, createMainDialog(ctx), 'fr');
    const reply = await client.sendActivity(word);
    expect(reply?.text).toContain(ctx.translator.fixedT('fr')('common:language.prompt'));
    await ctx.cleanup();
  });
});

describe('buttons on channels that have them', () => {
  it('shows numbered buttons that send the plain label back', async () => {
    const ctx = await createTestContext();
    const client = dialogClient(ctx, createMainDialog(ctx), 'fr', 'directline');
    const menu = await client.sendActivity('menu');
    const actions: CardAction[] = menu?.suggestedActions?.actions ?? [];
    const t = ctx.translator.fixedT('fr');
    const position = menuEntries(ctx).findIndex((e) => e.id === 'contact') + 1;
    expect(actions.map((a) => a.title)).toContain(`${position}. ${t('menu:items.contact.label')}`);
    expect(actions.map((a) => a.value)).toContain(t('menu:items.contact.label'));
    await ctx.cleanup();
  });
});
