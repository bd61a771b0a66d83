// "Understand a procedure": by family and topic, or by a question in the resident's own words.
import { withoutContactDetails } from '../src/contact-details.js';
import {
  ComponentDialog,
  WaterfallDialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { DialogDeps } from '../src/dialog-deps.js';
import type { ChoiceOption } from '../src/recognize.js';
import { turnData } from '../src/turn.js';
import { LocalizedChoicePrompt, type ChoicePromptOptions } from './choice-prompt.js';
import { ProcedureStepsDialog, type ProcedureStepsOptions } from './procedure-steps-dialog.js';

const STEPS = 'procedure.steps';
const FAMILY_PROMPT = 'procedure.family';
const TOPIC_PROMPT = 'procedure.topic';

/** Values that are not a family or a topic id. */
const QUESTION = '__question';
const NONE = '__none';

export interface ProcedureOptions {
  /** Open this topic directly. */
  topic?: string;
  /** Route this question (typed at the menu or at the family prompt). */
  question?: string;
  /** Take a topic up again at this step (after a language change). */
  resume?: ProcedureStepsOptions;
}

/** What the waterfall remembers between turns. */
interface QuestionValues {
  question?: string;
  offered?: string[];
}

const remembered = (step: WaterfallStepContext<ProcedureOptions>) => step.values as QuestionValues;

interface Picked {
  value: string;
  label?: string;
}

export class ProcedureDialog extends ComponentDialog {
  static readonly id = 'procedures';

  constructor(private readonly deps: DialogDeps) {
    super(ProcedureDialog.id);
    if (!deps?.knowledge) throw new Error('ProcedureDialog: dependencies are required');
    // At the family prompt, anything that is not a family is taken as a question.
    this.addDialog(new LocalizedChoicePrompt(FAMILY_PROMPT, deps.recognizer, this.familyOrQuestion.bind(this)));
    this.addDialog(new LocalizedChoicePrompt(TOPIC_PROMPT, deps.recognizer));
    this.addDialog(new ProcedureStepsDialog(deps));
    this.addDialog(new WaterfallDialog<ProcedureOptions>(STEPS, [this.askStep.bind(this), this.narrowStep.bind(this), this.openStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  /** Where a running procedure stands, to take it up again in another language (the family and topic lists start again). */
  static resumeFrom(instance: DialogInstance): ProcedureOptions | undefined {
    const resume = ProcedureStepsDialog.resumeFrom(instance);
    return resume && { resume };
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: ProcedureOptions): Promise<DialogTurnResult> {
    if (options?.resume) return innerDc.beginDialog(ProcedureStepsDialog.id, options.resume);
    return super.onBeginDialog(innerDc, options);
  }

  private async askStep(step: WaterfallStepContext<ProcedureOptions>): Promise<DialogTurnResult> {
    if (step.options.topic) return step.next({ value: step.options.topic, label: step.options.topic } satisfies Picked);
    if (step.options.question) return step.next({ value: QUESTION, label: step.options.question } satisfies Picked);
    const { t, lng } = turnData(step.context);
    const { content, pack } = this.deps.knowledge;
    const options = content.families(lng).map((f) => ({ value: f, label: t(`${pack.namespace}:families.${f}`) }));
    const prompt: ChoicePromptOptions = { text: t('guide:families.prompt'), retryText: t('guide:families.retry'), options };
    return step.prompt(FAMILY_PROMPT, prompt);
  }

  private async narrowStep(step: WaterfallStepContext<ProcedureOptions>): Promise<DialogTurnResult> {
    const picked = step.result as Picked;
    const { t, lng } = turnData(step.context);
    const { content } = this.deps.knowledge;
    if (content.get(lng, picked.value)) return step.next(picked);
    if (picked.value !== QUESTION) {
      const topics = content.all(lng).filter((topic) => topic.family === picked.value);
      const options = topics.map((x) => ({ value: x.id, label: x.title }));
      const prompt: ChoicePromptOptions = { text: t('guide:topics.prompt'), retryText: t('guide:topics.retry'), options };
      return step.prompt(TOPIC_PROMPT, prompt);
    }
    const question = picked.label ?? '';
    remembered(step).question = question;
    const route = this.deps.knowledge.understanding.understand(question, lng);
    if (route.kind === 'topic') return step.next({ value: route.topic } satisfies Picked);
    if (route.kind === 'choices') {
      remembered(step).offered = route.candidates.map((c) => c.id);
      const options = [...route.candidates.map((c) => ({ value: c.id, label: content.get(lng, c.id)!.title })), { value: NONE, label: t('guide:question.none') }];
      const prompt: ChoicePromptOptions = { text: t('guide:question.choices'), retryText: t('errors:notUnderstood'), options };
      return step.prompt(TOPIC_PROMPT, prompt);
    }
    return step.next({ value: NONE } satisfies Picked);
  }

  private async openStep(step: WaterfallStepContext<ProcedureOptions>): Promise<DialogTurnResult> {
    const picked = step.result as Picked;
    if (picked.value !== NONE) return step.replaceDialog(ProcedureStepsDialog.id, { topic: picked.value, index: 0 });
    const { t, lng, resident } = turnData(step.context);
    const { store, clock, newId } = this.deps;
    // Content editors only need the words and the language: an e-mail address or phone number typed
    // in the question is taken out, and who asked is kept only so that deleting their data deletes it.
    const { question = '', offered = [] } = remembered(step);
    const text = withoutContactDetails(question.slice(0, 2000), this.deps.knowledge.pack.country);
    if (text) await store.questions.add({ id: newId(), residentId: resident.id, text, language: lng, offered, createdAt: clock.now().toISOString() });
    await step.context.sendActivity(t('guide:question.unanswered'));
    return step.endDialog();
  }

  private async familyOrQuestion(prompt: PromptValidatorContext<ChoiceOption>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    const text = prompt.context.activity.text?.trim();
    if (!text || text.length < 3) return false;
    prompt.recognized.value = { value: QUESTION, label: text };
    return true;
  }
}
