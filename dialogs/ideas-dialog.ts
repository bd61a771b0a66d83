// "Ideas near me": ideas staff published for the resident's site, in their language; support one, once.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Language } from '../src/config.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import { languageCalled, type TFunction } from '../src/i18n.js';
import type { ChoiceOption } from '../src/recognize.js';
import type { Need } from '../src/store/types.js';
import { turnData } from '../src/turn.js';
import { askChoice, LocalizedChoicePrompt } from './choice-prompt.js';

const LIST = 'ideas.list';
const CHOICE = 'ideas.choice';
const SNIPPET = 80;

export class IdeasDialog extends ComponentDialog {
  static readonly id = 'ideas';

  constructor(private readonly deps: DialogDeps) {
    super(IdeasDialog.id);
    if (!deps?.store) throw new Error('IdeasDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(CHOICE, deps.recognizer));
    this.addDialog(new WaterfallDialog(LIST, [this.listStep.bind(this), this.showStep.bind(this), this.supportStep.bind(this)]));
    this.initialDialogId = LIST;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng, resident } = turnData(step.context);
    const ideas = await this.deps.store.needs.published(resident.site);
    if (ideas.length === 0) {
      await step.context.sendActivity(t('surveys:ideas.none'));
      return step.endDialog();
    }
    const options = ideas.map((idea) => {
      const text = this.text(idea, lng, t);
      return { value: idea.id, label: text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text };
    });
    return askChoice(step, CHOICE, { text: t('surveys:ideas.prompt'), retryText: t('errors:notUnderstood'), options });
  }

  private async showStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng, resident } = turnData(step.context);
    const idea = await this.deps.store.needs.get((step.result as ChoiceOption).value);
    if (!idea?.published) return step.endDialog();
    (step.values as { ideaId?: string }).ideaId = idea.id;
    const supporters = idea.supporters ?? [];
    const details = [this.text(idea, lng, t), t('surveys:ideas.count', { count: supporters.length })].join('\n\n');
    if (supporters.includes(resident.id)) {
      await step.context.sendActivity(`${details}\n\n${t('surveys:ideas.already')}`);
      return step.endDialog();
    }
    const options = [
      { value: 'support', label: t('surveys:ideas.support') },
      { value: 'back', label: t('surveys:ideas.back') },
    ];
    return askChoice(step, CHOICE, { text: details, retryText: t('errors:notUnderstood'), options });
  }

  private async supportStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, resident } = turnData(step.context);
    if ((step.result as ChoiceOption).value !== 'support') return step.endDialog();
    const result = await this.deps.store.needs.support((step.values as { ideaId: string }).ideaId, resident.id);
    if (result) await step.context.sendActivity(t('surveys:ideas.supported', { count: result.count }));
    return step.endDialog();
  }

  /** The staff translation in the resident's language, else the idea as written, with its language named. */
  private text(idea: Need, lng: Language, t: TFunction): string {
    const translated = idea.published?.translations[lng];
    if (translated) return translated;
    if (idea.language === lng) return idea.text;
    const language = languageCalled(this.deps.translator, idea.language, lng);
    return `${idea.text}\n${t('surveys:ideas.original', { language })}`;
  }
}
