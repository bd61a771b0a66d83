// Pseudonymous resident ids: the channel's user id never reaches the store in clear.
import { createHmac } from 'node:crypto';
import { BoundedMemo } from './memo.js';

/** A stable id for a channel user: HMAC-SHA256 of "channel:user" with the configured salt. */
export function residentIdFor(channelId: string, userId: string, salt: string): string {
  return known.get(`${salt}\u0000${channelId}:${userId}`, () => createHmac('sha256', salt).update(`${channelId}:${userId}`).digest('base64url').slice(0, 32));
}

/** Residents talk in bursts of turns: the last few thousand ids are kept, not recomputed each turn. */
const known = new BoundedMemo<string>(5_000);
