// /api/staff/outbox: start sending due proactive messages now, and see where the outbox stands.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { OutboxStatus } from '../store/types.js';
import { ApiError, handle } from './api-error.js';
import { parseQuery } from './query.js';
import type { StaffApiDeps } from './staff-api.js';

const runQuery = z.object({ ref: z.string().min(1).max(200).optional() });

export function registerOutboxRoutes(server: Server, deps: StaffApiDeps): void {
  const { store, auth, logger } = deps;

  /** Kicks the worker (it sends in the background) and answers at once with the counts by status, for one ref or all. */
  server.post('/api/staff/outbox/run', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const { ref } = parseQuery(runQuery, req.query);
    if (!deps.outbox) throw new ApiError(503, 'OutboxUnavailable', 'No outbox worker runs in this process.');
    deps.outbox.kick();
    let counts: Record<OutboxStatus, number>;
    if (ref) counts = await store.outbox.countsByRef(ref);
    else {
      counts = { pending: 0, sending: 0, sent: 0, failed: 0, unreachable: 0 };
      for (const message of await store.outbox.list()) counts[message.status]++;
    }
    res.send(202, { started: true, ...(ref ? { ref } : {}), counts });
  }));
}
