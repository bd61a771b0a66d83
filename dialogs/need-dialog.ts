// "Share a need or an idea": kind, category, own words, photos, site, audience, contact with consent, summary, receipt.
import {
  ComponentDialog,
  TextPrompt,
  type DialogInstance,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { optionsOnce, siteOptions, yesNoOptions } from '../src/choices.js';
import { parseContactDetails } from '../src/contact-details.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import { withConsents, type ConsentPurpose } from '../src/residents/consents.js';
import { residentChange } from '../src/residents/records.js';
import type { Language } from '../src/config.js';
import type { TFunction } from '../src/i18n.js';
import type { ChoiceOption } from '../src/recognize.js';
import { AUDIENCES, type Audience, type ContactDetails, type Need } from '../src/store/types.js';
import { turnData } from '../src/turn.js';
import { askChoice, type ChoicePromptOptions } from './choice-prompt.js';
import type { WaterfallState } from './dialog-stack.js';
import { dropPhotos, photoQuestion, photosOffered, receivePhotos } from './need-photos.js';
import { FILES_SENT, PhotoPrompt, sentFiles } from './photo-prompt.js';

const FLOW = 'need.flow';
const CHOICE = 'need.choice';
const TEXT = 'need.text';
const CONTACT = 'need.contact';
const PHOTOS = 'need.photos';

export const MAX_NEED_LENGTH = 2000;
const MIN_NEED_LENGTH = 5;

/** What the resident has said so far; a field is asked while it is missing. */
export interface NeedDraft {
  type?: 'need' | 'idea';
  category?: string;
  text?: string;
  /** A text over the limit, kept until the resident says what to do with it. */
  longText?: string;
  /** Ids of the photos received so far (kept in the store; deleted if the need is given up). */
  photos?: string[];
  /** The resident is done with photos (or said they have none). */
  photosDone?: boolean;
  site?: string;
  audience?: Audience;
  wantsContact?: boolean;
  contact?: ContactDetails;
  notifyOnStatus?: boolean;
}

export interface NeedOptions {
  draft: NeedDraft;
}

type Field = 'type' | 'category' | 'longText' | 'text' | 'photos' | 'site' | 'audience' | 'wantsContact' | 'contact' | 'notifyOnStatus' | 'summary';

/** The flow's lists that depend only on the language: kept in the dialog state by name (see ChoiceLists). */
type NeedList = 'kind' | 'category' | 'audience' | 'yesNo' | 'summary' | 'summaryWithPhotos';

/** Summary choices: send, change one field, or give up. */
const CHANGEABLE = ['type', 'category', 'text', 'photos', 'site', 'audience', 'contact'] as const;

/** The next field to ask; `withPhotos`: this need may get photos here. */
function nextField(d: NeedDraft, withPhotos: boolean): Field {
  if (!d.type) return 'type';
  if (!d.category) return 'category';
  if (d.longText) return 'longText';
  if (!d.text) return 'text';
  if (withPhotos && !d.photosDone) return 'photos';
  if (!d.site) return 'site';
  if (!d.audience) return 'audience';
  if (d.wantsContact === undefined) return 'wantsContact';
  if (d.wantsContact && !d.contact) return 'contact';
  if (d.notifyOnStatus === undefined) return 'notifyOnStatus';
  return 'summary';
}

export class NeedDialog extends ComponentDialog {
  static readonly id = 'need';

  constructor(private readonly deps: DialogDeps) {
    super(NeedDialog.id);
    if (!deps?.store) throw new Error('NeedDialog: dependencies are required');
    // Every choice of the flow takes files too: a photo sent at any question is kept, and the question asked again.
    this.addDialog(new PhotoPrompt(CHOICE, deps.recognizer, undefined, (name, lng) => this.list(name as NeedList, lng)));
    this.addDialog(new TextPrompt(TEXT, this.validateText.bind(this)));
    this.addDialog(new TextPrompt(CONTACT, this.validateContact.bind(this)));
    this.addDialog(new PhotoPrompt(PHOTOS, deps.recognizer));
    this.addDialog(new WaterfallDialog<NeedOptions>(FLOW, [this.askStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /** What the resident wrote so far in a running need dialog, to ask before dropping it or to resume it. */
  static draftIn(instance: DialogInstance): NeedDraft | undefined {
    const stack = (instance.state as { dialogs?: { dialogStack?: DialogInstance[] } } | undefined)?.dialogs?.dialogStack ?? [];
    const flow = stack.find((d) => d.id === FLOW);
    return (flow?.state as { options?: Partial<NeedOptions> } | undefined)?.options?.draft;
  }

  /** Starts a new need (the menu passes no options), or resumes one with its draft. */
  override async beginDialog(dc: Parameters<ComponentDialog['beginDialog']>[0], options?: Partial<NeedOptions>): Promise<DialogTurnResult> {
    return super.beginDialog(dc, { draft: options?.draft ?? {} });
  }

  private askStep(step: WaterfallStepContext<NeedOptions>): Promise<DialogTurnResult> {
    return this.ask(step, step.options.draft);
  }

  /**
   * The next question, asked from the same waterfall instance: the waterfall goes back to its asking
   * step with the new draft, as `replaceDialog(FLOW, { draft })` would leave it, without ending the
   * waterfall and starting it again (a dialog context, an instance id and events for every answer).
   */
  private askNext(step: WaterfallStepContext<NeedOptions>, draft: NeedDraft): Promise<DialogTurnResult> {
    const state = step.activeDialog!.state as WaterfallState<NeedOptions>;
    state.options = { draft };
    state.stepIndex = 0;
    return this.ask(step, draft);
  }

  private async ask(step: WaterfallStepContext<NeedOptions>, draft: NeedDraft): Promise<DialogTurnResult> {
    const { t, resident } = turnData(step.context);
    const field = nextField(draft, photosOffered(this.deps, step.context, draft.type));
    (step.values as { field?: Field }).field = field;
    switch (field) {
      case 'type':
        return this.choose(step, t('needs:kind.prompt'), { list: 'kind' });
      case 'category':
        return this.choose(step, t('needs:category.prompt'), { list: 'category' });
      case 'longText':
        return this.choose(step, t('needs:text.tooLong', { count: draft.longText!.length, max: MAX_NEED_LENGTH }), {
          options: [
            { value: 'keep', label: t('needs:text.keepStart') },
            { value: 'rewrite', label: t('needs:text.rewrite') },
          ],
        });
      case 'text':
        return step.prompt(TEXT, { prompt: t(draft.type === 'idea' ? 'needs:text.promptIdea' : 'needs:text.prompt'), retryPrompt: t('needs:text.tooShort') });
      case 'photos': {
        const question = photoQuestion(t, draft.photos?.length ?? 0);
        return askChoice(step, PHOTOS, question);
      }
      case 'site':
        return this.choose(step, t('needs:site.prompt'), { options: siteOptions(this.deps.config.sites, resident.site, (site) => t('needs:site.same', { site })) });
      case 'audience':
        return this.choose(step, t('needs:audience.prompt'), { list: 'audience' });
      case 'wantsContact':
        return this.choose(step, t('needs:contact.consent'), { list: 'yesNo' });
      case 'contact':
        return step.prompt(CONTACT, { prompt: t('needs:contact.ask'), retryPrompt: t('needs:contact.invalid') });
      case 'notifyOnStatus':
        return this.choose(step, t('needs:contact.notify'), { list: 'yesNo' });
      case 'summary': {
        const withPhotos = photosOffered(this.deps, step.context, draft.type);
        return this.choose(step, this.summary(draft, t), { list: withPhotos ? 'summaryWithPhotos' : 'summary' });
      }
    }
  }

  /** A list of the flow in a language, translated once (undefined for a name it does not have). */
  private list(name: NeedList, lng: Language): readonly ChoiceOption[] | undefined {
    const translated = (build: (t: TFunction) => ChoiceOption[]) => optionsOnce(this, `${name}:${lng}`, () => build(this.deps.translator.fixedT(lng)));
    switch (name) {
      case 'kind':
        return translated((t) => [
          { value: 'need', label: t('needs:kind.need') },
          { value: 'idea', label: t('needs:kind.idea') },
        ]);
      case 'category':
        return translated((t) => this.deps.config.needCategories.map((c) => ({ value: c, label: t(`needs:categories.${c}`, { defaultValue: c }) })));
      case 'audience':
        return translated((t) => AUDIENCES.map((a) => ({ value: a, label: t(`needs:audience.${a}`) })));
      case 'yesNo':
        return yesNoOptions(this.deps.translator, lng);
      case 'summary':
      case 'summaryWithPhotos':
        return translated((t) => [
          { value: 'send', label: t('needs:summary.send') },
          ...CHANGEABLE.filter((f) => f !== 'photos' || name === 'summaryWithPhotos').map((f) => ({ value: `change:${f}`, label: t(`needs:summary.change.${f}`) })),
          { value: 'cancel', label: t('needs:summary.cancel') },
        ]);
      default:
        return undefined;
    }
  }

  private async saveStep(step: WaterfallStepContext<NeedOptions>): Promise<DialogTurnResult> {
    const draft: NeedDraft = { ...step.options.draft };
    const field = (step.values as { field: Field }).field;
    // A message of files alone leaves a text question's result empty (undefined).
    const result = step.result as string | ChoiceOption | undefined;
    const answer = result === undefined ? '' : typeof result === 'string' ? result : result.value;
    // Files sent at any step of a need are its photos (a photo sent with the description, say).
    if (photosOffered(this.deps, step.context, draft.type)) draft.photos = await receivePhotos(this.deps, step.context, draft.photos ?? []);
    // Files alone at a question (a photo at the description, with no words): kept, and the question asked again.
    const filesOnly = answer === FILES_SENT || (typeof result !== 'object' && !answer.trim() && sentFiles(step.context));
    if (filesOnly && field !== 'photos') return this.askNext(step, draft);
    switch (field) {
      case 'type':
        draft.type = answer as NeedDraft['type'];
        break;
      case 'category':
        draft.category = answer;
        break;
      case 'longText':
        if (answer === 'keep') draft.text = draft.longText!.slice(0, MAX_NEED_LENGTH);
        delete draft.longText;
        break;
      case 'text':
        if (answer.trim().length > MAX_NEED_LENGTH) draft.longText = answer.trim();
        else draft.text = answer.trim();
        break;
      case 'photos':
        if (answer === 'clear') {
          await dropPhotos(this.deps, draft.photos);
          draft.photos = [];
          await step.context.sendActivity(turnData(step.context).t('needs:photos.cleared'));
        } else if (answer !== FILES_SENT || (draft.photos?.length ?? 0) >= this.deps.config.photos.perNeed) draft.photosDone = true;
        break;
      case 'site':
        draft.site = answer;
        break;
      case 'audience':
        draft.audience = answer as Audience;
        break;
      case 'wantsContact':
        draft.wantsContact = answer === 'yes';
        if (!draft.wantsContact) delete draft.contact;
        break;
      case 'contact':
        draft.contact = parseContactDetails(answer, this.deps.knowledge.pack.country);
        break;
      case 'notifyOnStatus':
        draft.notifyOnStatus = answer === 'yes';
        break;
      case 'summary':
        return this.finish(step, draft, answer);
    }
    return this.askNext(step, draft);
  }

  private async finish(step: WaterfallStepContext<NeedOptions>, draft: NeedDraft, answer: string): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    if (answer === 'cancel') {
      await dropPhotos(this.deps, draft.photos);
      await step.context.sendActivity(t('needs:summary.cancelled'));
      return step.endDialog();
    }
    if (answer.startsWith('change:')) {
      const field = answer.slice('change:'.length);
      if (field === 'contact') {
        delete draft.wantsContact;
        delete draft.contact;
      } else if (field === 'photos') delete draft.photosDone;
      else delete draft[field as keyof NeedDraft];
      return this.askNext(step, draft);
    }
    const receipt = await this.save(step, draft);
    await step.context.sendActivity(t('needs:sent', { receipt }));
    return step.endDialog(receipt);
  }

  /** Writes the need with the resident's site and consents (one commit); resolves once both are on disk. */
  private async save(step: WaterfallStepContext<NeedOptions>, draft: NeedDraft): Promise<string> {
    const { lng, resident } = turnData(step.context);
    const { store, clock } = this.deps;
    const now = clock.now();
    const need = await store.needs.create(
      {
        residentId: resident.id,
        type: draft.type!,
        category: draft.category!,
        text: draft.text!,
        language: lng,
        site: draft.site,
        audience: draft.audience,
        contact: draft.wantsContact ? draft.contact : undefined,
        notifyOnStatus: draft.notifyOnStatus === true,
        ...(draft.photos?.length ? { photos: draft.photos } : {}),
        channel: step.context.activity.channelId,
      },
      now,
      // Nothing new (same site, no consent given): the resident is not written again.
      residentChange<Need>(resident, now, (r, need) => {
        const purposes: ConsentPurpose[] = [...(need.contact ? (['need-contact'] as const) : []), ...(need.notifyOnStatus ? (['status-updates'] as const) : [])];
        const sited = draft.site === undefined || draft.site === r.site ? r : { ...r, site: draft.site };
        return withConsents(sited, purposes, now, need.receipt);
      }),
    );
    return need.receipt;
  }

  private summary(d: NeedDraft, t: TFunction): string {
    const contact = d.wantsContact && d.contact ? d.contact.value : t('needs:summary.noContact');
    return [
      t('needs:summary.title'),
      t('needs:summary.kind', { value: t(`needs:kind.${d.type}`) }),
      t('needs:summary.category', { value: t(`needs:categories.${d.category}`, { defaultValue: d.category }) }),
      t('needs:summary.text', { value: d.text }),
      ...(d.photos?.length ? [t('needs:summary.photos', { count: d.photos.length })] : []),
      t('needs:summary.site', { value: d.site }),
      t('needs:summary.audience', { value: t(`needs:audience.${d.audience}`) }),
      t('needs:summary.contact', { value: contact }),
      t('needs:summary.prompt'),
    ].join('\n');
  }

  private choose(step: WaterfallStepContext<NeedOptions>, text: string, choices: { list: NeedList } | Pick<ChoicePromptOptions, 'options'>): Promise<DialogTurnResult> {
    return askChoice(step, CHOICE, { text, ...choices });
  }

  private async validateText(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = (prompt.recognized.value ?? '').trim();
    return text.length >= MIN_NEED_LENGTH || (!text && sentFiles(prompt.context));
  }

  private async validateContact(prompt: PromptValidatorContext<string>): Promise<boolean> {
    if (!(prompt.recognized.value ?? '').trim() && sentFiles(prompt.context)) return true;
    return parseContactDetails(prompt.recognized.value ?? '', this.deps.knowledge.pack.country) !== undefined;
  }
}
