// npm run surveys: survey JSON files in and out of the store (import, export, list), through the
// running bot's API when it runs (PALIER_API_KEY: a staff key), else on the store directly.
import '../load-env.js';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { parseSurveyFile, surveyFileText } from '../surveys/survey-files.js';
import type { Survey } from '../surveys/survey.js';
import { botApiIfRunning } from './bot-api.js';
import { openConfiguredStore } from './open-store.js';

const USAGE = `Usage:
  npm run surveys -- import FILE.json [FILE.json…]   stores each survey (an id already stored is refused)
  npm run surveys -- export ID [--out FILE.json]     writes a stored survey as a file (stdout without --out)
  npm run surveys -- list
While the bot runs on the same lowdb folder, the command goes through its API: set PALIER_API_KEY to a
staff key (and PALIER_API_URL if the bot is not on http://127.0.0.1:PORT).`;

/** The three operations, either over HTTP or on the store. */
interface Surveys {
  /** False when the id is taken. */
  add(survey: Survey): Promise<boolean>;
  get(id: string): Promise<Survey | undefined>;
  list(): Promise<Pick<Survey, 'id' | 'opens' | 'closes'>[]>;
  close(): Promise<void>;
}

async function surveys(): Promise<Surveys> {
  const api = await botApiIfRunning(loadConfig(), 'a staff key');
  if (api) {
    return {
      async add(survey) {
        try {
          await api.call('POST', '/api/staff/surveys', survey);
          return true;
        } catch (error) {
          if (/exists/.test((error as Error).message)) return false;
          throw error;
        }
      },
      get: async (id) => (await api.call('GET', `/api/staff/surveys/${encodeURIComponent(id)}/file`)).json() as Promise<Survey>,
      list: async () => ((await (await api.call('GET', '/api/staff/surveys')).json()) as { items: Survey[] }).items,
      close: async () => {},
    };
  }
  const { store } = await openConfiguredStore();
  return {
    add: (survey) => store.surveys.add(survey, systemClock.now()),
    get: (id) => store.surveys.get(id),
    list: () => store.surveys.list(),
    close: () => store.close(),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  const [command, ...args] = positionals;
  if (values.help || !command || !['import', 'export', 'list'].includes(command) || (command !== 'list' && args.length === 0)) {
    console.log(USAGE);
    process.exitCode = values.help || !command ? 0 : 1;
    return;
  }
  // Files are checked before anything is opened: a broken file changes nothing.
  const files = command === 'import' ? await Promise.all(args.map(async (file) => ({ file, survey: parseFile(file, await readFile(file, 'utf8')) }))) : [];
  const store = await surveys();
  try {
    if (command === 'list') {
      for (const s of await store.list()) console.log(`${s.id}\t${s.opens} → ${s.closes}`);
    } else if (command === 'import') {
      for (const { file, survey } of files) console.log((await store.add(survey)) ? `Imported ${survey.id} from ${file}` : `Kept ${survey.id}: a survey with that id is already stored (${file} not imported)`);
    } else {
      const survey = await store.get(args[0]!);
      if (!survey) throw new Error(`No survey with id ${args[0]}; see "npm run surveys -- list".`);
      if (values.out) {
        await writeFile(values.out, surveyFileText(survey));
        console.log(`Wrote ${survey.id} to ${values.out}`);
      } else process.stdout.write(surveyFileText(survey));
    }
  } finally {
    await store.close();
  }
}

function parseFile(file: string, text: string): Survey {
  try {
    return parseSurveyFile(text);
  } catch (error) {
    throw new Error(`${file} is not a valid survey: ${(error as Error).message}`);
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
