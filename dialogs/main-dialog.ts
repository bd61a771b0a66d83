// The root dialog: welcome, the main menu, and the commands that work at every turn.
import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { emergencyMessage } from '../src/knowledge/emergency.js';
import { unsubscribe } from '../src/news/subscriptions.js';
import { CommandMatcher, type Command } from '../src/commands.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import type { TFunction } from '../src/i18n.js';
import type { ChoiceOption } from '../src/recognize.js';
import { turnData } from '../src/turn.js';
import { LocalizedChoicePrompt, type ChoicePromptOptions } from './choice-prompt.js';

const MENU = 'main.menu';
const WELCOMED_THIS_TURN = Symbol('main.welcomedThisTurn');
const MENU_PROMPT = 'main.menuPrompt';
/** The menu's answer when the resident typed a question instead of choosing. */
const QUESTION = '__question';

/** A capability offered in the menu; its texts are `menu:items.<id>.*` in locales/. */
export interface MenuEntry {
  id: string;
  dialog: Dialog;
}

interface MenuOptions {
  /** Open this entry straight away instead of asking. */
  start?: string;
  /** The menu is shown again after a capability finished. */
  again?: boolean;
}

export class MainDialog extends ComponentDialog {
  static readonly id = 'main';
  private readonly commands: CommandMatcher;

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
    this.addDialog(new LocalizedChoicePrompt(MENU_PROMPT, deps.recognizer, this.choiceOrQuestion.bind(this)));
    this.addDialog(new WaterfallDialog<MenuOptions>(MENU, [this.chooseStep.bind(this), this.runStep.bind(this), this.loopStep.bind(this)]));
    for (const entry of entries) this.addDialog(entry.dialog);
    this.initialDialogId = MENU;
  }

  /** The first message of a conversation: who we are and, one line each, what we can do. */
  async sendWelcome(context: TurnContext): Promise<void> {
    context.turnState.set(WELCOMED_THIS_TURN, true);
    const { t } = turnData(context);
    const lines = this.entries.map((e) => `• ${t(`menu:items.${e.id}.describe`)}`);
    const text = [t('common:welcome.hello', { landlord: this.deps.config.landlord.name }), lines.join('\n'), t('common:welcome.commands')];
    await context.sendActivity(text.join('\n\n'));
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  /** Emergencies first, then commands; anything else goes on to the active dialog. */
  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { activity } = innerDc.context;
    if (activity.type !== 'message') return undefined;
    if (!activity.text?.trim()) return this.textOnly(innerDc);
    const emergency = this.deps.knowledge.emergencies.detect(activity.text);
    if (emergency) {
      const { t } = turnData(innerDc.context);
      await innerDc.context.sendActivity(emergencyMessage(emergency, this.deps.knowledge.emergencyNumbers(emergency), t));
      return this.restart(innerDc);
    }
    const command = this.commands.match(activity.text);
    return command ? this.runCommand(command, innerDc) : undefined;
  }

  /** A photo, a voice note or an empty message: say so in the resident's language, then ask again. */
  private async textOnly(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(turnData(dc.context).t('errors:textOnly'));
    if (!dc.activeDialog) return this.restart(dc);
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** A question typed at the menu goes to the question entry, if the router finds it relevant. */
  private async choiceOrQuestion(prompt: PromptValidatorContext<ChoiceOption>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    const text = prompt.context.activity.text?.trim();
    if (!this.questionEntry || !text) return false;
    const route = this.deps.knowledge.router.route(text, turnData(prompt.context).lng);
    // Even when no topic matches, a real sentence is worth passing on as an unanswered question.
    const sentence = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 4;
    if (route.kind === 'none' && !sentence) return false;
    prompt.recognized.value = { value: QUESTION, label: text };
    return true;
  }

  private async runCommand(command: Command, dc: DialogContext): Promise<DialogTurnResult> {
    const { t } = turnData(dc.context);
    switch (command) {
      case 'help':
        await dc.context.sendActivity(t('common:help.text'));
        if (dc.activeDialog) {
          await dc.repromptDialog();
          return Dialog.EndOfTurn;
        }
        return this.restart(dc);
      case 'cancel':
        await dc.context.sendActivity(t('common:cancelled'));
        return this.restart(dc);
      case 'greeting':
        if (!dc.context.turnState.get(WELCOMED_THIS_TURN)) await this.sendWelcome(dc.context);
        return this.restart(dc);
      case 'language':
        return this.restart(dc, 'language');
      case 'human':
        return this.restart(dc, 'contact');
      case 'menu':
        return this.restart(dc);
      case 'stop': {
        // "stop" ends every news message at once, whatever the resident was doing.
        await unsubscribe(this.deps.store, turnData(dc.context).resident.id, this.deps.clock.now());
        await dc.context.sendActivity(t('news:unsubscribed'));
        return this.restart(dc);
      }
    }
  }

  private async restart(dc: DialogContext, start?: string): Promise<DialogTurnResult> {
    await dc.cancelAllDialogs();
    const known = start && this.entries.some((e) => e.id === start) ? start : undefined;
    return dc.beginDialog(MENU, { start: known } satisfies MenuOptions);
  }

  private async chooseStep(step: WaterfallStepContext<MenuOptions>): Promise<DialogTurnResult> {
    if (step.options.start) return step.next({ value: step.options.start } satisfies Partial<ChoiceOption>);
    const { t } = turnData(step.context);
    const prompt: ChoicePromptOptions = {
      text: t(step.options.again ? 'menu:promptAgain' : 'menu:prompt'),
      retryText: t('errors:notUnderstood'),
      options: this.menuOptions(t),
    };
    return step.prompt(MENU_PROMPT, prompt);
  }

  private async runStep(step: WaterfallStepContext<MenuOptions>): Promise<DialogTurnResult> {
    const chosen = step.result as Pick<ChoiceOption, 'value' | 'label'>;
    if (chosen.value === QUESTION && this.questionEntry) return step.beginDialog(this.questionEntry, { question: chosen.label });
    const entry = this.entries.find((e) => e.id === chosen.value);
    return entry ? step.beginDialog(entry.dialog.id) : step.next();
  }

  private async loopStep(step: WaterfallStepContext<MenuOptions>): Promise<DialogTurnResult> {
    return step.replaceDialog(MENU, { again: true } satisfies MenuOptions);
  }

  private menuOptions(t: TFunction): ChoiceOption[] {
    return this.entries.map((e) => ({
      value: e.id,
      label: t(`menu:items.${e.id}.label`),
      synonyms: t(`menu:items.${e.id}.synonyms`, { returnObjects: true }) as string[],
    }));
  }
}
