// Bot state records (botbuilder's conversation state) as the store keeps them, with eTags.
/** A bot state record as botbuilder stores it: any JSON object, with an eTag. */
export interface StateItem {
  eTag?: string;
  [key: string]: unknown;
}

/**
 * The top-level field of a conversation's state naming the resident it belongs to (the bot sets it
 * on every turn), so that deleting a resident finds the state of every conversation of theirs.
 */
export const STATE_OWNER = 'owner';

export interface BotStateRepository {
  read(keys: string[]): Promise<Record<string, StateItem>>;
  /** Writes every item, rejecting with EtagConflictError when an item's eTag is stale. */
  write(items: Record<string, StateItem>): Promise<void>;
  delete(keys: string[]): Promise<void>;
  /** Deletes every item whose STATE_OWNER is `residentId` (all their conversations); returns how many. */
  deleteOwnedBy(residentId: string): Promise<number>;
}

/** A write whose eTag no longer matches what is stored: someone else wrote first. */
export class EtagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'EtagConflictError';
  }
}
