// Surveys open on a timer: when a survey's opening date arrives, its matching residents are invited, once.
import { BOT_ACTOR, recordAudit } from '../audit.js';
import type { Clock, IdGenerator } from '../clock.js';
import type { Config } from '../config.js';
import type { Translator } from '../i18n.js';
import type { Logger } from '../logger.js';
import { PeriodicTask, type Timers } from '../periodic-task.js';
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
export class SurveyOpenings extends PeriodicTask {
  constructor(deps: SurveyOpeningsDeps, intervalMs: number, timers?: Timers) {
    super(() => openDueSurveys(deps), deps.logger, 'surveys: inviting to the surveys that opened failed', intervalMs, timers);
  }
}

/** One pass: invites to every survey due and not marked yet; resolves with how many invitations were queued. */
async function openDueSurveys(deps: SurveyOpeningsDeps): Promise<number> {
  const { store, clock, logger } = deps;
  const now = clock.now();
  let queued = 0;
  for (const survey of await store.surveys.notInvited()) {
    if (!isOpenAt(survey, now, deps.config.timeZone)) continue;
    const invited = await queueSurveyInvitations(survey, { ...deps, now });
    if (await store.surveys.markInvited(survey.id, survey.opens, now)) {
      logger.info({ survey: survey.id, invited }, 'survey opened: matching residents invited');
      await recordAudit(deps, BOT_ACTOR, 'survey.opened', survey.id, { invited });
      queued += invited;
    }
  }
  if (queued) deps.outbox?.kick();
  return queued;
}
