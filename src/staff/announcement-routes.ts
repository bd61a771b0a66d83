// Announcements: partners submit, staff write or approve; approval queues one message per subscribed resident.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../config.js';
import { queueAnnouncement } from '../news/notify.js';
import { NEWS_TOPICS, type Account, type Announcement } from '../store/types.js';
import { ApiError, handle } from './api-error.js';
import type { StaffApiDeps } from './staff-api.js';

const input = z.object({
  text: z.record(z.enum(SUPPORTED_LANGUAGES), z.string().min(1).max(2000)).refine((t) => Object.keys(t).length > 0, 'needs at least one language'),
  topics: z.array(z.enum(NEWS_TOPICS)).min(1),
  sites: z.array(z.string()).default([]),
  eventId: z.string().optional(),
  sendAt: z.string().datetime({ offset: true }).optional(),
});
const decision = z.object({ decision: z.enum(['approve', 'reject']) });

export function registerAnnouncementRoutes(server: Server, deps: StaffApiDeps): void {
  const { store, auth, clock, newId, logger } = deps;
  const parse = (body: unknown) => {
    const parsed = input.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ApiError(400, 'InvalidAnnouncement', `${issue.path.join('.') || 'announcement'}: ${issue.message}`);
    }
    if (!parsed.data.text[deps.config.defaultLanguage]) throw new ApiError(400, 'InvalidAnnouncement', `text: the default language (${deps.config.defaultLanguage}) is required`);
    return { ...parsed.data, sendAt: parsed.data.sendAt && new Date(parsed.data.sendAt).toISOString() };
  };
  const audit = (account: Account, action: string, target: string, details: Record<string, unknown> = {}) => {
    const at = clock.now().toISOString();
    return store.audit.add({ id: newId(), at, createdAt: at, by: `${account.name} (${account.id})`, action, target, details });
  };
  /** Delivery progress, so staff and partners can follow it. */
  const withProgress = async (a: Announcement) => ({ ...a, delivery: await store.outbox.countsByRef(a.id) });
  const approve = async (announcement: Announcement, account: Account) => {
    const approved = (await store.announcements.update(announcement.id, { status: 'approved', updatedAt: clock.now().toISOString() }))!;
    const queued = await queueAnnouncement(approved, { store, translator: deps.translator, config: deps.config, now: clock.now() });
    await audit(account, 'announcement.approve', announcement.id, { queued });
    deps.outbox?.kick();
    return { ...(await withProgress(approved)), queued };
  };

  server.post('/api/partners/announcements', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['partner']);
    const announcement = await store.announcements.create({ ...parse(req.body), author: { kind: 'partner', accountId: account.id, name: account.name }, status: 'pending' }, clock.now());
    await audit(account, 'announcement.submit', announcement.id);
    res.send(201, announcement);
  }));

  server.get('/api/partners/announcements', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['partner']);
    res.send(200, { items: await Promise.all((await store.announcements.list({ authorAccountId: account.id })).map(withProgress)) });
  }));

  server.post('/api/staff/announcements', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const created = await store.announcements.create({ ...parse(req.body), author: { kind: 'staff', accountId: account.id, name: account.name }, status: 'pending' }, clock.now());
    res.send(201, await approve(created, account));
  }));

  server.get('/api/staff/announcements', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    res.send(200, { items: await Promise.all((await store.announcements.list()).map(withProgress)) });
  }));

  server.post('/api/staff/announcements/:id/decision', handle(logger, async (req: Request, res: Response) => {
    const account = await auth.require(req, ['staff']);
    const announcement = await store.announcements.get(req.params.id);
    if (!announcement) throw new ApiError(404, 'NotFound', `No announcement with id ${req.params.id}.`);
    if (announcement.status !== 'pending') throw new ApiError(409, 'NotPending', 'Only announcements awaiting approval can be approved or rejected.');
    const body = decision.safeParse(req.body);
    if (!body.success) throw new ApiError(400, 'InvalidBody', 'decision must be approve or reject.');
    if (body.data.decision === 'approve') {
      res.send(200, await approve(announcement, account));
      return;
    }
    const rejected = await store.announcements.update(announcement.id, { status: 'rejected', updatedAt: clock.now().toISOString() });
    await audit(account, 'announcement.reject', announcement.id);
    res.send(200, rejected);
  }));
}
