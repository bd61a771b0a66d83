// Sends one outbox message to one conversation through the CloudAdapter: a stable activity id, no hidden retries.
import { ActionTypes, type Activity, type CloudAdapter, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { OutboxMessage } from '../store/types.js';

/** Longest wait for the channel's answer; after it the send counts as a network failure and is retried. */
const SEND_TIMEOUT_MS = 30_000;

/** What we use of botframework-connector's ConnectorClient (not a direct dependency of ours). */
interface ConnectorClient {
  conversations: {
    sendToConversation(conversationId: string, activity: Partial<Activity>, options?: { timeout?: number }): Promise<ResourceResponse>;
    replyToActivity(conversationId: string, activityId: string, activity: Partial<Activity>, options?: { timeout?: number }): Promise<ResourceResponse>;
  };
}

/**
 * The message as the channel gets it: its text, its actions as suggested actions (imBack), and
 * its outbox id both as the activity id and in channelData.palierOutboxId, so a receiver that
 * drops repeats recognises one. `timestamp` is when the send was allowed (our clock).
 */
export function outboxActivity(message: OutboxMessage, at: Date): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: 'message',
    id: message.id,
    text: message.text,
    timestamp: at,
    channelData: { palierOutboxId: message.id },
  };
  if (message.actions?.length) {
    activity.suggestedActions = { to: [], actions: message.actions.map((a) => ({ type: ActionTypes.ImBack, title: a.title, value: a.value })) };
  }
  return activity;
}

/**
 * `adapter.continueConversationAsync` with the stored reference, then `context.sendActivity`, so
 * the adapter's middleware shapes the activity as for any other. Three things differ from a plain
 * sendActivity, each because of the SDK:
 * - the connector client's pipeline retries 429, 5xx and network errors by itself, sleeping for
 *   Retry-After, and cannot be configured: its retry policy is removed for this call, because the
 *   worker retries on its own schedule and records every attempt;
 * - TurnContext and CloudAdapter delete `activity.id` before posting: the last send handler posts
 *   through the same connector client itself, with the id kept;
 * - an error inside the turn would reach the adapter's onTurnError (which answers the resident
 *   with an apology): it is caught here and thrown to the caller instead.
 */
export async function sendProactive(adapter: CloudAdapter, botAppId: string, reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void> {
  let failure: { error: unknown } | undefined;
  await adapter.continueConversationAsync(botAppId, reference, async (context) => {
    try {
      const connector = context.turnState.get(adapter.ConnectorClientKey) as ConnectorClient;
      withoutBuiltInRetries(connector);
      context.onSendActivities(async (_context, activities) =>
        Promise.all(
          activities.map((a) => {
            // TurnContext set the conversation from the reference, which the worker checked.
            const conversationId = a.conversation!.id;
            const sent = { ...a, id: activity.id };
            const options = { timeout: SEND_TIMEOUT_MS };
            return a.replyToId
              ? connector.conversations.replyToActivity(conversationId, a.replyToId, sent, options)
              : connector.conversations.sendToConversation(conversationId, sent, options);
          }),
        ),
      );
      await context.sendActivity(activity);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
}

function withoutBuiltInRetries(connector: ConnectorClient): void {
  // ServiceClientContext keeps its @azure/core-client ServiceClient in a private `client` field.
  const pipeline = (connector as unknown as { client?: { pipeline?: { removePolicy(policy: { name: string }): unknown } } }).client?.pipeline;
  if (!pipeline) throw new Error('sendProactive: cannot turn off the connector client\'s own retries (botframework-connector changed); see src/outbox/send.ts');
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
}
