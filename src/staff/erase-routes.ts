// POST /api/staff/needs/:id/erase-resident: an admin deletes everything about the resident who sent a need (their request by letter, mail or at the desk).
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { forgetResident } from '../residents/forget.js';
import { ApiError } from './api-error.js';
import { exportContext } from './export-routes.js';
import { ok, type Routes, type StaffApiDeps } from './route.js';
import { idParams } from './schemas.js';

const eraseBody = z
  .object({
    /** Names staff know the resident by: taken out of staff notes on other needs too. */
    names: z.array(z.string().trim().min(2).max(120)).max(10).optional(),
  })
  .strict()
  .optional();

export function registerEraseRoutes(routes: Routes, deps: StaffApiDeps): void {
  routes.post('/api/staff/needs/:id/erase-resident', {
    roles: ['admin'],
    params: idParams,
    body: eraseBody,
    handle: async ({ account, params, body }) => {
      const need = await deps.store.needs.get(params.id);
      if (!need) throw new ApiError(404, 'NotFound', `No need with id ${params.id}.`);
      const { country } = exportContext(deps.config, 'fr');
      const report = await forgetResident({ store: deps.store, registrations: deps.registrations, country }, need.residentId, { names: body?.names });
      // The entry says that a deletion happened and how much it removed, never who it was about.
      await recordAudit(deps, account, 'resident.erase', 'resident', { ...report });
      return ok(report);
    },
  });
}
