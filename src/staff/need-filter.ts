// Applies the staff filters to needs (lists and exports share it).
import type { Need, Store } from '../store/types.js';
import { dayRange, type NeedFilter } from './query.js';

export async function filteredNeeds(store: Store, filter: NeedFilter): Promise<Need[]> {
  const { from, to } = dayRange(filter);
  const q = filter.q?.toLocaleLowerCase();
  return (await store.needs.list({ from, to, status: filter.status, type: filter.kind })).filter(
    (n) =>
      (!filter.category || n.category === filter.category) &&
      (!filter.site || n.site === filter.site) &&
      (!filter.language || n.language === filter.language) &&
      (!q || n.text.toLocaleLowerCase().includes(q) || n.receipt.toLowerCase() === q),
  );
}

/** What staff see of a need: everything but the resident's pseudonymous id. */
export function needView(need: Need) {
  const { residentId: _resident, supporters, ...rest } = need;
  return { ...rest, supporterCount: supporters?.length ?? 0 };
}
