// Child process: the SDK's reference dialog bot (3-step waterfall with a TextPrompt, conversation and user state in MemoryStorage).
import { ActivityHandler, ConversationState, MemoryStorage, UserState, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState, type WaterfallStepContext } from 'botbuilder-dialogs';
import { sdkDialogTexts } from './conversations.js';
import { serveBot } from './serve-bot.js';

interface Profile {
  name?: string;
  city?: string;
}

const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const profile = userState.createProperty<Profile>('profile');
const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
dialogs.add(new TextPrompt('text'));
dialogs.add(
  new WaterfallDialog('profile', [
    (step: WaterfallStepContext) => step.prompt('text', sdkDialogTexts.askName),
    async (step: WaterfallStepContext) => {
      (await profile.get(step.context, {})).name = step.result as string;
      return step.prompt('text', sdkDialogTexts.askCity);
    },
    async (step: WaterfallStepContext) => {
      const user = await profile.get(step.context, {});
      user.city = step.result as string;
      await step.context.sendActivity(sdkDialogTexts.thanks(user.name ?? '', user.city));
      return step.endDialog();
    },
  ]),
);

class DialogBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('profile');
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await conversationState.saveChanges(context, false);
    await userState.saveChanges(context, false);
  }
}

serveBot(new DialogBot());
