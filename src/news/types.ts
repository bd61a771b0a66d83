// News subscriptions and announcements as the store keeps them, and the announcements repository.
import type { ReviewDecision, Translations } from '../store/common.js';

export const NEWS_TOPICS = ['events', 'gardens', 'jobs', 'seniors', 'youth', 'culture', 'housing', 'works'] as const;
export type NewsTopic = (typeof NEWS_TOPICS)[number];

/** A resident's news subscription: topics and site, with the time they agreed. */
export interface Subscription {
  topics: NewsTopic[];
  site?: string;
  consentedAt: string;
}

export const ANNOUNCEMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** News from a partner or staff, sent to subscribed residents once approved. */
export interface Announcement {
  id: string;
  text: Translations;
  topics: NewsTopic[];
  /** Sites it is for; empty means every site. */
  sites: string[];
  /** An event it announces: the message gets a "register" button. */
  eventId?: string;
  /** Not before this time (ISO); now when absent. */
  sendAt?: string;
  author: { kind: 'staff' | 'partner'; accountId: string; name: string };
  status: AnnouncementStatus;
  /** The approval or rejection of a partner submission. */
  decision?: ReviewDecision;
  createdAt: string;
  updatedAt: string;
}

export interface AnnouncementRepository {
  create(announcement: Omit<Announcement, 'id' | 'createdAt' | 'updatedAt'>, at: Date): Promise<Announcement>;
  get(id: string): Promise<Announcement | undefined>;
  update(id: string, patch: Partial<Pick<Announcement, 'status' | 'updatedAt' | 'decision'>>): Promise<Announcement | undefined>;
  list(filter?: { status?: AnnouncementStatus; authorAccountId?: string }): Promise<Announcement[]>;
}
