// Pseudonymous resident ids: the channel's user id never reaches the store in clear.
import { createHmac } from 'node:crypto';

/** A stable id for a channel user: HMAC-SHA256 of "channel:user" with the configured salt. */
export function residentIdFor(channelId: string, userId: string, salt: string): string {
  return createHmac('sha256', salt).update(`${channelId}:${userId}`).digest('base64url').slice(0, 32);
}
