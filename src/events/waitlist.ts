// The seat rules both store engines apply inside their atomic step: who holds seats, whether a request fits, who is offered freed seats.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Language } from '../config.js';
import type { CommunityEvent, RegisterOutcome, Registration } from './types.js';

const CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: codes are read aloud

/** What the resident can quote: R-7K3P9Q. */
export function registrationCode(): string {
  return `R-${[...randomBytes(6)].map((b) => CODE_LETTERS[b % CODE_LETTERS.length]).join('')}`;
}

/** Confirmed seats, and offered seats until the offer lapses. */
export const holdsSeats = (r: Registration, at: Date): boolean => r.status === 'confirmed' || (r.status === 'offered' && (r.offerExpiresAt ?? '') > at.toISOString());

export const seatsHeld = (list: readonly Registration[], at: Date): number => list.reduce((sum, r) => sum + (holdsSeats(r, at) ? r.seats : 0), 0);

export interface RegisterInput {
  eventId: string;
  residentId: string;
  seats: number;
  waitlist: boolean;
  reminder: boolean;
  language: Language;
}

/** Decides a registration against the event and its registrations: confirmed if the seats fit, waitlisted when asked, else refused. */
export function decideRegistration(event: CommunityEvent | undefined, list: readonly Registration[], input: RegisterInput, at: Date): RegisterOutcome {
  if (!event || event.status !== 'published' || event.start <= at.toISOString()) return { closed: true };
  if (input.seats < 1 || input.seats > event.maxSeatsPerRegistration) return { tooMany: true, max: event.maxSeatsPerRegistration };
  const left = event.capacity - seatsHeld(list, at);
  const fits = input.seats <= left;
  if (!fits && !input.waitlist) return { full: true, seatsLeft: Math.max(0, left) };
  const now = at.toISOString();
  return {
    registration: {
      id: randomUUID(), code: registrationCode(), eventId: event.id, residentId: input.residentId, seats: input.seats,
      status: fits ? 'confirmed' : 'waitlisted', reminder: input.reminder, language: input.language, createdAt: now, updatedAt: now,
    },
  };
}

/** Whether a registration may change to `seats` (a confirmed one only if the new count still fits). */
export function seatsChangeFits(event: CommunityEvent | undefined, list: readonly Registration[], r: Registration, seats: number, at: Date): boolean {
  if (!event || r.status === 'cancelled' || seats < 1 || seats > event.maxSeatsPerRegistration) return false;
  const others = seatsHeld(list, at) - (holdsSeats(r, at) ? r.seats : 0);
  return r.status !== 'confirmed' || others + seats <= event.capacity;
}

/**
 * The offers freed seats make: in waitlist order (`list` sorted by creation), each waitlisted
 * request that fits in what is left is offered the seats for `offerHours`.
 */
export function nextOffers(event: CommunityEvent | undefined, list: readonly Registration[], at: Date, offerHours: number): Registration[] {
  if (!event || event.status !== 'published') return [];
  let left = event.capacity - seatsHeld(list, at);
  const offers: Registration[] = [];
  for (const r of list) {
    if (left <= 0) break;
    if (r.status !== 'waitlisted' || r.seats > left) continue;
    offers.push({ ...r, status: 'offered', offerExpiresAt: new Date(at.getTime() + offerHours * 3_600_000).toISOString(), updatedAt: at.toISOString() });
    left -= r.seats;
  }
  return offers;
}

/** An offer whose time is up. */
export const offerLapsed = (r: Registration, at: Date): boolean => r.status === 'offered' && (r.offerExpiresAt ?? '') <= at.toISOString();
