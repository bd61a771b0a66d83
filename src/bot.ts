// The ActivityHandler: welcome once per conversation, then every turn goes to the main dialog.
import { ActivityHandler, ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, type DialogContext, type DialogState, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { skipActivityReceived } from '../dialogs/activity-received.js';
// Loaded for its effect: botbuilder-dialogs' per-context memory plumbing done once (see the module).
import '../dialogs/dialog-memory.js';
import { innermostDialog } from '../dialogs/dialog-stack.js';
import { MainDialog } from '../dialogs/main-dialog.js';
import { arabiziOffer } from './arabizi-offer.js';
import { adoptWrittenLanguage, LANGUAGE_EVENT } from './language-choice.js';
import type { DialogDeps } from './dialog-deps.js';
import { conversationToForget } from './residents/forget.js';
import { STATE_OWNER } from './store/types.js';
import { turnData } from './turn.js';

/** Where a dialog context finds its memory scopes and path resolvers in turn state (botbuilder-dialogs' own key). */
const STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

interface ConversationFlags {
  welcomed?: boolean;
  /** Arabic or French was offered to a resident writing Arabizi (once per conversation). */
  arabiziOffered?: boolean;
}

export class PalierBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly flags: StatePropertyAccessor<ConversationFlags>;
  /** The resident this conversation's state belongs to, so deleting their data finds it (see residents/forget.ts). */
  private readonly owner: StatePropertyAccessor<string>;
  /**
   * The SDK's memory scopes and path resolvers, as the first turn built them: it builds them again on
   * every turn otherwise. They hold nothing of a turn (DialogManager's stateConfiguration is shared the same way).
   */
  private stateConfiguration?: DialogStateManagerConfiguration;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly mainDialog: MainDialog,
    private readonly deps?: Pick<DialogDeps, 'store' | 'translator' | 'clock'>,
  ) {
    super();
    if (!conversationState || !mainDialog) throw new Error('PalierBot: conversation state and main dialog are required');
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(mainDialog);
    this.flags = conversationState.createProperty<ConversationFlags>('flags');
    this.owner = conversationState.createProperty<string>(STATE_OWNER);

    this.onMembersAdded(async (context, next) => {
      const residentJoined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (residentJoined) await this.converse(context);
      await next();
    });
    // Messages do not go through ActivityHandler's handlers: see run.
    // The local page's language picker.
    this.onEvent(async (context, next) => {
      if (context.activity.name === LANGUAGE_EVENT) await this.converse(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    // Messages, nearly every turn, go straight to the conversation: ActivityHandler's chain of
    // handlers and `next` callbacks around our one message handler measured as about 4 % of a turn.
    if (context.activity.type === ActivityTypes.Message) await this.converse(context);
    else await super.run(context);
    await this.conversationState.saveChanges(context, false);
    // A resident who deleted their data leaves no dialog state behind either (their next request
    // is answered without a welcome: see converse).
    if (conversationToForget(context)) await this.conversationState.delete(context);
  }

  private async converse(context: TurnContext): Promise<void> {
    // The classic dialog loop rather than runDialog: runDialog also loads memory scopes and builds a
    // snapshot of the whole state every turn, which measured as a large share of a turn's cost.
    if (this.stateConfiguration) context.turnState.set(STATE_CONFIGURATION, this.stateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.stateConfiguration ??= context.turnState.get<DialogStateManagerConfiguration>(STATE_CONFIGURATION);
    // Unchanged on most turns, so it costs no write.
    await this.owner.set(context, turnData(context).resident.id);
    // A resident's own words in a free-text answer (a need, a reason) may quote another language.
    const freeText = awaitsFreeText(dc);
    if (this.deps && !freeText) await adoptWrittenLanguage(context, this.deps);
    const flags = await this.flags.get(context, {});
    if (!flags.welcomed) {
      flags.welcomed = true;
      // A first message that is already a request (or the first after "delete everything") is
      // answered straight away; the welcome is for arrivals, greetings and anything unclear.
      if (!(await this.mainDialog.isRequest(context))) await this.mainDialog.sendWelcome(context);
    }
    skipActivityReceived(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MainDialog.id);
    // Answered first; then, once, the choice of reading Arabic or French for a resident writing Arabizi.
    if (this.deps && !freeText && !flags.arabiziOffered) {
      const offer = arabiziOffer(context, this.deps.translator);
      if (offer) {
        flags.arabiziOffered = true;
        await context.sendActivity(offer);
      }
    }
  }
}

/** Whether the question asked right now takes free text (the innermost dialog is a text prompt). */
function awaitsFreeText(dc: DialogContext): boolean {
  return innermostDialog(dc)?.dialog instanceof TextPrompt;
}
