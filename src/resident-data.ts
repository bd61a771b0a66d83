// Erasing a resident: everything stored about them, for "My data" and for staff acting on a request.
import type { TurnContext } from 'botbuilder';
import type { Store } from './store/types.js';

/** Deletes the resident's needs, ideas, call-backs, survey answers, registrations, messages waiting or sent, consents and profile. */
export async function forgetResident(store: Store, residentId: string, at: Date): Promise<void> {
  await store.needs.deleteByResident(residentId);
  await store.registrations.deleteByResident(residentId, at);
  await store.surveyResponses.deleteByResident(residentId);
  await store.outbox.deleteByResident(residentId);
  await store.residents.delete(residentId);
}

const FORGET = Symbol('palier.forgetConversation');

/** Asks the bot to delete this conversation's state once the turn is over (after its last save). */
export function forgetConversationAfterTurn(context: TurnContext): void {
  context.turnState.set(FORGET, true);
}

export function conversationToForget(context: TurnContext): boolean {
  return context.turnState.get(FORGET) === true;
}
