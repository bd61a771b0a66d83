// Runs before every turn: finds the resident, picks the language, sets locale and `t` for the turn.
import { ActivityEventNames, ActivityTypes, TurnContext, type Middleware } from 'botbuilder';
import type { Clock } from './clock.js';
import type { Language } from './config.js';
import type { Translator } from './i18n.js';
import { languageAskedIn, stampLanguage } from './language-choice.js';
import { guessLanguage, isStrongGuess } from './language-detect.js';
import { residentIdFor } from './resident-id.js';
import { residentForTurn } from './residents/records.js';
import type { LanguageSource, Resident, Store } from './store/types.js';
import { cleanInput } from './text.js';
import { setTurnData } from './turn.js';

export interface ResidentMiddlewareDeps {
  store: Store;
  translator: Translator;
  clock: Clock;
  salt: string;
}

/**
 * Language order: a choice made on this turn (the local page's picker) > the resident's own choice >
 * their own words when they clearly say another language (another script, Arabizi, a full sentence)
 * on first contact > the channel's locale > what we remembered > a guess from a short first message
 * > the default language. Later turns: see adoptWrittenLanguage (applied by the bot, which knows
 * whether a free-text answer is being asked).
 */
export class ResidentMiddleware implements Middleware {
  constructor(private readonly deps: ResidentMiddlewareDeps) {
    if (!deps?.store || !deps.translator) throw new Error('ResidentMiddleware: store and translator are required');
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (typeof activity.text === 'string') activity.text = cleanInput(activity.text);
    const userId = activity.from?.id;
    // A proactive send (the outbox) runs a continuation turn: the resident said nothing, and must not be
    // created again if they deleted their data meanwhile.
    if (!userId || (activity.type === ActivityTypes.Event && activity.name === ActivityEventNames.ContinueConversation)) return next();
    const { store, translator, clock, salt } = this.deps;
    const id = residentIdFor(activity.channelId ?? 'unknown', userId, salt);
    const stored = await store.residents.get(id);
    const [lng, source] = this.negotiate(stored, context);
    const resident = await residentForTurn(store, stored, { id, language: lng, languageSource: source, reference: TurnContext.getConversationReference(activity) }, clock.now());
    activity.locale = translator.culture(lng);
    const switchedFrom = stored && stored.language !== lng ? stored.language : undefined;
    setTurnData(context, { lng, t: translator.fixedT(lng), resident, switchedFrom });
    stampLanguage(context);
    await next();
  }

  private negotiate(resident: Resident | undefined, context: TurnContext): [Language, LanguageSource] {
    const { translator } = this.deps;
    const asked = languageAskedIn(context.activity, translator);
    if (asked) return [asked, 'chosen'];
    if (resident?.languageSource === 'chosen' && translator.languages.includes(resident.language)) return [resident.language, 'chosen'];
    const text = context.activity.type === 'message' ? context.activity.text : undefined;
    const guess = () => (text ? guessLanguage(text, translator) : undefined);
    // On first contact, the resident's own words weigh more than a channel's default locale (Web Chat
    // says en-US wherever it runs); after that the language changes only when they ask for it.
    const firstContact = !resident || resident.languageSource === 'default';
    if (firstContact) {
      const words = guess();
      if (words?.language && text && isStrongGuess(words, text)) return [words.language, 'detected'];
    }
    const channel = translator.fromLocale(context.activity.locale);
    if (channel) return [channel, 'channel'];
    const remembered = resident && translator.languages.includes(resident.language) ? resident : undefined;
    // A language we only defaulted to is no knowledge: keep trying to detect until we know.
    if (remembered && remembered.languageSource !== 'default') return [remembered.language, remembered.languageSource];
    const detected = guess()?.language;
    if (detected) return [detected, 'detected'];
    return [translator.defaultLanguage, 'default'];
  }
}
