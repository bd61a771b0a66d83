// A choice prompt that understands every enabled language, including those the SDK has no model for.
import type { TurnContext } from 'botbuilder';
import {
  Prompt,
  type DialogTurnResult,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidator,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { choiceActivity } from '../src/choices.js';
import type { ChoiceOption, Recognizer } from '../src/recognize.js';
import { turnData } from '../src/turn.js';

export interface ChoicePromptOptions extends PromptOptions {
  /** The question, already in the resident's language. */
  text: string;
  /** Said before the options again when the answer matched none. */
  retryText: string;
  options: ChoiceOption[];
  /** The language the question was first asked in (set by the prompt). */
  lng?: string;
}

function isChoicePromptOptions(options: PromptOptions): options is ChoicePromptOptions {
  return Array.isArray((options as Partial<ChoicePromptOptions>).options) && typeof (options as Partial<ChoicePromptOptions>).text === 'string';
}

/** Recognises a label, a synonym, a number or an ordinal; asks again, in the same words, when unsure. */
export class LocalizedChoicePrompt extends Prompt<ChoiceOption> {
  constructor(
    dialogId: string,
    private readonly recognizer: Recognizer,
    validator?: PromptValidator<ChoiceOption>,
  ) {
    super(dialogId, validator);
    if (!recognizer) throw new Error('LocalizedChoicePrompt: a recognizer is required');
  }

  /**
   * A miss re-asks in one line, with the same buttons (or numbered list): the question itself (a
   * whole procedure step, say) is not repeated. A miss after the resident changed language is
   * said in the new language.
   */
  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    if (!isChoicePromptOptions(options)) throw new Error(`LocalizedChoicePrompt(${this.id}): options must carry text and options`);
    const { lng, t } = turnData(context);
    options.lng ??= lng;
    const retry = options.lng === lng ? options.retryText : t('errors:notUnderstood');
    const text = isRetry ? retry : options.text;
    await context.sendActivity(choiceActivity(context.activity.channelId, text, options.options));
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<ChoiceOption>> {
    const text = context.activity.type === 'message' ? context.activity.text : undefined;
    if (!text || !isChoicePromptOptions(options)) return { succeeded: false };
    const value = this.recognizer.choice(text, options.options, turnData(context).lng);
    return value ? { succeeded: true, value } : { succeeded: false };
  }
}

/** Asks a choice question through a LocalizedChoicePrompt added to the same dialog. */
export function askChoice(step: WaterfallStepContext<object>, promptId: string, prompt: ChoicePromptOptions): Promise<DialogTurnResult> {
  return step.prompt(promptId, prompt);
}

/** The value of the option a LocalizedChoicePrompt recognised in the previous step. */
export function chosen(step: WaterfallStepContext<object>): string {
  return (step.result as ChoiceOption).value;
}
