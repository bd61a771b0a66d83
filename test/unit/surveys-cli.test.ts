// npm run surveys: survey files in and out of the store from the command line (here on a lowdb folder, no bot running).
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import { tempDir } from '../helpers/setup.js';

const run = promisify(execFile);

const GARDEN = {
  id: 'garden', title: { fr: 'Le jardin partagé', ar: 'الحديقة المشتركة' }, target: { sites: ['Les Tilleuls'], groups: [] },
  opens: '2026-12-01', closes: '2026-12-31', questions: [{ id: 'want', type: 'yesno', text: { fr: 'Un potager ?' } }],
};

describe('npm run surveys', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  // No bot answers on port 65531: the command opens the data folder itself.
  const surveys = (...args: string[]) =>
    run(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'src/cli/surveys.ts'), ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: join(dir.path, 'data'), DATABASE_URL: '', PALIER_API_URL: 'http://127.0.0.1:65531', LOG_LEVEL: 'silent' },
    });
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => dir.remove());

  it('imports a file into the store, keeps a stored id, lists, and exports the same file back', async () => {
    await writeFile(join(dir.path, 'garden.json'), JSON.stringify(GARDEN));
    expect((await surveys('import', join(dir.path, 'garden.json'))).stdout).toContain('Imported garden');
    expect((await surveys('import', join(dir.path, 'garden.json'))).stdout).toContain('Kept garden');
    expect((await surveys('list')).stdout.trim()).toBe('garden\t2026-12-01 → 2026-12-31');
    await surveys('export', 'garden', '--out', join(dir.path, 'out.json'));
    expect(JSON.parse(await readFile(join(dir.path, 'out.json'), 'utf8'))).toEqual(GARDEN);
    const store = await openLowdbStore({ dataDir: join(dir.path, 'data') });
    try {
      expect(await store.surveys.get('garden')).toEqual(GARDEN);
    } finally {
      await store.close();
    }
  });

  it('refuses a broken file before touching the store, and names an unknown survey', async () => {
    await writeFile(join(dir.path, 'bad.json'), JSON.stringify({ ...GARDEN, questions: [] }));
    await expect(surveys('import', join(dir.path, 'bad.json'))).rejects.toMatchObject({ stderr: expect.stringContaining('bad.json is not a valid survey: questions') });
    await expect(surveys('export', 'nothing')).rejects.toMatchObject({ stderr: expect.stringContaining('No survey with id nothing') });
  });
});
