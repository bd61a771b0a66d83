// /api/staff/needs: list with filters, read, change status with a note (audited), publish an idea, see its photos.
import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../config.js';
import { NEED_STATUSES } from '../store/types.js';
import { changeNeedStatus, publishIdea } from '../needs/status.js';
import { ApiError } from './api-error.js';
import { filteredNeeds, needView } from './need-filter.js';
import { needFilterSchema, pageSchema, paginate } from './query.js';
import { ok, type Routes, type StaffApiDeps } from './route.js';
import { idParams } from './schemas.js';

/** Newest first for the needs list; oldest first for a worklist (call-backs). */
const listOrder = z.object({ order: z.enum(['newest', 'oldest']).default('newest') });

const photoParams = z.object({ id: z.string().min(1).max(200), photoId: z.string().min(1).max(200) });

const statusChange = z.object({ status: z.enum(NEED_STATUSES), note: z.string().max(2000).optional() });
const publication = z.object({ translations: z.record(z.enum(SUPPORTED_LANGUAGES), z.string().min(1).max(2000)).default({}) });

export function registerNeedRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store } = deps;
  const mustGet = async (id: string) => {
    const need = await store.needs.get(id);
    if (!need) throw new ApiError(404, 'NotFound', `No need with id ${id}.`);
    return need;
  };

  routes.get('/api/staff/needs', {
    roles: ['staff'],
    query: needFilterSchema.merge(pageSchema).merge(listOrder),
    handle: async ({ query: { page, pageSize, order, ...filter } }) => {
      const needs = await filteredNeeds(store, filter);
      const result = paginate(order === 'newest' ? needs.reverse() : needs, page, pageSize);
      return ok({ ...result, items: result.items.map(needView) });
    },
  });

  routes.get('/api/staff/needs/:id', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ params }) => ok(needView(await mustGet(params.id))),
  });

  // A photo of this need only (a photo id alone opens nothing), as the image it is: its type comes
  // from its bytes when it was received, and the page it opens in runs nothing and loads nothing.
  routes.get('/api/staff/needs/:id/photos/:photoId', {
    roles: ['staff'],
    params: photoParams,
    handle: async ({ params, res }) => {
      const need = await mustGet(params.id);
      const stored = need.photos?.includes(params.photoId) ? await store.photos.get(params.photoId) : undefined;
      if (!stored) throw new ApiError(404, 'NotFound', `Need ${params.id} has no photo ${params.photoId}.`);
      res.sendRaw(200, stored.data, {
        'content-type': stored.photo.contentType,
        'content-security-policy': "default-src 'none'; sandbox",
        'content-disposition': 'inline',
        'cache-control': 'private, no-store',
      });
    },
  });

  routes.patch('/api/staff/needs/:id', {
    roles: ['staff'],
    params: idParams,
    body: statusChange,
    handle: async ({ account, params, body }) => {
      return ok(needView(await changeNeedStatus(deps, await mustGet(params.id), body, account)));
    },
  });

  routes.post('/api/staff/needs/:id/publish', {
    roles: ['staff'],
    params: idParams,
    body: publication,
    handle: async ({ account, params, body }) => {
      const need = await store.needs.get(params.id);
      if (!need || need.type !== 'idea') throw new ApiError(404, 'NotFound', `No idea with id ${params.id}.`);
      return ok(needView(await publishIdea(deps, need, body.translations, account)));
    },
  });
}
