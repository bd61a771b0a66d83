// GET /api/staff/exports/:dataset — CSV or XLSX with the same filters as the lists, streamed.
import type { Response } from 'restify';
import { z } from 'zod';
import type { Config } from '../config.js';
import { loadPackManifest } from '../knowledge/content.js';
import { packsDir } from '../knowledge/knowledge.js';
import { SMALL_CELL } from '../surveys/breakdown.js';
import { ApiError } from './api-error.js';
import { needsDataset, questionsDataset, registrationsDataset, surveyAnswersDataset, type ExportContext } from './datasets.js';
import { writeCsv, writeXlsx, type Dataset } from './exports.js';
import { filteredNeeds } from './need-filter.js';
import { dayRange, needFilterSchema, parseQuery } from './query.js';
import type { Routes, StaffApiDeps } from './route.js';

const exportOptions = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  sep: z.enum([',', ';']).default(';'),
  lang: z.enum(['fr', 'en']).default('fr'),
  survey: z.string().optional(),
  event: z.string().optional(),
});

export type ExportOptions = z.infer<typeof exportOptions>;
export const EXPORT_NAMES = ['needs', 'questions', 'survey-answers', 'registrations'] as const;

const packs = new Map<string, { country: string; namespace: string }>();
/** Language, time zone, country and topic titles every export is written for. */
export function exportContext(config: Pick<Config, 'timeZone' | 'contentPack'>, lng: ExportOptions['lang']): ExportContext {
  let pack = packs.get(config.contentPack);
  if (!pack) {
    try {
      const manifest = loadPackManifest(config.contentPack, packsDir);
      pack = { country: manifest.country.toUpperCase(), namespace: manifest.namespace };
    } catch {
      pack = { country: 'FR', namespace: 'procedures' };
    }
    packs.set(config.contentPack, pack);
  }
  return { lng, timeZone: config.timeZone, country: pack.country, topicNamespace: pack.namespace };
}

/** Builds the dataset to export; shared by the HTTP routes and `npm run export`. */
export async function exportDataset(deps: Pick<StaffApiDeps, 'store' | 'surveys' | 'config'>, name: string, query: unknown): Promise<{ dataset: Dataset; options: ExportOptions }> {
  const options = parseQuery(exportOptions, query);
  const filter = parseQuery(needFilterSchema, query);
  const context = exportContext(deps.config, options.lang);
  switch (name) {
    case 'needs':
      return { dataset: needsDataset(await filteredNeeds(deps.store, filter), context), options };
    case 'questions':
      return { dataset: questionsDataset(await deps.store.questions.list(dayRange(filter)), context), options };
    case 'survey-answers': {
      const survey = options.survey ? await deps.surveys.get(options.survey) : undefined;
      if (!survey) throw new ApiError(400, 'InvalidQuery', 'survey: give the id of an existing survey (?survey=...).');
      const responses = await deps.store.surveyResponses.bySurvey(survey.id);
      // The small-cell rule: one row per response is only given once no one can be singled out.
      if (responses.length < SMALL_CELL) throw new ApiError(409, 'TooFewRespondents', `Fewer than ${SMALL_CELL} residents answered this survey: its answers are not exported yet (the counts are in its report).`);
      return { dataset: surveyAnswersDataset(survey, responses, context), options };
    }
    case 'registrations': {
      const event = options.event ? await deps.store.events.get(options.event) : undefined;
      if (!event) throw new ApiError(400, 'InvalidQuery', 'event: give the id of an existing event (?event=...).');
      return { dataset: registrationsDataset(event, await deps.store.registrations.byEvent(event.id), context), options };
    }
    default:
      throw new ApiError(404, 'NotFound', `No export named ${name}; try ${EXPORT_NAMES.join(', ')}.`);
  }
}

/** Streams a dataset as the file asked for. */
export async function sendExport(res: Response, dataset: Dataset, options: ExportOptions, name: string, day: string): Promise<void> {
  const file = `${name}-${day}.${options.format}`;
  res.writeHead(200, {
    'content-type': options.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${file}"`,
  });
  if (options.format === 'csv') await writeCsv(dataset, res, options.sep);
  else await writeXlsx(dataset, res, name);
}

const exportParams = z.object({ dataset: z.string().min(1).max(64) });

export function registerExportRoutes(routes: Routes, deps: StaffApiDeps): void {
  routes.get('/api/staff/exports/:dataset', {
    roles: ['staff'],
    params: exportParams,
    query: exportOptions.merge(needFilterSchema),
    handle: async ({ res, params, query }) => {
      const { dataset, options } = await exportDataset(deps, params.dataset, query);
      await sendExport(res, dataset, options, params.dataset, deps.clock.now().toISOString().slice(0, 10));
    },
  });
}
