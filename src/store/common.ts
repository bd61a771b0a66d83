// Types several repositories share: texts per language, append-mostly logs.
import type { Language } from '../config.js';

export type Translations = Partial<Record<Language, string>>;

/** Staff's decision on a partner submission (event, announcement); the reason is shown to the partner. */
export interface ReviewDecision {
  outcome: 'approve' | 'reject';
  reason?: string;
  by: string;
  at: string;
}

/** An append-mostly collection read by staff (unanswered questions, feedback, audit); changed only by a resident's deletion. */
export interface LogRepository<T> {
  /** Resolves once the record is durably written. */
  add(record: T): Promise<void>;
  list(filter?: { from?: string; to?: string }): Promise<T[]>;
  /** Writes a stored record again under its id (a pseudonymised text); resolves once durable. */
  replace(record: T): Promise<void>;
  /** Removes these records (a resident's data deleted); returns how many were stored. */
  delete(ids: readonly string[]): Promise<number>;
}
