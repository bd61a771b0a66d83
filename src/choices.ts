// How a list of options is shown: buttons where the channel has them, a numbered list everywhere else.
import { ActionTypes, MessageFactory, type Activity } from 'botbuilder';
import { supportsSuggestedActions } from 'botbuilder-dialogs';
import type { Language } from './config.js';
import type { Translator } from './i18n.js';
import type { ChoiceOption } from './recognize.js';

/**
 * Buttons carry their number ("2. Changer de langue") so a resident learns they can type it;
 * a button sends the plain label back. Without buttons (SMS), the numbered list is in the text.
 */
export function choiceActivity(channelId: string, text: string, options: readonly ChoiceOption[]): Partial<Activity> {
  const numbered = options.map((o, i) => `${i + 1}. ${o.label}`);
  if (supportsSuggestedActions(channelId, options.length)) {
    return MessageFactory.suggestedActions(
      options.map((o, i) => ({ type: ActionTypes.ImBack, title: numbered[i]!, value: o.label })),
      text,
    );
  }
  return MessageFactory.text(`${text}\n\n${numbered.join('\n')}`);
}

/** Yes and No buttons that also understand every way of saying yes or no in the language (common:answers). */
export function yesNoOptions(translator: Translator, lng: Language): ChoiceOption[] {
  const t = translator.fixedT(lng);
  return [
    { value: 'yes', label: t('common:yesNo.yes'), synonyms: translator.list(lng, 'common:answers.yes') },
    { value: 'no', label: t('common:yesNo.no'), synonyms: translator.list(lng, 'common:answers.no') },
  ];
}

/** The configured sites, the resident's own first, labelled "as last time" by `same`. */
export function siteOptions(sites: readonly string[], residentSite: string | undefined, same: (site: string) => string): ChoiceOption[] {
  const known = residentSite && sites.includes(residentSite) ? residentSite : undefined;
  const ordered = known ? [known, ...sites.filter((s) => s !== known)] : sites;
  return ordered.map((s) => ({ value: s, label: s === known ? same(s) : s, synonyms: [s] }));
}
