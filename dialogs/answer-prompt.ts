// A text prompt that can tell, without side effects, whether words answer it (a count of seats), so that the
// turn's interruptions (the emergency backstop, a command word) leave an answer to the question on screen alone.
import type { TurnContext } from 'botbuilder';
import { TextPrompt, type PromptOptions, type PromptValidator } from 'botbuilder-dialogs';

export type AnswerReader = (text: string, context: TurnContext, options: PromptOptions) => boolean;

export class AnswerPrompt extends TextPrompt {
  constructor(
    dialogId: string,
    validator: PromptValidator<string>,
    private readonly reads: AnswerReader,
  ) {
    super(dialogId, validator);
  }

  /** Whether these words read as an answer to this prompt (not whether the answer is allowed: that is the validator's). */
  answers(text: string, context: TurnContext, options: PromptOptions): boolean {
    return this.reads(text, context, options);
  }
}
