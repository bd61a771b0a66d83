// /api/staff/surveys: create from JSON (a survey file: the import), the file back (the export), dates, close, results per question.
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { inviteIfOpen } from '../surveys/invitations.js';
import { surveyResults } from '../surveys/results.js';
import { surveyFileText } from '../surveys/survey-files.js';
import { isOpenFor, surveySchema, type Survey } from '../surveys/survey.js';
import { ApiError } from './api-error.js';
import { created, ok, type Routes, type StaffApiDeps } from './route.js';
import { idParams } from './schemas.js';

const dates = z.object({ opens: surveySchema.shape.opens.optional(), closes: surveySchema.shape.closes.optional() });

export function registerSurveyRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store, clock, surveys, config, translator } = deps;
  const write = (survey: Survey) => surveys.save(survey);
  const find = async (id: string) => {
    const survey = await surveys.get(id);
    if (!survey) throw new ApiError(404, 'NotFound', `No survey with id ${id}.`);
    return survey;
  };

  routes.get('/api/staff/surveys', {
    roles: ['staff'],
    handle: async () => {
      const now = clock.now();
      return ok({ items: (await surveys.all()).map((s) => ({ id: s.id, title: s.title, opens: s.opens, closes: s.closes, target: s.target, questions: s.questions.length, open: isOpenFor(s, now, undefined, config.timeZone) })) });
    },
  });

  routes.post('/api/staff/surveys', {
    roles: ['staff'],
    body: surveySchema,
    invalidBody: 'InvalidSurvey',
    handle: async ({ account, body }) => {
      if (!(await surveys.add(body))) throw new ApiError(409, 'AlreadyExists', `A survey with id ${body.id} exists.`);
      const invited = await inviteIfOpen(body, { store, translator, config, now: clock.now(), outbox: deps.outbox });
      await recordAudit(deps, account, 'survey.create', body.id, { invited });
      return created({ ...body, invited });
    },
  });

  routes.patch('/api/staff/surveys/:id', {
    roles: ['staff'],
    params: idParams,
    body: dates,
    handle: async ({ account, params, body }) => {
      const updated = { ...(await find(params.id)), ...body };
      await write(updated);
      await recordAudit(deps, account, 'survey.dates', updated.id, body);
      return ok(updated);
    },
  });

  routes.post('/api/staff/surveys/:id/close', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ account, params }) => {
      const survey = await find(params.id);
      const closes = new Date(clock.now().getTime() - 1000).toISOString();
      await write({ ...survey, closes });
      await recordAudit(deps, account, 'survey.close', survey.id, { closes });
      return ok({ ...survey, closes });
    },
  });

  routes.get('/api/staff/surveys/:id/file', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ params, res }) => {
      const survey = await find(params.id);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${survey.id}.json"` });
      res.end(surveyFileText(survey));
    },
  });

  routes.get('/api/staff/surveys/:id/results', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ params }) => {
      const survey = await find(params.id);
      return ok(surveyResults(survey, await store.surveyResponses.bySurvey(survey.id)));
    },
  });
}
