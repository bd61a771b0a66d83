// botbuilder's Storage on top of the Store, so ConversationState persists where everything else does.
import type { Storage, StoreItems } from 'botbuilder';
import type { BotStateRepository, StateItem } from './types.js';

/** Bot state through the Store; a stale eTag is rejected as by the SDK's own storages. */
export class StoreStorage implements Storage {
  constructor(private readonly state: BotStateRepository) {
    if (!state) throw new Error('StoreStorage: a bot state repository is required');
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.state.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    return this.state.write(changes as Record<string, StateItem>);
  }

  delete(keys: string[]): Promise<void> {
    return this.state.delete(keys);
  }
}
