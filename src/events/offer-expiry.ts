// Waitlist offers lapse on a timer: every interval, lapsed offers pass to the next resident on the waitlist.
import type { Logger } from '../logger.js';
import { PeriodicTask, type Timers } from '../periodic-task.js';
import type { Registrations } from './registrations.js';

export class OfferExpiry extends PeriodicTask {
  constructor(registrations: Registrations, logger: Logger, intervalMs: number, timers?: Timers) {
    const pass = async () => {
      const offers = await registrations.expireOffers();
      if (offers.length) logger.info({ offers: offers.length }, 'waitlist: lapsed offers passed on');
      return offers.length;
    };
    super(pass, logger, 'waitlist: passing on lapsed offers failed', intervalMs, timers);
  }
}
