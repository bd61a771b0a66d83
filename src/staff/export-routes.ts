// GET /api/staff/exports/:dataset — CSV or XLSX with the same filters as the lists, streamed.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { ApiError, handle } from './api-error.js';
import { needsDataset, questionsDataset, surveyAnswersDataset } from './datasets.js';
import { writeCsv, writeXlsx, type Dataset } from './exports.js';
import { filteredNeeds } from './need-filter.js';
import { dayRange, needFilterSchema, parseQuery } from './query.js';
import type { StaffApiDeps } from './staff-api.js';

const exportOptions = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  sep: z.enum([',', ';']).default(';'),
  lang: z.enum(['fr', 'en']).default('fr'),
  survey: z.string().optional(),
});

export type ExportOptions = z.infer<typeof exportOptions>;

/** Builds the dataset to export; shared by the HTTP route and `npm run export`. */
export async function exportDataset(deps: Pick<StaffApiDeps, 'store' | 'surveys' | 'config'>, name: string, query: unknown): Promise<{ dataset: Dataset; options: ExportOptions }> {
  const options = parseQuery(exportOptions, query);
  const filter = parseQuery(needFilterSchema, query);
  const { timeZone } = deps.config;
  switch (name) {
    case 'needs':
      return { dataset: needsDataset(await filteredNeeds(deps.store, filter), options.lang, timeZone), options };
    case 'questions':
      return { dataset: questionsDataset(await deps.store.questions.list(dayRange(filter)), options.lang, timeZone), options };
    case 'survey-answers': {
      const survey = options.survey ? await deps.surveys.get(options.survey) : undefined;
      if (!survey) throw new ApiError(400, 'InvalidQuery', 'survey: give the id of an existing survey (?survey=...).');
      return { dataset: surveyAnswersDataset(survey, await deps.store.surveyResponses.bySurvey(survey.id), options.lang, timeZone), options };
    }
    default:
      throw new ApiError(404, 'NotFound', `No export named ${name}; try needs, questions or survey-answers.`);
  }
}

export function registerExportRoutes(server: Server, deps: StaffApiDeps): void {
  server.get('/api/staff/exports/:dataset', handle(deps.logger, async (req: Request, res: Response) => {
    await deps.auth.require(req, ['staff']);
    const { dataset, options } = await exportDataset(deps, req.params.dataset, req.query);
    const file = `${req.params.dataset}-${deps.clock.now().toISOString().slice(0, 10)}.${options.format}`;
    res.writeHead(200, {
      'content-type': options.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${file}"`,
    });
    if (options.format === 'csv') await writeCsv(dataset, res, options.sep);
    else await writeXlsx(dataset, res, req.params.dataset);
  }));
}
