// The photo step's prompt: a message carrying files is an answer, and so is one of the offered choices.
import type { TurnContext } from 'botbuilder';
import type { PromptOptions, PromptRecognizerResult } from 'botbuilder-dialogs';
import { fileAddresses } from '../src/photos/intake.js';
import type { ChoiceOption } from '../src/recognize.js';
import { LocalizedChoicePrompt } from './choice-prompt.js';

/** The value this prompt gives when the resident sent files rather than words. */
export const FILES_SENT = 'files';

/** Recognises attached files first (whatever text comes with them), then the choices as LocalizedChoicePrompt does. */
export class PhotoPrompt extends LocalizedChoicePrompt {
  protected override async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<ChoiceOption>> {
    if (sentFiles(context)) {
      return { succeeded: true, value: { value: FILES_SENT, label: '' } };
    }
    return super.onRecognize(context, state, options);
  }
}

/** The message carries files (photos or not). */
export function sentFiles(context: TurnContext): boolean {
  return context.activity.type === 'message' && fileAddresses(context.activity.attachments).length > 0;
}
