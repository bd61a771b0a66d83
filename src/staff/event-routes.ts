// Events for staff (create, edit, approve or reject, cancel, registrations, attendance) and partners (submit, follow).
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { eventInputSchema } from '../events/seed.js';
import type { CommunityEvent } from '../store/types.js';
import { ApiError } from './api-error.js';
import { exportDataset, sendExport } from './export-routes.js';
import { created, ok, type Routes, type StaffApiDeps } from './route.js';
import { idParams } from './schemas.js';
import { changeEvent, mergeEventEdit, reviewDecision } from './publication-rules.js';

const decision = z.object({ decision: z.enum(['approve', 'reject']), reason: z.string().max(1000).optional() });
const attendance = z.object({ attended: z.boolean() });
const registrationsQuery = z.object({ format: z.enum(['json', 'csv', 'xlsx']).default('json'), sep: z.enum([',', ';']).default(';'), lang: z.enum(['fr', 'en']).default('fr') });

/** An event as staff or partners send it: times normalised to UTC, the end after the start. */
const eventBody = <S extends z.ZodTypeAny>(schema: S) =>
  schema
    .refine((e: { start?: string; end?: string }) => !(e.start && e.end && new Date(e.end) <= new Date(e.start)), { message: 'end must be after start', path: ['end'] })
    .transform((e: z.output<S>) => ({ ...e, ...(e.start ? { start: new Date(e.start).toISOString() } : {}), ...(e.end ? { end: new Date(e.end).toISOString() } : {}) }) as z.output<S>);
const newEvent = eventBody(eventInputSchema);
const eventChange = eventBody(eventInputSchema.partial());
const staffNewEvent = eventBody(eventInputSchema.extend({ status: z.string().optional() }));

export function registerEventRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store, clock } = deps;
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

  routes.post('/api/staff/events', {
    roles: ['staff'],
    body: staffNewEvent,
    invalidBody: 'InvalidEvent',
    handle: async ({ account, body: { status: asked, ...input } }) => {
      const status = asked === 'draft' ? 'draft' : 'published';
      const event = await store.events.create({ ...input, organiser: { kind: 'staff', accountId: account.id, name: account.name }, status }, clock.now());
      await recordAudit(deps, account, 'event.create', event.id);
      return created(event);
    },
  });

  routes.get('/api/staff/events', {
    roles: ['staff'],
    handle: async () => ok({ items: await Promise.all((await store.events.list()).map(withCounts)) }),
  });

  routes.patch('/api/staff/events/:id', {
    roles: ['staff'],
    params: idParams,
    body: eventChange,
    invalidBody: 'InvalidEvent',
    handle: async ({ account, params, body }) => {
      const event = await mustGet(params.id);
      const edit = mergeEventEdit(event, body);
      const updated = await changeEvent(deps.registrations, event.id, { ...edit, updatedAt: clock.now().toISOString() });
      await recordAudit(deps, account, 'event.edit', event.id, { fields: Object.keys(edit) });
      return ok(updated);
    },
  });

  routes.post('/api/staff/events/:id/decision', {
    roles: ['staff'],
    params: idParams,
    body: decision,
    handle: async ({ account, params, body }) => {
      const event = await mustGet(params.id);
      if (event.status !== 'pending') throw new ApiError(409, 'NotPending', 'Only events awaiting approval can be approved or rejected.');
      const review = reviewDecision(body.decision, body.reason, account, clock.now());
      const status = body.decision === 'approve' ? 'published' : 'rejected';
      // Published: any seats left free meanwhile (a partner raised the capacity) go to the waitlist.
      const updated = await changeEvent(deps.registrations, event.id, { status, decision: review, updatedAt: review.at });
      await recordAudit(deps, account, `event.${body.decision}`, event.id, review.reason ? { reason: review.reason } : {});
      return ok(updated);
    },
  });

  routes.post('/api/staff/events/:id/cancel', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ account, params }) => {
      await mustGet(params.id);
      // Through the registrations module: registrations cancelled, queued reminders dropped, residents told.
      return ok(await deps.registrations.cancelEvent(params.id, account));
    },
  });

  routes.get('/api/staff/events/:id/registrations', {
    roles: ['staff'],
    params: idParams,
    query: registrationsQuery,
    handle: async ({ res, params, query }) => {
      const event = await mustGet(params.id);
      const registrations = (await store.registrations.byEvent(event.id)).map(({ residentId: _r, ...r }) => r);
      if (query.format === 'json') return ok({ event: await withCounts(event), items: registrations });
      // The same file as /api/staff/exports/registrations?event=: headers and labels in the staff language.
      const { dataset, options } = await exportDataset(deps, 'registrations', { ...query, event: event.id });
      await sendExport(res, dataset, options, 'registrations', clock.now().toISOString().slice(0, 10));
    },
  });

  routes.patch('/api/staff/registrations/:id', {
    roles: ['staff'],
    params: idParams,
    body: attendance,
    handle: async ({ account, params, body }) => {
      const updated = await store.registrations.markAttendance(params.id, body.attended, clock.now());
      if (!updated) throw new ApiError(404, 'NotFound', `No registration with id ${params.id}.`);
      await recordAudit(deps, account, 'registration.attendance', updated.code, { attended: body.attended });
      const { residentId: _r, ...view } = updated;
      return ok(view);
    },
  });

  routes.post('/api/staff/registrations/:id/cancel', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ account, params }) => {
      // Through the registrations module: the reminder is withdrawn and the freed seats are offered to the waitlist.
      const cancelled = await deps.registrations.cancelByStaff(params.id, account);
      if (!cancelled) throw new ApiError(404, 'NotFound', `No registration with id ${params.id}.`);
      const { residentId: _r, ...view } = cancelled;
      return ok(view);
    },
  });

  routes.post('/api/partners/events', {
    roles: ['partner'],
    body: newEvent,
    invalidBody: 'InvalidEvent',
    handle: async ({ account, body }) => {
      // Every partner event waits for staff approval.
      const event = await store.events.create({ ...body, organiser: { kind: 'partner', accountId: account.id, name: account.name }, status: 'pending' }, clock.now());
      await recordAudit(deps, account, 'event.submit', event.id);
      return created(event);
    },
  });

  routes.get('/api/partners/events', {
    roles: ['partner'],
    handle: async ({ account }) => ok({ items: await Promise.all((await store.events.list({ organiserAccountId: account.id })).map(withCounts)) }),
  });

  routes.patch('/api/partners/events/:id', {
    roles: ['partner'],
    params: idParams,
    body: eventChange,
    invalidBody: 'InvalidEvent',
    handle: async ({ account, params, body }) => {
      const event = await mustGet(params.id);
      if (event.organiser.accountId !== account.id) throw new ApiError(404, 'NotFound', `No event with id ${params.id}.`);
      // An edited partner event goes back to staff for approval; languages not given are kept.
      const edit = mergeEventEdit(event, body);
      const updated = await changeEvent(deps.registrations, event.id, { ...edit, status: 'pending', decision: undefined, updatedAt: clock.now().toISOString() });
      await recordAudit(deps, account, 'event.edit', event.id, { fields: Object.keys(edit) });
      return ok(updated);
    },
  });
}
