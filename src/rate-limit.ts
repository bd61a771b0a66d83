// Per-conversation rate limit: a resident flooding messages is slowed down, everyone else is not.
import type { Clock } from './clock.js';

/** Refilling in floating point may leave 0.9999999 of a token after waiting exactly the time computed. */
const EPSILON = 1e-9;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key: `burst` messages at once, then `perSecond` a second. In memory, per
 * instance: behind a load balancer each instance limits what it sees, which is enough to protect it.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly clock: Clock,
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes one token; returns 0 when allowed, else the seconds to wait before the next one. */
  take(key: string): number {
    if (this.perSecond <= 0) return 0;
    const bucket = this.refill(key);
    if (bucket.tokens >= 1 - EPSILON) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.perSecond);
  }

  /** Milliseconds until `key` has a token (0: now), without taking it. */
  msUntilToken(key: string): number {
    if (this.perSecond <= 0) return 0;
    const { tokens } = this.refill(key);
    return tokens >= 1 - EPSILON ? 0 : Math.ceil(((1 - tokens) / this.perSecond) * 1000);
  }

  private refill(key: string): Bucket {
    const now = this.clock.now().getTime();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    // Re-inserting keeps the map in least-recently-used order, so the oldest key is dropped first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return bucket;
  }
}
