// Query-string filters and pagination shared by lists and exports.
import { day } from './schemas.js';
import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../config.js';
import { NEED_STATUSES } from '../store/types.js';
import { ApiError } from './api-error.js';


export const needFilterSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  category: z.string().max(64).optional(),
  site: z.string().max(200).optional(),
  status: z.enum(NEED_STATUSES).optional(),
  /** open: new, in progress or planned; closed: done or declined. */
  state: z.enum(['open', 'closed']).optional(),
  language: z.enum(SUPPORTED_LANGUAGES).optional(),
  kind: z.enum(['need', 'idea', 'callback']).optional(),
  q: z.string().max(200).optional(),
});

export const pageSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export type NeedFilter = z.infer<typeof needFilterSchema>;

/** Parses a query with a schema; a bad value is a 400 naming the parameter. */
export function parseQuery<T extends z.ZodTypeAny>(schema: T, query: unknown): z.infer<T> {
  const parsed = schema.safeParse(query ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ApiError(400, 'InvalidQuery', `${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Inclusive day range as the ISO bounds stored dates are compared with. */
export function dayRange(filter: { from?: string; to?: string }): { from?: string; to?: string } {
  const to = filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000).toISOString() : undefined;
  return { from: filter.from ? `${filter.from}T00:00:00.000Z` : undefined, to };
}

export function paginate<T>(items: T[], page: number, pageSize: number): { items: T[]; page: number; pageSize: number; total: number } {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: items.length };
}
