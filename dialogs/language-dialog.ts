// Lets the resident pick the language the bot speaks; the choice outranks every other signal.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Language } from '../src/config.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import type { ChoiceOption } from '../src/recognize.js';
import { chooseLanguage } from '../src/language-choice.js';
import { turnData } from '../src/turn.js';
import { LocalizedChoicePrompt, type ChoicePromptOptions } from './choice-prompt.js';

const STEPS = 'language.steps';
const PROMPT = 'language.choose';

export class LanguageDialog extends ComponentDialog {
  static readonly id = 'language';

  constructor(private readonly deps: DialogDeps) {
    super(LanguageDialog.id);
    if (!deps?.store) throw new Error('LanguageDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(PROMPT, deps.recognizer));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    const { translator } = this.deps;
    // Each language in its own name, so a resident finds theirs whatever language the bot speaks now.
    const options: ChoiceOption[] = translator.languages.map((lng) => ({
      value: lng,
      label: translator.fixedT(lng)('common:language.name'),
      synonyms: translator.languages.flatMap((other) => translator.list(other, `common:language.names.${lng}`)),
    }));
    const prompt: ChoicePromptOptions = { text: t('common:language.prompt'), retryText: t('common:language.retry'), options };
    return step.prompt(PROMPT, prompt);
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const lng = (step.result as ChoiceOption).value as Language;
    await chooseLanguage(step.context, this.deps, lng);
    await step.context.sendActivity(turnData(step.context).t('common:language.changed'));
    return step.endDialog(lng);
  }
}
