// Invitations to a survey: one outbox message per matching resident who agreed to consultations, in their language.
import type { Config } from '../config.js';
import type { Translator } from '../i18n.js';
import { agreedToConsultations, inTarget } from '../residents/groups.js';
import type { OutboxMessage, Resident, Store } from '../store/types.js';
import { inLanguage, isOpenAt, opensAt, type Survey } from './survey.js';

const reachable = (r: Resident) => Boolean(r.reference?.serviceUrl && r.reference.conversation?.id && !r.unreachableSince);

/** The residents a survey's invitation goes to: reachable, agreed to consultations, on a target site and in a target group. */
export function invitees(survey: Survey, residents: readonly Resident[]): Resident[] {
  return residents.filter((r) => reachable(r) && agreedToConsultations(r) && inTarget(r, survey.target));
}

/** The id that makes an invitation unique: a resident is invited to a survey once, however often it is queued. */
export const invitationId = (surveyId: string, residentId: string) => `survey:${surveyId}:${residentId}`;

/** One invitation per invitee, not before the survey opens; the outbox worker adds pacing and quiet hours. */
export function invitationMessages(survey: Survey, residents: readonly Resident[], { translator, config, now }: { translator: Translator; config: Config; now: Date }): OutboxMessage[] {
  const at = now.toISOString();
  const opens = opensAt(survey, config.timeZone).toISOString();
  return invitees(survey, residents).map((resident) => {
    const t = translator.fixedT(resident.language);
    const menu = t('menu:items.surveys.label');
    return {
      id: invitationId(survey.id, resident.id),
      kind: 'surveyInvitation',
      ref: survey.id,
      residentId: resident.id,
      channelId: resident.reference?.channelId ?? 'unknown',
      language: resident.language,
      text: t('surveys:invitation', { title: inLanguage(survey.title, resident.language, config.defaultLanguage) }),
      actions: [{ title: menu, value: menu }],
      notBefore: opens > at ? opens : at,
      status: 'pending',
      attempts: 0,
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** Queues the invitations of an open survey; returns how many residents it concerns (already invited ones keep their first message). */
export async function queueSurveyInvitations(survey: Survey, deps: { store: Store; translator: Translator; config: Config; now: Date }): Promise<number> {
  const messages = invitationMessages(survey, await deps.store.residents.consulted(), deps);
  await deps.store.outbox.add(messages);
  return messages.length;
}

/**
 * Invites the matching residents when the survey is open at `now` (saved, opened or asked again),
 * and marks its opening invited so the opening timer (openings.ts) leaves it; returns how many were queued.
 */
export async function inviteIfOpen(survey: Survey, deps: { store: Store; translator: Translator; config: Config; now: Date; outbox?: { kick(): void } }): Promise<number> {
  if (!isOpenAt(survey, deps.now, deps.config.timeZone)) return 0;
  const invited = await queueSurveyInvitations(survey, deps);
  await deps.store.surveys.markInvited(survey.id, survey.opens, deps.now);
  if (invited) deps.outbox?.kick();
  return invited;
}
