// Consultations for staff and partners: resident groups (counts only), survey editing, duplication,
// invitations, results by site/group/language with the small-cell rule and their exports, needs by group for the yearly plan.
import type { Response } from 'restify';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { planReport, PLAN_COLUMNS, planRows } from '../needs/by-group.js';
import { allGroupIds, groupLabel, landlordGroupsOf } from '../residents/groups.js';
import { REPORT_COLUMNS, reportRows, shown, surveyReport } from '../surveys/breakdown.js';
import { inviteIfOpen } from '../surveys/invitations.js';
import { surveyPreview } from '../surveys/present.js';
import { closesAt, surveySchema, type Survey } from '../surveys/survey.js';
import { SUPPORTED_LANGUAGES } from '../config.js';
import { ApiError } from './api-error.js';
import { writeCsv, writeXlsx, type Dataset } from './exports.js';
import { dayRange } from './query.js';
import { created, ok, type Routes, type StaffApiDeps } from './route.js';
import { dayRangeQuery, idParams } from './schemas.js';

const formatQuery = z.object({ format: z.enum(['json', 'csv', 'xlsx']).default('json'), sep: z.enum([',', ';']).default(';') });
const planQuery = formatQuery.merge(dayRangeQuery);
const duplicateBody = z.object({ id: surveySchema.shape.id.optional() });

async function sendTable(res: Response, name: string, dataset: Dataset, format: 'csv' | 'xlsx', sep: ',' | ';'): Promise<void> {
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${name}.${format}"`,
  });
  if (format === 'csv') await writeCsv(dataset, res, sep);
  else await writeXlsx(dataset, res, name.slice(0, 31));
}

/** Languages enabled but missing from a survey's title, questions or options. */
export function missingTranslations(survey: Survey, languages: readonly string[]): string[] {
  const texts = [survey.title, ...survey.questions.flatMap((q) => [q.text, ...(q.options ?? []).map((o) => o.label)])];
  return languages.filter((lng) => texts.some((t) => !(t as Record<string, string | undefined>)[lng]));
}

export function registerConsultationRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store, clock, surveys, config, translator } = deps;
  const residentOf = (id: string) => store.residents.get(id);
  const find = async (id: string) => {
    const survey = await surveys.get(id);
    if (!survey) throw new ApiError(404, 'NotFound', `No survey with id ${id}.`);
    return survey;
  };
  const knownGroups = (survey: Survey): Survey => {
    const unknown = survey.target.groups.find((g) => !allGroupIds(landlordGroupsOf(config)).includes(g));
    if (unknown) throw new ApiError(400, 'InvalidSurvey', `target.groups: "${unknown}" is not a known group.`);
    return survey;
  };
  const invite = (survey: Survey) => inviteIfOpen(survey, { store, translator, config, now: clock.now(), outbox: deps.outbox });
  const withMissing = (survey: Survey) => ({ ...survey, missingTranslations: missingTranslations(survey, config.languages) });
  /** A group's name in every enabled language. */
  const labelsOf = (id: string) => Object.fromEntries(config.languages.map((lng) => [lng, groupLabel(id, translator.fixedT(lng), lng, landlordGroupsOf(config), config.defaultLanguage)]));

  routes.get('/api/staff/groups', {
    roles: ['staff'],
    handle: async () => {
      const own = landlordGroupsOf(config);
      const consulted = await store.residents.consulted();
      const items = allGroupIds(own).map((id) => ({
        id,
        label: labelsOf(id),
        landlord: own.some((g) => g.id === id),
        // How many residents who agreed to be invited declared this group; small counts hidden.
        invitable: shown(consulted.filter((r) => r.groups?.includes(id)).length),
      }));
      return ok({ items });
    },
  });

  // Registered before /:id routes so "preview" is never read as a survey id.
  routes.post('/api/staff/surveys/preview', {
    roles: ['staff'],
    body: z.object({ survey: surveySchema, language: z.enum(SUPPORTED_LANGUAGES) }),
    invalidBody: 'InvalidSurvey',
    handle: async ({ body }) => ok(surveyPreview(body.survey, body.language, translator, config.defaultLanguage)),
  });

  routes.get('/api/staff/surveys/:id', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ params }) => ok(withMissing(await find(params.id))),
  });

  routes.put('/api/staff/surveys/:id', {
    roles: ['staff'],
    params: idParams,
    body: z.object({}).passthrough(),
    handle: async ({ account, params, body }) => {
      await find(params.id);
      const parsed = surveySchema.safeParse({ ...body, id: params.id });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new ApiError(400, 'InvalidSurvey', `${issue.path.join('.') || 'survey'}: ${issue.message}`);
      }
      const survey = knownGroups(parsed.data);
      await surveys.save(survey);
      const invited = await invite(survey);
      await recordAudit(deps, account, 'survey.update', survey.id, { invited });
      return ok({ ...withMissing(survey), invited });
    },
  });

  routes.post('/api/staff/surveys/:id/duplicate', {
    roles: ['staff'],
    params: idParams,
    body: duplicateBody,
    handle: async ({ account, params, body }) => {
      const source = await find(params.id);
      let id = body.id ?? `${source.id}-copy`;
      for (let n = 2; !body.id && (await surveys.get(id)); n++) id = `${source.id}-copy-${n}`;
      // A copy starts closed (it opens when staff set its dates), so no one is invited by accident.
      const yesterday = new Date(clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
      const copy: Survey = { ...structuredClone(source), id, opens: yesterday, closes: yesterday };
      if (!(await surveys.add(copy))) throw new ApiError(409, 'AlreadyExists', `A survey with id ${id} exists.`);
      await recordAudit(deps, account, 'survey.duplicate', id, { from: source.id });
      return created(copy);
    },
  });

  routes.post('/api/staff/surveys/:id/open', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ account, params }) => {
      const survey = await find(params.id);
      const now = clock.now();
      if (closesAt(survey, config.timeZone) < now) throw new ApiError(409, 'Closed', 'Set a closing date in the future first.');
      const opened: Survey = { ...survey, opens: now.toISOString() };
      await surveys.save(opened);
      const invited = await invite(opened);
      await recordAudit(deps, account, 'survey.open', survey.id, { invited });
      return ok({ ...opened, invited });
    },
  });

  routes.post('/api/staff/surveys/:id/invite', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ account, params }) => {
      const survey = await find(params.id);
      const invited = await invite(survey);
      await recordAudit(deps, account, 'survey.invite', survey.id, { invited });
      return ok({ invited, delivery: await store.outbox.countsByRef(survey.id) });
    },
  });

  routes.get('/api/staff/surveys/:id/report', {
    roles: ['staff'],
    params: idParams,
    query: formatQuery,
    handle: async ({ params, query, res }) => {
      const survey = await find(params.id);
      const report = await surveyReport(survey, await store.surveyResponses.bySurvey(survey.id), residentOf);
      if (query.format === 'json') return ok({ title: survey.title, ...report });
      await sendTable(res, `survey-${survey.id}`, { columns: REPORT_COLUMNS, rows: reportRows(report) }, query.format, query.sep);
    },
  });

  routes.get('/api/staff/plan', {
    roles: ['staff'],
    query: planQuery,
    handle: async ({ query, res }) => {
      const report = await planReport(await store.needs.list(dayRange(query)), residentOf, { from: query.from, to: query.to });
      if (query.format === 'json') return ok(report);
      await sendTable(res, 'needs-by-group', { columns: PLAN_COLUMNS, rows: planRows(report) }, query.format, query.sep);
    },
  });

  routes.get('/api/partners/surveys', {
    roles: ['partner'],
    handle: async ({ account }) => {
      const items = [];
      for (const survey of (await surveys.all()).filter((s) => s.partner?.accountId === account.id)) {
        // A partner sees aggregated counts only: no free-text answers.
        const report = await surveyReport(survey, await store.surveyResponses.bySurvey(survey.id), residentOf, { texts: false });
        items.push({ id: survey.id, title: survey.title, opens: survey.opens, closes: survey.closes, ...report });
      }
      // The groups' names, for the segments of the results (names only: no count of residents).
      return ok({ items, groups: allGroupIds(landlordGroupsOf(config)).map((id) => ({ id, label: labelsOf(id) })) });
    },
  });
}
