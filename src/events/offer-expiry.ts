// Waitlist offers lapse on a timer: every interval, lapsed offers pass to the next resident on the waitlist.
import type { Logger } from '../logger.js';
import type { Registrations } from './registrations.js';

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

export class OfferExpiry {
  private handle: unknown;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly registrations: Registrations,
    private readonly logger: Logger,
    private readonly intervalMs: number,
    private readonly timers: Timers = systemTimers,
  ) {}

  start(): void {
    if (this.handle !== undefined || this.intervalMs <= 0) return;
    this.handle = this.timers.setInterval(() => void this.tick(), this.intervalMs);
  }

  /** One pass now (runs after the one in progress, never two at once); resolves with the offers made. */
  tick(): Promise<number> {
    const run = this.running.then(async () => {
      try {
        const offers = await this.registrations.expireOffers();
        if (offers.length) this.logger.info({ offers: offers.length }, 'waitlist: lapsed offers passed on');
        return offers.length;
      } catch (error) {
        this.logger.error({ err: error }, 'waitlist: passing on lapsed offers failed');
        return 0;
      }
    });
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
