// "Who are you?" once, briefly and optionally: age band, household, situations, the landlord's groups, and consent to be invited.
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { choiceActivity, yesNoOptions } from '../src/choices.js';
import type { Language } from '../src/config.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import { withConsents, withoutConsents } from '../src/residents/consents.js';
import { updateResident } from '../src/residents/records.js';
import type { Resident } from '../src/store/types.js';
import type { TFunction } from '../src/i18n.js';
import type { ChoiceOption } from '../src/recognize.js';
import { AGE_GROUPS, agreedToConsultations, CONSULTATIONS, groupLabel, HOUSEHOLD_GROUPS, landlordGroupsOf, SITUATION_GROUPS } from '../src/residents/groups.js';
import { parseAnswer } from '../src/surveys/answers.js';
import { turnData } from '../src/turn.js';
import { askChoice, chosen, LocalizedChoicePrompt } from './choice-prompt.js';

const STEPS = 'groups.steps';
const CHOICE = 'groups.choice';
const SEVERAL = 'groups.several';
const SKIP = 'skip';
const NONE = 'none';

/** What the steps collect before one save at the end. */
interface Collected {
  groups: string[];
}

export class GroupsDialog extends ComponentDialog {
  static readonly id = 'groups';

  constructor(private readonly deps: DialogDeps) {
    super(GroupsDialog.id);
    if (!deps?.store) throw new Error('GroupsDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(CHOICE, deps.recognizer));
    this.addDialog(new TextPrompt(SEVERAL, this.validateSeveral.bind(this)));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.introStep.bind(this),
        this.ageStep.bind(this),
        this.householdStep.bind(this),
        this.situationStep.bind(this),
        this.consentStep.bind(this),
        this.saveStep.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private async introStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    await step.context.sendActivity(t('groups:ask.intro', { myData: t('menu:items.myData.label') }));
    const options = [{ value: 'yes', label: t('groups:ask.yes') }, { value: 'no', label: t('groups:ask.no') }];
    return askChoice(step, CHOICE, { text: t('groups:ask.prompt'), retryText: t('errors:notUnderstood'), options });
  }

  private async ageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    if (chosen(step) !== 'yes') {
      await this.save(step, undefined, undefined);
      await step.context.sendActivity(t('groups:skipped', { myData: t('menu:items.myData.label') }));
      return step.endDialog();
    }
    (step.values as Collected).groups = [];
    return askChoice(step, CHOICE, { text: t('groups:age.prompt'), retryText: t('errors:notUnderstood'), options: this.named(t, AGE_GROUPS, t('groups:age.skip')) });
  }

  private async householdStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    this.keep(step);
    return askChoice(step, CHOICE, { text: t('groups:household.prompt'), retryText: t('errors:notUnderstood'), options: this.named(t, HOUSEHOLD_GROUPS, t('groups:household.skip')) });
  }

  private async situationStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    this.keep(step);
    const options = this.situationOptions(t, lng);
    const text = t('groups:situation.prompt');
    const activity = choiceActivity(step.context.activity.channelId, text, options);
    const retry = choiceActivity(step.context.activity.channelId, `${t('errors:notUnderstood')}\n\n${text}`, options);
    return step.prompt(SEVERAL, { prompt: activity, retryPrompt: retry, validations: options });
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const picked = this.several(step.result as string, lng, this.situationOptions(t, lng)) ?? [];
    (step.values as Collected).groups.push(...picked.filter((g) => g !== NONE));
    return askChoice(step, CHOICE, { text: t('groups:consultations.prompt', { myData: t('menu:items.myData.label') }), retryText: t('errors:notUnderstood'), options: yesNoOptions(this.deps.translator, lng) });
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    await this.save(step, (step.values as Collected).groups, chosen(step) === 'yes');
    await step.context.sendActivity(t('groups:saved', { myData: t('menu:items.myData.label') }));
    return step.endDialog();
  }

  /** Writes the answers on the resident as stored now (the turn's copy may be older); undefined groups leave them as they were. */
  private async save(step: WaterfallStepContext, groups: string[] | undefined, consultations: boolean | undefined): Promise<void> {
    const { resident } = turnData(step.context);
    const { store, clock } = this.deps;
    const now = clock.now();
    await updateResident(store, resident, now, (current) => {
      let next: Resident = { ...current, groupsAskedAt: now.toISOString() };
      if (consultations === true && !agreedToConsultations(current)) next = withConsents(next, ['consultations'], now);
      if (consultations === false) next = withoutConsents(next, (c) => c.purpose === CONSULTATIONS);
      if (groups !== undefined) {
        if (groups.length) next.groups = [...new Set(groups)];
        else delete next.groups;
      }
      return next;
    });
  }

  /** Keeps the group chosen in the previous step, unless the resident chose not to say. */
  private keep(step: WaterfallStepContext): void {
    const value = chosen(step);
    if (value !== SKIP) (step.values as Collected).groups.push(value);
  }

  private named(t: TFunction, ids: readonly string[], skip: string): ChoiceOption[] {
    return [...ids.map((id) => ({ value: id, label: t(`groups:names.${id}`) })), { value: SKIP, label: skip }];
  }

  private situationOptions(t: TFunction, lng: Language): ChoiceOption[] {
    const own = landlordGroupsOf(this.deps.config);
    const ids = [...SITUATION_GROUPS, ...own.map((g) => g.id)];
    return [...ids.map((id) => ({ value: id, label: groupLabel(id, t, lng, own, this.deps.config.defaultLanguage) })), { value: NONE, label: t('groups:situation.none') }];
  }

  /** Several options at once ("1, 2", "1 et 3"), as a multiple-choice survey answer is understood. */
  private several(text: string, lng: Language, options: ChoiceOption[]): string[] | undefined {
    const question = { id: 'situation', type: 'multiple' as const, text: { en: '' }, options: options.map((o) => ({ id: o.value, label: { en: o.label } })) };
    const value = parseAnswer(question, text, { recognizer: this.deps.recognizer, lng, now: this.deps.clock.now(), options });
    return Array.isArray(value) ? value : undefined;
  }

  private async validateSeveral(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { lng } = turnData(prompt.context);
    return this.several(prompt.recognized.value ?? '', lng, prompt.options.validations as ChoiceOption[]) !== undefined;
  }
}
