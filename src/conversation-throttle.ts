// The per-conversation rate limit as the adapter's middleware: decided before anything about the resident is read or written.
import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from './clock.js';
import { RateLimiter } from './rate-limit.js';

/**
 * Runs right after Bot Framework authentication (markVerified) and before ResidentMiddleware, so
 * a throttled request never loads or creates a resident record, nor reads dialog state. Only the
 * turns of requests to /api/messages are counted (`expect`): the outbox's proactive turns are not.
 */
export class ConversationThrottle implements Middleware {
  private readonly limiter: RateLimiter;
  private readonly incoming = new WeakSet<object>();
  private readonly waits = new WeakMap<object, number>();

  constructor(limits: { burst: number; perSecond: number }, clock: Clock) {
    this.limiter = new RateLimiter(limits.burst, limits.perSecond, clock);
  }

  /** Counts the turn of the activity parsed from this request body (the adapter keeps the same object). */
  expect(body: object): void {
    this.incoming.add(body);
  }

  /** Seconds the caller must wait when this request's turn was refused; 0 when it ran. */
  waitFor(body: object): number {
    return this.waits.get(body) ?? 0;
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (!this.incoming.has(activity)) return next();
    const wait = this.limiter.take(`${activity.channelId}:${activity.conversation?.id}`);
    if (wait > 0) {
      this.waits.set(activity, wait);
      return;
    }
    await next();
  }
}
