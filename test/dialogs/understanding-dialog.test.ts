// The understanding layer through the real dialogs: a possible danger asked about, options read from a part of their words.
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog, menuEntries } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { createTestContext, dialogClient, type TestContext } from '../helpers/setup.js';

const LANGUAGES: Language[] = ['fr', 'en', 'ar', 'es', 'pt', 'tr'];

/** A danger told as it happens: the numbers come at once. */
const DANGER_NOW: Record<Language, string> = {
  fr: 'ça sent le gaz très fort dans la cuisine',
  en: 'smoke is coming under the door',
  ar: 'راجلي كيضربني دابا',
  es: 'sale agua del techo por todas partes',
  pt: 'o meu pai caiu e não respira',
  tr: 'koridorda gaz kokusu var, başım dönüyor',
};

/** A danger described without saying it is happening now, as a resident would write it. */
const MAYBE_DANGER: Record<Language, string> = {
  fr: 'fumée dans le couloir',
  en: 'there is smoke in the stairwell',
  ar: 'كاين الدخان فالدروج',
  es: 'humo en el pasillo',
  pt: 'há fumo na escada',
  tr: 'koridorda duman',
};

/** Calm messages sharing words with a danger: past, on TV, a bill, a detector's battery. */
const CALM: Record<Language, string> = {
  fr: "j'ai vu un incendie à la télé hier soir",
  en: 'my gas bill is far too high this winter',
  ar: 'فاتورة الغاز غالية بزاف هاد الشهر',
  es: 'el detector de humo pita porque la pila está baja',
  pt: 'houve uma inundação na cave no ano passado, quem paga?',
  tr: 'geçen ay babam merdivenden düştü, tutamak takılabilir mi?',
};

const text = (activity: Partial<Activity> | undefined) => activity?.text ?? '';

describe.each(LANGUAGES)('understanding in the dialogs, %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});

  it('gives the emergency numbers at once for a danger told as it happens', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    const reply = await client.sendActivity(DANGER_NOW[lng]);
    expect(text(reply)).toContain(t('emergency:intro'));
    expect(text(reply)).not.toContain(t('understanding:emergency.happeningNow'));
  });

  it('neither alarms nor asks about a calm message that shares words with a danger', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    const reply = await client.sendActivity(CALM[lng]);
    expect(text(reply)).not.toContain(t('emergency:intro'));
    expect(text(reply)).not.toContain(t('understanding:emergency.happeningNow'));
    expect(text(reply).length).toBeGreaterThan(0);
  });

  it('asks "is it happening now?" about a possible danger, and gives the numbers when it is', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    const asked = await client.sendActivity(MAYBE_DANGER[lng]);
    expect(text(asked)).toContain(t('understanding:emergency.happeningNow'));
    const answer = await client.sendActivity(t('common:yesNo.yes'));
    expect(text(answer)).toContain(t('emergency:intro'));
  });

  it('keeps what the resident was doing when the danger is not happening now', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    await client.sendActivity(MAYBE_DANGER[lng]);
    const answer = await client.sendActivity(t('common:yesNo.no'));
    expect(text(answer)).toContain(t('understanding:emergency.notNow'));
  });

  it('picks a menu option from the longest word of its label alone', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    const labels = menuEntries(ctx).map((e) => t(`menu:items.${e.id}.label`));
    const contact = t('menu:items.contact.label');
    const word = contact.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    // Only a word no other option has: the test is about a part of one option.
    if (labels.filter((l) => l.includes(word)).length !== 1) return;
    const reply = await client.sendActivity(word);
    expect(text(reply)).toContain(t('common:contact.intro'));
  });
});
