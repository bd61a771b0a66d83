// "Is it happening now?": asked once when a message may describe a danger but does not say it is happening.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { yesNoOptions } from '../src/choices.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import { emergencyMessage, type EmergencyKind } from '../src/knowledge/emergency.js';
import { turnData } from '../src/turn.js';
import { askChoice, chosen, LocalizedChoicePrompt } from './choice-prompt.js';

const ASK = 'emergencyCheck.ask';
const FLOW = 'emergencyCheck.flow';

export interface EmergencyCheckOptions {
  kind: EmergencyKind;
}

/** Yes: the pack's numbers at once. No: back to what the resident was doing, which was kept. */
export class EmergencyCheckDialog extends ComponentDialog {
  static readonly id = 'emergencyCheck';

  constructor(private readonly deps: DialogDeps) {
    super(EmergencyCheckDialog.id);
    if (!deps?.knowledge) throw new Error('EmergencyCheckDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(ASK, deps.recognizer));
    this.addDialog(new WaterfallDialog<EmergencyCheckOptions>(FLOW, [this.askStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async askStep(step: WaterfallStepContext<EmergencyCheckOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    return askChoice(step, ASK, { text: t('understanding:emergency.happeningNow'), retryText: t('understanding:emergency.happeningNow'), options: yesNoOptions(this.deps.translator, lng) });
  }

  private async answerStep(step: WaterfallStepContext<EmergencyCheckOptions>): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    const { kind } = step.options;
    if (chosen(step) === 'yes') await step.context.sendActivity(emergencyMessage(kind, this.deps.knowledge.emergencyNumbers(kind), t));
    else await step.context.sendActivity(t('understanding:emergency.notNow'));
    return step.endDialog({ emergency: chosen(step) === 'yes' });
  }
}
