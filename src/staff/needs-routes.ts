// /api/staff/needs: list with filters, read, change status with a note (audited), publish an idea.
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { SUPPORTED_LANGUAGES } from '../config.js';
import { NEED_STATUSES } from '../store/types.js';
import { queueStatusUpdate } from '../outbox/queue.js';
import { ApiError } from './api-error.js';
import { filteredNeeds, needView } from './need-filter.js';
import { needFilterSchema, pageSchema, paginate } from './query.js';
import { ok, type Routes, type StaffApiDeps } from './route.js';
import { idParams } from './schemas.js';

const statusChange = z.object({ status: z.enum(NEED_STATUSES), note: z.string().max(2000).optional() });
const publication = z.object({ translations: z.record(z.enum(SUPPORTED_LANGUAGES), z.string().min(1).max(2000)).default({}) });

export function registerNeedRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store, clock } = deps;
  const mustGet = async (id: string) => {
    const need = await store.needs.get(id);
    if (!need) throw new ApiError(404, 'NotFound', `No need with id ${id}.`);
    return need;
  };

  routes.get('/api/staff/needs', {
    roles: ['staff'],
    query: needFilterSchema.merge(pageSchema),
    handle: async ({ query: { page, pageSize, ...filter } }) => {
      const result = paginate((await filteredNeeds(store, filter)).reverse(), page, pageSize);
      return ok({ ...result, items: result.items.map(needView) });
    },
  });

  routes.get('/api/staff/needs/:id', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ params }) => ok(needView(await mustGet(params.id))),
  });

  routes.patch('/api/staff/needs/:id', {
    roles: ['staff'],
    params: idParams,
    body: statusChange,
    handle: async ({ account, params, body }) => {
      const need = await mustGet(params.id);
      const at = clock.now().toISOString();
      const staffNotes = body.note ? [...need.staffNotes, { note: body.note, by: account.name, at }] : need.staffNotes;
      const updated = await store.needs.update(need.id, { status: body.status, staffNotes, updatedAt: at });
      await recordAudit(deps, account, 'need.status', need.receipt, { from: need.status, to: body.status, note: body.note });
      if (need.status !== body.status && (await queueStatusUpdate(updated!, { store, translator: deps.translator, config: deps.config, now: clock.now() }))) deps.outbox?.kick();
      return ok(needView(updated!));
    },
  });

  routes.post('/api/staff/needs/:id/publish', {
    roles: ['staff'],
    params: idParams,
    body: publication,
    handle: async ({ account, params, body }) => {
      const need = await store.needs.get(params.id);
      if (!need || need.type !== 'idea') throw new ApiError(404, 'NotFound', `No idea with id ${params.id}.`);
      const at = clock.now().toISOString();
      const published = await store.needs.publish(need.id, { at, by: account.name, translations: body.translations });
      await recordAudit(deps, account, 'idea.publish', need.receipt, { languages: Object.keys(body.translations) });
      return ok(needView(published!));
    },
  });
}
