// Events for staff (create, edit, approve or reject, cancel, registrations, attendance) and partners (submit, follow).
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { eventInputSchema } from '../events/seed.js';
import type { Account, CommunityEvent } from '../store/types.js';
import { ApiError, handle } from './api-error.js';
import { exportDataset, sendExport } from './export-routes.js';
import type { StaffApiDeps } from './staff-api.js';

const decision = z.object({ decision: z.enum(['approve', 'reject']) });
const attendance = z.object({ attended: z.boolean() });

export function registerEventRoutes(server: Server, deps: StaffApiDeps): void {
  const { store, auth, clock, newId, logger } = deps;
  const audit = (account: Account, action: string, target: string, details: Record<string, unknown> = {}) => {
    const at = clock.now().toISOString();
    return store.audit.add({ id: newId(), at, createdAt: at, by: `${account.name} (${account.id})`, action, target, details });
  };
  const parseEvent = (body: unknown, partial: boolean) => {
    const parsed = (partial ? eventInputSchema.partial() : eventInputSchema).safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ApiError(400, 'InvalidEvent', `${issue.path.join('.') || 'event'}: ${issue.message}`);
    }
    const e = parsed.data;
    if (e.start && e.end && e.end <= e.start) throw new ApiError(400, 'InvalidEvent', 'end must be after start');
    return { ...e, ...(e.start ? { start: new Date(e.start).toISOString() } : {}), ...(e.end ? { end: new Date(e.end).toISOString() } : {}) };
  };
  /** Counts only: partners never see residents' data. */
  const withCounts = async (event: CommunityEvent) => {
    const registrations = await store.registrations.byEvent(event.id);
    const seats = (status: string) => registrations.filter((r) => r.status === status).reduce((s, r) => s + r.seats, 0);
    return { ...event, registered: seats('confirmed'), waitlisted: seats('waitlisted'), offered: seats('offered') };
  };
  const mustGet = async (id: string) => {
    const event = await store.events.get(id);
    if (!event) throw new ApiError(404, 'NotFound', `No event with id ${id}.`);
    return event;
  };

  server.post('/api/staff/events', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const input = parseEvent(req.body, false) as z.infer<typeof eventInputSchema>;
    const status = (req.body as { status?: string }).status === 'draft' ? 'draft' : 'published';
    const event = await store.events.create({ ...input, organiser: { kind: 'staff', accountId: account.id, name: account.name }, status }, clock.now());
    await audit(account, 'event.create', event.id);
    res.send(201, event);
  }));

  server.get('/api/staff/events', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const events = await store.events.list();
    res.send(200, { items: await Promise.all(events.map(withCounts)) });
  }));

  server.patch('/api/staff/events/:id', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    await mustGet(req.params.id);
    const updated = await store.events.update(req.params.id, { ...parseEvent(req.body, true), updatedAt: clock.now().toISOString() });
    await audit(account, 'event.edit', req.params.id);
    res.send(200, updated);
  }));

  server.post('/api/staff/events/:id/decision', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const event = await mustGet(req.params.id);
    const body = decision.safeParse(req.body);
    if (!body.success) throw new ApiError(400, 'InvalidBody', 'decision must be approve or reject.');
    if (event.status !== 'pending') throw new ApiError(409, 'NotPending', 'Only events awaiting approval can be approved or rejected.');
    const status = body.data.decision === 'approve' ? 'published' : 'rejected';
    const updated = await store.events.update(event.id, { status, updatedAt: clock.now().toISOString() });
    await audit(account, `event.${body.data.decision}`, event.id);
    res.send(200, updated);
  }));

  server.post('/api/staff/events/:id/cancel', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    await mustGet(req.params.id);
    const updated = await store.events.update(req.params.id, { status: 'cancelled', updatedAt: clock.now().toISOString() });
    await audit(account, 'event.cancel', req.params.id);
    res.send(200, updated);
  }));

  server.get('/api/staff/events/:id/registrations', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const event = await mustGet(req.params.id);
    const registrations = (await store.registrations.byEvent(event.id)).map(({ residentId: _r, ...r }) => r);
    if (String(req.query?.format ?? 'json') === 'json') {
      res.send(200, { event: await withCounts(event), items: registrations });
      return;
    }
    // The same file as /api/staff/exports/registrations?event=: headers and labels in the staff language.
    const { dataset, options } = await exportDataset(deps, 'registrations', { ...req.query, event: event.id });
    await sendExport(res, dataset, options, 'registrations', clock.now().toISOString().slice(0, 10));
  }));

  server.patch('/api/staff/registrations/:id', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const body = attendance.safeParse(req.body);
    if (!body.success) throw new ApiError(400, 'InvalidBody', 'attended must be true or false.');
    const updated = await store.registrations.markAttendance(req.params.id, body.data.attended, clock.now());
    if (!updated) throw new ApiError(404, 'NotFound', `No registration with id ${req.params.id}.`);
    await audit(account, 'registration.attendance', updated.code, { attended: body.data.attended });
    const { residentId: _r, ...view } = updated;
    res.send(200, view);
  }));

  server.post('/api/partners/events', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['partner']);
    const input = parseEvent(req.body, false) as z.infer<typeof eventInputSchema>;
    // Every partner event waits for staff approval.
    const event = await store.events.create({ ...input, organiser: { kind: 'partner', accountId: account.id, name: account.name }, status: 'pending' }, clock.now());
    await audit(account, 'event.submit', event.id);
    res.send(201, event);
  }));

  server.get('/api/partners/events', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['partner']);
    const events = await store.events.list({ organiserAccountId: account.id });
    res.send(200, { items: await Promise.all(events.map(withCounts)) });
  }));

  server.patch('/api/partners/events/:id', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['partner']);
    const event = await mustGet(req.params.id);
    if (event.organiser.accountId !== account.id) throw new ApiError(404, 'NotFound', `No event with id ${req.params.id}.`);
    // An edited partner event goes back to staff for approval.
    const updated = await store.events.update(event.id, { ...parseEvent(req.body, true), status: 'pending', updatedAt: clock.now().toISOString() });
    await audit(account, 'event.edit', event.id);
    res.send(200, updated);
  }));
}
