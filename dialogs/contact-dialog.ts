// "Talk to a person": how to reach the landlord's team, and a call-back request with consent.
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { yesNoOptions } from '../src/choices.js';
import { parseContactDetails } from '../src/contact-details.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import { withConsents } from '../src/residents/consents.js';
import { residentChange } from '../src/residents/records.js';
import type { Need } from '../src/store/types.js';
import { turnData } from '../src/turn.js';
import { askChoice, chosen, LocalizedChoicePrompt } from './choice-prompt.js';
import { MAX_NEED_LENGTH } from './need-dialog.js';

const STEPS = 'contact.steps';
const CHOICE = 'contact.choice';
const PHONE = 'contact.phone';
const REASON = 'contact.reason';
const TIMES = ['morning', 'afternoon', 'evening', 'any'] as const;

interface CallbackValues {
  phone?: string;
  time?: string;
}

const callback = (step: WaterfallStepContext) => step.values as CallbackValues;

export class ContactDialog extends ComponentDialog {
  static readonly id = 'contact';

  constructor(private readonly deps: DialogDeps) {
    super(ContactDialog.id);
    if (!deps?.config) throw new Error('ContactDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(CHOICE, deps.recognizer));
    this.addDialog(new TextPrompt(PHONE, this.validatePhone.bind(this)));
    this.addDialog(new TextPrompt(REASON, async (p: PromptValidatorContext<string>) => (p.recognized.value ?? '').trim().length >= 3));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.showStep.bind(this),
        this.consentStep.bind(this),
        this.phoneStep.bind(this),
        this.timeStep.bind(this),
        this.reasonStep.bind(this),
        this.saveStep.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private async showStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const { landlord } = this.deps.config;
    const lines = [t('common:contact.intro'), t('common:contact.details', landlord)];
    if (landlord.email) lines.push(t('common:contact.email', { email: landlord.email }));
    await step.context.sendActivity(lines.join('\n\n'));
    return askChoice(step, CHOICE, { text: t('needs:callback.offer'), retryText: t('errors:notUnderstood'), options: yesNoOptions(this.deps.translator, lng) });
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    if (chosen(step) !== 'yes') return step.endDialog();
    return askChoice(step, CHOICE, { text: t('needs:callback.consent'), retryText: t('errors:notUnderstood'), options: yesNoOptions(this.deps.translator, lng) });
  }

  private async phoneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    if (chosen(step) !== 'yes') {
      await step.context.sendActivity(t('needs:callback.declined'));
      return step.endDialog();
    }
    return step.prompt(PHONE, { prompt: t('needs:callback.phone'), retryPrompt: t('needs:callback.invalidPhone') });
  }

  private async timeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    callback(step).phone = parseContactDetails(step.result as string, this.deps.knowledge.pack.country)!.value;
    const options = TIMES.map((time) => ({ value: time, label: t(`needs:callback.times.${time}`) }));
    return askChoice(step, CHOICE, { text: t('needs:callback.time'), retryText: t('errors:notUnderstood'), options });
  }

  private async reasonStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    callback(step).time = chosen(step);
    return step.prompt(REASON, { prompt: t('needs:callback.reason'), retryPrompt: t('needs:text.tooShort') });
  }

  /** The request reaches staff like a need, with the resident's language so they can bring an interpreter. */
  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng, resident } = turnData(step.context);
    const { store, clock } = this.deps;
    const now = clock.now();
    const { phone, time } = callback(step);
    const need = await store.needs.create(
      {
        residentId: resident.id,
        type: 'callback',
        category: 'callback',
        text: (step.result as string).trim().slice(0, MAX_NEED_LENGTH),
        language: lng,
        site: resident.site,
        contact: { kind: 'phone', value: phone! },
        preferredTime: time,
        notifyOnStatus: false,
        channel: step.context.activity.channelId,
      },
      now,
      // The call-back consent commits with the request.
      residentChange<Need>(resident, now, (r, n) => withConsents(r, ['callback'], now, n.receipt)),
    );
    await step.context.sendActivity(t('needs:callback.sent', { receipt: need.receipt }));
    return step.endDialog(need.receipt);
  }

  private async validatePhone(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return parseContactDetails(prompt.recognized.value ?? '', this.deps.knowledge.pack.country)?.kind === 'phone';
  }
}
