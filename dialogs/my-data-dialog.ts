// "My data": everything stored about the resident, consents withdrawn one by one, or all deleted.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { yesNoOptions } from '../src/choices.js';
import type { Language } from '../src/config.js';
import type { DialogDeps } from '../src/dialog-deps.js';
import { withdrawConsents } from '../src/residents/consents.js';
import type { TFunction } from '../src/i18n.js';
import { formatDate } from '../src/format.js';
import type { ChoiceOption } from '../src/recognize.js';
import { forgetConversationAfterTurn, forgetResident } from '../src/residents/forget.js';
import { groupLabel, landlordGroupsOf } from '../src/residents/groups.js';
import { pick } from '../src/events/present.js';
import type { Resident } from '../src/store/types.js';
import { turnData } from '../src/turn.js';
import { askChoice, LocalizedChoicePrompt } from './choice-prompt.js';
import { GroupsDialog } from './groups-dialog.js';

const SHOW = 'myData.show';
const WITHDRAW = 'myData.withdraw';
const DELETE = 'myData.delete';
const CHOICE = 'myData.choice';

export class MyDataDialog extends ComponentDialog {
  static readonly id = 'myData';

  constructor(private readonly deps: DialogDeps) {
    super(MyDataDialog.id);
    if (!deps?.store) throw new Error('MyDataDialog: dependencies are required');
    this.addDialog(new LocalizedChoicePrompt(CHOICE, deps.recognizer));
    this.addDialog(new GroupsDialog(deps));
    this.addDialog(new WaterfallDialog(SHOW, [this.showStep.bind(this), this.actStep.bind(this)]));
    this.addDialog(new WaterfallDialog(WITHDRAW, [this.whichStep.bind(this), this.withdrawStep.bind(this)]));
    this.addDialog(new WaterfallDialog(DELETE, [this.confirmStep.bind(this), this.deleteStep.bind(this)]));
    this.initialDialogId = SHOW;
  }

  private async showStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng, resident } = turnData(step.context);
    const { store, translator, config } = this.deps;
    const needs = await store.needs.byResident(resident.id);
    const date = (iso: string) => formatDate(iso, lng, translator, config.timeZone);
    const lines = [
      t('needs:myData.title'),
      t('needs:myData.language', { value: translator.fixedT(resident.language)('common:language.name') }),
      t('needs:myData.site', { value: resident.site ?? t('needs:myData.noSite') }),
      t('groups:myData.line', { value: this.groups(resident.groups ?? [], t, lng) }),
      resident.consents.length ? t('needs:myData.consents') : t('needs:myData.noConsents'),
      ...(await this.agreements(resident, t, lng)),
      t('needs:myData.needs', { count: needs.length }),
    ];
    await step.context.sendActivity(lines.join('\n'));
    const options: ChoiceOption[] = [
      ...(resident.consents.length ? [{ value: 'withdraw', label: t('needs:myData.withdraw') }] : []),
      { value: 'groups', label: t('groups:myData.change') },
      { value: 'delete', label: t('needs:myData.deleteAll') },
      { value: 'back', label: t('needs:myData.back') },
    ];
    return askChoice(step, CHOICE, { text: t('needs:myData.prompt'), retryText: t('errors:notUnderstood'), options });
  }

  /**
   * Each agreement in plain words, with what it concerns: the request and the contact details
   * kept for it (the stored phone number or e-mail), the event a reminder is for.
   */
  private async agreements(resident: Resident, t: TFunction, lng: Language): Promise<string[]> {
    const { store, translator, config } = this.deps;
    const needs = await store.needs.byResident(resident.id);
    const registrations = await store.registrations.byResident(resident.id);
    const lines: string[] = [];
    for (const consent of resident.consents) {
      const date = formatDate(consent.givenAt, lng, translator, config.timeZone);
      const need = consent.ref ? needs.find((n) => n.receipt === consent.ref) : undefined;
      const contact = need?.contact?.value ?? '—';
      let title = t('needs:myData.unknownEvent');
      if (consent.purpose === 'event-reminder') {
        const registration = registrations.find((r) => r.code === consent.ref);
        const event = registration && (await store.events.get(registration.eventId));
        if (event) title = pick(event.title, lng, config.defaultLanguage).text;
      }
      const specific = ['need-contact', 'status-updates', 'callback', 'event-reminder'].includes(consent.purpose);
      const detail = t(`needs:myData.agreed.${specific ? consent.purpose : 'since'}`, { ref: consent.ref ?? '—', contact, title, date });
      const purpose = t(`needs:myData.purposes.${consent.purpose}`, { defaultValue: consent.purpose });
      lines.push(t('needs:myData.agreement', { purpose, detail }));
    }
    return lines;
  }

  private groups(ids: string[], t: TFunction, lng: Language): string {
    if (ids.length === 0) return t('groups:myData.none');
    const own = landlordGroupsOf(this.deps.config);
    return ids.map((id) => groupLabel(id, t, lng, own, this.deps.config.defaultLanguage)).join(', ');
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = (step.result as ChoiceOption).value;
    if (choice === 'withdraw') return step.replaceDialog(WITHDRAW);
    if (choice === 'delete') return step.replaceDialog(DELETE);
    if (choice === 'groups') return step.replaceDialog(GroupsDialog.id);
    return step.endDialog();
  }

  private async whichStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, resident } = turnData(step.context);
    const options = resident.consents.map((c, i) => ({
      value: String(i),
      label: `${t(`needs:myData.purposes.${c.purpose}`, { defaultValue: c.purpose })}${c.ref ? ` (${c.ref})` : ''}`,
    }));
    return askChoice(step, CHOICE, { text: t('needs:myData.withdrawWhich'), retryText: t('errors:notUnderstood'), options });
  }

  /** Withdrawing a consent also removes what it allowed us to keep (contact details, notifications). */
  private async withdrawStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, resident } = turnData(step.context);
    const { store, clock } = this.deps;
    const index = Number((step.result as ChoiceOption).value);
    const consent = resident.consents[index];
    if (consent?.ref) {
      const need = (await store.needs.byResident(resident.id)).find((n) => n.receipt === consent.ref);
      if (need && (consent.purpose === 'need-contact' || consent.purpose === 'callback')) await store.needs.update(need.id, { contact: undefined, updatedAt: clock.now().toISOString() });
      if (need && consent.purpose === 'status-updates') await store.needs.update(need.id, { notifyOnStatus: false, updatedAt: clock.now().toISOString() });
    }
    await withdrawConsents(store, resident, clock.now(), (c) => c.purpose === consent?.purpose && c.givenAt === consent.givenAt && c.ref === consent.ref);
    await step.context.sendActivity(t('needs:myData.withdrawn'));
    return step.endDialog();
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, lng } = turnData(step.context);
    return askChoice(step, CHOICE, { text: t('needs:myData.confirmDelete'), retryText: t('errors:notUnderstood'), options: yesNoOptions(this.deps.translator, lng) });
  }

  private async deleteStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, resident } = turnData(step.context);
    if ((step.result as ChoiceOption).value !== 'yes') {
      await step.context.sendActivity(t('needs:myData.kept'));
      return step.endDialog();
    }
    await forgetResident({ ...this.deps, country: this.deps.knowledge.pack.country }, resident.id);
    await step.context.sendActivity(t('needs:myData.deleted'));
    forgetConversationAfterTurn(step.context);
    return step.cancelAllDialogs();
  }
}
