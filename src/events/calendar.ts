// The .ics calendar file of an event: title, time zone, place and a link back.
import ical from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { Language } from '../config.js';
import type { CommunityEvent } from '../store/types.js';
import { pick, wallClock } from './present.js';

export function eventCalendar(event: CommunityEvent, lng: Language, fallback: Language, timeZone: string, link: string): string {
  const calendar = ical({ name: 'Palier' });
  calendar.timezone({ name: timeZone, generator: getVtimezoneComponent });
  calendar.createEvent({
    id: `${event.id}@palier`,
    // Wall-clock times with the zone: a plain Date would be written as UTC labelled with the zone.
    start: wallClock(event.start, timeZone),
    end: wallClock(event.end, timeZone),
    timezone: timeZone,
    summary: pick(event.title, lng, fallback).text,
    description: pick(event.description, lng, fallback).text,
    location: event.place.address,
    url: link,
  });
  return calendar.toString();
}
