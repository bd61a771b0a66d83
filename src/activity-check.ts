// The shape an incoming activity must have before the bot looks at it; anything else is a 400.
import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(512) }).passthrough();

const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(128),
    serviceUrl: z.string().max(2048).optional(),
    from: account,
    recipient: account.optional(),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    text: z.string().max(100_000).optional().nullable(),
    locale: z.string().max(32).optional().nullable(),
    attachments: z.array(z.unknown()).max(50).optional().nullable(),
  })
  .passthrough();

/** Why the activity is unusable, in a sentence for the caller, or undefined when it is fine. */
export function activityProblem(body: unknown): string | undefined {
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return `activity.${issue.path.join('.') || '(body)'}: ${issue.message}`;
}
