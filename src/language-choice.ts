// How a resident says which language they want: a language's name typed alone, the page's picker,
// or words clearly written in another language than the channel's default.
import type { Activity, TurnContext } from 'botbuilder';
import type { Clock } from './clock.js';
import type { Language } from './config.js';
import type { Translator } from './i18n.js';
import { guessLanguage, isStrongGuess } from './language-detect.js';
import { updateResident } from './residents/records.js';
import type { Store } from './store/types.js';
import { foldText } from './text.js';
import { setTurnData, turnData } from './turn.js';

/** The event the local page sends when the resident picks a language (value: the language code). */
export const LANGUAGE_EVENT = 'palier/language';

/** Channels whose page reads `channelData.palierLanguage` to follow the bot's language. */
const PAGES_THAT_FOLLOW = new Set(['directline', 'webchat', 'emulator']);

/** A language the activity explicitly asks for: the picker's event, or the page's choice carried on arrival. */
export function languageAskedIn(activity: Partial<Activity>, translator: Translator): Language | undefined {
  if (activity.type === 'event' && activity.name === LANGUAGE_EVENT && typeof activity.value === 'string') return translator.fromLocale(activity.value);
  if (activity.type === 'conversationUpdate') {
    const asked = (activity.channelData as { palierLanguage?: unknown } | undefined)?.palierLanguage;
    return typeof asked === 'string' ? translator.fromLocale(asked) : undefined;
  }
  return undefined;
}

/**
 * The language of a message only when it clearly is one: the understanding layer's strong guess
 * (another script, Arabizi, or a sentence long enough for eld to be sure). A lone "ok", "لغة" or a
 * tapped button's label says nothing.
 */
export function clearlyWrittenIn(text: string | undefined, translator: Translator): Language | undefined {
  if (!text) return undefined;
  const guess = guessLanguage(text, translator);
  return isStrongGuess(guess, text) ? guess.language : undefined;
}

/**
 * When a resident's words clearly say another language than the one the channel suggested, the
 * words win (an Arabic speaker on a French page). A saved choice still wins over words.
 */
export async function adoptWrittenLanguage(context: TurnContext, deps: { store: Store; translator: Translator; clock: Clock }): Promise<void> {
  const { resident, lng } = turnData(context);
  if (context.activity.type !== 'message' || resident.languageSource === 'chosen') return;
  const written = clearlyWrittenIn(context.activity.text, deps.translator);
  if (!written || written === lng) return;
  const updated = (await updateResident(deps.store, resident, deps.clock.now(), (r) => ({ ...r, language: written, languageSource: 'detected' })))!;
  context.activity.locale = deps.translator.culture(written);
  setTurnData(context, { lng: written, t: deps.translator.fixedT(written), resident: updated, switchedFrom: lng });
}

/** Every way of naming each language ("francais", "arabe", "العربية", "Türkçe"), folded. */
export class LanguageNames {
  private readonly names = new Map<string, Language>();

  constructor(translator: Translator) {
    for (const target of translator.languages) {
      this.names.set(foldText(translator.fixedT(target)('common:language.name')), target);
      for (const lng of translator.languages) for (const name of translator.list(lng, `common:language.names.${target}`)) this.names.set(foldText(name), target);
    }
  }

  /** The language a whole message names, or undefined. */
  named(text: string | undefined): Language | undefined {
    return text ? this.names.get(foldText(text)) : undefined;
  }
}

/** Saves the resident's choice and makes the rest of the turn speak it. */
export async function chooseLanguage(context: TurnContext, deps: { store: Store; translator: Translator; clock: Clock }, lng: Language): Promise<void> {
  const { resident, lng: before } = turnData(context);
  const updated = (await updateResident(deps.store, resident, deps.clock.now(), (r) => ({ ...r, language: lng, languageSource: 'chosen' })))!;
  context.activity.locale = deps.translator.culture(lng);
  setTurnData(context, { lng, t: deps.translator.fixedT(lng), resident: updated, switchedFrom: lng === before ? undefined : before });
}

/** Tells a page that follows the bot which language each message is in (direction and picker). */
export function stampLanguage(context: TurnContext): void {
  if (!PAGES_THAT_FOLLOW.has(context.activity.channelId ?? '')) return;
  context.onSendActivities(async (ctx, activities, next) => {
    const { lng } = turnData(ctx);
    for (const activity of activities) {
      if (activity.type === 'message') activity.channelData = { ...(activity.channelData as object | undefined), palierLanguage: lng };
    }
    return next();
  });
}
