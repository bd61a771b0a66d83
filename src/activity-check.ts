// The shape an incoming activity must have before the bot looks at it; anything else is a 400.
import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(512) }).passthrough();

export const activitySchema = z
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

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const sized = (value: unknown, min: number, max: number) => typeof value === 'string' && value.length >= min && value.length <= max;
const isAccount = (value: unknown) => isObject(value) && sized(value.id, 1, 512);

/**
 * The same rules as the schema, as plain tests: every turn passes here, and zod's parse (which
 * copies the whole activity) measured as about 2 % of a turn. Never more lenient than the schema:
 * anything this refuses goes to the schema, which decides and says why.
 */
export function plainlyValid(body: unknown): boolean {
  if (!isObject(body)) return false;
  const { type, id, channelId, serviceUrl, from, recipient, conversation, text: said, locale, attachments } = body;
  return (
    sized(type, 1, 64) &&
    (id === undefined || sized(id, 0, 512)) &&
    sized(channelId, 1, 128) &&
    (serviceUrl === undefined || sized(serviceUrl, 0, 2048)) &&
    isAccount(from) &&
    (recipient === undefined || isAccount(recipient)) &&
    isObject(conversation) &&
    sized(conversation.id, 1, 1024) &&
    (said === undefined || said === null || sized(said, 0, 100_000)) &&
    (locale === undefined || locale === null || sized(locale, 0, 32)) &&
    (attachments === undefined || attachments === null || (Array.isArray(attachments) && attachments.length <= 50))
  );
}

/** Why the activity is unusable, in a sentence for the caller, or undefined when it is fine. */
export function activityProblem(body: unknown): string | undefined {
  if (plainlyValid(body)) return undefined;
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return `activity.${issue.path.join('.') || '(body)'}: ${issue.message}`;
}
