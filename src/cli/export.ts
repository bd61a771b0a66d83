// npm run export: the staff exports from the command line, e.g. needs as XLSX since January.
import '../load-env.js';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiError } from '../staff/api-error.js';
import { exportDataset } from '../staff/export-routes.js';
import { writeCsv, writeXlsx } from '../staff/exports.js';
import { SurveyCatalogue } from '../surveys/catalogue.js';
import { openConfiguredStore } from './open-store.js';

const USAGE = `Usage: npm run export -- <needs|questions|survey-answers> --out FILE [options]
  --format csv|xlsx   (default csv)        --sep ";"|","  CSV separator (default ";", French Excel)
  --lang fr|en        column titles        --survey ID    for survey-answers
  --from YYYY-MM-DD --to YYYY-MM-DD --category C --site S --status S --language L --kind need|idea|callback`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: Object.fromEntries(['out', 'format', 'sep', 'lang', 'survey', 'from', 'to', 'category', 'site', 'status', 'language', 'kind'].map((k) => [k, { type: 'string' as const }])),
    allowPositionals: true,
  });
  const [dataset] = positionals;
  if (!dataset || !values.out) {
    console.log(USAGE);
    process.exitCode = dataset ? 1 : 0;
    return;
  }
  const { config, store } = await openConfiguredStore();
  try {
    const { out: file, ...query } = values;
    const { dataset: data, options } = await exportDataset({ store, config, surveys: new SurveyCatalogue(config.surveysDir) }, dataset, query);
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
