// What a failed send means (retry later, resident unreachable, give up) and when to try again.
export type SendFailure =
  | { kind: 'retry'; reason: string; /** From the answer's Retry-After header. */ retryAfterMs?: number }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'failed'; reason: string };

/** Throttled (429), precondition failed (412, Teams asks to retry) and server errors: worth another try. */
const RETRY_STATUSES = new Set([412, 429, 500, 502, 503, 504]);
/** The bot was removed or blocked, or the conversation is gone. */
const UNREACHABLE_STATUSES = new Set([403, 404]);
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15 * 60_000;

interface HttpFailure {
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined } };
}

/**
 * Classifies an error thrown while sending (the connector client's RestError: statusCode,
 * response headers). No status at all means no answer: a network error or a time-out, retried.
 */
export function classifyFailure(error: unknown, now: Date): SendFailure {
  const e = (error ?? {}) as HttpFailure;
  const status = e.statusCode;
  if (status === undefined) return { kind: 'retry', reason: `${e.code ?? e.name ?? 'Error'}: ${e.message ?? String(error)}`.slice(0, 300) };
  const reason = `HTTP ${status}${e.code ? ` ${e.code}` : ''}`;
  if (UNREACHABLE_STATUSES.has(status)) return { kind: 'unreachable', reason };
  if (RETRY_STATUSES.has(status)) return { kind: 'retry', reason, retryAfterMs: retryAfterMs(e.response?.headers?.get?.('retry-after'), now) };
  return { kind: 'failed', reason };
}

/** A Retry-After value, in seconds ("120") or as an HTTP date, as milliseconds from now. */
export function retryAfterMs(value: string | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * Exponential backoff with jitter after the `attempt`-th failure (1, 2, ...): 2 s, 4 s, 8 s... up
 * to 15 min, each drawn between half and all of it, so messages failing together do not all
 * come back at the same moment.
 */
export function backoffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}
