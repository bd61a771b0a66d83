// A new need as every store records it: its id and receipt number (B-2026-0042) from the year's counter.
import type { Need, NewNeed } from './types.js';

export function newNeed(fields: NewNeed, number: number, at: Date): Need {
  const year = at.getUTCFullYear();
  const now = at.toISOString();
  return {
    ...structuredClone(fields),
    id: `${year}-${String(number).padStart(6, '0')}`,
    receipt: `B-${year}-${String(number).padStart(4, '0')}`,
    status: 'new',
    staffNotes: [],
    createdAt: now,
    updatedAt: now,
  };
}
