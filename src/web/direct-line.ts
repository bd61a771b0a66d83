// A small Direct Line v3-compatible channel for local development: Web Chat talks to it, it talks to
// the bot through /api/messages, and the bot answers through the connector routes it also serves.
// Replies are pushed to the page over a WebSocket (Direct Line streaming); polling still works.
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Activity } from 'botbuilder';

// Bounded so that a page left open, or someone posting in a loop, cannot grow memory without end.
const MAX_CONVERSATIONS = 200;
const MAX_ACTIVITIES = 500;
const MAX_BYTES_PER_CONVERSATION = 512 * 1024;
export const LOCAL_BOT_ID = 'palier-bot';
/** The event the local page sends once connected: the resident opened the page (value: { language, chosen }). */
export const JOIN_EVENT = 'palier/join';
/** The shape of the tokens this channel gives out (a page may bring one back after a restart). */
const TOKEN = /^local-[A-Za-z0-9_-]{32}$/;

interface Conversation {
  id: string;
  /** Given to the page that started the conversation; required to read or post in it. */
  token: string;
  activities: Partial<Activity>[];
  /** Activities dropped from the front (watermarks keep counting from the first one). */
  dropped: number;
  bytes: number;
  residentJoined: boolean;
  listeners: Set<(group: ActivityGroup) => void>;
  /** Turns reach the bot one after the other, in the order the resident sent them. */
  queue: Promise<void>;
}

export interface ActivityGroup {
  activities: Partial<Activity>[];
  watermark: string;
}

export type DeliverToBot = (activity: Partial<Activity>) => Promise<void>;

/** Conversations kept in memory: this channel is for one developer's browser, not production. */
export class LocalDirectLine {
  private readonly conversations = new Map<string, Conversation>();
  /**
   * Watermarks carry this server's id, so a page still open across a restart (whose conversation
   * the new server rebuilt empty) gets everything since the restart rather than nothing.
   */
  private readonly instance = randomUUID().slice(0, 8);

  constructor(
    private readonly botUrl: () => string,
    private readonly deliver: DeliverToBot,
  ) {}

  startConversation(): { conversationId: string; token: string; expires_in: number } {
    const conversation = this.conversation(randomUUID());
    return { conversationId: conversation.id, token: conversation.token, expires_in: 3600 };
  }

  /**
   * Whether `authorization` ("Bearer <token>") is the token of this conversation. A page left open
   * across a restart brings back a conversation this server never saw, with a token of ours: the
   * conversation is taken up again with that token (no other page can hold it, the old server is gone).
   */
  allows(conversationId: string, authorization: string | undefined): boolean {
    const presented = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
    if (!this.conversations.has(conversationId) && TOKEN.test(presented) && /^[0-9a-f-]{36}$/.test(conversationId)) this.conversation(conversationId, presented);
    const conversation = this.conversations.get(conversationId);
    const given = Buffer.from(presented);
    const expected = Buffer.from(conversation?.token ?? '');
    return Boolean(conversation) && given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Whether the conversation exists (the bot's replies go only to conversations this channel started). */
  has(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  /** The conversation's token again, for Direct Line's reconnect (the caller checked `allows`). */
  resume(conversationId: string): { conversationId: string; token: string; expires_in: number } {
    return { conversationId, token: this.conversation(conversationId).token, expires_in: 3600 };
  }

  /**
   * A resident's activity: echoed into the conversation (as Direct Line does), then sent to the bot.
   * The page's join event becomes the conversationUpdate real channels send when someone arrives,
   * carrying the page's language, so the bot greets first.
   */
  async fromResident(conversationId: string, activity: Partial<Activity>): Promise<string> {
    const conversation = this.conversation(conversationId);
    const from = { id: activity.from?.id || 'local-resident', name: activity.from?.name ?? '', role: 'user' };
    const firstContact = !conversation.residentJoined;
    conversation.residentJoined = true;
    const arrival = (channelData?: object) => this.toBot(conversation, { type: 'conversationUpdate', from, locale: activity.locale, membersAdded: [{ id: from.id, name: from.name }], channelData });
    if (activity.type === 'event' && activity.name === JOIN_EVENT) {
      if (firstContact) {
        const value = (activity.value ?? {}) as { language?: unknown; chosen?: unknown };
        const chosen = value.chosen === true && typeof value.language === 'string' ? value.language : undefined;
        await this.inOrder(conversation, () => this.deliver(arrival(chosen ? { palierLanguage: chosen } : undefined)));
      }
      return `${conversation.id}|join`;
    }
    const posted = this.append(conversation, { ...activity, from, recipient: { id: LOCAL_BOT_ID, name: 'Palier', role: 'bot' } });
    await this.inOrder(conversation, async () => {
      // A client that never sent a join event still gets the welcome real channels give.
      if (firstContact) await this.deliver(arrival());
      await this.deliver(this.toBot(conversation, posted));
    });
    return posted.id!;
  }

  /** An activity the bot sent through the connector routes (a reply or a proactive message). */
  fromBot(conversationId: string, activity: Partial<Activity>): string {
    const conversation = this.conversation(conversationId);
    return this.append(conversation, { ...activity, from: { id: LOCAL_BOT_ID, name: 'Palier', role: 'bot' } }).id!;
  }

  activitiesSince(conversationId: string, watermark: string | undefined): ActivityGroup {
    const conversation = this.conversation(conversationId);
    const [instance, position] = (watermark ?? '').split('.');
    const seen = instance === this.instance ? Number(position) : 0;
    const start = Number.isFinite(seen) && seen > conversation.dropped ? seen - conversation.dropped : 0;
    return { activities: conversation.activities.slice(start), watermark: this.watermark(conversation) };
  }

  /** Pushes every new activity of the conversation to `listener` until the returned function is called. */
  subscribe(conversationId: string, listener: (group: ActivityGroup) => void): () => void {
    const { listeners } = this.conversation(conversationId);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  private inOrder(conversation: Conversation, work: () => Promise<void>): Promise<void> {
    const run = conversation.queue.then(work);
    conversation.queue = run.catch(() => undefined);
    return run;
  }

  private watermark(conversation: Conversation): string {
    return `${this.instance}.${conversation.dropped + conversation.activities.length}`;
  }

  private conversation(id: string, token?: string): Conversation {
    let conversation = this.conversations.get(id);
    if (!conversation) {
      if (this.conversations.size >= MAX_CONVERSATIONS) this.conversations.delete(this.conversations.keys().next().value!);
      conversation = {
        id,
        token: token ?? `local-${randomBytes(24).toString('base64url')}`,
        activities: [],
        dropped: 0,
        bytes: 0,
        residentJoined: false,
        listeners: new Set(),
        queue: Promise.resolve(),
      };
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
    const group = { activities: [stored], watermark: this.watermark(conversation) };
    for (const listener of conversation.listeners) listener(group);
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
