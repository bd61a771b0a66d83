// "Talk to a person": how to reach the landlord's team.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps } from '../src/dialog-deps.js';
import { turnData } from '../src/turn.js';

const STEPS = 'contact.steps';

export class ContactDialog extends ComponentDialog {
  static readonly id = 'contact';

  constructor(private readonly deps: DialogDeps) {
    super(ContactDialog.id);
    if (!deps?.config) throw new Error('ContactDialog: dependencies are required');
    this.addDialog(new WaterfallDialog(STEPS, [this.showStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async showStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    const { landlord } = this.deps.config;
    const lines = [t('common:contact.intro'), t('common:contact.details', landlord)];
    if (landlord.email) lines.push(t('common:contact.email', { email: landlord.email }));
    await step.context.sendActivity(lines.join('\n\n'));
    return step.endDialog();
  }
}
