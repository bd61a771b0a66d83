import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { ComponentDialog, DialogSet, Prompt, WaterfallDialog, type DialogState, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { activityReceivedSkippable, skipActivityReceived } from '../../dialogs/activity-received.js';

/** A prompt (as LocalizedChoicePrompt: the SDK's Prompt, whose activityReceived handler recognises) that counts its readings. */
class CountingPrompt extends Prompt<string> {
  recognitions = 0;
  constructor(dialogId: string) {
    super(dialogId);
  }
  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions): Promise<void> {
    await context.sendActivity(options.prompt as string);
  }
  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<string>> {
    this.recognitions++;
    return { succeeded: true, value: context.activity.text };
  }
}

/** A component holding a two-question waterfall, driven by the classic dialog loop as PalierBot does. */
async function conversation(skip: boolean): Promise<{ recognitions: number; replies: string[] }> {
  const prompt = new CountingPrompt('ask');
  const flow = new ComponentDialog('flow')
    .addDialog(
      new WaterfallDialog('steps', [
        (step) => step.prompt('ask', 'first?'),
        (step) => step.prompt('ask', `got ${String(step.result)}, second?`),
        async (step) => {
          await step.context.sendActivity(`got ${String(step.result)}, done`);
          return step.endDialog();
        },
      ]),
    )
    .addDialog(prompt);
  const state = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState')).add(flow);
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    if (skip) skipActivityReceived(context);
    const result = await dc.continueDialog();
    if (result.status === 'empty') await dc.beginDialog('flow');
    await state.saveChanges(context);
  });
  const replies: string[] = [];
  for (const text of ['hello', 'one', 'two']) {
    await adapter.receiveActivity(text);
    replies.push(...adapter.activeQueue.splice(0).map((a) => a.text ?? ''));
  }
  return { recognitions: prompt.recognitions, replies };
}

describe('skipping the activityReceived event', () => {
  it("finds botbuilder-dialogs' marker", () => {
    expect(activityReceivedSkippable).toBe(true);
  });

  it('reads each answer once instead of twice, with the same replies', async () => {
    const asSdk = await conversation(false);
    const skipped = await conversation(true);
    expect(skipped.replies).toEqual(['first?', 'got one, second?', 'got two, done']);
    expect(skipped.replies).toEqual(asSdk.replies);
    expect(asSdk.recognitions).toBe(4);
    expect(skipped.recognitions).toBe(2);
  });
});
