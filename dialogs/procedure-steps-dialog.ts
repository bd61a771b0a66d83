// One procedure, one short step at a time: Next, Repeat, Simpler, Documents, Who can help, Menu.
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogInstance, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { runningState } from './dialog-stack.js';
import type { Language } from '../src/config.js';
import { yesNoOptions } from '../src/choices.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import { formatDate } from '../src/format.js';
import type { TFunction } from '../src/i18n.js';
import type { Topic } from '../src/knowledge/content.js';
import type { ChoiceOption } from '../src/recognize.js';
import { foldText } from '../src/text.js';
import { helperEntryText } from '../src/knowledge/directory-text.js';
import { turnData } from '../src/turn.js';
import { LocalizedChoicePrompt, type ChoicePromptOptions } from './choice-prompt.js';

const STEP = 'procedureSteps.step';
const FEEDBACK = 'procedureSteps.feedback';
const ACTION_PROMPT = 'procedureSteps.action';
const YES_NO_PROMPT = 'procedureSteps.clear';

const ACTIONS = ['next', 'repeat', 'simpler', 'documents', 'helpers', 'menu'] as const;
type Action = (typeof ACTIONS)[number];

/** Prefix of the prompt's answer when the resident asked about another topic. */
const NEW_QUESTION = '__question:';

export interface ProcedureStepsOptions {
  topic: string;
  /** Ask "was this clear?" (the topic's last step was read). */
  feedback?: boolean;
  /** Zero-based step shown. */
  index: number;
  simple?: boolean;
  /** Show only the buttons again (after documents or helpers were shown). */
  actionsOnly?: boolean;
}

export class ProcedureStepsDialog extends ComponentDialog {
  static readonly id = 'procedureSteps';

  constructor(private readonly deps: DialogDeps) {
    super(ProcedureStepsDialog.id);
    if (!deps?.knowledge) throw new Error('ProcedureStepsDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(ACTION_PROMPT, deps.recognizer, this.actionOrQuestion.bind(this)));
    this.addDialog(new LocalizedChoicePrompt(YES_NO_PROMPT, deps.recognizer));
    this.addDialog(new WaterfallDialog<ProcedureStepsOptions>(STEP, [this.showStep.bind(this), this.actStep.bind(this)]));
    this.addDialog(new WaterfallDialog<ProcedureStepsOptions>(FEEDBACK, [this.askClearStep.bind(this), this.saveClearStep.bind(this)]));
    this.initialDialogId = STEP;
  }

  /** Where the resident stands in a running topic: the step shown, or the "was this clear?" question. */
  static resumeFrom(instance: DialogInstance): ProcedureStepsOptions | undefined {
    const feedback = runningState<ProcedureStepsOptions>(instance, FEEDBACK)?.options;
    if (feedback) return { topic: feedback.topic, index: feedback.index, feedback: true };
    const shown = runningState<ProcedureStepsOptions>(instance, STEP)?.options;
    return shown && { topic: shown.topic, index: shown.index, simple: shown.simple };
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: ProcedureStepsOptions): Promise<DialogTurnResult> {
    if (options?.feedback) return innerDc.beginDialog(FEEDBACK, options);
    return super.onBeginDialog(innerDc, options);
  }

  private async showStep(step: WaterfallStepContext<ProcedureStepsOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const topic = this.topic(step.options.topic, lng);
    if (!topic) return step.endDialog();
    const { index, simple, actionsOnly } = step.options;
    if (index === 0 && !simple && !actionsOnly) await step.context.sendActivity(this.introduction(topic, t, lng));
    const text = actionsOnly ? t('guide:actions.retry') : this.stepText(topic, index, simple === true, t);
    const prompt: ChoicePromptOptions = { text, retryText: t('errors:notUnderstood'), options: this.actionOptions(t) };
    return step.prompt(ACTION_PROMPT, prompt);
  }

  /** A new question typed while reading ("et si j'ai une fuite ?") opens its topic instead of "not understood". */
  private async actionOrQuestion(prompt: PromptValidatorContext<ChoiceOption>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    const topic = this.deps.knowledge.understanding.newQuestion(prompt.context.activity.text ?? '', turnData(prompt.context).lng);
    if (!topic) return false;
    prompt.recognized.value = { value: `${NEW_QUESTION}${topic}`, label: topic };
    return true;
  }

  private async actStep(step: WaterfallStepContext<ProcedureStepsOptions>): Promise<DialogTurnResult> {
    const asked = (step.result as ChoiceOption | undefined)?.value;
    if (asked?.startsWith(NEW_QUESTION)) return step.replaceDialog(STEP, { topic: asked.slice(NEW_QUESTION.length), index: 0 } satisfies ProcedureStepsOptions);
    const { t, lng, resident } = turnData(step.context);
    const action = (step.result as ChoiceOption).value as Action;
    const topic = this.topic(step.options.topic, lng)!;
    const { index } = step.options;
    switch (action) {
      case 'next':
        if (index + 1 >= topic.steps.length) {
          await step.context.sendActivity(t('guide:step.last'));
          return step.replaceDialog(FEEDBACK, { topic: topic.id, index });
        }
        return step.replaceDialog(STEP, { topic: topic.id, index: index + 1 } satisfies ProcedureStepsOptions);
      case 'repeat':
        return step.replaceDialog(STEP, { topic: topic.id, index } satisfies ProcedureStepsOptions);
      case 'simpler':
        return step.replaceDialog(STEP, { topic: topic.id, index, simple: true } satisfies ProcedureStepsOptions);
      case 'documents':
        await step.context.sendActivity([t('guide:documents.title'), ...topic.documents.map((d) => `• ${d}`)].join('\n'));
        return step.replaceDialog(STEP, { topic: topic.id, index, actionsOnly: true } satisfies ProcedureStepsOptions);
      case 'helpers': {
        const { directory } = this.deps.knowledge;
        const entries = directory.find(topic.helpers, resident.site);
        const lines = entries.length
          ? [t('guide:helpers.title'), ...entries.map((e) => helperEntryText(e, directory, { t, lng, translator: this.deps.translator }))]
          : [t('guide:helpers.none')];
        await step.context.sendActivity(lines.join('\n\n'));
        return step.replaceDialog(STEP, { topic: topic.id, index, actionsOnly: true } satisfies ProcedureStepsOptions);
      }
      case 'menu':
        return step.endDialog();
    }
  }

  private async askClearStep(step: WaterfallStepContext<ProcedureStepsOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const prompt: ChoicePromptOptions = { text: t('guide:feedback.prompt'), retryText: t('errors:notUnderstood'), options: yesNoOptions(this.deps.translator, lng) };
    return step.prompt(YES_NO_PROMPT, prompt);
  }

  private async saveClearStep(step: WaterfallStepContext<ProcedureStepsOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const clear = (step.result as ChoiceOption).value === 'yes';
    const { store, clock, newId } = this.deps;
    await store.feedback.add({ id: newId(), topic: step.options.topic, language: lng, clear, createdAt: clock.now().toISOString() });
    await step.context.sendActivity(t(clear ? 'guide:feedback.thanks' : 'guide:feedback.sorry'));
    return step.endDialog();
  }

  private topic(id: string, lng: Language): Topic | undefined {
    return this.deps.knowledge.content.get(lng, id);
  }

  /** Title, what it is for, any warning, and where the content comes from. */
  private introduction(topic: Topic, t: TFunction, lng: Language): string {
    const { translator, config } = this.deps;
    const date = (iso: string) => formatDate(iso, lng, translator, config.timeZone);
    const lines = [`📋 ${topic.title}`, topic.summary];
    if (topic.note) lines.push(t('guide:step.note', { note: topic.note }));
    const { sheetDate } = topic.source;
    lines.push(
      sheetDate && topic.checked
        ? t('guide:step.source', { source: topic.source.name, sheetDate: date(sheetDate), checked: date(topic.checked) })
        : t('guide:step.sourceNotChecked', { source: topic.source.name }),
    );
    return lines.join('\n\n');
  }

  /** "Step 2 of 5", the step, and the meaning of any term the step uses. */
  private stepText(topic: Topic, index: number, simple: boolean, t: TFunction): string {
    const text = (simple ? topic.simpleSteps : topic.steps)[index] ?? topic.steps[index]!;
    const folded = ` ${foldText(text)} `;
    const terms = topic.terms.filter((term) => folded.includes(` ${foldText(term.term)} `));
    const lines = [`${t('guide:step.counter', { current: index + 1, total: topic.steps.length })}`, text];
    if (terms.length) lines.push([t('guide:step.terms'), ...terms.map((term) => `• ${term.term} : ${term.meaning}`)].join('\n'));
    return lines.join('\n\n');
  }

  private actionOptions(t: TFunction): ChoiceOption[] {
    return ACTIONS.map((action) => ({
      value: action,
      label: t(`guide:actions.${action}.label`),
      synonyms: t(`guide:actions.${action}.synonyms`, { returnObjects: true }) as string[],
    }));
  }
}
