// The one way a resident's record is changed: read it fresh, apply the change, stamp the time, save (durably).
import type { Resident, Store } from '../store/types.js';

/**
 * Applies `change` to the stored resident (read again just before, so a change made earlier in
 * the turn is not lost) and saves it; resolves with the saved record, or undefined when the
 * resident is unknown (deleted meanwhile).
 */
export async function updateResident(store: Pick<Store, 'residents'>, id: string, at: Date, change: (resident: Resident) => Resident): Promise<Resident | undefined> {
  const fresh = await store.residents.get(id);
  if (!fresh) return undefined;
  const updated = { ...change(fresh), updatedAt: at.toISOString() };
  await store.residents.save(updated);
  return updated;
}
