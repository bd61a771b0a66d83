// Survey definitions live in the store: survey files move in once at start (an edited survey is never
// overwritten by its old file), and on PostgreSQL every instance sees the same surveys.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/staff/api-keys.js';
import type { Store } from '../../src/store/types.js';
import { importSurveyFolder } from '../../src/surveys/survey-files.js';
import type { Survey } from '../../src/surveys/survey.js';
import { ENGINES } from '../helpers/engines.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { manualClock, sequentialIds, tempDir } from '../helpers/setup.js';
import { freshSchema, TEST_DATABASE_URL } from './postgres-harness.js';

const NOW = new Date('2026-12-03T10:00:00.000Z');

const survey = (id: string, title: string): Survey => ({
  id, title: { fr: title, en: `${title} (en)` }, target: { sites: [], groups: [] }, opens: '2026-12-01', closes: '2026-12-31',
  questions: [{ id: 'q', type: 'yesno', text: { fr: 'Oui ?' } }],
});

async function writeFolder(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
}

describe.each(ENGINES)('survey files into the %s store', (_name, open) => {
  let store: Store;
  let done: () => Promise<void>;
  let folder: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    ({ store, done } = await open());
    folder = await tempDir();
  });
  afterEach(async () => {
    await done();
    await folder.remove();
  });

  it('imports every valid file once, names the broken ones, and never overwrites a survey edited since', async () => {
    await writeFolder(folder.path, {
      'garden.json': JSON.stringify(survey('garden', 'Le jardin')),
      'noise.json': JSON.stringify(survey('noise', 'Le bruit')),
      'broken.json': '{ "id": "broken", ',
      'no-questions.json': JSON.stringify({ ...survey('empty', 'Vide'), questions: [] }),
      'notes.txt': 'not a survey',
    });
    const first = await importSurveyFolder(folder.path, store.surveys, NOW);
    expect(first.imported).toEqual(['garden', 'noise']);
    expect(first.invalid.map((i) => i.file)).toEqual(['broken.json', 'no-questions.json']);
    expect(first.invalid[1]!.problem).toContain('questions');
    expect(await store.surveys.list()).toEqual([survey('garden', 'Le jardin'), survey('noise', 'Le bruit')]);

    await store.surveys.save({ ...survey('noise', 'Le bruit'), closes: '2027-01-31' }, NOW);
    const again = await importSurveyFolder(folder.path, store.surveys, NOW);
    expect(again).toMatchObject({ imported: [], kept: ['garden', 'noise'] });
    expect((await store.surveys.get('noise'))!.closes).toBe('2027-01-31');
  });

  it('imports nothing from a folder that does not exist', async () => {
    expect(await importSurveyFolder(join(folder.path, 'missing'), store.surveys, NOW)).toEqual({ imported: [], kept: [], invalid: [] });
    expect(await store.surveys.list()).toEqual([]);
  });
});

describe('survey definitions through the running bot', () => {
  it('lowdb: moves the folder in at the first start; an edit made in the dashboard survives a restart; the file comes back out', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-12-03T10:00:00.000Z');
    const env = { SURVEYS_DIR: join(dir.path, 'survey-files') };
    await writeFolder(env.SURVEYS_DIR, { 'garden.json': JSON.stringify(survey('garden', 'Le jardin')) });
    try {
      let bot = await startBot(join(dir.path, 'data'), env, { clock });
      const key = (await createAccount(bot.store, { name: 'Agence', role: 'staff' }, clock.now(), sequentialIds('acct'))).key;
      const call = (path: string, method = 'GET', body?: unknown) =>
        fetch(`${bot.url}${path}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      expect((await call('/api/staff/surveys/garden/file')).status).toBe(200);
      const edited = { ...survey('garden', 'Le jardin partagé'), closes: '2027-02-28' };
      expect((await call('/api/staff/surveys/garden', 'PUT', edited)).status).toBe(200);
      await bot.stop();

      bot = await startBot(join(dir.path, 'data'), env, { clock });
      const file = await call('/api/staff/surveys/garden/file');
      expect(file.headers.get('content-disposition')).toBe('attachment; filename="garden.json"');
      expect(await file.json()).toEqual(edited);
      // The exported file imports back (under another id) as the same survey.
      expect((await call('/api/staff/surveys', 'POST', { ...edited, id: 'garden-2027' })).status).toBe(201);
      expect((await bot.store.surveys.get('garden-2027'))!.title).toEqual(edited.title);
      await bot.stop();
    } finally {
      await dir.remove();
    }
  });

  it('postgres: two instances starting on one folder store each survey once, and see each other’s surveys and edits', async () => {
    const schema = await freshSchema();
    const dirs = [await tempDir(), await tempDir()];
    const clock = manualClock('2026-12-03T10:00:00.000Z');
    const folder = join(dirs[0]!.path, 'survey-files');
    await writeFolder(folder, { 'garden.json': JSON.stringify(survey('garden', 'Le jardin')), 'noise.json': JSON.stringify(survey('noise', 'Le bruit')) });
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema.schema, SURVEYS_DIR: folder };
    const [a, b] = (await Promise.all(dirs.map((d) => startBot(d.path, env, { clock })))) as [RunningBot, RunningBot];
    try {
      const rows = await schema.query<{ id: string }>('SELECT id FROM surveys ORDER BY id');
      expect(rows.rows.map((r) => r.id)).toEqual(['garden', 'noise']);
      const key = (await createAccount(a.store, { name: 'Agence', role: 'staff' }, clock.now(), sequentialIds('acct'))).key;
      const call = (url: string, path: string, method = 'GET', body?: unknown) =>
        fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      expect((await call(a.url, '/api/staff/surveys', 'POST', survey('lifts', 'Les ascenseurs'))).status).toBe(201);
      expect((await call(b.url, '/api/staff/surveys', 'POST', survey('lifts', 'Les ascenseurs'))).status).toBe(409);
      expect((await call(b.url, '/api/staff/surveys/noise', 'PUT', { ...survey('noise', 'Le bruit la nuit') })).status).toBe(200);
      const listed = (await (await call(a.url, '/api/staff/surveys')).json()) as { items: { id: string; title: { fr: string } }[] };
      expect(listed.items.map((s) => [s.id, s.title.fr])).toEqual([['garden', 'Le jardin'], ['noise', 'Le bruit la nuit'], ['lifts', 'Les ascenseurs']]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await schema.drop();
      await Promise.all(dirs.map((d) => d.remove()));
    }
  });
});
