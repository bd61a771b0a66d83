// Needs, ideas and call-back requests as the store keeps them, and their repository.
import type { Language } from '../config.js';
import type { Resident } from '../residents/types.js';

export const NEED_STATUSES = ['new', 'in-progress', 'planned', 'done', 'declined'] as const;
/** Statuses of a need still waiting for staff (a call-back still to make). */
export const OPEN_NEED_STATUSES: readonly string[] = ['new', 'in-progress', 'planned'];
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const AUDIENCES = ['everyone', 'children', 'youth', 'seniors', 'families', 'disabilities'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface ContactDetails {
  kind: 'phone' | 'email';
  value: string;
}

/** A need or an idea, or a call-back request, as staff will review it. */
export interface Need {
  id: string;
  /** What the resident can quote: B-2026-0042. */
  receipt: string;
  residentId: string;
  type: 'need' | 'idea' | 'callback';
  category: string;
  /** In the resident's own words and language. */
  text: string;
  language: Language;
  site?: string;
  audience?: Audience;
  /** Only present when the resident agreed to be contacted about it. */
  contact?: ContactDetails;
  /** For call-backs: morning, afternoon, evening or any. */
  preferredTime?: string;
  /** Ids of the photos the resident attached (the store's photos repository holds them). */
  photos?: string[];
  /** The resident asked to be told here when the status changes. */
  notifyOnStatus: boolean;
  channel: string;
  status: NeedStatus;
  staffNotes: { note: string; by: string; at: string }[];
  /** An idea staff chose to show to the site's residents, with staff-written translations. */
  published?: { at: string; by: string; translations: Partial<Record<Language, string>> };
  /** Residents who support a published idea (pseudonymous ids; removed with their data). */
  supporters?: string[];
  createdAt: string;
  updatedAt: string;
}

export type NewNeed = Omit<Need, 'id' | 'receipt' | 'status' | 'staffNotes' | 'published' | 'supporters' | 'createdAt' | 'updatedAt'>;

/**
 * A change of the need's resident saved in the same commit as the need (its site, consents about
 * it): applied to the resident as stored then (`resident` when none is), given the created need;
 * returning the record unchanged writes nothing.
 */
export interface ResidentChange {
  resident: Resident;
  change: (stored: Resident, need: Need) => Resident;
}

export interface NeedRepository {
  /**
   * Stores the need with a new receipt number, and the resident's change with it when given: one
   * commit, resolved once both are on disk; when either is refused, neither is kept.
   */
  create(need: NewNeed, at: Date, resident?: ResidentChange): Promise<Need>;
  get(id: string): Promise<Need | undefined>;
  byResident(residentId: string): Promise<Need[]>;
  list(filter?: { from?: string; to?: string; status?: NeedStatus; type?: Need['type'] }): Promise<Need[]>;
  update(id: string, patch: Partial<Pick<Need, 'status' | 'staffNotes' | 'updatedAt' | 'contact' | 'notifyOnStatus'>>): Promise<Need | undefined>;
  /** Shows an idea to the residents of its site, with optional translations. */
  publish(id: string, published: NonNullable<Need['published']>): Promise<Need | undefined>;
  /** Published ideas, for one site (undefined: every site). */
  published(site?: string): Promise<Need[]>;
  /** Adds the resident's support once; resolves with the number of supporters after it. */
  support(id: string, residentId: string): Promise<{ added: boolean; count: number } | undefined>;
  /** Removes every need of a resident (their data deleted on request), and their support of others' ideas; returns how many needs. */
  deleteByResident(residentId: string): Promise<number>;
}
