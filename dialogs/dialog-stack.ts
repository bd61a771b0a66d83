// Reading a running dialog's nested stack: where a flow stands, so it can be taken up again.
import { ComponentDialog, DialogContainer, type Dialog, type DialogContext, type DialogInstance } from 'botbuilder-dialogs';

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

/** A component dialog's own stack, as the SDK keeps it in the component's instance. */
function innerStack(instance: DialogInstance): DialogInstance[] | undefined {
  return (instance.state as { dialogs?: { dialogStack?: DialogInstance[] } } | undefined)?.dialogs?.dialogStack;
}

/**
 * The question being asked right now: the innermost running dialog and its instance, undefined when
 * nothing runs. Read from the component dialogs' saved stacks: the SDK's way (`dc.child` down to the
 * bottom) builds a dialog context, with its state manager, at every level, on every call.
 */
export function innermostDialog(dc: DialogContext): { dialog: Dialog | undefined; instance: DialogInstance } | undefined {
  let find = (id: string): Dialog | undefined => dc.findDialog(id);
  let instance = dc.activeDialog;
  while (instance) {
    const dialog = find(instance.id);
    if (!(dialog instanceof DialogContainer)) return { dialog, instance };
    if (!(dialog instanceof ComponentDialog)) return innermostThroughContexts(dc);
    const outer = find;
    find = (id) => dialog.findDialog(id) ?? outer(id);
    instance = innerStack(instance)?.at(-1);
  }
  return undefined;
}

/** The SDK's way, for containers other than component dialogs. */
function innermostThroughContexts(dc: DialogContext): { dialog: Dialog | undefined; instance: DialogInstance } | undefined {
  let inner = dc;
  while (inner.child) inner = inner.child;
  const instance = inner.activeDialog;
  return instance && { dialog: inner.findDialog(instance.id), instance };
}
