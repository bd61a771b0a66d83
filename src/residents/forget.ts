// Erasing a resident: everything stored about them, for "My data" and for staff acting on a request.
import type { TurnContext } from 'botbuilder';
import type { Registrations } from '../events/registrations.js';
import type { Store } from '../store/types.js';

/**
 * Deletes the resident's needs, ideas, call-backs, the photos they attached, survey answers, registrations (the seats they
 * held are offered to the waitlist), messages waiting or sent, consents and profile.
 */
export async function forgetResident(deps: { store: Store; registrations: Registrations }, residentId: string): Promise<void> {
  const { store } = deps;
  await store.needs.deleteByResident(residentId);
  await store.photos.deleteByResident(residentId);
  await deps.registrations.forget(residentId);
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
