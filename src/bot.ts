// The ActivityHandler: welcome once per conversation, then every turn goes to the main dialog.
import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { MainDialog } from '../dialogs/main-dialog.js';
import { conversationToForget } from './residents/forget.js';

interface ConversationFlags {
  welcomed?: boolean;
}

export class PalierBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly flags: StatePropertyAccessor<ConversationFlags>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly mainDialog: MainDialog,
  ) {
    super();
    if (!conversationState || !mainDialog) throw new Error('PalierBot: conversation state and main dialog are required');
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(mainDialog);
    this.flags = conversationState.createProperty<ConversationFlags>('flags');

    this.onMembersAdded(async (context, next) => {
      const residentJoined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (residentJoined) await this.converse(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.converse(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    // A resident who deleted their data leaves no dialog state behind either.
    if (conversationToForget(context)) await this.conversationState.delete(context);
  }

  private async converse(context: TurnContext): Promise<void> {
    const flags = await this.flags.get(context, {});
    if (!flags.welcomed) {
      flags.welcomed = true;
      await this.mainDialog.sendWelcome(context);
    }
    // The classic dialog loop rather than runDialog: runDialog also loads memory scopes and builds a
    // snapshot of the whole state every turn, which measured as a large share of a turn's cost.
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MainDialog.id);
  }
}
