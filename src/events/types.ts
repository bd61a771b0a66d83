// Events and registrations as the store keeps them, and their repositories.
import type { Language } from '../config.js';
import type { ReviewDecision, Translations } from '../store/common.js';
import type { RegisterInput } from './waitlist.js';

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
  /** The last approval or rejection of a partner submission. */
  decision?: ReviewDecision;
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

/** What an event change did: the event and the offers its free seats made, or why nothing changed. */
export type EventChangeOutcome = { event: CommunityEvent; offers: Registration[] } | { missing: true } | { belowBooked: number };

export type RegisterOutcome = { registration: Registration } | { full: true; seatsLeft: number } | { tooMany: true; max: number } | { closed: true };

export interface RegistrationRepository {
  /**
   * Takes seats if enough are left (never overbooking, however many arrive at once), or puts the
   * resident on the waitlist when asked to; resolves once the registration is on disk.
   */
  register(input: RegisterInput, at: Date): Promise<RegisterOutcome>;
  get(id: string): Promise<Registration | undefined>;
  byResident(residentId: string): Promise<Registration[]>;
  byEvent(eventId: string): Promise<Registration[]>;
  /** Seats taken (confirmed and offered) for an event. */
  seatsTaken(eventId: string, at: Date): Promise<number>;
  /**
   * Changes an event with its seats counted in the same atomic step: refused (`belowBooked`) when
   * the capacity would fall below the seats held; seats then left (a higher capacity, an event
   * published again) are offered to the waitlist and the offers returned.
   */
  changeEvent(eventId: string, patch: Partial<Omit<CommunityEvent, 'id' | 'createdAt'>>, at: Date): Promise<EventChangeOutcome>;
  /** Cancels and offers freed seats to the waitlist; returns the registrations offered a place. */
  cancel(id: string, at: Date): Promise<Registration[]>;
  /** Changes the number of seats if they fit (changed false when they do not); fewer confirmed seats offer the freed ones. */
  changeSeats(id: string, seats: number, at: Date): Promise<{ changed: boolean; offers: Registration[] }>;
  /** The resident takes an offered place. */
  accept(id: string, at: Date): Promise<boolean>;
  /** Passes expired offers on to the next on the waitlist; returns the new offers. */
  expireOffers(at: Date): Promise<Registration[]>;
  markAttendance(id: string, attended: boolean, at: Date): Promise<Registration | undefined>;
  /** Deletes a resident's registrations; their seats go to the waitlist (the offers made are returned). */
  deleteByResident(residentId: string, at: Date): Promise<{ deleted: number; offers: Registration[] }>;
}
