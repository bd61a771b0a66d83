// Input schemas several staff routes share.
import { z } from 'zod';

/** A record id in the path. */
export const idParams = z.object({ id: z.string().min(1).max(200) });

/** A day that exists, as YYYY-MM-DD (2026-13-45 is refused with 400, not turned into an invalid date). */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a day of the calendar');

/** An inclusive range of days (`from`, `to`). */
export const dayRangeQuery = z.object({ from: day.optional(), to: day.optional() });
