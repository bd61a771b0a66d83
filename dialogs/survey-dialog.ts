// "Give your opinion": open surveys for the resident's site, one question per turn, resumable.
import type { Activity } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { choiceActivity } from '../src/choices.js';
import type { Language } from '../src/config.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import type { ChoiceOption } from '../src/recognize.js';
import type { SurveyResponse } from '../src/store/types.js';
import { parseAnswer } from '../src/surveys/answers.js';
import type { SurveyCatalogue } from '../src/surveys/catalogue.js';
import { questionOptions, questionText } from '../src/surveys/present.js';
import { inLanguage, type Survey, type SurveyQuestion } from '../src/surveys/survey.js';
import { turnData } from '../src/turn.js';
import { inTarget } from '../src/residents/groups.js';
import { askChoice, LocalizedChoicePrompt } from './choice-prompt.js';
import { runningState } from './dialog-stack.js';
import { GroupsDialog } from './groups-dialog.js';

const LIST = 'survey.list';
const QUESTION = 'survey.question';
const CHOICE = 'survey.choice';
const ANSWER = 'survey.answer';

interface QuestionOptions {
  surveyId: string;
  /** Just picked from the list: a resident coming back half-way is told where they are. */
  fromList?: boolean;
}

/** What the answer prompt needs to check an answer. */
interface AnswerValidation {
  question: SurveyQuestion;
  options: readonly ChoiceOption[];
}

export class SurveyDialog extends ComponentDialog {
  static readonly id = 'surveys';

  constructor(
    private readonly deps: DialogDeps,
    private readonly catalogue: SurveyCatalogue,
  ) {
    super(SurveyDialog.id);
    if (!deps?.store || !catalogue) throw new Error('SurveyDialog: dependencies and a survey catalogue are required');
    this.addDialog(new LocalizedChoicePrompt(CHOICE, deps.recognizer));
    this.addDialog(new TextPrompt(ANSWER, this.validateAnswer.bind(this)));
    this.addDialog(new GroupsDialog(deps));
    this.addDialog(new WaterfallDialog(LIST, [this.listStep.bind(this), this.startStep.bind(this)]));
    this.addDialog(new WaterfallDialog<QuestionOptions>(QUESTION, [this.askStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = LIST;
  }

  /** The survey being answered (its answers are stored one by one), to take it up again at the next question. */
  static resumeFrom(instance: DialogInstance): QuestionOptions | undefined {
    const surveyId = runningState<QuestionOptions>(instance, QUESTION)?.options.surveyId;
    return surveyId ? { surveyId } : undefined;
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: Partial<QuestionOptions>): Promise<DialogTurnResult> {
    if (options?.surveyId) return innerDc.beginDialog(QUESTION, { surveyId: options.surveyId } satisfies QuestionOptions);
    return super.onBeginDialog(innerDc, options);
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng, resident } = turnData(step.context);
    const open = await this.catalogue.openFor(this.deps.clock.now(), resident.site);
    const responses = await Promise.all(open.map((s) => this.deps.store.surveyResponses.get(s.id, resident.id)));
    // Surveys aimed at this resident's site or groups come first, then those for everyone.
    const aimedAt = (s: Survey) => (s.target.sites.length + s.target.groups.length > 0 && inTarget(resident, s.target) ? 0 : 1);
    const pending = open.filter((_, i) => !responses[i]?.completedAt).sort((a, b) => aimedAt(a) - aimedAt(b));
    if (pending.length === 0) {
      await step.context.sendActivity(t('surveys:list.none'));
      return step.endDialog();
    }
    const options = pending.map((s) => ({ value: s.id, label: t('surveys:list.entry', { title: this.text(s.title, lng), count: s.questions.length }) }));
    return askChoice(step, CHOICE, { text: t('surveys:list.prompt'), retryText: t('errors:notUnderstood'), options });
  }

  private async startStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(QUESTION, { surveyId: (step.result as ChoiceOption).value, fromList: true } satisfies QuestionOptions);
  }

  private async askStep(step: WaterfallStepContext<QuestionOptions>): Promise<DialogTurnResult> {
    const { t, lng, resident } = turnData(step.context);
    const survey = await this.catalogue.get(step.options.surveyId);
    if (!survey) return step.endDialog();
    const response = await this.deps.store.surveyResponses.get(survey.id, resident.id);
    const index = survey.questions.findIndex((q) => response?.answers[q.id] === undefined);
    if (index < 0) return this.complete(step, survey, response!);
    const answered = Object.keys(response?.answers ?? {}).length;
    if (step.options.fromList && answered > 0) await step.context.sendActivity(t('surveys:resume', { answered, total: survey.questions.length }));
    const question = survey.questions[index]!;
    const options = this.options(question, lng);
    const text = questionText(survey, index, lng, this.deps.translator, this.deps.config.defaultLanguage);
    const prompt = this.render(step, text, options);
    const retryPrompt = this.render(step, `${t('surveys:question.retry')}\n\n${text}`, options);
    return step.prompt(ANSWER, { prompt, retryPrompt, validations: { question, options } satisfies AnswerValidation });
  }

  private async saveStep(step: WaterfallStepContext<QuestionOptions>): Promise<DialogTurnResult> {
    const { lng, resident } = turnData(step.context);
    const survey = await this.catalogue.get(step.options.surveyId);
    if (!survey) return step.endDialog();
    const response = await this.deps.store.surveyResponses.get(survey.id, resident.id);
    const question = survey.questions.find((q) => response?.answers[q.id] === undefined)!;
    const value = parseAnswer(question, step.result as string, { recognizer: this.deps.recognizer, lng, now: this.deps.clock.now(), options: this.options(question, lng) });
    const now = this.deps.clock.now().toISOString();
    const next: SurveyResponse = response ?? { id: `${survey.id}:${resident.id}`, surveyId: survey.id, residentId: resident.id, language: lng, answers: {}, createdAt: now, updatedAt: now };
    next.answers[question.id] = value!;
    next.updatedAt = now;
    await this.deps.store.surveyResponses.save(next);
    return step.replaceDialog(QUESTION, { surveyId: survey.id } satisfies QuestionOptions);
  }

  private async complete(step: WaterfallStepContext<QuestionOptions>, survey: Survey, response: SurveyResponse): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    if (!response.completedAt) await this.deps.store.surveyResponses.save({ ...response, completedAt: this.deps.clock.now().toISOString() });
    await step.context.sendActivity(t('surveys:thanks'));
    // After a first survey, the resident is asked once whether they want to say which groups they belong to.
    const resident = await this.deps.store.residents.get(response.residentId);
    if (resident && !resident.groupsAskedAt) return step.replaceDialog(GroupsDialog.id);
    return step.endDialog(survey.id);
  }

  private async validateAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { question, options } = prompt.options.validations as AnswerValidation;
    const { lng } = turnData(prompt.context);
    return parseAnswer(question, prompt.recognized.value ?? '', { recognizer: this.deps.recognizer, lng, now: this.deps.clock.now(), options }) !== undefined;
  }

  private options(question: SurveyQuestion, lng: Language): readonly ChoiceOption[] {
    return questionOptions(question, lng, this.deps.translator, this.deps.config.defaultLanguage);
  }

  private render(step: WaterfallStepContext<QuestionOptions>, text: string, options: readonly ChoiceOption[]): Partial<Activity> {
    return options.length ? choiceActivity(step.context.activity.channelId, text, options) : { type: 'message', text };
  }

  private text(text: Survey['title'], lng: Language): string {
    return inLanguage(text, lng, this.deps.config.defaultLanguage);
  }
}
