// How many seats a resident asks for, said any way: the understanding layer's reading, as a plain number.
import type { Language } from '../config.js';
import { SeatsReader } from '../understanding/seats.js';

const reader = new SeatsReader();

/** "3", "trois", "on sera deux", "juste moi", "moi et mon fils" → the count, or undefined. */
export function seatsFrom(text: string, lng: Language): number | undefined {
  return reader.read(text, lng).seats;
}
