// Applies the staff filters to needs (lists and exports share it).
import type { Need, Store } from '../store/types.js';
import { fold } from './fold.js';
import { dayRange, type NeedFilter } from './query.js';

export async function filteredNeeds(store: Store, filter: NeedFilter): Promise<Need[]> {
  const { from, to } = dayRange(filter);
  const q = filter.q?.trim() ? fold(filter.q.trim()) : undefined;
  // The resident's words and the staff notes, accents folded on both sides.
  const matches = (n: Need) => fold(n.text).includes(q!) || n.staffNotes.some((s) => fold(s.note).includes(q!)) || n.receipt.toLowerCase() === q;
  return (await store.needs.list({ from, to, status: filter.status, type: filter.kind })).filter(
    (n) =>
      (!filter.category || n.category === filter.category) &&
      (!filter.site || n.site === filter.site) &&
      (!filter.language || n.language === filter.language) &&
      (!q || matches(n)),
  );
}

/** What staff see of a need: everything but the resident's pseudonymous id. */
export function needView(need: Need) {
  const { residentId: _resident, supporters, ...rest } = need;
  return { ...rest, supporterCount: supporters?.length ?? 0 };
}
