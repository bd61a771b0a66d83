// Reading a running dialog's nested stack: where a flow stands, so it can be taken up again.
import type { DialogInstance } from 'botbuilder-dialogs';

/** A waterfall's saved state: its options, its values and the step it is at. */
export interface WaterfallState<O = object> {
  options: O;
  values: Record<string, unknown>;
  stepIndex: number;
}

/** The instance and every instance running inside it (component dialogs keep their own stacks). */
function nested(instance: DialogInstance): DialogInstance[] {
  const stack = (instance.state as { dialogs?: { dialogStack?: DialogInstance[] } } | undefined)?.dialogs?.dialogStack ?? [];
  return [instance, ...stack.flatMap(nested)];
}

/** The state of the running dialog `id` somewhere inside `instance` (innermost first), if it runs. */
export function runningState<O = object>(instance: DialogInstance, id: string): WaterfallState<O> | undefined {
  const found = nested(instance).reverse().find((d) => d.id === id);
  return found ? (found.state as WaterfallState<O>) : undefined;
}
