// "News from my neighbourhood": choose topics and site, agree explicitly, change or stop at any time.
import { ActionTypes, MessageFactory } from 'botbuilder';
import { ComponentDialog, supportsSuggestedActions, TextPrompt, WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { siteOptions, yesNoOptions } from '../src/choices.js';
import type { Language } from '../src/config.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import type { TFunction } from '../src/i18n.js';
import { subscribe, unsubscribe } from '../src/news/subscriptions.js';
import { NEWS_TOPICS, type NewsTopic } from '../src/store/types.js';
import { foldText } from '../src/text.js';
import { turnData } from '../src/turn.js';
import { askChoice, chosen, LocalizedChoicePrompt } from './choice-prompt.js';

const START = 'news.start';
const CHOOSE = 'news.choose';
const CHOICE = 'news.choice';
const TOPICS = 'news.topics';

interface ChooseValues {
  topics?: NewsTopic[];
  site?: string;
}


export class NewsDialog extends ComponentDialog {
  static readonly id = 'news';

  constructor(private readonly deps: DialogDeps) {
    super(NewsDialog.id);
    if (!deps?.store) throw new Error('NewsDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(CHOICE, deps.recognizer));
    this.addDialog(new TextPrompt(TOPICS, async (p: PromptValidatorContext<string>) => this.topics(p.recognized.value ?? '', turnData(p.context).lng, turnData(p.context).t) !== undefined));
    this.addDialog(new WaterfallDialog(START, [this.statusStep.bind(this), this.manageStep.bind(this)]));
    this.addDialog(new WaterfallDialog(CHOOSE, [this.topicsStep.bind(this), this.siteStep.bind(this), this.consentStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = START;
  }

  private async statusStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, resident } = turnData(step.context);
    const current = (await this.deps.store.residents.get(resident.id))?.subscription;
    if (!current) return step.replaceDialog(CHOOSE);
    const topics = current.topics.map((topic) => t(`news:topics.names.${topic}`)).join(', ');
    await step.context.sendActivity(t('news:status.subscribed', { topics, site: current.site ?? '—' }));
    const options = (['change', 'stop', 'back'] as const).map((value) => ({ value, label: t(`news:manage.${value}`) }));
    return askChoice(step, CHOICE, { text: t('news:manage.prompt'), retryText: t('errors:notUnderstood'), options });
  }

  private async manageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, resident } = turnData(step.context);
    if (chosen(step) === 'change') return step.replaceDialog(CHOOSE);
    if (chosen(step) === 'stop') {
      await unsubscribe(this.deps.store, resident.id, this.deps.clock.now());
      await step.context.sendActivity(t('news:unsubscribed'));
    }
    return step.endDialog();
  }

  private async topicsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    // Buttons (one topic, or all) where the channel has them; typed numbers ("1, 4") still pick several.
    const names = NEWS_TOPICS.map((topic, i) => `${i + 1}. ${t(`news:topics.names.${topic}`)}`);
    const asked = (text: string) =>
      supportsSuggestedActions(step.context.activity.channelId, names.length + 1)
        ? MessageFactory.suggestedActions([...names.map((title, i) => ({ type: ActionTypes.ImBack, title, value: t(`news:topics.names.${NEWS_TOPICS[i]}`) })), { type: ActionTypes.ImBack, title: t('news:topics.allLabel'), value: t('news:topics.allLabel') }], text)
        : MessageFactory.text(`${text}\n\n${names.join('\n')}`);
    return step.prompt(TOPICS, { prompt: asked(t('news:topics.prompt')), retryPrompt: asked(t('news:topics.retry')) });
  }

  private async siteStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng, resident } = turnData(step.context);
    (step.values as ChooseValues).topics = this.topics(step.result as string, lng, t);
    return askChoice(step, CHOICE, { text: t('news:site.prompt'), retryText: t('errors:notUnderstood'), options: siteOptions(this.deps.config.sites, resident.site, (site) => t('news:site.same', { site })) });
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    (step.values as ChooseValues).site = chosen(step);
    return askChoice(step, CHOICE, { text: t('news:consent.prompt', { landlord: this.deps.config.landlord.name }), retryText: t('errors:notUnderstood'), options: yesNoOptions(this.deps.translator, lng) });
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, resident } = turnData(step.context);
    if (chosen(step) !== 'yes') {
      await step.context.sendActivity(t('news:notSubscribed'));
      return step.endDialog();
    }
    const { topics = [], site } = step.values as ChooseValues;
    await subscribe(this.deps.store, resident, { topics, site }, this.deps.clock.now());
    await step.context.sendActivity(t('news:subscribed', { quiet: this.deps.config.quietHours ?? '—' }));
    return step.endDialog();
  }

  /** "1, 4", "1 et 3", "tout", or topic names; undefined when nothing is recognised. */
  private topics(text: string, lng: Language, t: TFunction): NewsTopic[] | undefined {
    const folded = foldText(text);
    if (this.deps.translator.list(lng, 'news:topics.all').some((w) => foldText(w) === folded)) return [...NEWS_TOPICS];
    const options = NEWS_TOPICS.map((topic) => ({ value: topic, label: t(`news:topics.names.${topic}`) }));
    const parts = text.split(/\s*[,;+&،]\s*|\s+(?:et|and|y|e|ve|و)\s+|\s+/iu).filter(Boolean);
    const picked = parts.map((p) => this.deps.recognizer.choice(p, options, lng)?.value as NewsTopic | undefined);
    const whole = this.deps.recognizer.choice(text, options, lng)?.value as NewsTopic | undefined;
    if (whole) return [whole];
    return picked.length > 0 && picked.every(Boolean) ? [...new Set(picked as NewsTopic[])] : undefined;
  }


}
