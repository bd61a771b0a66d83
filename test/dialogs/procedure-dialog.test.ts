// Procedures as a resident follows them: by menu, by number, by their own question, step by step.
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { createTestContext, dialogClient, type TestContext } from '../helpers/setup.js';

const text = (a: Partial<Activity> | undefined) => a?.text ?? '';

/** A question per language that clearly names one topic. */
const QUESTIONS: Record<Language, [string, string]> = {
  fr: ["je n'arrive plus à payer mon loyer, j'ai des dettes", 'rent-arrears'],
  en: ['how do I get my deposit back when I leave the flat', 'move-out'],
  ar: ['كيف أطلب سكن اجتماعي HLM', 'apply-social-housing'],
  es: ['tengo una fuga de agua en el baño, ¿cómo aviso de la avería?', 'report-repair'],
  pt: ['quero mudar para outra habitação social maior, como peço?', 'housing-transfer'],
  tr: ['komşum her gece çok gürültü yapıyor, ne yapabilirim?', 'neighbour-dispute'],
};

/** Asking to move to another social home, in words close to the topic's own title. */
const CHANGE_HOME: Record<Language, string> = {
  fr: 'comment faire pour changer de logement social ?',
  en: 'how do I change social housing?',
  ar: 'كيف أغير مسكني الاجتماعي؟',
  es: '¿cómo hago para cambiar de vivienda social?',
  pt: 'como faço para mudar de habitação social?',
  tr: 'sosyal konutumu nasıl değiştirebilirim?',
};

describe.each(['fr', 'en', 'ar', 'es', 'pt', 'tr'] as Language[])('procedures in %s', (lng) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.cleanup());
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});
  const topic = (id: string) => ctx.knowledge.content.get(lng, id)!;

  it('goes family → topic → every step by typed numbers, then asks if it was clear and stores the answer', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    const families = await client.sendActivity('1');
    expect(text(families)).toContain(t('guide:families.prompt'));
    expect(text(families)).toContain(t('procedures:families.rentMoney'));
    const topics = await client.sendActivity('2'); // rentMoney is the second family
    expect(text(topics)).toContain(t('guide:topics.prompt'));
    const payRent = ctx.knowledge.content.inFamily(lng, 'rentMoney').findIndex((x) => x.id === 'pay-rent') + 1;
    const intro = await client.sendActivity(String(payRent));
    expect(text(intro)).toContain(topic('pay-rent').title);
    expect(text(intro)).toContain(topic('pay-rent').summary);
    const first = client.getNextReply();
    expect(text(first)).toContain(t('guide:step.counter', { current: 1, total: topic('pay-rent').steps.length }));
    expect(text(first)).toContain(topic('pay-rent').steps[0]);
    let reply: Partial<Activity> | undefined = first;
    for (let i = 1; i < topic('pay-rent').steps.length; i++) {
      reply = await client.sendActivity('1'); // Next
      expect(text(reply)).toContain(topic('pay-rent').steps[i]);
    }
    expect(text(await client.sendActivity('1'))).toBe(t('guide:step.last'));
    expect(text(client.getNextReply())).toContain(t('guide:feedback.prompt'));
    expect(text(await client.sendActivity(t('common:yesNo.yes')))).toBe(t('guide:feedback.thanks'));
    const stored = await ctx.store.feedback.list();
    expect(stored).toMatchObject([{ topic: 'pay-rent', language: lng, clear: true }]);
  });

  it('routes a question typed at the menu straight to its topic', async () => {
    const [question, expected] = QUESTIONS[lng];
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    const intro = await client.sendActivity(question);
    expect(text(intro)).toContain(topic(expected).title);
  });

  it('takes "change my social home" to the transfer topic, not to applying for one', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    const intro = await client.sendActivity(CHANGE_HOME[lng]);
    expect(text(intro)).toContain(topic('housing-transfer').title);
  });

  it('offers simpler words, documents and who can help at any step', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    await client.sendActivity(QUESTIONS[lng][0]);
    client.getNextReply();
    const simpler = await client.sendActivity(t('guide:actions.simpler.label'));
    expect(text(simpler)).toContain(topic(QUESTIONS[lng][1]).simpleSteps[0]);
    const documents = await client.sendActivity('4');
    expect(text(documents)).toContain(t('guide:documents.title'));
    expect(text(documents)).toContain(topic(QUESTIONS[lng][1]).documents[0]);
    client.getNextReply();
    const helpers = await client.sendActivity('5');
    expect(text(helpers)).toContain(t('guide:helpers.title'));
    // Who can help, in the resident's language: each entry's translated name and hours, never the French ones elsewhere.
    const shown = ctx.knowledge.directory.find(topic(QUESTIONS[lng]![1]).helpers);
    expect(shown.length).toBeGreaterThan(0);
    for (const entry of shown) {
      expect(text(helpers)).toContain(t(`guide:helpers.entries.${entry.id}.name`));
      expect(text(helpers)).toContain(t(`guide:helpers.entries.${entry.id}.hours`));
      if (lng !== 'fr') expect(text(helpers)).not.toContain(entry.hours);
    }
    const menu = await (async () => {
      client.getNextReply();
      return client.sendActivity('6');
    })();
    expect(text(menu)).toContain(t('menu:promptAgain'));
  });
});

describe('questions the bot cannot answer', () => {
  it('stores the question without identity and says it was passed on', async () => {
    const ctx = await createTestContext();
    const t = ctx.translator.fixedT('fr');
    const client = dialogClient(ctx, createMainDialog(ctx), 'fr');
    await client.sendActivity('menu');
    await client.sendActivity('1');
    const reply = await client.sendActivity('est-ce que je peux installer une antenne parabolique sur le balcon de mon cousin, écrivez à jean.dupont@example.org ou au 06 12 34 56 78');
    const replies = [reply, client.getNextReply(), client.getNextReply()].map(text).join('\n');
    expect(replies).toMatch(new RegExp(`${escape(t('guide:question.unanswered').slice(0, 40))}|${escape(t('guide:question.choices'))}`));
    if (replies.includes(t('guide:question.choices'))) {
      const none = await client.sendActivity(t('guide:question.none'));
      expect(text(none)).toBe(t('guide:question.unanswered'));
    }
    const questions = await ctx.store.questions.list();
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ text: expect.stringContaining('antenne parabolique'), language: 'fr' });
    expect(Object.keys(questions[0]!).sort()).toEqual(['createdAt', 'id', 'language', 'offered', 'residentId', 'text']);
    // Its words name no one: contact details typed in the question are taken out.
    expect(questions[0]!.text).not.toMatch(/jean\.dupont|example\.org|06 12 34 56 78/);
    expect(questions[0]!.text).toContain('[…]');
    await ctx.cleanup();
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('content packs', () => {
  it('runs the bot on the Wallonia pack', async () => {
    const ctx = await createTestContext({ CONTENT_PACK: 'wallonia' });
    const t = ctx.translator.fixedT('fr');
    const client = dialogClient(ctx, createMainDialog(ctx), 'fr');
    await client.sendActivity('menu');
    const intro = await client.sendActivity('je veux rendre les clés et quitter mon logement social, quel préavis ?');
    const wallonia = ctx.knowledge.content.get('fr', 'move-out')!;
    expect(ctx.knowledge.content.all('fr').map((x) => x.id).sort()).toEqual(['apply-social-housing', 'move-out', 'moving-help', 'rent-arrears', 'report-repair']);
    expect(text(intro)).toContain(wallonia.title);
    expect(text(intro)).toContain(wallonia.source.name);
    expect(t('procedures-wallonia:topics.move-out.title')).toBe(wallonia.title);
    await ctx.cleanup();
  });
});

describe('emergencies first', () => {
  it.each([
    ['fr', 'ça sent le gaz dans la cuisine', ['0 800 47 33 33', '18', '112']],
    ['en', 'there is smoke coming from the flat next door', ['18', '112']],
    ['ar', 'زوجي يضربني', ['3919', '17']],
    ['es', 'huele a gas en la cocina', ['0 800 47 33 33', '18', '112']],
    ['pt', 'está a sair fumo do apartamento ao lado', ['18', '112']],
    ['tr', 'kocam beni dövüyor', ['3919', '17']],
  ] as const)('in %s, answers "%s" at once with the emergency numbers, then offers the menu', async (lng, message, numbers) => {
    const ctx = await createTestContext();
    const t = ctx.translator.fixedT(lng);
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    await client.sendActivity('menu');
    await client.sendActivity('1'); // in the middle of choosing a procedure
    const reply = await client.sendActivity(message);
    expect(text(reply)).toContain(t('emergency:intro'));
    for (const n of numbers) expect(text(reply)).toContain(n);
    expect(text(client.getNextReply())).toContain(t('menu:prompt'));
    await ctx.cleanup();
  });
});
