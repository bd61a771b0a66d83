// "My registrations": what the resident signed up for; cancel, change the seats, accept an offered place.
import { ComponentDialog, WaterfallDialog, type DialogInstance, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps } from '../src/dialog-deps.js';
import { eventWhen, pick } from '../src/events/present.js';
import { seatsFrom } from '../src/events/seats.js';
import { formatDate } from '../src/format.js';
import type { Registration } from '../src/store/types.js';
import { turnData } from '../src/turn.js';
import type { ChoiceOption } from '../src/recognize.js';
import { AnswerPrompt } from './answer-prompt.js';
import { askChoice, chosen, LocalizedChoicePrompt } from './choice-prompt.js';
import { runningState } from './dialog-stack.js';

const LIST = 'myRegistrations.list';
const CHOICE = 'myRegistrations.choice';
const SEATS = 'myRegistrations.seats';

interface Values {
  registrationId?: string;
}

/** Open one registration's actions straight away, or its "how many seats now?" question. */
export interface MyRegistrationsOptions {
  registrationId?: string;
  changeSeats?: boolean;
}

const values = (step: WaterfallStepContext) => step.values as Values;

export class MyRegistrationsDialog extends ComponentDialog {
  static readonly id = 'myRegistrations';

  constructor(private readonly deps: DialogDeps) {
    super(MyRegistrationsDialog.id);
    if (!deps?.store) throw new Error('MyRegistrationsDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(CHOICE, deps.recognizer));
    this.addDialog(new AnswerPrompt(SEATS, this.validateSeats.bind(this), (text, context) => this.deps.knowledge.understanding.seats(text, turnData(context).lng).seats !== undefined));
    this.addDialog(new WaterfallDialog<MyRegistrationsOptions>(LIST, [this.listStep.bind(this), this.actionsStep.bind(this), this.actStep.bind(this), this.seatsStep.bind(this)]));
    this.initialDialogId = LIST;
  }

  /** Where the resident stands: a registration chosen, and whether they were asked for the seats. */
  static resumeFrom(instance: DialogInstance): MyRegistrationsOptions | undefined {
    const list = runningState<MyRegistrationsOptions>(instance, LIST);
    const registrationId = (list?.values as Values | undefined)?.registrationId;
    // Steps: 0 the list, 1 one registration's actions, 2 the seats question.
    return list && registrationId ? { registrationId, changeSeats: list.stepIndex >= 2 } : list ? {} : undefined;
  }

  private async listStep(step: WaterfallStepContext<MyRegistrationsOptions>): Promise<DialogTurnResult> {
    if (step.options.registrationId) return step.next({ value: step.options.registrationId } satisfies Partial<ChoiceOption>);
    const { t, lng, resident } = turnData(step.context);
    const { store, clock, translator, config } = this.deps;
    const now = clock.now();
    // The timer passes lapsed offers on; doing it now too keeps this list exact between two passes.
    await this.deps.registrations.expireOffers();
    const mine = (await store.registrations.byResident(resident.id)).filter((r) => r.status !== 'cancelled');
    const events = await Promise.all(mine.map((r) => store.events.get(r.eventId)));
    const upcoming = mine.filter((_, i) => events[i] && events[i]!.end > now.toISOString());
    if (upcoming.length === 0) {
      await step.context.sendActivity(t('workshops:mine.none'));
      return step.endDialog();
    }
    const options = upcoming.map((r) => {
      const event = events[mine.indexOf(r)]!;
      return {
        value: r.id,
        label: t('workshops:mine.entry', {
          when: eventWhen(event, lng, translator, config.timeZone),
          title: pick(event.title, lng, config.defaultLanguage).text,
          status: t(`workshops:mine.status.${r.status}`),
          seats: r.seats,
        }),
      };
    });
    const offers = upcoming.filter((r) => r.status === 'offered');
    for (const offer of offers) {
      const event = events[mine.indexOf(offer)]!;
      await step.context.sendActivity(t('workshops:mine.offer', { title: pick(event.title, lng, config.defaultLanguage).text, until: formatDate(offer.offerExpiresAt!, lng, translator, config.timeZone) }));
    }
    return askChoice(step, CHOICE, { text: t('workshops:mine.prompt'), retryText: t('errors:notUnderstood'), options });
  }

  private async actionsStep(step: WaterfallStepContext<MyRegistrationsOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const registration = await this.deps.store.registrations.get(chosen(step));
    if (!registration) return step.replaceDialog(LIST, {});
    values(step).registrationId = registration.id;
    if (step.options.changeSeats && registration.status === 'confirmed') return step.next({ value: 'change' } satisfies Partial<ChoiceOption>);
    const options = [
      ...(registration.status === 'offered' ? [{ value: 'accept', label: t('workshops:mine.accept') }] : []),
      ...(registration.status === 'confirmed' ? [{ value: 'change', label: t('workshops:mine.change') }] : []),
      // "iptal", "annuler": here the command word is the answer (cancel this registration).
      { value: 'cancel', label: t('workshops:mine.cancel'), synonyms: this.deps.translator.list(lng, 'workshops:mine.cancelWords') },
      { value: 'back', label: t('workshops:mine.back') },
    ];
    return askChoice(step, CHOICE, { text: t('workshops:mine.prompt'), retryText: t('errors:notUnderstood'), options });
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    const { store, registrations } = this.deps;
    const registration = (await store.registrations.get(values(step).registrationId!)) as Registration;
    switch (chosen(step)) {
      case 'cancel':
        await registrations.cancel(registration);
        await step.context.sendActivity(t('workshops:mine.cancelled'));
        return step.endDialog();
      case 'accept': {
        const accepted = await registrations.accept(registration);
        await step.context.sendActivity(accepted ? t('workshops:mine.accepted', { code: registration.code }) : t('workshops:mine.expired'));
        return step.endDialog();
      }
      case 'change': {
        const event = await store.events.get(registration.eventId);
        const max = event?.maxSeatsPerRegistration ?? 1;
        // The seats free now, the resident's own included: more is refused with the real reason, in the flow.
        const free = event ? event.capacity - (await store.registrations.seatsTaken(event.id, this.deps.clock.now())) + (registration.status === 'confirmed' ? registration.seats : 0) : max;
        return step.prompt(SEATS, { prompt: t('workshops:seats.prompt'), retryPrompt: t('workshops:seats.retry', { max: Math.min(max, Math.max(free, 1)) }), validations: { max, free } });
      }
      default:
        return step.replaceDialog(LIST);
    }
  }

  /** A number of seats within the per-person maximum and the seats free; otherwise says which limit, and asks again. */
  private async validateSeats(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { lng, t } = turnData(prompt.context);
    const seats = seatsFrom(prompt.recognized.value ?? '', lng);
    const { max, free } = prompt.options.validations as { max: number; free: number };
    if (seats === undefined || seats < 1) return false;
    if (seats > max) await prompt.context.sendActivity(t('workshops:seats.tooMany', { max }));
    else if (seats > free) await prompt.context.sendActivity(t('workshops:mine.noRoomLeft', { count: Math.max(free, 0) }));
    return seats <= max && seats <= free;
  }

  private async seatsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const seats = seatsFrom(step.result as string, lng)!;
    const changed = await this.deps.registrations.changeSeats(values(step).registrationId!, seats);
    await step.context.sendActivity(changed ? t('workshops:mine.changed', { seats }) : t('workshops:mine.noRoom'));
    return step.endDialog();
  }
}
