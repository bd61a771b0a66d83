// Proactive messages written in each resident's language, ready for the outbox.
import type { Config, Language } from '../config.js';
import { eventWhen, pick } from '../events/present.js';
import { formatDate } from '../format.js';
import type { Translator } from '../i18n.js';
import type { Announcement, CommunityEvent, Need, OutboxMessage, Registration, Resident } from '../store/types.js';

interface Context {
  translator: Translator;
  config: Config;
  now: Date;
}

function message(resident: Resident, fields: Pick<OutboxMessage, 'id' | 'kind' | 'ref' | 'text'> & Partial<OutboxMessage>, now: Date): OutboxMessage {
  const at = now.toISOString();
  return {
    residentId: resident.id,
    channelId: resident.reference?.channelId ?? 'unknown',
    language: resident.language,
    notBefore: at,
    status: 'pending',
    attempts: 0,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

const reachable = (r: Resident) => Boolean(r.reference?.serviceUrl && r.reference.conversation?.id && !r.unreachableSince);

/** Who an announcement is for: subscribed to one of its topics, on one of its sites (or any), reachable. */
export function audience(announcement: Announcement, residents: Resident[]): Resident[] {
  return residents.filter((r) => {
    const s = r.subscription;
    if (!s || !reachable(r)) return false;
    const site = s.site ?? r.site;
    return s.topics.some((t) => announcement.topics.includes(t)) && (announcement.sites.length === 0 || !site || announcement.sites.includes(site));
  });
}

/** One message per resident, in their language; the default language with a one-line note when not translated. */
export function announcementMessages(announcement: Announcement, residents: Resident[], event: CommunityEvent | undefined, { translator, config, now }: Context): OutboxMessage[] {
  const notBefore = announcement.sendAt && announcement.sendAt > now.toISOString() ? announcement.sendAt : now.toISOString();
  return audience(announcement, residents).map((resident) => {
    const t = translator.fixedT(resident.language);
    const { text, translated } = pick(announcement.text, resident.language, config.defaultLanguage);
    const body = translated ? text : `${text}\n${t('news:notTranslated')}`;
    const actions = event ? [{ title: t('news:register'), value: t('menu:items.workshops.label') }] : undefined;
    return message(resident, { id: `announcement:${announcement.id}:${resident.id}`, kind: 'announcement', ref: announcement.id, text: body, actions, notBefore }, now);
  });
}

export function statusUpdateMessage(need: Need, resident: Resident, { translator, now }: Context): OutboxMessage {
  const t = translator.fixedT(resident.language);
  const text = t('news:statusUpdate', { receipt: need.receipt, status: t(`needs:status.${need.status}`) });
  return message(resident, { id: `status:${need.id}:${need.updatedAt}`, kind: 'statusUpdate', ref: need.id, text }, now);
}

/** The reminder the day before, queued at registration (not sent before then). */
export function reminderMessage(registration: Registration, event: CommunityEvent, resident: Resident, { translator, config, now }: Context): OutboxMessage {
  const lng: Language = resident.language;
  const t = translator.fixedT(lng);
  const text = t('news:reminder', { title: pick(event.title, lng, config.defaultLanguage).text, when: eventWhen(event, lng, translator, config.timeZone), where: event.place.address, code: registration.code });
  const notBefore = new Date(Math.max(now.getTime(), new Date(event.start).getTime() - 86_400_000)).toISOString();
  return message(resident, { id: `reminder:${registration.id}`, kind: 'reminder', ref: registration.id, text, notBefore }, now);
}

/** One id per offer: a new offer after a lapsed one is a new message. */
export const offerMessageId = (registration: Pick<Registration, 'id' | 'offerExpiresAt'>): string => `offer:${registration.id}:${registration.offerExpiresAt}`;

export function offerMessage(registration: Registration, event: CommunityEvent, resident: Resident, { translator, config, now }: Context): OutboxMessage {
  const lng: Language = resident.language;
  const t = translator.fixedT(lng);
  const text = t('news:offer', { title: pick(event.title, lng, config.defaultLanguage).text, until: formatDate(registration.offerExpiresAt!, lng, translator, config.timeZone) });
  return message(resident, { id: offerMessageId(registration), kind: 'waitlistOffer', ref: registration.id, text }, now);
}

/** An event staff cancelled: the registered resident is told it will not take place. */
export function eventCancelledMessage(registration: Registration, event: CommunityEvent, resident: Resident, { translator, config, now }: Context): OutboxMessage {
  const lng: Language = resident.language;
  const t = translator.fixedT(lng);
  const text = t('news:eventCancelled', { title: pick(event.title, lng, config.defaultLanguage).text, when: eventWhen(event, lng, translator, config.timeZone), code: registration.code });
  return message(resident, { id: `eventCancelled:${registration.id}`, kind: 'eventCancelled', ref: event.id, text }, now);
}
