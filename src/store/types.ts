// The Store interface: what the bot keeps, independent of the engine behind it (lowdb, PostgreSQL).
import type { ConversationReference } from 'botbuilder';
import type { Language } from '../config.js';

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
  createdAt: string;
  updatedAt: string;
}

/** A bot state record as botbuilder stores it: any JSON object, with an eTag. */
export interface StateItem {
  eTag?: string;
  [key: string]: unknown;
}

export const NEED_STATUSES = ['new', 'in-progress', 'planned', 'done', 'declined'] as const;
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

export interface NeedRepository {
  /** Stores the need with a new receipt number; resolves once it is on disk. */
  create(need: NewNeed, at: Date): Promise<Need>;
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

/** A resident's answers to one survey, saved after every answer so they can stop and resume. */
export interface SurveyResponse {
  /** `${surveyId}:${residentId}` */
  id: string;
  surveyId: string;
  residentId: string;
  language: Language;
  /** Answers by question id: a choice id, choice ids, a number, a boolean, an ISO date or text. */
  answers: Record<string, SurveyAnswer>;
  completedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export type SurveyAnswer = string | string[] | number | boolean;

export interface SurveyResponseRepository {
  get(surveyId: string, residentId: string): Promise<SurveyResponse | undefined>;
  /** Resolves once the response is on disk. */
  save(response: SurveyResponse): Promise<void>;
  bySurvey(surveyId: string): Promise<SurveyResponse[]>;
  deleteByResident(residentId: string): Promise<number>;
}

export type Translations = Partial<Record<Language, string>>;

export const EVENT_STATUSES = ['draft', 'pending', 'published', 'cancelled', 'rejected'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** A workshop or event: times in UTC, texts per language (at least the default language). */
export interface CommunityEvent {
  id: string;
  title: Translations;
  description: Translations;
  start: string;
  end: string;
  place: { address: string; site?: string };
  capacity: number;
  /** Seats one registration may take. */
  maxSeatsPerRegistration: number;
  audience: string[];
  topics: string[];
  accessibility?: Translations;
  childcare?: Translations;
  organiser: { kind: 'staff' | 'partner'; accountId?: string; name: string };
  status: EventStatus;
  createdAt: string;
  updatedAt: string;
}

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'offered' | 'cancelled';

export interface Registration {
  id: string;
  /** What the resident can quote: R-7K3P9Q. */
  code: string;
  eventId: string;
  residentId: string;
  seats: number;
  status: RegistrationStatus;
  /** Waitlist offers: the seats are held for the resident until then. */
  offerExpiresAt?: string;
  /** The resident agreed to a reminder the day before. */
  reminder: boolean;
  language: Language;
  attended?: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface EventRepository {
  create(event: Omit<CommunityEvent, 'id' | 'createdAt' | 'updatedAt'>, at: Date): Promise<CommunityEvent>;
  get(id: string): Promise<CommunityEvent | undefined>;
  update(id: string, patch: Partial<Omit<CommunityEvent, 'id' | 'createdAt'>>): Promise<CommunityEvent | undefined>;
  list(filter?: { from?: string; to?: string; status?: EventStatus; organiserAccountId?: string }): Promise<CommunityEvent[]>;
}

export type RegisterOutcome = { registration: Registration } | { full: true; seatsLeft: number } | { tooMany: true; max: number } | { closed: true };

export interface RegistrationRepository {
  /**
   * Takes seats if enough are left (never overbooking, however many arrive at once), or puts the
   * resident on the waitlist when asked to; resolves once the registration is on disk.
   */
  register(input: { eventId: string; residentId: string; seats: number; waitlist: boolean; reminder: boolean; language: Language }, at: Date): Promise<RegisterOutcome>;
  get(id: string): Promise<Registration | undefined>;
  byResident(residentId: string): Promise<Registration[]>;
  byEvent(eventId: string): Promise<Registration[]>;
  /** Seats taken (confirmed and offered) for an event. */
  seatsTaken(eventId: string, at: Date): Promise<number>;
  /** Cancels and offers freed seats to the waitlist; returns the registrations offered a place. */
  cancel(id: string, at: Date): Promise<Registration[]>;
  /** Changes the number of seats if they fit; returns false when they do not. */
  changeSeats(id: string, seats: number, at: Date): Promise<boolean>;
  /** The resident takes an offered place. */
  accept(id: string, at: Date): Promise<boolean>;
  /** Passes expired offers on to the next on the waitlist; returns the new offers. */
  expireOffers(at: Date): Promise<Registration[]>;
  markAttendance(id: string, attended: boolean, at: Date): Promise<Registration | undefined>;
  /** Deletes a resident's registrations; their seats go to the waitlist. */
  deleteByResident(residentId: string, at: Date): Promise<number>;
}

export const NEWS_TOPICS = ['events', 'gardens', 'jobs', 'seniors', 'youth', 'culture', 'housing', 'works'] as const;
export type NewsTopic = (typeof NEWS_TOPICS)[number];

/** A resident's news subscription: topics and site, with the time they agreed. */
export interface Subscription {
  topics: NewsTopic[];
  site?: string;
  consentedAt: string;
}

export const ANNOUNCEMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** News from a partner or staff, sent to subscribed residents once approved. */
export interface Announcement {
  id: string;
  text: Translations;
  topics: NewsTopic[];
  /** Sites it is for; empty means every site. */
  sites: string[];
  /** An event it announces: the message gets a "register" button. */
  eventId?: string;
  /** Not before this time (ISO); now when absent. */
  sendAt?: string;
  author: { kind: 'staff' | 'partner'; accountId: string; name: string };
  status: AnnouncementStatus;
  createdAt: string;
  updatedAt: string;
}

export interface AnnouncementRepository {
  create(announcement: Omit<Announcement, 'id' | 'createdAt' | 'updatedAt'>, at: Date): Promise<Announcement>;
  get(id: string): Promise<Announcement | undefined>;
  update(id: string, patch: Partial<Pick<Announcement, 'status' | 'updatedAt'>>): Promise<Announcement | undefined>;
  list(filter?: { status?: AnnouncementStatus; authorAccountId?: string }): Promise<Announcement[]>;
}

export type OutboxKind = 'announcement' | 'reminder' | 'waitlistOffer' | 'statusUpdate';
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
  countsByRef(ref: string): Promise<Record<OutboxStatus, number>>;
  list(filter?: { ref?: string; status?: OutboxStatus }): Promise<OutboxMessage[]>;
  deleteByResident(residentId: string): Promise<number>;
}

export type AccountRole = 'staff' | 'partner';

/** A staff member or partner association with an API key; only a salted hash of the key is kept. */
export interface Account {
  id: string;
  name: string;
  role: AccountRole;
  /** The key's public part, to find the account without comparing every hash. */
  keyPrefix: string;
  keySalt: string;
  keyHash: string;
  createdAt: string;
  revokedAt?: string;
}

export interface AccountRepository {
  byPrefix(prefix: string): Promise<Account | undefined>;
  list(): Promise<Account[]>;
  save(account: Account): Promise<void>;
}

/** Who changed what, when: every staff change is recorded. */
export interface AuditEntry {
  id: string;
  at: string;
  by: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
  createdAt: string;
}

/** A question the bot could not route, kept without the resident's identity for content editors. */
export interface UnansweredQuestion {
  id: string;
  text: string;
  language: Language;
  /** The topics the bot offered, best first (may be empty). */
  offered: string[];
  createdAt: string;
}

/** "Was this clear?" at the end of a procedure, without the resident's identity. */
export interface ProcedureFeedback {
  id: string;
  topic: string;
  language: Language;
  clear: boolean;
  createdAt: string;
}

/** An append-mostly collection read by staff (unanswered questions, feedback). */
export interface LogRepository<T> {
  /** Resolves once the record is durably written. */
  add(record: T): Promise<void>;
  list(filter?: { from?: string; to?: string }): Promise<T[]>;
}

export interface ResidentRepository {
  get(id: string): Promise<Resident | undefined>;
  /** Residents subscribed to news (for announcements). */
  subscribed(): Promise<Resident[]>;
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
  readonly needs: NeedRepository;
  readonly surveyResponses: SurveyResponseRepository;
  readonly events: EventRepository;
  readonly announcements: AnnouncementRepository;
  readonly outbox: OutboxRepository;
  readonly registrations: RegistrationRepository;
  readonly questions: LogRepository<UnansweredQuestion>;
  readonly accounts: AccountRepository;
  readonly audit: LogRepository<AuditEntry>;
  readonly feedback: LogRepository<ProcedureFeedback>;
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
