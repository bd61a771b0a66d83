// A small Direct Line v3-compatible channel for local development: Web Chat talks to it, it talks to
// the bot through /api/messages, and the bot answers through the connector routes it also serves.
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

const MAX_CONVERSATIONS = 1000;
const MAX_ACTIVITIES = 1000;
export const LOCAL_BOT_ID = 'palier-bot';

interface Conversation {
  id: string;
  activities: Partial<Activity>[];
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
    const id = randomUUID();
    this.conversation(id);
    return { conversationId: id, token: `local-${id}`, expires_in: 3600 };
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
    const { activities } = this.conversation(conversationId);
    const start = Number.isFinite(watermark) && watermark > 0 ? watermark : 0;
    return { activities: activities.slice(start), watermark: String(activities.length) };
  }

  private conversation(id: string): Conversation {
    let conversation = this.conversations.get(id);
    if (!conversation) {
      if (this.conversations.size >= MAX_CONVERSATIONS) this.conversations.delete(this.conversations.keys().next().value!);
      conversation = { id, activities: [], residentJoined: false };
      this.conversations.set(id, conversation);
    }
    return conversation;
  }

  private append(conversation: Conversation, activity: Partial<Activity>): Partial<Activity> {
    if (conversation.activities.length >= MAX_ACTIVITIES) conversation.activities.splice(0, conversation.activities.length - MAX_ACTIVITIES + 1);
    const stored: Partial<Activity> = {
      ...activity,
      id: `${conversation.id}|${randomUUID().slice(0, 8)}`,
      timestamp: new Date(),
      channelId: 'directline',
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
    };
    conversation.activities.push(stored);
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
