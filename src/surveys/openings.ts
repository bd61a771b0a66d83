// Surveys open on a timer: when a survey's opening date arrives, its matching residents are invited, once.
import { BOT_ACTOR, recordAudit } from '../audit.js';
import type { Clock, IdGenerator } from '../clock.js';
import type { Config } from '../config.js';
import { systemTimers, type Timers } from '../events/offer-expiry.js';
import type { Translator } from '../i18n.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import { queueSurveyInvitations } from './invitations.js';
import { isOpenAt } from './survey.js';

export interface SurveyOpeningsDeps {
  store: Store;
  translator: Translator;
  config: Config;
  clock: Clock;
  newId: IdGenerator;
  logger: Logger;
  /** Told to send at once when invitations were queued. */
  outbox?: { kick(): void };
}

/**
 * Every interval, each stored survey whose opening date has come and whose opening is not marked
 * invited yet gets its invitations queued, then marked. Invitations are outbox rows with one id per
 * survey and resident, so a pass repeated after a crash, a restart or on another instance queues
 * no one twice; the mark (set once across instances) stops the surveys already done from being
 * looked at again, and decides which instance logs it and writes its one audit entry (the survey
 * and how many were invited, never who).
 */
export class SurveyOpenings {
  private handle: unknown;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: SurveyOpeningsDeps,
    private readonly intervalMs: number,
    private readonly timers: Timers = systemTimers,
  ) {}

  start(): void {
    if (this.handle !== undefined || this.intervalMs <= 0) return;
    this.handle = this.timers.setInterval(() => void this.tick(), this.intervalMs);
  }

  /** One pass now (after the one in progress, never two at once); resolves with the invitations queued for newly opened surveys. */
  tick(): Promise<number> {
    const run = this.running.then(() => this.pass().catch((error: unknown) => {
      this.deps.logger.error({ err: error }, 'surveys: inviting to the surveys that opened failed');
      return 0;
    }));
    this.running = run;
    return run;
  }

  private async pass(): Promise<number> {
    const { store, clock, logger } = this.deps;
    const now = clock.now();
    let queued = 0;
    for (const survey of await store.surveys.notInvited()) {
      if (!isOpenAt(survey, now, this.deps.config.timeZone)) continue;
      const invited = await queueSurveyInvitations(survey, { ...this.deps, now });
      if (await store.surveys.markInvited(survey.id, survey.opens, now)) {
        logger.info({ survey: survey.id, invited }, 'survey opened: matching residents invited');
        await recordAudit(this.deps, BOT_ACTOR, 'survey.opened', survey.id, { invited });
        queued += invited;
      }
    }
    if (queued) this.deps.outbox?.kick();
    return queued;
  }

  /** Stops the timer and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.handle !== undefined) this.timers.clearInterval(this.handle);
    this.handle = undefined;
    await this.running;
  }
}
