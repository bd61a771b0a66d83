// /api/staff/surveys: create from JSON, open and close, results per question.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { surveyResults } from '../surveys/results.js';
import { isOpenFor, surveySchema, type Survey } from '../surveys/survey.js';
import { ApiError, handle } from './api-error.js';
import type { StaffApiDeps } from './staff-api.js';

const dates = z.object({ opens: surveySchema.shape.opens.optional(), closes: surveySchema.shape.closes.optional() });

export function registerSurveyRoutes(server: Server, deps: StaffApiDeps): void {
  const { store, auth, clock, newId, logger, surveys, config } = deps;
  const write = async (survey: Survey) => {
    await mkdir(config.surveysDir, { recursive: true });
    await writeFile(join(config.surveysDir, `${survey.id}.json`), `${JSON.stringify(survey, null, 2)}\n`);
  };
  const find = async (id: string) => {
    const survey = await surveys.get(id);
    if (!survey) throw new ApiError(404, 'NotFound', `No survey with id ${id}.`);
    return survey;
  };
  const audit = (by: string, action: string, target: string, details: Record<string, unknown>) => {
    const at = clock.now().toISOString();
    return store.audit.add({ id: newId(), at, createdAt: at, by, action, target, details });
  };

  server.get('/api/staff/surveys', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const now = clock.now();
    res.send(200, { items: (await surveys.all()).map((s) => ({ id: s.id, title: s.title, opens: s.opens, closes: s.closes, target: s.target, questions: s.questions.length, open: isOpenFor(s, now, undefined) })) });
  }));

  server.post('/api/staff/surveys', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const parsed = surveySchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ApiError(400, 'InvalidSurvey', `${issue.path.join('.') || 'survey'}: ${issue.message}`);
    }
    if (await surveys.get(parsed.data.id)) throw new ApiError(409, 'AlreadyExists', `A survey with id ${parsed.data.id} exists.`);
    await write(parsed.data);
    await audit(account.name, 'survey.create', parsed.data.id, {});
    res.send(201, parsed.data);
  }));

  server.patch('/api/staff/surveys/:id', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const survey = await find(req.params.id);
    const parsed = dates.safeParse(req.body ?? {});
    if (!parsed.success) throw new ApiError(400, 'InvalidBody', 'opens and closes must be dates (YYYY-MM-DD or ISO date-time).');
    const updated = { ...survey, ...parsed.data };
    await write(updated);
    await audit(account.name, 'survey.dates', survey.id, parsed.data);
    res.send(200, updated);
  }));

  server.post('/api/staff/surveys/:id/close', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const survey = await find(req.params.id);
    const closes = new Date(clock.now().getTime() - 1000).toISOString();
    await write({ ...survey, closes });
    await audit(account.name, 'survey.close', survey.id, { closes });
    res.send(200, { ...survey, closes });
  }));

  server.get('/api/staff/surveys/:id/results', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const survey = await find(req.params.id);
    res.send(200, surveyResults(survey, await store.surveyResponses.bySurvey(survey.id)));
  }));
}
