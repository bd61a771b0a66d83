// createPalier: the one place the app is built (store, language, understanding, bot, adapter, outbox, server).
import { resolve } from 'node:path';
import type { CloudAdapter, ConversationState } from 'botbuilder';
import type { DialogInstance } from 'botbuilder-dialogs';
import { ContactDialog } from '../dialogs/contact-dialog.js';
import { HelpDialog } from '../dialogs/help-dialog.js';
import { LanguageDialog } from '../dialogs/language-dialog.js';
import { MainDialog, type MenuEntry } from '../dialogs/main-dialog.js';
import { MyDataDialog } from '../dialogs/my-data-dialog.js';
import { MyNeedsDialog } from '../dialogs/my-needs-dialog.js';
import { EventsDialog } from '../dialogs/events-dialog.js';
import { IdeasDialog } from '../dialogs/ideas-dialog.js';
import { NeedDialog } from '../dialogs/need-dialog.js';
import { dropPhotos } from '../dialogs/need-photos.js';
import { NewsDialog } from '../dialogs/news-dialog.js';
import { SurveyDialog } from '../dialogs/survey-dialog.js';
import { exampleSurveys, seedExampleContent } from './examples/example-content.js';
import { ProcedureDialog } from '../dialogs/procedure-dialog.js';
import { SurveyCatalogue } from './surveys/catalogue.js';
import { SurveyOpenings } from './surveys/openings.js';
import { importSurveyFolder } from './surveys/survey-files.js';
import { createAdapter, handleTurnErrors } from './adapter.js';
import { PalierBot } from './bot.js';
import { LeanConversationState } from './conversation-state.js';
import { randomId, systemClock, type Clock, type IdGenerator } from './clock.js';
import type { Config } from './config.js';
import type { DialogDeps } from './dialog-deps.js';
import { OfferExpiry } from './events/offer-expiry.js';
import type { Timers } from './periodic-task.js';
import { Registrations } from './events/registrations.js';
import { seedEvents } from './events/seed.js';
import { createTranslator, type Translator } from './i18n.js';
import { createKnowledge, type Knowledge } from './knowledge/knowledge.js';
import { createLogger, type Logger } from './logger.js';
import { OutboxWorker } from './outbox/worker.js';
import { Recognizer } from './recognize.js';
import { releaseStartupMemory } from './release-memory.js';
import { ResidentMiddleware } from './resident-middleware.js';
import { ConversationThrottle } from './conversation-throttle.js';
import { createServer, type PalierServer } from './server.js';
import { StoreStorage } from './store/bot-storage.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/types.js';

/** What a caller may supply instead of what createPalier would build from config (tests, bench, tools). */
export interface PalierOverrides {
  /** An open store; createPalier then leaves closing it to the caller. */
  store?: Store;
  clock?: Clock;
  newId?: IdGenerator;
  logger?: Logger;
  translator?: Translator;
  recognizer?: Recognizer;
  knowledge?: Knowledge;
  /** Load recognizers-text's models in the background once listening (default true; tests skip it). */
  warmUp?: boolean;
  /** The timers of the waitlist offer expiry and the survey openings (a test fires them itself). */
  timers?: Timers;
}

/** The built app. Nothing listens or sends until `start()`. */
export interface Palier extends DialogDeps {
  logger: Logger;
  adapter: CloudAdapter;
  bot: PalierBot;
  mainDialog: MainDialog;
  conversationState: ConversationState;
  residentMiddleware: ResidentMiddleware;
  /** Sends the outbox's proactive messages through `adapter`. */
  outbox: OutboxWorker;
  /** Passes lapsed waitlist offers on, every OUTBOX_INTERVAL_SECONDS (started here, stopped by close). */
  offerExpiry: OfferExpiry;
  /** Invites to each survey when its opening date arrives, every OUTBOX_INTERVAL_SECONDS (started here, stopped by close). */
  surveyOpenings: SurveyOpenings;
  server: PalierServer;
  /** Listens (port from config, 0 picks a free one) and starts the outbox worker; resolves with the base URL. */
  start(options?: { outbox?: boolean }): Promise<string>;
  /** Settles once the recognizer models started loading after listening are loaded (at once when warm-up is off). */
  warmedUp(): Promise<void>;
  /** Stops sending, lets turns in flight finish, closes the server and (when createPalier opened it) the store. */
  close(): Promise<void>;
}

/** The menu, in the order residents see it. Each capability adds its entry here. */
export function menuEntries(deps: DialogDeps): MenuEntry[] {
  return [
    { id: 'procedures', dialog: new ProcedureDialog(deps), resumeAt: (instance) => ProcedureDialog.resumeFrom(instance) },
    { id: 'workshops', dialog: new EventsDialog(deps), resumeAt: (instance) => EventsDialog.resumeFrom(instance) },
    { id: 'news', dialog: new NewsDialog(deps) },
    { id: 'need', dialog: new NeedDialog(deps), unsentWork: resumableNeed, dropWork: (instance) => dropPhotos(deps, NeedDialog.draftIn(instance)?.photos), acceptsFiles: true },
    { id: 'myNeeds', dialog: new MyNeedsDialog(deps) },
    { id: 'surveys', dialog: new SurveyDialog(deps, new SurveyCatalogue(deps.store.surveys, deps.clock, deps.config.timeZone, deps.config.exampleContent ? exampleSurveys(deps.clock.now()) : [])), resumeAt: (instance) => SurveyDialog.resumeFrom(instance) },
    { id: 'ideas', dialog: new IdeasDialog(deps) },
    { id: 'language', dialog: new LanguageDialog(deps) },
    { id: 'contact', dialog: new ContactDialog(deps) },
    { id: 'myData', dialog: new MyDataDialog(deps) },
    { id: 'help', dialog: new HelpDialog() },
  ];
}

/** A need with at least one answer is work the resident has not sent yet. */
function resumableNeed(instance: DialogInstance): object | undefined {
  const draft = NeedDialog.draftIn(instance);
  return draft && Object.keys(draft).length > 0 ? { draft } : undefined;
}

export function createMainDialog(deps: DialogDeps): MainDialog {
  return new MainDialog(deps, menuEntries(deps), ProcedureDialog.id);
}

/** Builds the whole app from config; `overrides` replace the parts a caller brings itself. */
export async function createPalier(config: Config, overrides: PalierOverrides = {}): Promise<Palier> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const newId = overrides.newId ?? randomId;
  const ownsStore = !overrides.store;
  const store = overrides.store ?? (await openStore(config, (message) => logger.info(message), (message) => logger.error(message)));
  const translator = overrides.translator ?? (await createTranslator({ languages: config.languages, defaultLanguage: config.defaultLanguage, contentPack: config.contentPack }));
  const recognizer = overrides.recognizer ?? new Recognizer(translator);
  const knowledge = overrides.knowledge ?? createKnowledge(config, translator);
  if (config.eventsSeedFile) {
    const seeded = await seedEvents(store, resolve(config.eventsSeedFile), config.landlord.name, clock.now());
    if (seeded) logger.info({ seeded }, 'events loaded from EVENTS_SEED_FILE');
  }
  // Survey files of SURVEYS_DIR move into the store once (a survey already stored is kept as it is).
  await importSurveyFolder(resolve(config.surveysDir), store.surveys, clock.now(), logger);
  if (config.exampleContent) {
    const seeded = await seedExampleContent(store, config, clock);
    if (seeded.events || seeded.ideas) logger.info(seeded, 'example content added (development; EXAMPLE_CONTENT=false turns it off)');
  }
  const adapter = createAdapter(config);
  const outbox = new OutboxWorker({ store, adapter, config, clock, logger, botAppId: config.bot.appId });
  const registrations = new Registrations({ store, translator, config, clock, newId, logger, outbox });
  const offerExpiry = new OfferExpiry(registrations, logger, config.outbox.intervalSeconds * 1000, overrides.timers);
  const deps: DialogDeps & { logger: Logger } = { config, store, translator, recognizer, knowledge, clock, newId, logger, registrations };

  const conversationState = new LeanConversationState(new StoreStorage(store.botState));
  const residentMiddleware = new ResidentMiddleware({ store, translator, clock, salt: config.residentIdSalt });
  const mainDialog = createMainDialog(deps);
  const bot = new PalierBot(conversationState, mainDialog, deps);
  // The rate limit first: a throttled request never reads or creates the resident record.
  const throttle = new ConversationThrottle(config.rateLimit, clock);
  adapter.use(throttle);
  adapter.use(residentMiddleware);
  handleTurnErrors(adapter, { conversationState, translator, logger });
  const server = createServer({ ...deps, adapter, bot, outbox, throttle });
  offerExpiry.start();
  const surveyOpenings = new SurveyOpenings({ store, translator, config, clock, newId, logger, outbox }, config.outbox.intervalSeconds * 1000, overrides.timers);
  surveyOpenings.start();

  let closing: Promise<void> | undefined;
  let warming: Promise<void> = Promise.resolve();
  return {
    ...deps,
    adapter,
    bot,
    mainDialog,
    conversationState,
    residentMiddleware,
    outbox,
    offerExpiry,
    surveyOpenings,
    server,
    async start(options = {}) {
      const url = await server.listen();
      if (options.outbox ?? true) await outbox.start();
      // recognizers-text loads its models on first use (seconds): load them one at a time once listening, so
      // start-up is not held up and no resident waits long for them; and only once the lines logged meanwhile
      // ("listening") are out, as each load holds the event loop for a second or more and pino writes
      // asynchronously. The models' garbage and the young generation grown for it are handed back before saying
      // they are loaded (release-memory.ts).
      if (overrides.warmUp ?? true) {
        warming = afterLogsWritten(logger)
          .then(() => recognizer.warmUpGradually())
          .then(() => logger.debug({ gcMs: releaseStartupMemory() }, 'recognizer models loaded'));
      }
      return url;
    },
    warmedUp: () => warming,
    close() {
      closing ??= (async () => {
        await offerExpiry.stop();
        await surveyOpenings.stop();
        await outbox.stop();
        await server.close();
        if (ownsStore) await store.close();
      })();
      return closing;
    },
  };
}

/** Resolves on the next turn of the event loop, once every log line written until then has reached its destination. */
function afterLogsWritten(logger: Logger): Promise<void> {
  return new Promise((resolve) => setTimeout(() => logger.flush(() => resolve()), 0));
}
