// A pass run every interval (never two at once), with injectable timers so a test can fire it itself.
import type { Logger } from './logger.js';

/** setInterval and clearInterval, injectable so a test can fire the timer itself. */
export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const systemTimers: Timers = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    handle.unref(); // never keeps the process alive on its own
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

/**
 * Runs `pass` every `intervalMs` (0 or less: never on its own), one pass after the other; a failing
 * pass is logged with `failure` and counts as 0, so the next one still runs.
 */
export class PeriodicTask {
  private handle: unknown;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pass: () => Promise<number>,
    private readonly logger: Logger,
    private readonly failure: string,
    private readonly intervalMs: number,
    private readonly timers: Timers = systemTimers,
  ) {}

  start(): void {
    if (this.handle !== undefined || this.intervalMs <= 0) return;
    this.handle = this.timers.setInterval(() => void this.tick(), this.intervalMs);
  }

  /** One pass now (after the one in progress, never two at once); resolves with what the pass counted. */
  tick(): Promise<number> {
    const run = this.running.then(() =>
      this.pass().catch((error: unknown) => {
        this.logger.error({ err: error }, this.failure);
        return 0;
      }),
    );
    this.running = run;
    return run;
  }

  /** Stops the timer and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.handle !== undefined) this.timers.clearInterval(this.handle);
    this.handle = undefined;
    await this.running;
  }
}
