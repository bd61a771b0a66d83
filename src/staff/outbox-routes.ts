// /api/staff/outbox: start sending due proactive messages now, and see where the outbox stands.
import { z } from 'zod';
import { ApiError } from './api-error.js';
import type { Routes, StaffApiDeps } from './route.js';

const runQuery = z.object({ ref: z.string().min(1).max(200).optional() });

export function registerOutboxRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store } = deps;

  /** Kicks the worker (it sends in the background) and answers at once with the counts by status, for one ref or all. */
  routes.post('/api/staff/outbox/run', { roles: ['staff'], query: runQuery, handle: async ({ query: { ref } }) => {
    if (!deps.outbox) throw new ApiError(503, 'OutboxUnavailable', 'No outbox worker runs in this process.');
    deps.outbox.kick();
    const counts = await store.outbox.countsByRef(ref);
    return { status: 202, body: { started: true, ...(ref ? { ref } : {}), counts } };
  } });
}
