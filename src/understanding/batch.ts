// The batch command's tasks: one JSON line in, one JSON line out, the way the bot understands the text.
import type { Language } from '../config.js';
import type { Understanding } from './understanding.js';

export type BatchTask = 'topic' | 'seats' | 'when' | 'language';

export interface BatchInput {
  id: string;
  lang?: string;
  text: string;
  task?: BatchTask;
}

export type BatchAnswer =
  | { id: string; topics: string[]; emergency?: 'now' | 'unsure' }
  | { id: string; seats: number | null; confirm: boolean }
  | { id: string; days: [string, string] | null; hours: [string, string] | null }
  | { id: string; language: string | null };

/** Answers one batch line; `now` is the reference time of "tomorrow" or "next week". */
export function answerBatchLine(input: BatchInput, understanding: Understanding, lng: Language, now: Date): BatchAnswer {
  const { id, text } = input;
  switch (input.task ?? 'topic') {
    case 'topic': {
      // A possible danger is printed as "emergency" too: the bot interrupts with "is it happening now?"
      // before anything else, so it counts as caught on a real emergency and as an alarm on a calm one.
      const understood = understanding.understand(text, lng);
      if (understood.kind === 'emergency') return { id, topics: ['emergency'], emergency: understood.certainty };
      return { id, topics: understood.kind === 'none' ? ['none'] : understood.candidates.map((c) => c.id) };
    }
    case 'seats': {
      const { seats, confirm } = understanding.seats(text, lng);
      return { id, seats: seats ?? null, confirm: seats === undefined ? false : confirm };
    }
    case 'when': {
      const { days, hours } = understanding.when(text, lng, now);
      return { id, days: days ?? null, hours: hours ?? null };
    }
    case 'language':
      return { id, language: understanding.language(text).language ?? null };
    default:
      throw new Error(`line ${id}: task must be topic, seats, when or language (got "${String(input.task)}")`);
  }
}

/**
 * "2026-12-03T10:00" (no offset) is a local time in `timeZone`; with an offset or Z it is taken as is.
 */
export function parseNow(value: string | undefined, timeZone: string): Date {
  if (!value) return new Date();
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(value)) return new Date(value);
  const asUtc = new Date(`${value}Z`);
  if (Number.isNaN(asUtc.getTime())) throw new Error(`--now must be a date and time such as 2026-12-03T10:00 (got "${value}")`);
  const local = new Date(asUtc.toLocaleString('en-US', { timeZone }));
  const utc = new Date(asUtc.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(asUtc.getTime() - (local.getTime() - utc.getTime()));
}
