// Outbox messages (one proactive message to one resident) and their repository.
import type { Language } from '../config.js';

export type OutboxKind = 'announcement' | 'reminder' | 'waitlistOffer' | 'statusUpdate' | 'surveyInvitation' | 'eventCancelled';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable';

/** One proactive message to one resident, already written in their language. */
export interface OutboxMessage {
  id: string;
  kind: OutboxKind;
  /** What it is about: an announcement, registration or need id (staff follow progress by it). */
  ref: string;
  residentId: string;
  channelId: string;
  language: Language;
  text: string;
  /** Buttons (imBack): e.g. "Register" sending the event's title back. */
  actions?: { title: string; value: string }[];
  /** Not sent before this time (send date, quiet hours). */
  notBefore: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  sentAt?: string;
  createdAt: string;
  updatedAt: string;
}

export interface OutboxRepository {
  /** Adds messages durably (ids are the caller's: adding the same id twice keeps the first). */
  add(messages: OutboxMessage[]): Promise<void>;
  /**
   * Claims up to `limit` messages due at `at` (pending, not before `notBefore` nor `nextAttemptAt`),
   * marking them 'sending' durably before returning them: a message is claimed by one worker only.
   */
  claimDue(at: Date, limit: number): Promise<OutboxMessage[]>;
  /** Messages left 'sending' by a worker that died; they go back to pending with the same id. */
  recoverInterrupted(at: Date): Promise<number>;
  /**
   * Changes a message; with `ifStatus`, only while its status is still that one (so a worker that
   * finishes a send never undoes a cancellation made meanwhile). Resolves true when it changed it.
   */
  update(
    id: string,
    patch: Partial<Pick<OutboxMessage, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt' | 'notBefore' | 'updatedAt'>>,
    ifStatus?: OutboxStatus,
  ): Promise<boolean>;
  /** Every message of a resident not yet sent (pending or sending) stops (resident unreachable or unsubscribed); returns how many. */
  cancelForResident(residentId: string, status: 'failed' | 'unreachable', at: Date): Promise<number>;
  /** Messages by status for one reference, or for the whole outbox without one; counted by the store. */
  countsByRef(ref?: string): Promise<Record<OutboxStatus, number>>;
  /** The same counts for each language that has messages for `ref`, counted by the store (no message is read out). */
  countsByLanguage(ref: string): Promise<Partial<Record<Language, Record<OutboxStatus, number>>>>;
  list(filter?: { ref?: string; status?: OutboxStatus }): Promise<OutboxMessage[]>;
  deleteByResident(residentId: string): Promise<number>;
}
