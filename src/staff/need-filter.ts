// Applies the staff filters to needs (lists and exports share it).
import { OPEN_NEED_STATUSES, type Need, type Store } from '../store/types.js';
import { foldText } from '../text.js';
import { dayRange, type NeedFilter } from './query.js';

export async function filteredNeeds(store: Store, filter: NeedFilter): Promise<Need[]> {
  const { from, to } = dayRange(filter);
  const receipt = filter.q?.trim().toLowerCase();
  const q = filter.q?.trim() ? foldText(filter.q) : undefined;
  // The resident's words and the staff notes, folded on both sides (case, accents, Arabic forms).
  const matches = (n: Need) => n.receipt.toLowerCase() === receipt || (q !== '' && (foldText(n.text).includes(q!) || n.staffNotes.some((s) => foldText(s.note).includes(q!))));
  return (await store.needs.list({ from, to, status: filter.status, type: filter.kind })).filter(
    (n) =>
      (!filter.category || n.category === filter.category) &&
      (!filter.site || n.site === filter.site) &&
      (!filter.language || n.language === filter.language) &&
      (!filter.state || OPEN_NEED_STATUSES.includes(n.status) === (filter.state === 'open')) &&
      (!q || matches(n)),
  );
}

/** What staff see of a need: everything but the resident's pseudonymous id. */
export function needView(need: Need) {
  const { residentId: _resident, supporters, ...rest } = need;
  return { ...rest, supporterCount: supporters?.length ?? 0 };
}
