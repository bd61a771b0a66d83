// The one way a resident's record is created or changed: read it fresh, apply the change, stamp the time, save (durably).
import type { Language } from '../config.js';
import type { LanguageSource, Resident, Store } from '../store/types.js';

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

/**
 * The same change as updateResident's, for a store call that saves it in its own commit (a need and
 * its resident's consents: NeedRepository.create): stamped with the time, or the record itself when unchanged.
 */
export function residentChange<T>(resident: Resident, at: Date, change: (resident: Resident, with_: T) => Resident): { resident: Resident; change: (stored: Resident, with_: T) => Resident } {
  return {
    resident,
    change: (stored, with_) => {
      const changed = change(stored, with_);
      return changed === stored ? stored : { ...changed, updatedAt: at.toISOString() };
    },
  };
}

/** What a turn tells about the resident: the language negotiated for it and where to reach them. */
export interface TurnVisit {
  id: string;
  language: Language;
  languageSource: LanguageSource;
  reference: NonNullable<Resident['reference']>;
}

/**
 * The resident as a turn finds them: a new record on first contact; the stored one saved again
 * only when the language or the conversation changed, or when the channel had reported them
 * unreachable (writing to the bot again makes them reachable). `stored` is what the turn just read.
 */
export async function residentForTurn(store: Pick<Store, 'residents'>, stored: Resident | undefined, visit: TurnVisit, at: Date): Promise<Resident> {
  const now = at.toISOString();
  const { id, language, languageSource, reference } = visit;
  const changed =
    !stored ||
    stored.unreachableSince !== undefined ||
    stored.language !== language ||
    stored.languageSource !== languageSource ||
    stored.reference?.conversation?.id !== reference.conversation?.id ||
    stored.reference?.serviceUrl !== reference.serviceUrl;
  if (!changed) return stored;
  const base: Resident = stored ?? { id, language, languageSource, consents: [], createdAt: now, updatedAt: now };
  const resident: Resident = { ...base, language, languageSource, reference, unreachableSince: undefined, updatedAt: now };
  await store.residents.save(resident);
  return resident;
}
