// Bot state records (botbuilder's conversation state) as the store keeps them, with eTags.
/** A bot state record as botbuilder stores it: any JSON object, with an eTag. */
export interface StateItem {
  eTag?: string;
  [key: string]: unknown;
}

export interface BotStateRepository {
  read(keys: string[]): Promise<Record<string, StateItem>>;
  /** Writes every item, rejecting with EtagConflictError when an item's eTag is stale. */
  write(items: Record<string, StateItem>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** A write whose eTag no longer matches what is stored: someone else wrote first. */
export class EtagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'EtagConflictError';
  }
}
