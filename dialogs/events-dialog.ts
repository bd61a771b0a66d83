// "Workshops and events": upcoming events (their site first), filter by a date said in words, register.
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { yesNoOptions } from '../src/choices.js';
import type { Language } from '../src/config.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import { periodFromWords, withinHours, type Period } from '../src/events/periods.js';
import { formatDate } from '../src/format.js';
import { eventWhen, pick } from '../src/events/present.js';
import { languageCalled, type TFunction } from '../src/i18n.js';
import type { ChoiceOption } from '../src/recognize.js';
import type { CommunityEvent } from '../src/store/types.js';
import { turnData } from '../src/turn.js';
import { AnswerPrompt } from './answer-prompt.js';
import { askChoice, chosen, LocalizedChoicePrompt } from './choice-prompt.js';
import { runningState } from './dialog-stack.js';
import { MyRegistrationsDialog, type MyRegistrationsOptions } from './my-registrations-dialog.js';

const LIST = 'events.list';
const DETAILS = 'events.details';
const CHOICE = 'events.choice';
const PERIOD = 'events.period';
const SEATS = 'events.seats';
const MAX_LISTED = 8;
const DAY = 86_400_000;
/** List answers that are not an event id. */
const FILTER = '__filter';
const MINE = '__mine';
const TYPED_PERIOD = '__period';
const BACK_TO_MENU = '__menu';

interface ListOptions {
  period?: Period;
}

interface DetailsOptions {
  eventId: string;
  /** The resident said the count back was wrong: ask the number of seats again. */
  seatsAgain?: boolean;
  /** Seats already given (a registration taken up again after a language change): ask what follows. */
  seats?: number;
}

/** Where to take the events flow up again (after a language change): the list, one event, or "my registrations". */
export interface EventsOptions {
  list?: ListOptions;
  details?: DetailsOptions;
  mine?: MyRegistrationsOptions;
}

interface DetailsValues {
  seats?: number;
  reminder?: boolean;
}


export class EventsDialog extends ComponentDialog {
  static readonly id = 'workshops';

  constructor(private readonly deps: DialogDeps) {
    super(EventsDialog.id);
    if (!deps?.store) throw new Error('EventsDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(CHOICE, deps.recognizer, this.choiceOrPeriod.bind(this)));
    this.addDialog(new TextPrompt(PERIOD, async (p: PromptValidatorContext<string>) => this.period(p.context.activity.text ?? '', turnData(p.context).lng) !== undefined));
    this.addDialog(new AnswerPrompt(SEATS, this.validateSeats.bind(this), (text, context) => this.deps.knowledge.understanding.seats(text, turnData(context).lng).seats !== undefined));
    this.addDialog(new MyRegistrationsDialog(deps));
    this.addDialog(new WaterfallDialog<ListOptions>(LIST, [this.listStep.bind(this), this.chosenStep.bind(this), this.periodStep.bind(this)]));
    this.addDialog(
      new WaterfallDialog<DetailsOptions>(DETAILS, [this.showStep.bind(this), this.seatsStep.bind(this), this.confirmSeatsStep.bind(this), this.reminderStep.bind(this), this.registerStep.bind(this), this.waitlistStep.bind(this)]),
    );
    this.initialDialogId = LIST;
  }

  /** The list (with its period), the event being registered for (with the seats given), or "my registrations". */
  static resumeFrom(instance: DialogInstance): EventsOptions | undefined {
    const mine = MyRegistrationsDialog.resumeFrom(instance);
    if (mine) return { mine };
    const details = runningState<DetailsOptions>(instance, DETAILS);
    if (details) {
      // Steps: 0 the event, 1 the seats question, 2 a count said back, 3 the reminder, 5 the waitlist.
      const seats = (details.values as DetailsValues).seats;
      if (details.stepIndex >= 3 && seats) return { details: { eventId: details.options.eventId, seats } };
      return { details: { eventId: details.options.eventId, seatsAgain: details.stepIndex >= 1 } };
    }
    const list = runningState<ListOptions>(instance, LIST);
    return list && { list: { period: list.options.period } };
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: EventsOptions): Promise<DialogTurnResult> {
    if (options?.mine) return innerDc.beginDialog(MyRegistrationsDialog.id, options.mine);
    if (options?.details) return innerDc.beginDialog(DETAILS, options.details);
    return super.onBeginDialog(innerDc, options?.list ?? {});
  }

  private async listStep(step: WaterfallStepContext<ListOptions>): Promise<DialogTurnResult> {
    const { t, lng, resident } = turnData(step.context);
    const now = this.deps.clock.now();
    const period = step.options.period;
    let events = await this.upcoming(period ?? { from: now.toISOString(), to: new Date(now.getTime() + this.deps.config.eventsDaysAhead * DAY).toISOString() });
    let heading = t(period ? 'workshops:list.promptPeriod' : 'workshops:list.prompt');
    if (period && events.length === 0) {
      heading = t('workshops:list.nonePeriod');
      events = await this.upcoming({ from: now.toISOString(), to: new Date(now.getTime() + this.deps.config.eventsDaysAhead * DAY).toISOString() });
    }
    if (events.length === 0) {
      // Never a dead end: their registrations, or back to the menu, by tap, number or words.
      const options = [
        { value: MINE, label: t('workshops:list.mine') },
        { value: BACK_TO_MENU, label: t('workshops:list.menu'), synonyms: this.deps.translator.list(lng, 'common:commands.menu') },
      ];
      return askChoice(step, CHOICE, { text: t('workshops:list.none'), retryText: t('errors:notUnderstood'), options });
    }
    // The resident's own site first, then the others, each by date.
    const mine = (e: CommunityEvent) => (resident.site && e.place.site === resident.site ? 0 : 1);
    const sorted = [...events].sort((a, b) => mine(a) - mine(b) || a.start.localeCompare(b.start)).slice(0, MAX_LISTED);
    const options: ChoiceOption[] = [
      ...sorted.map((e) => ({ value: e.id, label: t('workshops:list.entry', { when: this.when(e, lng), title: this.title(e, lng) }) })),
      { value: FILTER, label: t('workshops:list.filter') },
      { value: MINE, label: t('workshops:list.mine') },
    ];
    return askChoice(step, CHOICE, { text: `${heading}\n${t('workshops:list.hint')}`, retryText: t('errors:notUnderstood'), options });
  }

  private async chosenStep(step: WaterfallStepContext<ListOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const picked = step.result as ChoiceOption;
    if (picked.value === TYPED_PERIOD) {
      const period = this.period(picked.label, lng);
      await this.sayWeekdayChoice(step, period);
      return step.replaceDialog(LIST, { period } satisfies ListOptions);
    }
    if (picked.value === MINE) return step.replaceDialog(MyRegistrationsDialog.id);
    if (picked.value === BACK_TO_MENU) return step.endDialog();
    if (picked.value === FILTER) return step.prompt(PERIOD, { prompt: t('workshops:period.prompt'), retryPrompt: t('workshops:period.retry') });
    return step.replaceDialog(DETAILS, { eventId: picked.value } satisfies DetailsOptions);
  }

  private async periodStep(step: WaterfallStepContext<ListOptions>): Promise<DialogTurnResult> {
    const { lng } = turnData(step.context);
    const period = this.period(step.result as string, lng);
    await this.sayWeekdayChoice(step, period);
    return step.replaceDialog(LIST, { period } satisfies ListOptions);
  }

  private async showStep(step: WaterfallStepContext<DetailsOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    if (step.options.seatsAgain || step.options.seats) return step.next({ value: 'register' } satisfies Partial<ChoiceOption>);
    const event = await this.deps.store.events.get(step.options.eventId);
    if (!event) return step.replaceDialog(LIST, {});
    const left = event.capacity - (await this.deps.store.registrations.seatsTaken(event.id, this.deps.clock.now()));
    const description = pick(event.description, lng, this.deps.config.defaultLanguage);
    const lines = [
      this.title(event, lng),
      t('workshops:details.when', { value: this.when(event, lng) }),
      t('workshops:details.where', { value: event.place.address }),
      description.text,
      ...(description.translated ? [] : [t('workshops:details.notTranslated', { language: languageCalled(this.deps.translator, this.deps.config.defaultLanguage, lng) })]),
      ...(event.accessibility ? [t('workshops:details.accessibility', { value: pick(event.accessibility, lng, this.deps.config.defaultLanguage).text })] : []),
      ...(event.childcare ? [t('workshops:details.childcare', { value: pick(event.childcare, lng, this.deps.config.defaultLanguage).text })] : []),
      left > 0 ? t('workshops:details.seats', { count: left }) : t('workshops:details.full'),
    ];
    const options = [
      { value: 'register', label: t(left > 0 ? 'workshops:details.register' : 'workshops:details.waitlist') },
      { value: 'back', label: t('workshops:details.back') },
    ];
    return askChoice(step, CHOICE, { text: lines.join('\n'), retryText: t('errors:notUnderstood'), options });
  }

  private async seatsStep(step: WaterfallStepContext<DetailsOptions>): Promise<DialogTurnResult> {
    const { t } = turnData(step.context);
    if (chosen(step) === 'back') return step.replaceDialog(LIST, {});
    if (step.options.seats) return step.next(String(step.options.seats));
    const event = await this.deps.store.events.get(step.options.eventId);
    const max = event?.maxSeatsPerRegistration ?? 1;
    return step.prompt(SEATS, { prompt: t('workshops:seats.prompt'), retryPrompt: t('workshops:seats.retry', { max }), validations: { max } });
  }

  /** A count worked out from companions or several numbers is said back before anything is booked. */
  private async confirmSeatsStep(step: WaterfallStepContext<DetailsOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const reading = this.deps.knowledge.understanding.seats(step.result as string, lng);
    (step.values as DetailsValues).seats = reading.seats;
    if (!reading.confirm) return step.next({ value: 'yes' } satisfies Partial<ChoiceOption>);
    const question = t('understanding:seats.confirm', { count: reading.seats });
    return askChoice(step, CHOICE, { text: question, retryText: question, options: yesNoOptions(this.deps.translator, lng) });
  }

  private async reminderStep(step: WaterfallStepContext<DetailsOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    if (chosen(step) === 'no') return step.replaceDialog(DETAILS, { eventId: step.options.eventId, seatsAgain: true } satisfies DetailsOptions);
    return askChoice(step, CHOICE, { text: t('workshops:reminder.prompt'), retryText: t('errors:notUnderstood'), options: yesNoOptions(this.deps.translator, lng) });
  }

  private async registerStep(step: WaterfallStepContext<DetailsOptions>): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    const values = step.values as DetailsValues;
    values.reminder = chosen(step) === 'yes';
    const outcome = await this.register(step, false);
    if ('full' in outcome) return askChoice(step, CHOICE, { text: t('workshops:full.prompt'), retryText: t('errors:notUnderstood'), options: yesNoOptions(this.deps.translator, lng) });
    return step.endDialog();
  }

  private async waitlistStep(step: WaterfallStepContext<DetailsOptions>): Promise<DialogTurnResult> {
    if (chosen(step) === 'yes') await this.register(step, true);
    return step.endDialog();
  }

  /** Registers (or waitlists) and tells the resident; the answer is sent only once it is on disk. */
  private async register(step: WaterfallStepContext<DetailsOptions>, waitlist: boolean) {
    const { t, lng, resident } = turnData(step.context);
    const { seats = 1, reminder = false } = step.values as DetailsValues;
    const outcome = await this.deps.registrations.register({ eventId: step.options.eventId, residentId: resident.id, seats, waitlist, reminder, language: lng });
    if ('closed' in outcome || 'tooMany' in outcome) {
      await step.context.sendActivity(t('workshops:closed'));
    } else if ('registration' in outcome) {
      const { registration } = outcome;
      if (registration.status === 'waitlisted') await step.context.sendActivity(t('workshops:full.waitlisted', { code: registration.code }));
      else await step.context.sendActivity(await this.confirmation(step.options.eventId, registration.code, registration.seats, lng, t));
    }
    return outcome;
  }

  /** Code, a plain-text reminder for channels that cannot open files, and the calendar file. */
  private async confirmation(eventId: string, code: string, seats: number, lng: Language, t: TFunction) {
    const event = (await this.deps.store.events.get(eventId))!;
    const link = `${this.deps.config.publicUrl ?? `http://localhost:${this.deps.config.port}`}/events/${event.id}/calendar.ics?lang=${lng}`;
    const text = [
      t('workshops:confirmed', { seats, code }),
      t('workshops:plainReminder', { title: this.title(event, lng), when: this.when(event, lng), where: event.place.address }),
      t('workshops:calendar', { link }),
    ].join('\n\n');
    return { type: 'message', text, attachments: [{ contentType: 'text/calendar', contentUrl: link, name: `${code}.ics` }] };
  }

  /** At the list, a date said in words filters the list instead of being "not understood". */
  private async choiceOrPeriod(prompt: PromptValidatorContext<ChoiceOption>): Promise<boolean> {
    const text = prompt.context.activity.text ?? '';
    const period = /^\s*\d+\s*$/.test(text) ? undefined : this.period(text, turnData(prompt.context).lng);
    if (prompt.recognized.succeeded) {
      // "terça" is Tuesday and also "third" in Portuguese: a date said in words wins over an option
      // it only names by its rank, never over an option whose own words were said.
      const picked = prompt.recognized.value!;
      if (!period || this.deps.knowledge.understanding.choice(text, [picked]).option) return true;
    }
    if (!period) return false;
    prompt.recognized.value = { value: TYPED_PERIOD, label: text };
    return true;
  }

  private async validateSeats(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { lng } = turnData(prompt.context);
    const seats = this.deps.knowledge.understanding.seats(prompt.recognized.value ?? '', lng).seats;
    const { max } = prompt.options.validations as { max: number };
    if (seats !== undefined && seats > max) await prompt.context.sendActivity(turnData(prompt.context).t('workshops:seats.tooMany', { max }));
    return seats !== undefined && seats >= 1 && seats <= max;
  }

  private period(text: string, lng: Language): Period | undefined {
    return periodFromWords(text, lng, this.deps.clock.now(), this.deps.knowledge.understanding, this.deps.config.timeZone);
  }

  /** "jeudi" said on a Thursday: say whether today or next week was understood. */
  private async sayWeekdayChoice(step: WaterfallStepContext<ListOptions>, period: Period | undefined): Promise<void> {
    if (!period?.weekdayChoice) return;
    const { t, lng } = turnData(step.context);
    const date = formatDate(period.from, lng, this.deps.translator, this.deps.config.timeZone);
    await step.context.sendActivity(t(period.weekdayChoice === 'today' ? 'understanding:when.weekdayToday' : 'understanding:when.weekdayNextWeek', { date }));
  }

  private async upcoming(period: Period): Promise<CommunityEvent[]> {
    const now = this.deps.clock.now().toISOString();
    const from = period.from > now ? period.from : now;
    const events = await this.deps.store.events.list({ from, to: period.to, status: 'published' });
    return period.hours ? events.filter((e) => withinHours(e.start, period.hours!, this.deps.config.timeZone)) : events;
  }

  private title(event: CommunityEvent, lng: Language): string {
    return pick(event.title, lng, this.deps.config.defaultLanguage).text;
  }

  private when(event: CommunityEvent, lng: Language): string {
    return eventWhen(event, lng, this.deps.translator, this.deps.config.timeZone);
  }

}
