// Skipping botbuilder-dialogs' "activityReceived" event, which no Palier dialog handles.
import { TurnContext, type BotAdapter } from 'botbuilder';
import { DialogContext, DialogSet } from 'botbuilder-dialogs';

/**
 * The first `continueDialog` of a turn emits "activityReceived" from the innermost dialog outwards:
 * it builds a dialog context (with its state manager) at every level of the stack, lets the waiting
 * prompt recognise the answer (which it then recognises again when continued), and bubbles the event
 * up through every component. No Palier dialog overrides onPreBubbleEvent, onPostBubbleEvent or
 * onDialogEvent, so the event changes nothing but costs a share of every turn. The SDK remembers it
 * emitted the event with a private symbol in turn state; this finds that symbol once, by letting the
 * SDK run an empty dialog context, so a turn can be marked as done before its dialogs continue.
 */
function findMarker(): symbol | undefined {
  const context = new TurnContext({} as BotAdapter, { type: 'message' });
  const before = new Set(context.turnState.keys());
  // An empty stack: the SDK sets its marker, finds no dialog to tell, and returns.
  new DialogContext(new DialogSet(), context, { dialogStack: [] }).continueDialog().catch(() => undefined);
  return [...context.turnState.keys()].find((key): key is symbol => typeof key === 'symbol' && !before.has(key) && key.description === 'ActivityReceivedEmitted');
}

const marker = findMarker();

/** Whether the SDK's marker was found (false after an SDK change: turns then emit the event as before). */
export const activityReceivedSkippable = marker !== undefined;

/** Marks this turn's "activityReceived" event as already emitted, so `continueDialog` goes straight to the dialogs. */
export function skipActivityReceived(context: TurnContext): void {
  if (marker) context.turnState.set(marker, true);
}
