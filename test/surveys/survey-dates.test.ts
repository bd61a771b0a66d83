// Opening and closing dates written without a time are days in the landlord's time zone, not in UTC.
import { describe, expect, it } from 'vitest';
import { closesAt, isOpenAt, opensAt } from '../../src/surveys/survey.js';
import { manualClock } from '../helpers/setup.js';

const DECEMBER = { opens: '2026-12-10', closes: '2026-12-31' };

describe('survey dates without a time', () => {
  it('open at midnight in Paris and close at the end of the last day in Paris (UTC+1 in winter)', () => {
    const clock = manualClock('2026-12-09T22:59:59.999Z'); // 23:59:59.999 on the 9th in Paris
    expect(isOpenAt(DECEMBER, clock.now(), 'Europe/Paris')).toBe(false);
    clock.set('2026-12-09T23:00:00.000Z'); // midnight on the 10th in Paris, still the 9th in UTC
    expect(isOpenAt(DECEMBER, clock.now(), 'Europe/Paris')).toBe(true);
    clock.set('2026-12-31T22:59:59.999Z'); // the last instant of the 31st in Paris
    expect(isOpenAt(DECEMBER, clock.now(), 'Europe/Paris')).toBe(true);
    clock.set('2026-12-31T23:00:00.000Z'); // midnight on 1 January in Paris, still the 31st in UTC
    expect(isOpenAt(DECEMBER, clock.now(), 'Europe/Paris')).toBe(false);
  });

  it('follow summer time and zones far from UTC', () => {
    expect(opensAt({ opens: '2027-07-01' }, 'Europe/Paris').toISOString()).toBe('2027-06-30T22:00:00.000Z');
    expect(closesAt({ closes: '2027-03-28' }, 'Europe/Paris').toISOString()).toBe('2027-03-28T21:59:59.999Z'); // the day summer time starts
    expect(opensAt({ opens: '2026-12-10' }, 'Pacific/Noumea').toISOString()).toBe('2026-12-09T13:00:00.000Z');
    expect(closesAt({ closes: '2026-12-31' }, 'America/Cayenne').toISOString()).toBe('2027-01-01T02:59:59.999Z');
  });

  it('read dates with a time as the instant they name, whatever the zone', () => {
    const exact = { opens: '2026-12-10T08:00:00+01:00', closes: '2026-12-10T18:00:00Z' };
    expect(opensAt(exact, 'Pacific/Noumea').toISOString()).toBe('2026-12-10T07:00:00.000Z');
    expect(closesAt(exact, 'Europe/Paris').toISOString()).toBe('2026-12-10T18:00:00.000Z');
  });
});
