// /api/staff/needs: list with filters, read, change status with a note (audited), publish an idea.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../config.js';
import { NEED_STATUSES } from '../store/types.js';
import { queueStatusUpdate } from '../news/notify.js';
import { ApiError, handle } from './api-error.js';
import { filteredNeeds, needView } from './need-filter.js';
import { needFilterSchema, pageSchema, paginate, parseQuery } from './query.js';
import type { StaffApiDeps } from './staff-api.js';

const statusChange = z.object({ status: z.enum(NEED_STATUSES), note: z.string().max(2000).optional() });
const publication = z.object({ translations: z.record(z.enum(SUPPORTED_LANGUAGES), z.string().min(1).max(2000)).default({}) });

export function registerNeedRoutes(server: Server, deps: StaffApiDeps): void {
  const { store, auth, clock, newId, logger } = deps;

  server.get('/api/staff/needs', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const filter = parseQuery(needFilterSchema, req.query);
    const { page, pageSize } = parseQuery(pageSchema, req.query);
    const needs = (await filteredNeeds(store, filter)).reverse();
    const result = paginate(needs, page, pageSize);
    res.send(200, { ...result, items: result.items.map(needView) });
  }));

  server.get('/api/staff/needs/:id', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const need = await store.needs.get(req.params.id);
    if (!need) throw new ApiError(404, 'NotFound', `No need with id ${req.params.id}.`);
    res.send(200, needView(need));
  }));

  server.patch('/api/staff/needs/:id', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const body = statusChange.safeParse(req.body);
    if (!body.success) throw new ApiError(400, 'InvalidBody', `status must be one of ${NEED_STATUSES.join(', ')}; note at most 2,000 characters.`);
    const need = await store.needs.get(req.params.id);
    if (!need) throw new ApiError(404, 'NotFound', `No need with id ${req.params.id}.`);
    const at = clock.now().toISOString();
    const staffNotes = body.data.note ? [...need.staffNotes, { note: body.data.note, by: account.name, at }] : need.staffNotes;
    const updated = await store.needs.update(need.id, { status: body.data.status, staffNotes, updatedAt: at });
    await store.audit.add({ id: newId(), at, createdAt: at, by: `${account.name} (${account.id})`, action: 'need.status', target: need.receipt, details: { from: need.status, to: body.data.status, note: body.data.note } });
    if (need.status !== body.data.status && (await queueStatusUpdate(updated!, { store, translator: deps.translator, config: deps.config, now: clock.now() }))) deps.outbox?.kick();
    res.send(200, needView(updated!));
  }));

  server.post('/api/staff/needs/:id/publish', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const body = publication.safeParse(req.body ?? {});
    if (!body.success) throw new ApiError(400, 'InvalidBody', 'translations must map language codes (fr, en, ar, es, pt, tr) to texts.');
    const need = await store.needs.get(req.params.id);
    if (!need || need.type !== 'idea') throw new ApiError(404, 'NotFound', `No idea with id ${req.params.id}.`);
    const at = clock.now().toISOString();
    const published = await store.needs.publish(need.id, { at, by: account.name, translations: body.data.translations });
    await store.audit.add({ id: newId(), at, createdAt: at, by: `${account.name} (${account.id})`, action: 'idea.publish', target: need.receipt, details: { languages: Object.keys(body.data.translations) } });
    res.send(200, needView(published!));
  }));
}
