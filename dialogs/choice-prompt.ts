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
import type { Language } from '../src/config.js';
import type { ChoiceOption, Recognizer } from '../src/recognize.js';
import { turnData } from '../src/turn.js';

/**
 * The option lists a dialog names instead of writing them out: a list that depends only on the
 * language (the menu, yes/no, categories) is kept in the conversation's state as its name, not
 * as options with all their synonyms, and found again here on every turn, after a restart too.
 */
export type ChoiceLists = (name: string, lng: Language) => readonly ChoiceOption[] | undefined;

export interface ChoicePromptOptions extends PromptOptions {
  /** The question, already in the resident's language. */
  text: string;
  /** Said before the options again when the answer matched none; errors:notUnderstood by default. */
  retryText?: string;
  /** The options written out: lists built for this question (sites, photos). */
  options?: readonly ChoiceOption[];
  /** Or the name of one of the prompt's lists (see ChoiceLists), in the language the question was asked in. */
  list?: string;
  /** The language the question was first asked in (set by the prompt). */
  lng?: string;
}

function isChoicePromptOptions(options: PromptOptions): options is ChoicePromptOptions {
  const given = options as Partial<ChoicePromptOptions>;
  return typeof given.text === 'string' && (Array.isArray(given.options) || typeof given.list === 'string');
}

/** Recognises a label, a synonym, a number or an ordinal; asks again, in the same words, when unsure. */
export class LocalizedChoicePrompt extends Prompt<ChoiceOption> {
  constructor(
    dialogId: string,
    private readonly recognizer: Recognizer,
    validator?: PromptValidator<ChoiceOption>,
    private readonly lists?: ChoiceLists,
  ) {
    super(dialogId, validator);
    if (!recognizer) throw new Error('LocalizedChoicePrompt: a recognizer is required');
  }

  /** The options of a question this prompt asked (its saved options), in the language it was asked in. */
  choicesOf(options: PromptOptions | undefined, lng: Language): readonly ChoiceOption[] | undefined {
    if (!options || !isChoicePromptOptions(options)) return undefined;
    if (options.options) return options.options;
    const list = this.lists?.(options.list!, (options.lng as Language | undefined) ?? lng);
    if (!list) throw new Error(`LocalizedChoicePrompt(${this.id}): no list named ${options.list}`);
    return list;
  }

  /**
   * A miss re-asks in one line, with the same buttons (or numbered list): the question itself (a
   * whole procedure step, say) is not repeated. A miss after the resident changed language is
   * said in the new language.
   */
  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    if (!isChoicePromptOptions(options)) throw new Error(`LocalizedChoicePrompt(${this.id}): options must carry text and options or a list`);
    const { lng, t } = turnData(context);
    options.lng ??= lng;
    const retry = options.lng === lng && options.retryText !== undefined ? options.retryText : t('errors:notUnderstood');
    const text = isRetry ? retry : options.text;
    await context.sendActivity(choiceActivity(context.activity.channelId, text, this.choicesOf(options, lng)!));
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<ChoiceOption>> {
    const text = context.activity.type === 'message' ? context.activity.text : undefined;
    if (!text) return { succeeded: false };
    const { lng } = turnData(context);
    const choices = this.choicesOf(options, lng);
    const value = choices && this.recognizer.choice(text, choices, lng);
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
