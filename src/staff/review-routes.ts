// /api/staff: statistics, unanswered questions, procedure feedback and the audit log.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { handle } from './api-error.js';
import { dayRange, pageSchema, paginate, parseQuery } from './query.js';
import type { StaffApiDeps } from './staff-api.js';

const range = z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() });

const countBy = <T>(items: T[], key: (item: T) => string | undefined) => {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) ?? 'unknown';
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
};

export function registerReviewRoutes(server: Server, deps: StaffApiDeps): void {
  const { store, auth, logger } = deps;

  server.get('/api/staff/stats', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const needs = await store.needs.list(dayRange(parseQuery(range, req.query)));
    const byCategoryMonth: Record<string, Record<string, number>> = {};
    for (const n of needs) {
      const month = n.createdAt.slice(0, 7);
      byCategoryMonth[month] ??= {};
      byCategoryMonth[month][n.category] = (byCategoryMonth[month][n.category] ?? 0) + 1;
    }
    const events = (await store.events.list(dayRange(parseQuery(range, req.query)))).filter((e) => e.status === 'published' || e.status === 'cancelled');
    const eventFillRates = await Promise.all(
      events.map(async (e) => {
        const registered = (await store.registrations.byEvent(e.id)).filter((r) => r.status === 'confirmed').reduce((sum, r) => sum + r.seats, 0);
        return { id: e.id, title: e.title, start: e.start, capacity: e.capacity, registered, fillRate: Math.round((registered / e.capacity) * 100) / 100 };
      }),
    );
    res.send(200, {
      needs: needs.length,
      eventFillRates,
      byCategory: countBy(needs, (n) => n.category),
      bySite: countBy(needs, (n) => n.site),
      byMonth: countBy(needs, (n) => n.createdAt.slice(0, 7)),
      byCategoryMonth,
      byStatus: countBy(needs, (n) => n.status),
      languages: countBy(needs, (n) => n.language),
    });
  }));

  server.get('/api/staff/questions', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const { page, pageSize } = parseQuery(pageSchema, req.query);
    const questions = (await store.questions.list(dayRange(parseQuery(range, req.query)))).reverse();
    res.send(200, paginate(questions, page, pageSize));
  }));

  server.get('/api/staff/feedback', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const feedback = await store.feedback.list(dayRange(parseQuery(range, req.query)));
    const byTopic: Record<string, { clear: number; unclear: number }> = {};
    for (const f of feedback) {
      byTopic[f.topic] ??= { clear: 0, unclear: 0 };
      byTopic[f.topic]![f.clear ? 'clear' : 'unclear']++;
    }
    res.send(200, { total: feedback.length, byTopic });
  }));

  server.get('/api/staff/audit', handle(logger, async (req: Request, res: Response) => {
    await auth.require(req, ['staff']);
    const { page, pageSize } = parseQuery(pageSchema, req.query);
    res.send(200, paginate((await store.audit.list()).reverse(), page, pageSize));
  }));
}
