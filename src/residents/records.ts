// The one way a resident's record is changed: read it fresh, apply the change, stamp the time, save (durably).
import type { Resident, Store } from '../store/types.js';

/**
 * Applies `change` to the resident as stored now (read again just before, so a change made earlier
 * in the turn is not lost; the given record when none is stored yet) and saves it. Resolves with the
 * saved record, or undefined when given an id that is not stored (deleted meanwhile). A change that
 * returns the record itself changes nothing and writes nothing.
 */
export async function updateResident(store: Pick<Store, 'residents'>, resident: Resident | string, at: Date, change: (resident: Resident) => Resident): Promise<Resident | undefined> {
  const id = typeof resident === 'string' ? resident : resident.id;
  const fresh = (await store.residents.get(id)) ?? (typeof resident === 'string' ? undefined : resident);
  if (!fresh) return undefined;
  const changed = change(fresh);
  if (changed === fresh) return fresh;
  const updated = { ...changed, updatedAt: at.toISOString() };
  await store.residents.save(updated);
  return updated;
}
