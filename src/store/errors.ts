// The one error a store throws when it cannot keep a write: the caller tells the person plainly.

/**
 * A write the store could not make durable (disk full, read-only folder, database unreachable).
 * Nothing of it was kept: memory and disk are as they were before the write.
 */
export class StoreUnavailableError extends Error {
  /** The system's reason, for logs only (ENOSPC, EROFS, ECONNREFUSED...); never shown to a person. */
  readonly reason: string;

  constructor(message: string, options: { cause?: unknown; reason?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = 'StoreUnavailableError';
    this.reason = options.reason ?? (options.cause as { code?: string } | undefined)?.code ?? 'unknown';
  }
}

/**
 * True when `error`, or an error it wraps, says the store could not keep a write. Wrapped as
 * `cause`, or as `error` (botbuilder-dialogs' DialogContextError wraps a step's error that way).
 */
export function isStoreUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof StoreUnavailableError) return true;
    const wrapper = e as { cause?: unknown; error?: unknown };
    e = wrapper.cause ?? wrapper.error;
  }
  return false;
}

/** How long a failed write keeps /healthz at 503 when no write has succeeded since. */
const FAILURE_MEMORY_MS = 60_000;

/** How the store's writes went lately, for /healthz. */
export class WriteHealth {
  private failure: { at: number; reason: string } | undefined;
  /** Set for good when the store must not write any more (its folder lock was taken away). */
  lost: string | undefined;

  succeeded(): void {
    this.failure = undefined;
  }

  failed(reason: string, at = Date.now()): void {
    this.failure = { at, reason };
  }

  /** Why writes are failing (latest write failed lately and none succeeded since), or undefined. */
  failing(now = Date.now()): string | undefined {
    if (this.lost) return this.lost;
    return this.failure && now - this.failure.at < FAILURE_MEMORY_MS ? this.failure.reason : undefined;
  }
}
