// The Store interface: what the bot keeps, independent of the engine behind it (lowdb, PostgreSQL).
import type { ConversationReference } from 'botbuilder';
import type { Language } from '../config.js';

/** Why a resident's language is what it is: chosen beats everything, detection is a guess. */
export type LanguageSource = 'chosen' | 'channel' | 'detected' | 'default';

export interface Consent {
  purpose: string;
  givenAt: string;
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
  createdAt: string;
  updatedAt: string;
}

/** A bot state record as botbuilder stores it: any JSON object, with an eTag. */
export interface StateItem {
  eTag?: string;
  [key: string]: unknown;
}

export interface ResidentRepository {
  get(id: string): Promise<Resident | undefined>;
  /** Resolves once the resident is durably written. */
  save(resident: Resident): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface BotStateRepository {
  read(keys: string[]): Promise<Record<string, StateItem>>;
  /** Writes every item, rejecting with EtagConflictError when an item's eTag is stale. */
  write(items: Record<string, StateItem>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export interface Store {
  readonly residents: ResidentRepository;
  readonly botState: BotStateRepository;
  /** Rejects when the store cannot be read (used by /healthz). */
  ping(): Promise<void>;
  /** Resolves when every write accepted so far is durable. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** A write whose eTag no longer matches what is stored: someone else wrote first. */
export class EtagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'EtagConflictError';
  }
}
