// Announcements: partners submit, staff write or approve; approval queues one message per subscribed resident.
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { SUPPORTED_LANGUAGES } from '../config.js';
import { queueAnnouncement } from '../outbox/queue.js';
import { NEWS_TOPICS, type Account, type Announcement } from '../store/types.js';
import { ApiError } from './api-error.js';
import { created, ok, type Routes, type StaffApiDeps } from './route.js';
import { idParams } from './schemas.js';
import { checkAnnouncementApprovable, checkAnnouncementEvent, reviewDecision } from './publication-rules.js';

const input = z.object({
  text: z.record(z.enum(SUPPORTED_LANGUAGES), z.string().min(1).max(2000)).refine((t) => Object.keys(t).length > 0, 'needs at least one language'),
  topics: z.array(z.enum(NEWS_TOPICS)).min(1),
  sites: z.array(z.string()).default([]),
  eventId: z.string().optional(),
  sendAt: z.string().datetime({ offset: true }).optional(),
});
const decision = z.object({ decision: z.enum(['approve', 'reject']), reason: z.string().max(1000).optional() });

export function registerAnnouncementRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store, clock } = deps;
  /** The default language is required; a send time is stored in UTC. */
  const announcementInput = input
    .refine((a) => Boolean(a.text[deps.config.defaultLanguage]), { message: `the default language (${deps.config.defaultLanguage}) is required`, path: ['text'] })
    .transform((a) => ({ ...a, sendAt: a.sendAt && new Date(a.sendAt).toISOString() }));
  /** Delivery progress, so staff and partners can follow it. */
  const withProgress = async (a: Announcement) => ({ ...a, delivery: await store.outbox.countsByRef(a.id) });
  /** Staff also see it per language: who is waiting, who got it, who could not be reached. */
  const withLanguages = async (a: Announcement) => ({ ...(await withProgress(a)), deliveryByLanguage: await store.outbox.countsByLanguage(a.id) });
  const approve = async (announcement: Announcement, account: Account) => {
    await checkAnnouncementApprovable(store, announcement);
    const decided = announcement.author.kind === 'partner' ? { decision: reviewDecision('approve', undefined, account, clock.now()) } : {};
    const approved = (await store.announcements.update(announcement.id, { status: 'approved', ...decided, updatedAt: clock.now().toISOString() }))!;
    const queued = await queueAnnouncement(approved, { store, translator: deps.translator, config: deps.config, now: clock.now() });
    await recordAudit(deps, account, 'announcement.approve', announcement.id, { queued });
    deps.outbox?.kick();
    return { ...(await withProgress(approved)), queued };
  };

  routes.post('/api/partners/announcements', {
    roles: ['partner'],
    body: announcementInput,
    invalidBody: 'InvalidAnnouncement',
    handle: async ({ account, body }) => {
      await checkAnnouncementEvent(store, body.eventId, account);
      const announcement = await store.announcements.create({ ...body, author: { kind: 'partner', accountId: account.id, name: account.name }, status: 'pending' }, clock.now());
      await recordAudit(deps, account, 'announcement.submit', announcement.id);
      return created(announcement);
    },
  });

  routes.get('/api/partners/announcements', {
    roles: ['partner'],
    handle: async ({ account }) => ok({ items: await Promise.all((await store.announcements.list({ authorAccountId: account.id })).map(withProgress)) }),
  });

  routes.post('/api/staff/announcements', {
    roles: ['staff'],
    body: announcementInput,
    invalidBody: 'InvalidAnnouncement',
    handle: async ({ account, body }) => {
      await checkAnnouncementEvent(store, body.eventId, account);
      const announcement = await store.announcements.create({ ...body, author: { kind: 'staff', accountId: account.id, name: account.name }, status: 'pending' }, clock.now());
      return created(await approve(announcement, account));
    },
  });

  routes.get('/api/staff/announcements', {
    roles: ['staff'],
    handle: async () => ok({ items: await Promise.all((await store.announcements.list()).map(withLanguages)) }),
  });

  routes.post('/api/staff/announcements/:id/decision', {
    roles: ['staff'],
    params: idParams,
    body: decision,
    handle: async ({ account, params, body }) => {
      const announcement = await store.announcements.get(params.id);
      if (!announcement) throw new ApiError(404, 'NotFound', `No announcement with id ${params.id}.`);
      if (announcement.status !== 'pending') throw new ApiError(409, 'NotPending', 'Only announcements awaiting approval can be approved or rejected.');
      if (body.decision === 'approve') return ok(await approve(announcement, account));
      const review = reviewDecision('reject', body.reason, account, clock.now());
      const rejected = await store.announcements.update(announcement.id, { status: 'rejected', decision: review, updatedAt: review.at });
      await recordAudit(deps, account, 'announcement.reject', announcement.id, { reason: review.reason });
      return ok(rejected);
    },
  });
}
