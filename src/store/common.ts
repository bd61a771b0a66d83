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

/** An append-mostly collection read by staff (unanswered questions, feedback). */
export interface LogRepository<T> {
  /** Resolves once the record is durably written. */
  add(record: T): Promise<void>;
  list(filter?: { from?: string; to?: string }): Promise<T[]>;
}
