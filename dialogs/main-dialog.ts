// The root dialog: welcome, the main menu, and the commands that work at every turn without losing work.
import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type PromptOptions,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { emergencyMessage } from '../src/knowledge/emergency.js';
import { unsubscribe } from '../src/news/subscriptions.js';
import { optionsOnce } from '../src/choices.js';
import { CommandMatcher, type Command } from '../src/commands.js';
import type { Language } from '../src/config.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import { chooseLanguage, LANGUAGE_EVENT, LanguageNames } from '../src/language-choice.js';
import type { ChoiceOption } from '../src/recognize.js';
import { turnData } from '../src/turn.js';
import { LocalizedChoicePrompt, type ChoicePromptOptions } from './choice-prompt.js';
import { innermostDialog } from './dialog-stack.js';
import { AnswerPrompt } from './answer-prompt.js';
import { EmergencyCheckDialog, type EmergencyCheckOptions } from './emergency-check-dialog.js';

const MENU = 'main.menu';
const MENU_PROMPT = 'main.menuPrompt';
const KEEP_WORK = 'main.keepWork';
const KEEP_WORK_PROMPT = 'main.keepWorkPrompt';
/** The menu's options, as the menu prompt's state names them. */
const MENU_LIST = 'menu';
/** The menu's answer when the resident typed a question instead of choosing. */
const QUESTION = '__question';

/** A capability offered in the menu; its texts are `menu:items.<id>.*` in locales/. */
export interface MenuEntry {
  id: string;
  dialog: Dialog;
  /**
   * For flows that collect something before sending it: the options that resume the running
   * instance as it is (undefined when nothing is written yet). The resident is asked before such
   * work is dropped, and the flow is resumed in the new language when the language changes.
   */
  unsentWork?: (instance: DialogInstance) => object | undefined;
  /**
   * For flows without unsent work: the options that take the flow up again where it stands (the
   * question being asked), used when the resident changes language in the middle of it.
   */
  resumeAt?: (instance: DialogInstance) => object | undefined;
  /** Cleans up what unsent work holds outside the dialog state (a need's photos), when the resident drops it. */
  dropWork?: (instance: DialogInstance) => Promise<void>;
  /** The flow takes files (photos): a message with only attachments goes to it rather than being refused. */
  acceptsFiles?: boolean;
}

interface MenuOptions {
  /** Open this entry straight away instead of asking. */
  start?: string;
  /** Options for the entry opened by `start` (a flow resumed with its work). */
  startWith?: object;
  /** The menu is shown again after a capability finished. */
  again?: boolean;
  /** What the resident wrote when the menu began without being shown: understood as an answer to it. */
  said?: string;
}

/** Commands that would drop a flow; with unsent work, the resident is asked first. */
type DroppingCommand = Extract<Command, 'menu' | 'cancel' | 'language' | 'human'>;

interface KeepWorkOptions {
  command: DroppingCommand;
}

export class MainDialog extends ComponentDialog {
  static readonly id = 'main';
  private readonly commands: CommandMatcher;
  private readonly languageNames: LanguageNames;

  /**
   * @param questionEntry the entry that answers a question typed at the menu ("comment payer mon
   *   loyer ?"); it is started with `{ question }`.
   */
  constructor(
    private readonly deps: DialogDeps,
    private readonly entries: readonly MenuEntry[],
    private readonly questionEntry?: string,
  ) {
    super(MainDialog.id);
    if (!deps?.translator) throw new Error('MainDialog: dependencies are required');
    this.commands = new CommandMatcher(deps.translator);
    this.languageNames = new LanguageNames(deps.translator);
    this.addDialog(new LocalizedChoicePrompt(MENU_PROMPT, deps.recognizer, this.choiceOrQuestion.bind(this), (name, lng) => (name === MENU_LIST ? this.menuOptions(lng) : undefined)));
    this.addDialog(new LocalizedChoicePrompt(KEEP_WORK_PROMPT, deps.recognizer));
    this.addDialog(new WaterfallDialog<MenuOptions>(MENU, [this.chooseStep.bind(this), this.runStep.bind(this), this.loopStep.bind(this)]));
    this.addDialog(new WaterfallDialog<KeepWorkOptions>(KEEP_WORK, [this.askKeepStep.bind(this), this.keepStep.bind(this)]));
    this.addDialog(new EmergencyCheckDialog(deps));
    for (const entry of entries) this.addDialog(entry.dialog);
    this.initialDialogId = MENU;
  }

  /** The first message of a conversation: who we are and how to answer, in a few lines; the menu follows. */
  async sendWelcome(context: TurnContext): Promise<void> {
    const { t } = turnData(context);
    await context.sendActivity([t('common:welcome.hello', { landlord: this.deps.config.landlord.name }), t('common:welcome.how')].join('\n'));
  }

  /** Whether a message is a request (a capability, a question, "talk to a person", a language), not a hello or "menu". */
  async isRequest(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    if (activity.type !== 'message' || !activity.text?.trim()) return false;
    const command = this.commands.match(activity.text);
    if (command) return command !== 'greeting' && command !== 'menu' && command !== 'cancel';
    if (this.languageNames.named(activity.text)) return true;
    return (await this.understoodAtMenu(context, activity.text)) !== undefined;
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: MenuOptions): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    // A conversation that starts (or starts again) with a request: answer it rather than only show the menu.
    const { activity } = innerDc.context;
    const said = activity.type === 'message' && activity.text?.trim() ? activity.text : undefined;
    return super.onBeginDialog(innerDc, options ?? { said });
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  /**
   * Emergencies first, then a language picked on the page or named, then commands; anything else
   * goes on to the active dialog. A word that is both a command and a valid answer to the question
   * asked right now is the answer.
   */
  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { activity } = innerDc.context;
    if (activity.type === 'event' && activity.name === LANGUAGE_EVENT) return this.languageChanged(innerDc);
    if (activity.type !== 'message') return undefined;
    if (!activity.text?.trim()) return activity.attachments?.length && this.activeEntry(innerDc)?.entry.acceptsFiles ? undefined : this.textOnly(innerDc);
    const { t, lng } = turnData(innerDc.context);
    const emergency = this.deps.knowledge.understanding.emergency(activity.text, lng);
    if (emergency?.certainty === 'now') {
      await innerDc.context.sendActivity(emergencyMessage(emergency.kind, this.deps.knowledge.emergencyNumbers(emergency.kind), t));
      return this.restart(innerDc);
    }
    const named = this.languageNames.named(activity.text);
    const command = this.commands.match(activity.text);
    // Maybe a danger, maybe not: one short question on top of what the resident was doing, kept beneath.
    if (emergency && innerDc.activeDialog?.id !== EmergencyCheckDialog.id && !(emergency.backstop && this.isAnswer(innerDc, activity.text, named ?? command)))
      return innerDc.beginDialog(EmergencyCheckDialog.id, { kind: emergency.kind } satisfies EmergencyCheckOptions);
    if ((!named && !command) || this.answersCurrentQuestion(innerDc, activity.text)) return undefined;
    if (named) {
      await chooseLanguage(innerDc.context, this.deps, named);
      return this.languageChanged(innerDc);
    }
    return this.runCommand(command!, innerDc);
  }

  /**
   * Whether the question asked right now (the innermost prompt) takes these words as its answer: an option of a
   * choice, or what a prompt reading answers (a count of seats) reads.
   */
  private answersCurrentQuestion(innerDc: DialogContext, text: string): boolean {
    const active = innermostDialog(innerDc);
    const { lng } = turnData(innerDc.context);
    const state = active?.instance.state as { options?: ChoicePromptOptions & PromptOptions } | undefined;
    if (active?.dialog instanceof AnswerPrompt) return !!state?.options && active.dialog.answers(text, innerDc.context, state.options);
    if (!(active?.dialog instanceof LocalizedChoicePrompt)) return false;
    const options = active.dialog.choicesOf(state?.options, lng);
    return options !== undefined && this.deps.recognizer.choice(text, options, lng) !== undefined;
  }

  /**
   * What the classifier's emergency backstop must never ask about: words that are an answer to the question on
   * screen, or to the menu when nothing is asked (an option, a count), a command ("stop" ending the news) or a
   * language's name. Only the backstop: the rules' own "is it happening now?" is asked whatever the dialog.
   */
  private isAnswer(innerDc: DialogContext, text: string, commandOrLanguage: unknown): boolean {
    if (commandOrLanguage) return true;
    if (!innerDc.activeDialog) return this.deps.recognizer.choice(text, this.menuOptions(turnData(innerDc.context).lng), turnData(innerDc.context).lng) !== undefined;
    return this.answersCurrentQuestion(innerDc, text);
  }

  /** The menu entry running above the menu, with its instance, if any. */
  private activeEntry(dc: DialogContext): { entry: MenuEntry; instance: DialogInstance } | undefined {
    for (const instance of dc.stack) {
      const entry = this.entries.find((e) => e.dialog.id === instance.id);
      if (entry) return { entry, instance };
    }
    return undefined;
  }

  private unsentWork(dc: DialogContext): { entry: MenuEntry; resume: object } | undefined {
    const active = this.activeEntry(dc);
    const resume = active?.entry.unsentWork?.(active.instance);
    return active && resume ? { entry: active.entry, resume } : undefined;
  }

  /**
   * The language changed (picker or a language's name): say so in the new language, then ask the
   * current question again in it: the flow is started again at the question it was asking
   * (with its unsent work, or at the point `resumeAt` gives), since what it asked was built in
   * the old language.
   */
  private async languageChanged(dc: DialogContext): Promise<DialogTurnResult> {
    const { t } = turnData(dc.context);
    await dc.context.sendActivity(t('common:language.changed'));
    const active = this.activeEntry(dc);
    if (!active || active.entry.id === 'language') return this.restart(dc);
    const { entry, instance } = active;
    return this.restart(dc, entry.id, entry.unsentWork?.(instance) ?? entry.resumeAt?.(instance));
  }

  /** A photo outside a need, a voice note or an empty message: say so (and where photos go), then ask again. */
  private async textOnly(dc: DialogContext): Promise<DialogTurnResult> {
    const { t } = turnData(dc.context);
    await dc.context.sendActivity(t('errors:textOnly', { need: t('menu:items.need.label') }));
    if (!dc.activeDialog) return this.restart(dc);
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** A question typed at the menu goes to the question entry, if the router finds it relevant. */
  private async choiceOrQuestion(prompt: PromptValidatorContext<ChoiceOption>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    const text = prompt.context.activity.text?.trim();
    if (!this.questionEntry || !text) return false;
    const route = this.deps.knowledge.understanding.understand(text, turnData(prompt.context).lng);
    if (route.kind === 'none' && !this.isSentence(text)) return false;
    prompt.recognized.value = { value: QUESTION, label: text };
    return true;
  }

  private async runCommand(command: Command, dc: DialogContext): Promise<DialogTurnResult> {
    const { t } = turnData(dc.context);
    switch (command) {
      case 'help':
        await dc.context.sendActivity(t('common:help.text'));
        return this.askAgain(dc);
      case 'greeting':
        // The welcome came with the conversation's first message; a hello later only gets the question again.
        return this.askAgain(dc);
      case 'cancel':
      case 'language':
      case 'human':
      case 'menu':
        if (this.unsentWork(dc) && dc.activeDialog?.id !== KEEP_WORK) return dc.beginDialog(KEEP_WORK, { command } satisfies KeepWorkOptions);
        return this.drop(dc, command);
      case 'stop': {
        // "stop" ends every news message at once, whatever the resident was doing.
        await unsubscribe(this.deps.store, turnData(dc.context).resident.id, this.deps.clock.now());
        await dc.context.sendActivity(t('news:unsubscribed'));
        return this.restart(dc);
      }
    }
  }

  /** What the command does once nothing unsent is in the way. */
  private async drop(dc: DialogContext, command: DroppingCommand): Promise<DialogTurnResult> {
    const active = this.activeEntry(dc);
    if (active) await active.entry.dropWork?.(active.instance);
    if (command === 'cancel') await dc.context.sendActivity(turnData(dc.context).t('common:cancelled'));
    return this.restart(dc, command === 'language' ? 'language' : command === 'human' ? 'contact' : undefined);
  }

  /** The question asked before the interruption, again; the menu when nothing was asked. */
  private async askAgain(dc: DialogContext): Promise<DialogTurnResult> {
    if (!dc.activeDialog) return this.restart(dc);
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private async askKeepStep(step: WaterfallStepContext<KeepWorkOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const words = (key: string) => this.deps.translator.list(lng, key);
    const prompt: ChoicePromptOptions = {
      text: t('common:keepWork.prompt'),
      retryText: t('errors:notUnderstood'),
      options: [
        { value: 'continue', label: t('common:keepWork.continue'), synonyms: words('common:keepWork.continueWords') },
        { value: 'drop', label: t('common:keepWork.drop'), synonyms: words('common:keepWork.dropWords') },
      ],
    };
    return step.prompt(KEEP_WORK_PROMPT, prompt);
  }

  /** "Continue" goes back to the flow, which asks its question again; "drop" does what was asked. */
  private async keepStep(step: WaterfallStepContext<KeepWorkOptions>): Promise<DialogTurnResult> {
    if ((step.result as ChoiceOption).value === 'continue') return step.endDialog();
    return this.drop(step, step.options.command);
  }

  private async restart(dc: DialogContext, start?: string, startWith?: object): Promise<DialogTurnResult> {
    await dc.cancelAllDialogs();
    const known = start && this.entries.some((e) => e.id === start) ? start : undefined;
    return dc.beginDialog(MENU, { start: known, startWith: known ? startWith : undefined } satisfies MenuOptions);
  }

  private async chooseStep(step: WaterfallStepContext<MenuOptions>): Promise<DialogTurnResult> {
    if (step.options.start) return step.next({ value: step.options.start } satisfies Partial<ChoiceOption>);
    const { t } = turnData(step.context);
    const said = step.options.said ? await this.understoodAtMenu(step.context, step.options.said) : undefined;
    if (said) return step.next(said);
    const prompt: ChoicePromptOptions = { text: t(step.options.again ? 'menu:promptAgain' : 'menu:prompt'), list: MENU_LIST };
    return step.prompt(MENU_PROMPT, prompt);
  }

  private async runStep(step: WaterfallStepContext<MenuOptions>): Promise<DialogTurnResult> {
    const chosen = step.result as Pick<ChoiceOption, 'value' | 'label'>;
    if (chosen.value === QUESTION && this.questionEntry) return step.beginDialog(this.questionEntry, { question: chosen.label });
    const entry = this.entries.find((e) => e.id === chosen.value);
    if (!entry) return step.next();
    return step.beginDialog(entry.dialog.id, step.options.start === entry.id ? step.options.startWith : undefined);
  }

  /** A first message understood as a menu choice or a question, without showing the menu first. */
  private async understoodAtMenu(context: TurnContext, said: string): Promise<Pick<ChoiceOption, 'value' | 'label'> | undefined> {
    const { lng } = turnData(context);
    const options = this.menuOptions(lng);
    const exact = this.deps.recognizer.choice(said, options, lng);
    if (exact) return exact;
    if (!this.questionEntry) return undefined;
    const understood = this.deps.knowledge.understanding.understand(said, lng);
    return understood.kind === 'none' && !this.isSentence(said) ? undefined : { value: QUESTION, label: said };
  }

  /** Even when no topic matches, a real sentence is worth passing on as an unanswered question. */
  private isSentence(text: string): boolean {
    return text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 4;
  }

  private async loopStep(step: WaterfallStepContext<MenuOptions>): Promise<DialogTurnResult> {
    return step.replaceDialog(MENU, { again: true } satisfies MenuOptions);
  }

  private menuOptions(lng: Language): readonly ChoiceOption[] {
    return optionsOnce(this, lng, () => {
      const t = this.deps.translator.fixedT(lng);
      return this.entries.map((e) => ({
        value: e.id,
        label: t(`menu:items.${e.id}.label`),
        synonyms: t(`menu:items.${e.id}.synonyms`, { returnObjects: true }) as string[],
      }));
    });
  }
}
