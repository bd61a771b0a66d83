// "Help" from the menu: what the bot can do and the words that work at any moment.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { turnData } from '../src/turn.js';

const STEPS = 'help.steps';

export class HelpDialog extends ComponentDialog {
  static readonly id = 'help';

  constructor() {
    super(HelpDialog.id);
    this.addDialog(new WaterfallDialog(STEPS, [this.showStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async showStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(turnData(step.context).t('common:help.text'));
    return step.endDialog();
  }
}
