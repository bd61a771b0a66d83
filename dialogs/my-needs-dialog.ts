// "My needs and ideas": what the resident sent, with the status staff gave it.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps } from '../src/dialog-deps.js';
import { formatDate } from '../src/format.js';
import { turnData } from '../src/turn.js';

const STEPS = 'myNeeds.steps';
const SNIPPET = 120;

export class MyNeedsDialog extends ComponentDialog {
  static readonly id = 'myNeeds';

  constructor(private readonly deps: DialogDeps) {
    super(MyNeedsDialog.id);
    if (!deps?.store) throw new Error('MyNeedsDialog: dependencies are required');
    this.addDialog(new WaterfallDialog(STEPS, [this.listStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng, resident } = turnData(step.context);
    const needs = await this.deps.store.needs.byResident(resident.id);
    if (needs.length === 0) {
      await step.context.sendActivity(t('needs:mine.none'));
      return step.endDialog();
    }
    const entries = needs.map((n) =>
      t('needs:mine.entry', {
        receipt: n.receipt,
        date: formatDate(n.createdAt, lng, this.deps.translator, this.deps.config.timeZone),
        status: t(`needs:status.${n.status}`),
        text: n.text.length > SNIPPET ? `${n.text.slice(0, SNIPPET)}…` : n.text,
      }),
    );
    await step.context.sendActivity([t('needs:mine.title'), ...entries].join('\n\n'));
    return step.endDialog();
  }
}
