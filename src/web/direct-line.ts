// A small Direct Line v3-compatible channel for local development: Web Chat talks to it, it talks to
// the bot through /api/messages, and the bot answers through the connector routes it also serves.
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Activity } from 'botbuilder';

// Bounded so that a page left open, or someone posting in a loop, cannot grow memory without end.
const MAX_CONVERSATIONS = 200;
const MAX_ACTIVITIES = 500;
const MAX_BYTES_PER_CONVERSATION = 512 * 1024;
export const LOCAL_BOT_ID = 'palier-bot';

interface Conversation {
  id: string;
  /** Given to the page that started the conversation; required to read or post in it. */
  token: string;
  activities: Partial<Activity>[];
  /** Activities dropped from the front (watermarks keep counting from the first one). */
  dropped: number;
  bytes: number;
  residentJoined: boolean;
}

export type DeliverToBot = (activity: Partial<Activity>) => Promise<void>;

/** Conversations kept in memory: this channel is for one developer's browser, not production. */
export class LocalDirectLine {
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly botUrl: () => string,
    private readonly deliver: DeliverToBot,
  ) {}

  startConversation(): { conversationId: string; token: string; expires_in: number } {
    const conversation = this.conversation(randomUUID());
    return { conversationId: conversation.id, token: conversation.token, expires_in: 3600 };
  }

  /** Whether `authorization` ("Bearer <token>") is the token of this existing conversation. */
  allows(conversationId: string, authorization: string | undefined): boolean {
    const conversation = this.conversations.get(conversationId);
    const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '');
    const expected = Buffer.from(conversation?.token ?? '');
    return Boolean(conversation) && given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Whether the conversation exists (the bot's replies go only to conversations this channel started). */
  has(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  /** A resident's activity: echoed into the conversation (as Direct Line does), then sent to the bot. */
  async fromResident(conversationId: string, activity: Partial<Activity>): Promise<string> {
    const conversation = this.conversation(conversationId);
    const from = { id: activity.from?.id || 'local-resident', name: activity.from?.name ?? '', role: 'user' };
    if (!conversation.residentJoined) {
      conversation.residentJoined = true;
      // Real channels announce a new member before the first message; the welcome answers it.
      await this.deliver(this.toBot(conversation, { type: 'conversationUpdate', from, membersAdded: [{ id: from.id, name: from.name }] }));
    }
    const posted = this.append(conversation, { ...activity, from, recipient: { id: LOCAL_BOT_ID, name: 'Palier', role: 'bot' } });
    await this.deliver(this.toBot(conversation, posted));
    return posted.id!;
  }

  /** An activity the bot sent through the connector routes (a reply or a proactive message). */
  fromBot(conversationId: string, activity: Partial<Activity>): string {
    const conversation = this.conversation(conversationId);
    return this.append(conversation, { ...activity, from: { id: LOCAL_BOT_ID, name: 'Palier', role: 'bot' } }).id!;
  }

  activitiesSince(conversationId: string, watermark: number): { activities: Partial<Activity>[]; watermark: string } {
    const { activities, dropped } = this.conversation(conversationId);
    const start = Number.isFinite(watermark) && watermark > dropped ? watermark - dropped : 0;
    return { activities: activities.slice(start), watermark: String(dropped + activities.length) };
  }

  private conversation(id: string): Conversation {
    let conversation = this.conversations.get(id);
    if (!conversation) {
      if (this.conversations.size >= MAX_CONVERSATIONS) this.conversations.delete(this.conversations.keys().next().value!);
      conversation = { id, token: `local-${randomBytes(24).toString('base64url')}`, activities: [], dropped: 0, bytes: 0, residentJoined: false };
      this.conversations.set(id, conversation);
    }
    return conversation;
  }

  private append(conversation: Conversation, activity: Partial<Activity>): Partial<Activity> {
    const stored: Partial<Activity> = {
      ...activity,
      id: `${conversation.id}|${randomUUID().slice(0, 8)}`,
      timestamp: new Date(),
      channelId: 'directline',
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
    };
    conversation.activities.push(stored);
    conversation.bytes += JSON.stringify(stored).length;
    // Oldest first out, by count and by size (the last activity always stays).
    while (conversation.activities.length > 1 && (conversation.activities.length > MAX_ACTIVITIES || conversation.bytes > MAX_BYTES_PER_CONVERSATION)) {
      conversation.bytes -= JSON.stringify(conversation.activities.shift()).length;
      conversation.dropped++;
    }
    return stored;
  }

  private toBot(conversation: Conversation, activity: Partial<Activity>): Partial<Activity> {
    return {
      ...activity,
      id: activity.id ?? randomUUID(),
      channelId: 'directline',
      serviceUrl: this.botUrl(),
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
      recipient: { id: LOCAL_BOT_ID, name: 'Palier', role: 'bot' },
      timestamp: new Date(),
    };
  }
}
