// What the store keeps about a resident: language, consents, subscription, conversation reference.
import type { ConversationReference } from 'botbuilder';
import type { Language } from '../config.js';
import type { Subscription } from '../news/types.js';

/** Why a resident's language is what it is: chosen beats everything, detection is a guess. */
export type LanguageSource = 'chosen' | 'channel' | 'detected' | 'default';

export interface Consent {
  /** What it allows: "need-contact" (being contacted about a need), "status-updates", "callback"... */
  purpose: string;
  givenAt: string;
  /** What it is about, when it is about one thing (a receipt number). */
  ref?: string;
}

/** A resident, known only by a pseudonymous id (salted hash of the channel's user id). */
export interface Resident {
  id: string;
  language: Language;
  languageSource: LanguageSource;
  consents: Consent[];
  site?: string;
  /** Where to reach the resident for proactive messages; deleted with the resident. */
  reference?: Partial<ConversationReference>;
  /** News the resident asked for; absent when not subscribed. */
  subscription?: Subscription;
  /** The channel said the bot can no longer reach this resident (403, 404). */
  unreachableSince?: string;
  /** Groups the resident chose to declare (age band, household, situation, landlord's own); staff only ever see counts. */
  groups?: string[];
  /** When the bot asked about groups (whatever the answer), so it asks only once. */
  groupsAskedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export interface ResidentRepository {
  get(id: string): Promise<Resident | undefined>;
  /** Residents subscribed to news (for announcements). */
  subscribed(): Promise<Resident[]>;
  /** Reachable residents who agreed to be invited to consultations (surveys that concern them). */
  consulted(): Promise<Resident[]>;
  /** Resolves once the resident is durably written. */
  save(resident: Resident): Promise<void>;
  delete(id: string): Promise<void>;
}
