import { MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { LeanConversationState } from '../../src/conversation-state.js';

/** A MemoryStorage that counts its writes. */
class CountingStorage extends MemoryStorage {
  writes: StoreItems[] = [];
  override write(changes: StoreItems): Promise<void> {
    this.writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    return super.write(changes);
  }
}

const turn = () =>
  new TurnContext(new TestAdapter(), { type: 'message', channelId: 'test', conversation: { id: 'c1' } as never, from: { id: 'u1' } as never, recipient: { id: 'bot' } as never });

describe('LeanConversationState', () => {
  it('writes only a turn that changed the state, and always when forced', async () => {
    const storage = new CountingStorage();
    const state = new LeanConversationState(storage);
    const flags = state.createProperty<{ welcomed?: boolean }>('flags');

    const first = turn();
    (await flags.get(first, {}))!.welcomed = true;
    await state.saveChanges(first);
    expect(storage.writes).toHaveLength(1);
    expect(Object.values(storage.writes[0]!)[0]).toMatchObject({ flags: { welcomed: true } });

    const unchanged = turn();
    expect(await flags.get(unchanged)).toEqual({ welcomed: true });
    await state.saveChanges(unchanged);
    expect(storage.writes).toHaveLength(1);

    await state.saveChanges(unchanged, true);
    expect(storage.writes).toHaveLength(2);

    // Saved once, the same turn writes again only after another change.
    const twice = turn();
    await flags.set(twice, { welcomed: false });
    await state.saveChanges(twice);
    await state.saveChanges(twice);
    expect(storage.writes).toHaveLength(3);
    await flags.set(twice, { welcomed: true });
    await state.saveChanges(twice);
    expect(storage.writes).toHaveLength(4);
  });

  it('clears to an empty state that the next save writes, and deletes from storage', async () => {
    const storage = new CountingStorage();
    const state = new LeanConversationState(storage);
    const flags = state.createProperty<{ welcomed?: boolean }>('flags');
    const context = turn();
    await flags.set(context, { welcomed: true });
    await state.saveChanges(context);

    const cleared = turn();
    await state.load(cleared);
    await state.clear(cleared);
    expect(state.get(cleared)).toEqual({});
    await state.saveChanges(cleared);
    expect(storage.writes).toHaveLength(2);
    expect(await flags.get(turn())).toBeUndefined();

    const deleted = turn();
    await flags.set(deleted, { welcomed: true });
    await state.saveChanges(deleted);
    await state.delete(deleted);
    expect(state.get(deleted)).toBeUndefined();
    expect(await flags.get(turn())).toBeUndefined();
  });
});
