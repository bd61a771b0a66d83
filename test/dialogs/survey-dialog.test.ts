// Surveys with every question type, stopped half-way and resumed; ideas supported once.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog, menuEntries } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { residentIdFor } from '../../src/resident-id.js';
import { surveyResults } from '../../src/surveys/results.js';
import type { Survey } from '../../src/surveys/survey.js';
import { createTestContext, dialogClient, tempDir, type TestContext } from '../helpers/setup.js';

const text = (a: Partial<Activity> | undefined) => a?.text ?? '';
const label = (fr: string, en: string, ar: string, es: string, pt: string, tr: string) => ({ fr, en, ar, es, pt, tr });

const SURVEY: Survey = {
  id: 'garden-2026',
  title: label('Le jardin partagé', 'The shared garden', 'الحديقة المشتركة', 'El huerto compartido', 'A horta partilhada', 'Ortak bahçe'),
  target: { sites: ['Les Tilleuls'], groups: [] },
  opens: '2026-11-01',
  closes: '2026-12-31',
  questions: [
    { id: 'use', type: 'yesno', text: label('Iriez-vous au jardin ?', 'Would you use the garden?', 'هل ستذهب إلى الحديقة؟', '¿Iría al huerto?', 'Iria à horta?', 'Bahçeye gider miydiniz?') },
    { id: 'when', type: 'single', text: label('Quand ?', 'When?', 'متى؟', '¿Cuándo?', 'Quando?', 'Ne zaman?'), options: [{ id: 'week', label: label('En semaine', 'Weekdays', 'أيام الأسبوع', 'Entre semana', 'Durante a semana', 'Hafta içi') }, { id: 'weekend', label: label('Le week-end', 'Weekends', 'نهاية الأسبوع', 'El fin de semana', 'Ao fim de semana', 'Hafta sonu') }] },
    { id: 'plants', type: 'multiple', text: label('Quoi planter ?', 'What to grow?', 'ماذا نزرع؟', '¿Qué plantar?', 'O que plantar?', 'Ne ekelim?'), options: [{ id: 'veg', label: label('Légumes', 'Vegetables', 'خضروات', 'Verduras', 'Legumes', 'Sebzeler') }, { id: 'herbs', label: label('Herbes', 'Herbs', 'أعشاب', 'Hierbas aromáticas', 'Ervas aromáticas', 'Otlar') }, { id: 'flowers', label: label('Fleurs', 'Flowers', 'زهور', 'Flores', 'Flores', 'Çiçekler') }] },
    { id: 'people', type: 'number', text: label('Combien de personnes chez vous ?', 'How many people at home?', 'كم شخصا في بيتك؟', '¿Cuántas personas viven en su casa?', 'Quantas pessoas vivem na sua casa?', 'Evinizde kaç kişi yaşıyor?'), min: 1, max: 20 },
    { id: 'start', type: 'date', text: label('Quand pourriez-vous commencer ?', 'When could you start?', 'متى يمكنك البدء؟', '¿Cuándo podría empezar?', 'Quando poderia começar?', 'Ne zaman başlayabilirsiniz?') },
    { id: 'rate', type: 'rating', text: label("Notez l'idée", 'Rate the idea', 'قيّم الفكرة', 'Puntúe la idea', 'Avalie a ideia', 'Fikre puan verin') },
    { id: 'comment', type: 'text', text: label('Un commentaire ?', 'Any comment?', 'تعليق؟', '¿Algún comentario?', 'Algum comentário?', 'Bir yorumunuz var mı?') },
  ],
};

/** Answers per language, typed as a resident would; the last column is the stored value. */
const ANSWERS: Record<Language, [string, unknown][]> = {
  fr: [['oui', true], ['2', 'weekend'], ['1 et 3', ['veg', 'flowers']], ['trois', 3], ['12/03/2027', '2027-03-12'], ['4', 4], ['Avec des bancs svp', 'Avec des bancs svp']],
  en: [['yes', true], ['weekends', 'weekend'], ['1, 2', ['veg', 'herbs']], ['four', 4], ['15/01/2027', '2027-01-15'], ['5', 5], ['Please add benches', 'Please add benches']],
  ar: [['نعم', true], ['1', 'week'], ['2 و 3', ['herbs', 'flowers']], ['اثنان', 2], ['01/02/2027', '2027-02-01'], ['٣', 3], ['نريد مقاعد', 'نريد مقاعد']],
  es: [['sí', true], ['el fin de semana', 'weekend'], ['1 y 3', ['veg', 'flowers']], ['tres', 3], ['12/03/2027', '2027-03-12'], ['4', 4], ['Con bancos, por favor', 'Con bancos, por favor']],
  pt: [['sim', true], ['1', 'week'], ['2 e 3', ['herbs', 'flowers']], ['quatro', 4], ['15/01/2027', '2027-01-15'], ['5', 5], ['Com bancos, por favor', 'Com bancos, por favor']],
  tr: [['evet', true], ['hafta sonu', 'weekend'], ['1, 2', ['veg', 'herbs']], ['iki', 2], ['01/02/2027', '2027-02-01'], ['3', 3], ['Bank koyun lütfen', 'Bank koyun lütfen']],
};

describe.each(['fr', 'en', 'ar', 'es', 'pt', 'tr'] as Language[])('surveys in %s', (lng) => {
  let ctx: TestContext;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir();
    await mkdir(join(dir.path, 'surveys'));
    await writeFile(join(dir.path, 'surveys', 'garden.json'), JSON.stringify(SURVEY));
    ctx = await createTestContext({ SURVEYS_DIR: join(dir.path, 'surveys') });
  });
  afterEach(async () => {
    await ctx.cleanup();
    await dir.remove();
  });
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});
  const menu = (id: string) => String(menuEntries(ctx).findIndex((e) => e.id === id) + 1);

  it('asks every question type one per turn, re-asks a wrong answer, resumes after a pause, and thanks at the end', async () => {
    const client = dialogClient(ctx, createMainDialog(ctx), lng);
    const answers = ANSWERS[lng];
    await client.sendActivity('menu');
    const list = await client.sendActivity(menu('surveys'));
    expect(text(list)).toContain(SURVEY.title[lng]);
    const first = await client.sendActivity('1');
    expect(text(first)).toContain(t('surveys:question.counter', { current: 1, total: 7 }));
    for (const [i, [answer]] of answers.slice(0, 3).entries()) {
      const next = await client.sendActivity(answer);
      expect(text(next), answer).toContain(t('surveys:question.counter', { current: i + 2, total: 7 }));
    }
    // A wrong answer to the number question is asked again, clearly.
    expect(text(await client.sendActivity('beaucoup beaucoup'))).toContain(t('surveys:question.retry'));
    // The resident leaves, and comes back later.
    await client.sendActivity('menu');
    await client.sendActivity(menu('surveys'));
    const resumed = await client.sendActivity('1');
    expect(text(resumed)).toBe(t('surveys:resume', { answered: 3, total: 7 }));
    expect(text(client.getNextReply())).toContain(t('surveys:question.counter', { current: 4, total: 7 }));
    for (const [answer] of answers.slice(3, 6)) await client.sendActivity(answer);
    expect(text(await client.sendActivity(answers[6]![0]))).toBe(t('surveys:thanks'));

    const residentId = residentIdFor('test', 'user1', ctx.config.residentIdSalt);
    const stored = await ctx.store.surveyResponses.get(SURVEY.id, residentId);
    expect(stored?.completedAt).toBeTruthy();
    expect(stored?.answers).toEqual(Object.fromEntries(SURVEY.questions.map((q, i) => [q.id, answers[i]![1]])));
    const results = surveyResults(SURVEY, await ctx.store.surveyResponses.bySurvey(SURVEY.id));
    // One respondent is under the small-cell rule: the counts are there, hidden, and no answer is listed.
    expect(results).toMatchObject({ responses: null, completed: null });
    expect(results.questions.find((q) => q.id === 'use')).toEqual({ id: 'use', type: 'yesno', answered: null, counts: { true: null } });
  });
});

describe('survey targeting and ideas', () => {
  it('shows no survey to a resident of another site, and only open ones', async () => {
    const dir = await tempDir();
    await writeFile(join(dir.path, 'garden.json'), JSON.stringify(SURVEY));
    await writeFile(join(dir.path, 'closed.json'), JSON.stringify({ ...SURVEY, id: 'closed', target: { sites: [], groups: [] }, closes: '2026-01-31', opens: '2026-01-01' }));
    const ctx = await createTestContext({ SURVEYS_DIR: dir.path });
    const residentId = residentIdFor('test', 'user1', ctx.config.residentIdSalt);
    const client = dialogClient(ctx, createMainDialog(ctx), 'fr');
    await client.sendActivity('menu');
    await ctx.store.residents.save({ ...(await ctx.store.residents.get(residentId))!, site: 'Le Clos Vert' });
    const reply = await client.sendActivity(ctx.translator.fixedT('fr')('menu:items.surveys.label'));
    expect(reply?.text).toBe(ctx.translator.fixedT('fr')('surveys:list.none'));
    await ctx.cleanup();
    await dir.remove();
  });

  it('lets a resident support a published idea once, in their language, and staff see the count', async () => {
    const ctx = await createTestContext();
    const t = ctx.translator.fixedT('en');
    const idea = await ctx.store.needs.create(
      { residentId: 'someone-else', type: 'idea', category: 'green', text: 'Un potager au pied de la tour B', language: 'fr', site: 'Les Tilleuls', audience: 'everyone', notifyOnStatus: false, channel: 'sms' },
      new Date('2026-11-20T10:00:00Z'),
    );
    await ctx.store.needs.publish(idea.id, { at: '2026-11-21T10:00:00Z', by: 'staff', translations: { en: 'A vegetable garden at the foot of tower B' } });
    const client = dialogClient(ctx, createMainDialog(ctx), 'en');
    await client.sendActivity('menu');
    const list = await client.sendActivity(t('menu:items.ideas.label'));
    expect(list?.text).toContain('A vegetable garden at the foot of tower B');
    const details = await client.sendActivity('1');
    expect(details?.text).toContain(t('surveys:ideas.count', { count: 0 }));
    expect((await client.sendActivity(t('surveys:ideas.support')))?.text).toBe(t('surveys:ideas.supported', { count: 1 }));
    client.getNextReply();
    await client.sendActivity(t('menu:items.ideas.label'));
    const again = await client.sendActivity('1');
    expect(again?.text).toContain(t('surveys:ideas.already'));
    expect((await ctx.store.needs.get(idea.id))?.supporters).toHaveLength(1);
    await ctx.cleanup();
  });
});
