// A resident writing darija in Latin letters (Arabizi) may read Arabic script, or French better: the
// bot offers both once per conversation, and understands their Arabizi whichever they pick.
import { ActionTypes, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Language } from './config.js';
import type { Translator } from './i18n.js';
import { guessLanguage } from './language-detect.js';
import { turnData } from './turn.js';

const READ_IN: readonly Language[] = ['ar', 'fr'];

/** The offer to read Arabic or French, when this message is Arabizi and no language was chosen yet. */
export function arabiziOffer(context: TurnContext, translator: Translator): Partial<Activity> | undefined {
  const { activity } = context;
  const { resident, lng, switchedFrom } = turnData(context);
  if (activity.type !== 'message' || !activity.text || resident.languageSource === 'chosen') return undefined;
  if (!READ_IN.every((l) => translator.languages.includes(l))) return undefined;
  if (guessLanguage(activity.text, translator).by !== 'arabizi') return undefined;
  const [arabic, french] = READ_IN.map((l) => translator.fixedT(l)('common:language.name'));
  // Said in the language spoken now (and the channel's, when their words just switched it), and in
  // both languages offered: whichever the resident reads.
  const said = [lng, ...(switchedFrom ? [switchedFrom] : []), ...READ_IN];
  const lines = [...new Set(said.map((l) => translator.fixedT(l)('common:language.arabiziOffer', { arabic, french })))];
  return MessageFactory.suggestedActions(
    [arabic!, french!].map((name) => ({ type: ActionTypes.ImBack, title: name, value: name })),
    lines.join('\n\n'),
  );
}
