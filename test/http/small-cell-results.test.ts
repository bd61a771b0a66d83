// The small-cell rule on the older results route and the survey-answers export: under 5 respondents
// nothing that could single someone out leaves the bot (API, CSV, XLSX).
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/staff/api-keys.js';
import type { Resident, SurveyResponse } from '../../src/store/types.js';
import type { Survey } from '../../src/surveys/survey.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { manualClock, sequentialIds, tempDir } from '../helpers/setup.js';

const clock = manualClock('2026-12-03T10:00:00.000Z');

const SURVEY: Survey = {
  id: 'lifts',
  title: { fr: 'Les ascenseurs', en: 'Lifts' },
  target: { sites: [], groups: [] },
  opens: '2026-12-01',
  closes: '2026-12-31',
  questions: [
    { id: 'works', type: 'yesno', text: { fr: 'L’ascenseur marche ?', en: 'Does the lift work?' } },
    { id: 'rate', type: 'rating', text: { fr: 'Note ?', en: 'Rating?' } },
    { id: 'word', type: 'text', text: { fr: 'Un mot ?', en: 'A word?' } },
  ],
};

const response = (id: string, language: Resident['language'], works: boolean, rate: number, at: string): SurveyResponse => ({
  id: `lifts:${id}`, surveyId: 'lifts', residentId: id, language, answers: { works, rate, word: `mot de ${id}` },
  completedAt: at, createdAt: at, updatedAt: at,
});

interface Results {
  responses: number | null;
  completed: number | null;
  questions: { id: string; answered: number | null; counts?: Record<string, number | null>; mean?: number | null; answers?: unknown[] }[];
}

describe('small-cell rule on results and the answers export', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let staff: string;
  const get = (path: string) => fetch(`${bot.url}${path}`, { headers: { authorization: `Bearer ${staff}` } });
  const send = (path: string, body: unknown) =>
    fetch(`${bot.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path, { SURVEYS_DIR: `${dir.path}/surveys` }, { clock });
    staff = (await createAccount(bot.store, { name: 'Agence', role: 'staff' }, clock.now(), sequentialIds('acct'))).key;
    expect((await send('/api/staff/surveys', SURVEY)).status).toBe(201);
    // Four respondents: three in French (two say the lift works), one in Turkish.
    await bot.store.surveyResponses.save(response('a', 'fr', true, 4, '2026-12-02T08:15:00Z'));
    await bot.store.surveyResponses.save(response('b', 'fr', true, 5, '2026-12-02T09:40:00Z'));
    await bot.store.surveyResponses.save(response('c', 'fr', false, 1, '2026-12-02T18:05:00Z'));
    await bot.store.surveyResponses.save(response('d', 'tr', false, 2, '2026-12-02T21:30:00Z'));
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('with 4 respondents: results hide every count and mean and list no answer; the answers export is refused', async () => {
    const results = (await (await get('/api/staff/surveys/lifts/results')).json()) as Results;
    expect(results).toMatchObject({ responses: null, completed: null });
    expect(results.questions).toEqual([
      { id: 'works', type: 'yesno', answered: null, counts: { true: null, false: null } },
      { id: 'rate', type: 'rating', answered: null, counts: { 4: null, 5: null, 1: null, 2: null }, mean: null },
      { id: 'word', type: 'text', answered: null },
    ]);
    expect(JSON.stringify(results)).not.toContain('mot de');
    for (const format of ['csv', 'xlsx']) {
      const refused = await get(`/api/staff/exports/survey-answers?survey=lifts&format=${format}`);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('TooFewRespondents');
    }
  });

  it('with 6 respondents: counts of 5 and more shown, smaller ones hidden; answers listed sorted, not by person; a rare language and times hidden in the export', async () => {
    await bot.store.surveyResponses.save(response('e', 'fr', true, 4, '2026-12-03T07:00:00Z'));
    await bot.store.surveyResponses.save(response('f', 'fr', true, 3, '2026-12-03T07:30:00Z'));
    const results = (await (await get('/api/staff/surveys/lifts/results')).json()) as Results;
    expect(results).toMatchObject({ responses: 6, completed: 6 });
    const works = results.questions.find((q) => q.id === 'works')!;
    expect(works).toMatchObject({ answered: 6, counts: { true: null, false: null } });
    expect(works.answers).toEqual([false, false, true, true, true, true]);
    const rate = results.questions.find((q) => q.id === 'rate')!;
    expect(rate.mean).toBe(3.17);
    expect(rate.answers).toEqual([1, 2, 3, 4, 4, 5]);
    expect(results.questions.find((q) => q.id === 'word')!.answers).toEqual(['mot de a', 'mot de b', 'mot de c', 'mot de d', 'mot de e', 'mot de f']);

    const csv = await (await get('/api/staff/exports/survey-answers?survey=lifts&format=csv&sep=,&lang=en')).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Response,Language,Created,Completed,Does the lift work?,Rating?,A word?');
    expect(lines).toHaveLength(7);
    // Five answered in French: shown; the one Turkish answer is "<5"; only the (Paris) day of each time.
    expect(lines[1]).toBe('1,French,2026-12-02,2026-12-02,Yes,4,mot de a');
    expect(lines[4]).toBe('4,<5,2026-12-02,2026-12-02,No,2,mot de d');
    expect(csv).not.toMatch(/Turkish|\d{2}:\d{2}/);

    const xlsx = await get('/api/staff/exports/survey-answers?survey=lifts&format=xlsx&lang=en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.fromWeb(xlsx.body as never));
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[4]).toEqual([4, '<5', '2026-12-02', '2026-12-02', 'No', 2, 'mot de d']);
  });
});
