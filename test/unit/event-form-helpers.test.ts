// The dashboard's event form helpers, run in Node as the browser runs them: Paris wall-clock time ↔
// instants across summer time, and the smallest PATCH body an edit makes.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain browser module, no types
import { isoToLocal, localToIso } from '../../src/web/staff/zoned-time.js';
// @ts-expect-error plain browser module, no types
import { eventChanges } from '../../src/web/staff/event-changes.js';

const PARIS = 'Europe/Paris';

describe('Paris time in the event forms', () => {
  it.each([
    ['2026-12-05', '14:00', '2026-12-05T14:00:00+01:00', '2026-12-05T13:00:00.000Z'], // winter
    ['2027-07-14', '09:30', '2027-07-14T09:30:00+02:00', '2027-07-14T07:30:00.000Z'], // summer
    ['2027-03-28', '03:00', '2027-03-28T03:00:00+02:00', '2027-03-28T01:00:00.000Z'], // first hour of summer time
    ['2026-10-25', '01:30', '2026-10-25T01:30:00+02:00', '2026-10-24T23:30:00.000Z'], // before the clocks go back
  ])('%s %s is %s', (date, time, iso, utc) => {
    expect(localToIso(date, time, PARIS)).toBe(iso);
    expect(new Date(iso).toISOString()).toBe(utc);
    expect(isoToLocal(utc, PARIS)).toEqual({ date, time });
  });

  it('refuses a date that does not exist, and reads midnight as 00:00', () => {
    expect(localToIso('2027-02-30', '10:00', PARIS)).toBeUndefined();
    expect(localToIso('2027-02-10', '', PARIS)).toBeUndefined();
    expect(isoToLocal('2026-12-31T23:00:00.000Z', PARIS)).toEqual({ date: '2027-01-01', time: '00:00' });
  });
});

describe('what an event edit sends', () => {
  const event = {
    title: { fr: 'Atelier vélo', en: 'Bike workshop', ar: 'ورشة الدراجات' },
    description: { fr: 'Réparer son vélo.' },
    start: '2027-04-03T08:00:00.000Z',
    end: '2027-04-03T10:00:00.000Z',
    place: { address: 'Cour B', site: 'Les Tilleuls' },
    capacity: 10,
    maxSeatsPerRegistration: 4,
  };
  const unchanged = { title: { ...event.title }, description: { ...event.description }, start: '2027-04-03T10:00:00+02:00', end: '2027-04-03T12:00:00+02:00', place: { ...event.place }, capacity: 10 };

  it('sends nothing when nothing changed (the same instant written with an offset included)', () => {
    expect(eventChanges(event, unchanged)).toEqual({});
  });

  it('sends only the language edited, never an emptied one, and the whole place when part of it changed', () => {
    const draft = { ...unchanged, title: { fr: 'Atelier vélo', en: 'Bike repair', ar: '' }, description: { fr: 'Réparer son vélo.', tr: 'Bisiklet tamiri.' }, place: { address: 'Cour B', site: '' }, capacity: 12 };
    expect(eventChanges(event, draft)).toEqual({ title: { en: 'Bike repair' }, description: { tr: 'Bisiklet tamiri.' }, place: { address: 'Cour B' }, capacity: 12 });
  });

  it('sends a moved start or end as given', () => {
    expect(eventChanges(event, { ...unchanged, start: '2027-04-03T10:30:00+02:00' })).toEqual({ start: '2027-04-03T10:30:00+02:00' });
  });
});
