// /api/staff: statistics, unanswered questions, procedure feedback and the audit log.
import { dayRange, pageSchema, paginate } from './query.js';
import { ok, type Routes, type StaffApiDeps } from './route.js';
import { dayRangeQuery } from './schemas.js';

const countBy = <T>(items: T[], key: (item: T) => string | undefined) => {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) ?? 'unknown';
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
};

export function registerReviewRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store } = deps;

  routes.get('/api/staff/stats', { roles: ['staff'], query: dayRangeQuery, handle: async ({ query }) => {
    const needs = await store.needs.list(dayRange(query));
    const byCategoryMonth: Record<string, Record<string, number>> = {};
    for (const n of needs) {
      const month = n.createdAt.slice(0, 7);
      byCategoryMonth[month] ??= {};
      byCategoryMonth[month][n.category] = (byCategoryMonth[month][n.category] ?? 0) + 1;
    }
    const events = (await store.events.list(dayRange(query))).filter((e) => e.status === 'published' || e.status === 'cancelled');
    const eventFillRates = await Promise.all(
      events.map(async (e) => {
        const registered = (await store.registrations.byEvent(e.id)).filter((r) => r.status === 'confirmed').reduce((sum, r) => sum + r.seats, 0);
        return { id: e.id, title: e.title, start: e.start, capacity: e.capacity, registered, fillRate: Math.round((registered / e.capacity) * 100) / 100 };
      }),
    );
    return ok({
      needs: needs.length,
      eventFillRates,
      byCategory: countBy(needs, (n) => n.category),
      bySite: countBy(needs, (n) => n.site),
      byMonth: countBy(needs, (n) => n.createdAt.slice(0, 7)),
      byCategoryMonth,
      byStatus: countBy(needs, (n) => n.status),
      languages: countBy(needs, (n) => n.language),
    });
  } });

  routes.get('/api/staff/questions', { roles: ['staff'], query: dayRangeQuery.merge(pageSchema), handle: async ({ query: { page, pageSize, ...range } }) => {
    // Who asked is kept only for their deletion; staff see the words.
    const questions = (await store.questions.list(dayRange(range))).reverse().map(({ residentId: _who, ...question }) => question);
    return ok(paginate(questions, page, pageSize));
  } });

  routes.get('/api/staff/feedback', { roles: ['staff'], query: dayRangeQuery, handle: async ({ query }) => {
    const feedback = await store.feedback.list(dayRange(query));
    const byTopic: Record<string, { clear: number; unclear: number }> = {};
    for (const f of feedback) {
      byTopic[f.topic] ??= { clear: 0, unclear: 0 };
      byTopic[f.topic]![f.clear ? 'clear' : 'unclear']++;
    }
    return ok({ total: feedback.length, byTopic });
  } });

  routes.get('/api/staff/audit', { roles: ['staff'], query: pageSchema, handle: async ({ query: { page, pageSize } }) => ok(paginate((await store.audit.list()).reverse(), page, pageSize)) });
}
