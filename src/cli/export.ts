// npm run export: the staff exports from the command line, e.g. needs as XLSX since January; through
// the running bot's API when it runs (PALIER_API_KEY: a staff key), else from the store directly.
import '../load-env.js';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { ApiError } from '../staff/api-error.js';
import { EXPORT_NAMES, exportDataset } from '../staff/export-routes.js';
import { writeCsv, writeXlsx } from '../staff/exports.js';
import { SurveyCatalogue } from '../surveys/catalogue.js';
import { botApiIfRunning } from './bot-api.js';
import { openConfiguredStore } from './open-store.js';

const USAGE = `Usage: npm run export -- <${EXPORT_NAMES.join('|')}> --out FILE [options]
  --format csv|xlsx   (default csv)        --sep ";"|","  CSV separator (default ";", French Excel)
  --lang fr|en        headers and labels   --survey ID    for survey-answers   --event ID  for registrations
  --from YYYY-MM-DD --to YYYY-MM-DD --category C --site S --status S --language L --kind need|idea|callback
While the bot runs on the same lowdb folder, the export goes through its API: set PALIER_API_KEY to a
staff key (and PALIER_API_URL if the bot is not on http://127.0.0.1:PORT).`;

const OPTIONS = ['out', 'format', 'sep', 'lang', 'survey', 'event', 'from', 'to', 'category', 'site', 'status', 'language', 'kind', 'q'];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: Object.fromEntries(OPTIONS.map((k) => [k, { type: 'string' as const }])), allowPositionals: true });
  const [dataset] = positionals;
  if (!dataset || !values.out) {
    console.log(USAGE);
    process.exitCode = dataset ? 1 : 0;
    return;
  }
  const { out: file, ...query } = values;
  const api = await botApiIfRunning(loadConfig(), 'a staff key');
  if (api) {
    const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const response = await api.call('GET', `/api/staff/exports/${encodeURIComponent(dataset)}?${search}`);
    await pipeline(Readable.fromWeb(response.body as never), createWriteStream(file!));
    console.log(`Wrote ${file} (through the bot at ${api.url})`);
    return;
  }
  const { config, store } = await openConfiguredStore();
  try {
    const { dataset: data, options } = await exportDataset({ store, config, surveys: new SurveyCatalogue(store.surveys, systemClock, config.timeZone) }, dataset, query);
    let rows = 0;
    const counted = { ...data, rows: (function* () { for (const row of data.rows) { if (++rows % 10_000 === 0) process.stderr.write(`${rows} rows…\n`); yield row; } })() };
    const out = createWriteStream(file!);
    if (options.format === 'csv') await writeCsv(counted, out, options.sep);
    else await writeXlsx(counted, out, dataset);
    console.log(`Wrote ${rows} rows to ${file}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ApiError ? `${error.message}\n${USAGE}` : (error as Error).message);
  process.exit(1);
});
