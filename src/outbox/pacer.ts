// Paces sends under two limits, per conversation and per channel (app-wide): waits are computed, never polled.
import type { Clock } from '../clock.js';
import { RateLimiter } from '../rate-limit.js';

/** Resolves after `ms`; tests pass one that moves their clock instead of waiting. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Teams allows a bot 7 messages a second per conversation (also 8 per 2 s, 60 per 30 s, 1,800 an
 * hour) and about 30 a second per app. The longer windows matter only when one resident gets many
 * messages at once, which a broadcast never does; a 429 there is retried after its Retry-After.
 */
export interface SendLimits {
  /** Messages a second to one conversation (0: no limit). */
  perConversationPerSecond: number;
  /** Messages a second over one channel, every conversation together (0: no limit). */
  perChannelPerSecond: number;
}

export class SendPacer {
  private readonly conversations: RateLimiter;
  private readonly channels: RateLimiter;

  constructor(
    limits: SendLimits,
    clock: Clock,
    private readonly sleep: Sleep,
  ) {
    // Buckets of one token: sends are spaced evenly, so no one-second window ever holds more than the limit.
    this.conversations = new RateLimiter(1, limits.perConversationPerSecond, clock);
    this.channels = new RateLimiter(1, limits.perChannelPerSecond, clock);
  }

  /**
   * Waits until both limits allow one more message to this conversation and takes it; resolves
   * false, taking nothing, when `stopped()` has become true after a wait.
   */
  async take(channelId: string, conversationId: string, stopped: () => boolean): Promise<boolean> {
    const conversation = `${channelId}:${conversationId}`;
    for (;;) {
      const wait = Math.max(this.conversations.msUntilToken(conversation), this.channels.msUntilToken(channelId));
      if (wait === 0) {
        this.conversations.take(conversation);
        this.channels.take(channelId);
        return true;
      }
      // Sends waiting together wake together and only one gets the token: the others compute their new wait.
      await this.sleep(wait);
      if (stopped()) return false;
    }
  }
}
