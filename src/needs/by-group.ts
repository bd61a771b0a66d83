// Needs and ideas by resident group and by site over a period: the starting point of the yearly action plan.
import type { Need, Resident } from '../store/types.js';
import { type Shown, shown, UNKNOWN_SEGMENT } from '../surveys/breakdown.js';

export interface PlanSegment {
  dimension: 'group' | 'site';
  segment: string;
  /** Needs and ideas from this segment; null when under the small-cell threshold. */
  count: Shown;
  needs: Shown;
  ideas: Shown;
  /** Categories by count, largest first (hidden counts left out). */
  topCategories: { category: string; count: number }[];
}

export interface PlanReport {
  from?: string;
  to?: string;
  total: number;
  segments: PlanSegment[];
  /** Count per month (YYYY-MM, UTC), for trends. */
  byMonth: { month: string; count: number }[];
}

function segment(dimension: PlanSegment['dimension'], name: string, items: Need[]): PlanSegment {
  const byCategory = new Map<string, number>();
  for (const n of items) byCategory.set(n.category, (byCategory.get(n.category) ?? 0) + 1);
  const topCategories = [...byCategory]
    .map(([category, count]) => ({ category, count: shown(count) }))
    .filter((c): c is { category: string; count: number } => c.count !== null)
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category))
    .slice(0, 5);
  return {
    dimension,
    segment: name,
    count: shown(items.length),
    needs: shown(items.filter((n) => n.type === 'need').length),
    ideas: shown(items.filter((n) => n.type === 'idea').length),
    topCategories: shown(items.length) === null ? [] : topCategories,
  };
}

/** Groups come from each resident's record as it is now; call-backs are left out (they are not needs). */
export async function planReport(needs: Need[], residentOf: (id: string) => Promise<Pick<Resident, 'groups'> | undefined>, period: { from?: string; to?: string } = {}): Promise<PlanReport> {
  const items = needs.filter((n) => n.type !== 'callback');
  const byGroup = new Map<string, Need[]>();
  const bySite = new Map<string, Need[]>();
  const byMonth = new Map<string, number>();
  for (const need of items) {
    const groups = (await residentOf(need.residentId))?.groups ?? [];
    for (const g of groups.length ? groups : [UNKNOWN_SEGMENT]) byGroup.set(g, [...(byGroup.get(g) ?? []), need]);
    const site = need.site ?? UNKNOWN_SEGMENT;
    bySite.set(site, [...(bySite.get(site) ?? []), need]);
    const month = need.createdAt.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  const sorted = (m: Map<string, Need[]>) => [...m].sort(([a], [b]) => a.localeCompare(b));
  return {
    ...period,
    total: items.length,
    segments: [...sorted(byGroup).map(([g, list]) => segment('group', g, list)), ...sorted(bySite).map(([s, list]) => segment('site', s, list))],
    byMonth: [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
  };
}

export const PLAN_COLUMNS = ['dimension', 'segment', 'count', 'needs', 'ideas', 'top categories'];

/** The plan as table rows for CSV and XLSX (hidden cells written "<5"). */
export function planRows(report: PlanReport): (string | number)[][] {
  const cell = (n: Shown) => (n === null ? '<5' : n);
  return report.segments.map((s) => [s.dimension, s.segment, cell(s.count), cell(s.needs), cell(s.ideas), s.topCategories.map((c) => `${c.category} (${c.count})`).join(', ')]);
}
