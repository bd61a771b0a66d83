// Loads a JSON file of events into an empty store: a landlord's first run without the staff API.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../config.js';
import type { Store } from '../store/types.js';

const translations = z.record(z.enum(SUPPORTED_LANGUAGES), z.string().min(1));

export const eventInputSchema = z.object({
  title: translations,
  description: translations,
  start: z.string().datetime({ offset: true }),
  end: z.string().datetime({ offset: true }),
  place: z.object({ address: z.string().min(1), site: z.string().optional() }),
  capacity: z.number().int().min(1).max(100_000),
  maxSeatsPerRegistration: z.number().int().min(1).max(50).default(6),
  audience: z.array(z.string()).default([]),
  topics: z.array(z.string()).default([]),
  accessibility: translations.optional(),
  childcare: translations.optional(),
});

export type EventInput = z.infer<typeof eventInputSchema>;

/** Adds the file's events (published, organised by staff) when the store has none; returns how many. */
export async function seedEvents(store: Store, file: string, organiser: string, at: Date): Promise<number> {
  if ((await store.events.list()).length > 0) return 0;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`EVENTS_SEED_FILE ${file}: ${(error as Error).message}`);
  }
  const parsed = z.array(eventInputSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`EVENTS_SEED_FILE ${file}: event ${issue.path.join('.')}: ${issue.message}`);
  }
  for (const input of parsed.data) {
    await store.events.create(
      { ...input, start: new Date(input.start).toISOString(), end: new Date(input.end).toISOString(), organiser: { kind: 'staff', name: organiser }, status: 'published' },
      at,
    );
  }
  return parsed.data.length;
}
