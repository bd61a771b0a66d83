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
export function yesNoOptions(translator: Translator, lng: Language): readonly ChoiceOption[] {
  return optionsOnce(translator, `yesNo:${lng}`, () => {
    const t = translator.fixedT(lng);
    return [
      { value: 'yes', label: t('common:yesNo.yes'), synonyms: translator.list(lng, 'common:answers.yes') },
      { value: 'no', label: t('common:yesNo.no'), synonyms: translator.list(lng, 'common:answers.no') },
    ];
  });
}

const builtOptions = new WeakMap<object, Map<string, readonly ChoiceOption[]>>();

/**
 * Options that depend only on the language, translated once for their `owner` (the translator, or a
 * dialog with its configuration): every question would otherwise translate them again. They are
 * frozen, since every resident's turn shares them.
 */
export function optionsOnce(owner: object, key: string, build: () => ChoiceOption[]): readonly ChoiceOption[] {
  let built = builtOptions.get(owner);
  if (!built) builtOptions.set(owner, (built = new Map()));
  let options = built.get(key);
  if (!options) {
    options = Object.freeze(build().map((o) => Object.freeze({ ...o, ...(Array.isArray(o.synonyms) ? { synonyms: Object.freeze([...o.synonyms]) as string[] } : {}) })));
    built.set(key, options);
  }
  return options;
}

/** The configured sites, the resident's own first, labelled "as last time" by `same`. */
export function siteOptions(sites: readonly string[], residentSite: string | undefined, same: (site: string) => string): ChoiceOption[] {
  const known = residentSite && sites.includes(residentSite) ? residentSite : undefined;
  const ordered = known ? [known, ...sites.filter((s) => s !== known)] : sites;
  return ordered.map((s) => ({ value: s, label: s === known ? same(s) : s, synonyms: [s] }));
}
