// How a list of options is shown: buttons where the channel has them, a numbered list everywhere else.
import { ActionTypes, MessageFactory, type Activity } from 'botbuilder';
import { supportsSuggestedActions } from 'botbuilder-dialogs';
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
