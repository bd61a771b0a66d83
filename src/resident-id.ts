// Pseudonymous resident ids: the channel's user id never reaches the store in clear.
import { createHmac } from 'node:crypto';

/** A stable id for a channel user: HMAC-SHA256 of "channel:user" with the configured salt. */
export function residentIdFor(channelId: string, userId: string, salt: string): string {
  const key = `${salt}\u0000${channelId}:${userId}`;
  let id = known.get(key);
  if (id === undefined) {
    id = createHmac('sha256', salt).update(`${channelId}:${userId}`).digest('base64url').slice(0, 32);
    // Residents talk in bursts of turns: the last few thousand ids are kept, not recomputed each turn.
    if (known.size >= KNOWN_IDS) known.clear();
    known.set(key, id);
  }
  return id;
}

const KNOWN_IDS = 5_000;
const known = new Map<string, string>();
