// Example content for development: events a few days from today, an open survey and published
// ideas, so a newcomer sees every part of the bot. Never in production (see config.exampleContent).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { SUPPORTED_LANGUAGES, type Config } from '../config.js';
import { projectRoot } from '../paths.js';
import type { Store } from '../store/types.js';
import { surveySchema, type Survey } from '../surveys/survey.js';

const DAY = 86_400_000;
const EXAMPLES = join(projectRoot, 'src', 'examples');
const translations = z.record(z.enum(SUPPORTED_LANGUAGES), z.string().min(1));

const exampleEvent = z.object({
  daysFromToday: z.number().int().min(0),
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  hours: z.number().positive(),
  title: translations,
  description: translations,
  place: z.object({ address: z.string(), site: z.string().optional() }),
  capacity: z.number().int().min(1),
  maxSeatsPerRegistration: z.number().int().min(1),
  audience: z.array(z.string()),
  topics: z.array(z.string()),
  accessibility: translations.optional(),
  childcare: translations.optional(),
});

const exampleIdea = z.object({
  site: z.string(),
  category: z.string(),
  language: z.enum(SUPPORTED_LANGUAGES),
  text: z.string(),
  translations,
});

/** The resident id example ideas are filed under (no real resident has it: theirs are HMAC hashes). */
export const EXAMPLE_RESIDENT = 'example-content';

function readExamples<T>(file: string, schema: z.ZodType<T>): T[] {
  return z.array(schema).parse(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')));
}

/** The example survey, open from yesterday for two months whenever the bot starts. */
export function exampleSurveys(now: Date): Survey[] {
  const raw = JSON.parse(readFileSync(join(projectRoot, 'src', 'surveys', 'examples', 'shared-garden.json'), 'utf8')) as Record<string, unknown>;
  const day = (offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
  return [surveySchema.parse({ ...raw, id: 'example-shared-garden', opens: day(-1), closes: day(60) })];
}

/**
 * Adds the example events when the store has no event at all, and the example ideas (published)
 * when no idea is published yet; returns what it added. Times are local to the configured zone
 * only roughly (UTC hours): these are examples.
 */
export async function seedExampleContent(store: Store, config: Pick<Config, 'landlord'>, clock: Clock): Promise<{ events: number; ideas: number }> {
  const now = clock.now();
  let events = 0;
  if ((await store.events.list()).length === 0) {
    for (const example of readExamples('events.json', exampleEvent)) {
      const [hour, minute] = example.startTime.split(':').map(Number) as [number, number];
      const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + example.daysFromToday, hour, minute));
      const { daysFromToday: _days, startTime: _time, hours, ...event } = example;
      await store.events.create(
        { ...event, start: start.toISOString(), end: new Date(start.getTime() + hours * 3_600_000).toISOString(), organiser: { kind: 'staff', name: config.landlord.name }, status: 'published' },
        now,
      );
      events++;
    }
  }
  let ideas = 0;
  if ((await store.needs.published()).length === 0) {
    for (const example of readExamples('ideas.json', exampleIdea)) {
      const need = await store.needs.create(
        { residentId: EXAMPLE_RESIDENT, type: 'idea', category: example.category, text: example.text, language: example.language, site: example.site, notifyOnStatus: false, channel: 'example' },
        now,
      );
      await store.needs.publish(need.id, { at: now.toISOString(), by: 'example content', translations: example.translations });
      ideas++;
    }
  }
  return { events, ideas };
}
