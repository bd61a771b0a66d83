// Input schemas several staff routes share.
import { z } from 'zod';

/** A record id in the path. */
export const idParams = z.object({ id: z.string().min(1).max(200) });

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

/** An inclusive range of days (`from`, `to`). */
export const dayRangeQuery = z.object({ from: day.optional(), to: day.optional() });
