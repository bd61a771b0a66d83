// Consultations through the real server: editing, duplicating and opening a targeted survey, invitations,
// results by site/group/language with small cells hidden, CSV/XLSX exports, needs by group, partner aggregates.
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/staff/api-keys.js';
import type { Resident, SurveyResponse } from '../../src/store/types.js';
import type { Survey } from '../../src/surveys/survey.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { manualClock, sequentialIds, tempDir } from '../helpers/setup.js';

const clock = manualClock('2026-12-03T10:00:00.000Z');
const six = (text: string) => ({ fr: text, en: text, ar: text, es: text, pt: text, tr: text });

const SURVEY: Survey = {
  id: 'seniors',
  title: six('Bien vieillir'),
  target: { sites: ['Les Tilleuls', 'Le Clos Vert'], groups: ['age-65-plus'] },
  opens: '2026-12-01',
  closes: '2026-12-31',
  questions: [
    { id: 'lift', type: 'yesno', text: six('Ascenseur ?') },
    { id: 'rate', type: 'rating', text: six('Note ?') },
    { id: 'comment', type: 'text', text: { fr: 'Un mot ?' } },
  ],
  partner: { accountId: 'acct-0002', name: 'Centre social' },
};

function resident(id: string, site: string, groups: string[], language: Resident['language'] = 'fr'): Resident {
  return {
    id, site, groups, language, languageSource: 'chosen',
    consents: [{ purpose: 'consultations', givenAt: '2026-11-01T10:00:00Z' }],
    reference: { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `c-${id}`, isGroup: false, conversationType: '', name: '' } },
    createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z',
  };
}

describe('consultations API', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let staff: string;
  let partner: string;
  const get = (path: string, key = staff) => fetch(`${bot.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  const send = (method: string, path: string, body: unknown, key = staff) =>
    fetch(`${bot.url}${path}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path, { SURVEYS_DIR: `${dir.path}/surveys` }, { clock });
    const ids = sequentialIds('acct');
    staff = (await createAccount(bot.store, { name: 'Agence', role: 'staff' }, clock.now(), ids)).key;
    partner = (await createAccount(bot.store, { name: 'Centre social', role: 'partner' }, clock.now(), ids)).key;
    // 6 seniors at Les Tilleuls (fr), 2 at Le Clos Vert (ar), 1 young resident at Les Tilleuls.
    for (let i = 0; i < 6; i++) await bot.store.residents.save(resident(`t${i}`, 'Les Tilleuls', ['age-65-plus']));
    for (let i = 0; i < 2; i++) await bot.store.residents.save(resident(`c${i}`, 'Le Clos Vert', ['age-65-plus'], 'ar'));
    await bot.store.residents.save(resident('young', 'Les Tilleuls', ['age-under-25']));
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('creates an open survey and invites exactly the matching residents; flags missing translations; refuses unknown groups', async () => {
    const created = await send('POST', '/api/staff/surveys', SURVEY);
    expect(created.status).toBe(201);
    expect(((await created.json()) as { invited: number }).invited).toBe(8);
    const invited = await bot.store.outbox.list({ ref: 'seniors' });
    expect(invited.map((m) => m.residentId).sort()).toEqual(['c0', 'c1', 't0', 't1', 't2', 't3', 't4', 't5']);
    const full = (await (await get('/api/staff/surveys/seniors')).json()) as { missingTranslations: string[] };
    expect(full.missingTranslations).toEqual(['en', 'ar', 'es', 'pt', 'tr']);
    const bad = await send('PUT', '/api/staff/surveys/seniors', { ...SURVEY, target: { sites: [], groups: ['astronauts'] } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('InvalidSurvey');
  });

  it('edits and duplicates a survey; the copy starts closed and invites no one', async () => {
    const edited = await send('PUT', '/api/staff/surveys/seniors', { ...SURVEY, questions: SURVEY.questions.map((q) => (q.id === 'comment' ? { ...q, text: six('Un mot ?') } : q)) });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { missingTranslations: string[]; invited: number })).toMatchObject({ missingTranslations: [], invited: 8 });
    expect(await bot.store.outbox.list({ ref: 'seniors' })).toHaveLength(8);
    const copy = await send('POST', '/api/staff/surveys/seniors/duplicate', {});
    expect(copy.status).toBe(201);
    const body = (await copy.json()) as Survey;
    expect(body).toMatchObject({ id: 'seniors-copy', opens: '2026-12-02', closes: '2026-12-02', target: SURVEY.target });
    expect(body.questions).toEqual((await (await get('/api/staff/surveys/seniors')).json() as Survey).questions);
  });

  it('reports results by site, group and language with every cell under 5 hidden, and exports them as CSV and XLSX', async () => {
    const answers = (id: string, lift: boolean, rate: number, language: Resident['language']): SurveyResponse => ({
      id: `seniors:${id}`, surveyId: 'seniors', residentId: id, language, answers: { lift, rate, comment: `avis ${id}` },
      completedAt: '2026-12-03T09:00:00Z', createdAt: '2026-12-03T09:00:00Z', updatedAt: '2026-12-03T09:00:00Z',
    });
    for (let i = 0; i < 6; i++) await bot.store.surveyResponses.save(answers(`t${i}`, true, 4, 'fr'));
    for (let i = 0; i < 2; i++) await bot.store.surveyResponses.save(answers(`c${i}`, false, 2, 'ar'));
    const report = (await (await get('/api/staff/surveys/seniors/report')).json()) as {
      respondents: number; questions: { id: string; counts: Record<string, number | null>; mean?: number | null; texts?: { language: string; text: string }[]; segments: { dimension: string; segment: string; answered: number | null; counts: Record<string, number | null> }[] }[];
    };
    expect(report.respondents).toBe(8);
    const lift = report.questions.find((q) => q.id === 'lift')!;
    expect(lift.counts).toEqual({ true: 6, false: null });
    expect(lift.segments).toContainEqual({ dimension: 'site', segment: 'Les Tilleuls', answered: 6, counts: { true: 6, false: 0 } });
    expect(lift.segments).toContainEqual({ dimension: 'site', segment: 'Le Clos Vert', answered: null, counts: { true: 0, false: null } });
    expect(lift.segments).toContainEqual({ dimension: 'group', segment: 'age-65-plus', answered: 8, counts: { true: 6, false: null } });
    expect(lift.segments).toContainEqual({ dimension: 'language', segment: 'ar', answered: null, counts: { true: 0, false: null } });
    expect(report.questions.find((q) => q.id === 'rate')!.mean).toBe(3.5);
    expect(report.questions.find((q) => q.id === 'comment')!.texts).toContainEqual({ language: 'ar', text: 'avis c0' });
    // No resident id, site-and-group pair or free text next to a site anywhere.
    expect(JSON.stringify(report)).not.toMatch(/"residentId"|"t0"/);

    const csv = await (await get('/api/staff/surveys/seniors/report?format=csv&sep=,')).text();
    expect(csv).toContain('question,type,dimension,segment,answered,value,count');
    expect(csv).toContain('lift,yesno,site,Le Clos Vert,<5,false,<5');
    expect(csv).toContain('lift,yesno,site,Les Tilleuls,6,true,6');
    const xlsx = await get('/api/staff/surveys/seniors/report?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.fromWeb(xlsx.body as never));
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1).join(','));
    expect(rows).toContain('lift,yesno,site,Le Clos Vert,<5,false,<5');
  });

  it('counts needs and ideas by group and site over a period, hiding small groups', async () => {
    for (let i = 0; i < 6; i++) {
      await bot.store.needs.create({ residentId: `t${i}`, type: i < 5 ? 'need' : 'idea', category: i < 5 ? 'accessibility' : 'green', text: 'x', language: 'fr', site: 'Les Tilleuls', notifyOnStatus: false, channel: 'sms' }, new Date(`2026-1${i % 2}-15T10:00:00Z`));
    }
    await bot.store.needs.create({ residentId: 'young', type: 'need', category: 'youth', text: 'x', language: 'fr', site: 'Les Tilleuls', notifyOnStatus: false, channel: 'sms' }, new Date('2026-11-20T10:00:00Z'));
    const plan = (await (await get('/api/staff/plan?from=2026-10-01&to=2026-12-31')).json()) as { total: number; segments: { dimension: string; segment: string; count: number | null; topCategories: { category: string; count: number }[] }[]; byMonth: { month: string; count: number }[] };
    expect(plan.total).toBe(7);
    expect(plan.segments).toContainEqual(expect.objectContaining({ dimension: 'group', segment: 'age-65-plus', count: 6, topCategories: [{ category: 'accessibility', count: 5 }] }));
    expect(plan.segments).toContainEqual(expect.objectContaining({ dimension: 'group', segment: 'age-under-25', count: null, topCategories: [] }));
    expect(plan.segments).toContainEqual(expect.objectContaining({ dimension: 'site', segment: 'Les Tilleuls', count: 7 }));
    expect(plan.byMonth).toEqual([{ month: '2026-10', count: 3 }, { month: '2026-11', count: 4 }]);
    const csv = await (await get('/api/staff/plan?format=csv&sep=,')).text();
    expect(csv).toContain('group,age-under-25,<5,<5,0,');
  });

  it('shows a partner only the aggregated results of surveys about it, and lists groups with counts only', async () => {
    const mine = (await (await get('/api/partners/surveys', partner)).json()) as { items: { id: string; questions: { texts?: unknown }[] }[] };
    expect(mine.items.map((s) => s.id).sort()).toEqual(['seniors', 'seniors-copy']);
    expect(mine.items.flatMap((s) => s.questions).every((q) => q.texts === undefined)).toBe(true);
    expect((await get('/api/staff/surveys/seniors/report', partner)).status).toBe(403);
    const groups = (await (await get('/api/staff/groups')).json()) as { items: { id: string; invitable: number | null; label: Record<string, string> }[] };
    expect(groups.items.find((g) => g.id === 'age-65-plus')).toMatchObject({ invitable: 8 });
    expect(groups.items.find((g) => g.id === 'age-under-25')).toMatchObject({ invitable: null });
  });
});
