// Builds the bot from its parts: state, middleware, dialogs, adapter. Used by index.ts and tests.
import { ConversationState, type CloudAdapter } from 'botbuilder';
import { ContactDialog } from '../dialogs/contact-dialog.js';
import { HelpDialog } from '../dialogs/help-dialog.js';
import { LanguageDialog } from '../dialogs/language-dialog.js';
import { MainDialog, type MenuEntry } from '../dialogs/main-dialog.js';
import { MyDataDialog } from '../dialogs/my-data-dialog.js';
import { MyNeedsDialog } from '../dialogs/my-needs-dialog.js';
import { EventsDialog } from '../dialogs/events-dialog.js';
import { IdeasDialog } from '../dialogs/ideas-dialog.js';
import { NeedDialog } from '../dialogs/need-dialog.js';
import { NewsDialog } from '../dialogs/news-dialog.js';
import { SurveyDialog } from '../dialogs/survey-dialog.js';
import { SurveyCatalogue } from './surveys/catalogue.js';
import { ProcedureDialog } from '../dialogs/procedure-dialog.js';
import { createAdapter, handleTurnErrors } from './adapter.js';
import { PalierBot } from './bot.js';
import type { DialogDeps } from './dialog-deps.js';
import type { Logger } from './logger.js';
import { OutboxWorker } from './outbox/worker.js';
import { ResidentMiddleware } from './resident-middleware.js';
import { StoreStorage } from './store/bot-storage.js';

export interface BotApp {
  adapter: CloudAdapter;
  bot: PalierBot;
  mainDialog: MainDialog;
  conversationState: ConversationState;
  residentMiddleware: ResidentMiddleware;
  /** Sends the proactive messages of the outbox through `adapter`; started by index.ts. */
  outbox: OutboxWorker;
}

/** The menu, in the order residents see it. Each capability adds its entry here. */
export function menuEntries(deps: DialogDeps): MenuEntry[] {
  return [
    { id: 'procedures', dialog: new ProcedureDialog(deps) },
    { id: 'workshops', dialog: new EventsDialog(deps) },
    { id: 'news', dialog: new NewsDialog(deps) },
    { id: 'need', dialog: new NeedDialog(deps) },
    { id: 'myNeeds', dialog: new MyNeedsDialog(deps) },
    { id: 'surveys', dialog: new SurveyDialog(deps, new SurveyCatalogue(deps.config.surveysDir)) },
    { id: 'ideas', dialog: new IdeasDialog(deps) },
    { id: 'language', dialog: new LanguageDialog(deps) },
    { id: 'contact', dialog: new ContactDialog(deps) },
    { id: 'myData', dialog: new MyDataDialog(deps) },
    { id: 'help', dialog: new HelpDialog() },
  ];
}

export function createMainDialog(deps: DialogDeps): MainDialog {
  return new MainDialog(deps, menuEntries(deps), ProcedureDialog.id);
}

export function createBotApp(deps: DialogDeps & { logger: Logger }): BotApp {
  const conversationState = new ConversationState(new StoreStorage(deps.store.botState));
  const residentMiddleware = new ResidentMiddleware({
    store: deps.store,
    translator: deps.translator,
    clock: deps.clock,
    salt: deps.config.residentIdSalt,
  });
  const mainDialog = createMainDialog(deps);
  const bot = new PalierBot(conversationState, mainDialog);
  const adapter = createAdapter(deps.config);
  adapter.use(residentMiddleware);
  handleTurnErrors(adapter, { conversationState, translator: deps.translator, logger: deps.logger });
  const outbox = new OutboxWorker({ store: deps.store, adapter, config: deps.config, clock: deps.clock, logger: deps.logger, botAppId: deps.config.bot.appId });
  return { adapter, bot, mainDialog, conversationState, residentMiddleware, outbox };
}
