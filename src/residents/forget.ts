// Erasing a resident: everything stored about them, for "My data" and for staff acting on a request; the one deletion module.
import type { TurnContext } from 'botbuilder';
import type { Registrations } from '../events/registrations.js';
import type { ContactDetails, Store } from '../store/types.js';
import { identifiersOf, pseudonymise, type Identifiers } from './pseudonymise.js';

export interface ForgetDeps {
  store: Store;
  registrations: Registrations;
  /** The content pack's country (FR, BE): how phone numbers written without a country code are read. */
  country: string;
}

export interface ForgetOptions {
  /** Names staff know the resident by (a request by letter or at the desk), taken out of staff notes too. */
  names?: string[];
}

/** How much of each kind was found and deleted (or, for staff notes, pseudonymised). */
export interface ForgetReport {
  needs: number;
  registrations: number;
  surveyResponses: number;
  outbox: number;
  conversations: number;
  questions: number;
  audit: number;
  notesPseudonymised: number;
  photos: number;
  resident: boolean;
}

/**
 * Deletes everything stored about the resident: needs, ideas and call-backs (and their support of
 * others' ideas), the photos they attached (descriptions and files), registrations (the seats they
 * held are offered to the waitlist), survey answers, messages waiting or sent, the dialog state of
 * every conversation of theirs (a half-written need included), the questions they typed, the audit
 * entries about their needs and registrations, their consents and profile. Staff notes on other
 * residents' needs, and the copies of notes in the audit log, are kept with the resident's phone
 * numbers, e-mail addresses and the names staff give replaced by "[…]". Every step is idempotent:
 * if one fails (store unavailable), running it again finishes the job.
 */
export async function forgetResident(deps: ForgetDeps, residentId: string, options: ForgetOptions = {}): Promise<ForgetReport> {
  const { store } = deps;
  const needs = await store.needs.byResident(residentId);
  const registrations = await store.registrations.byResident(residentId);
  const resident = await store.residents.get(residentId);
  const contacts = needs.map((n) => n.contact).filter((c): c is ContactDetails => c !== undefined);
  const ids = identifiersOf(contacts, options.names ?? [], deps.country);
  const targets = new Set([...needs.map((n) => n.receipt), ...registrations.map((r) => r.code)]);

  // Kept records first: they are found through the resident's data deleted below.
  const notesPseudonymised = (await pseudonymiseNotes(deps, residentId, ids)) + (await pseudonymiseAuditNotes(deps, ids, targets));
  const audit = await store.audit.delete((await store.audit.list()).filter((a) => targets.has(a.target)).map((a) => a.id));
  const photos = await store.photos.deleteByResident(residentId);
  const report: ForgetReport = {
    needs: await store.needs.deleteByResident(residentId),
    registrations: await deps.registrations.forget(residentId),
    surveyResponses: await store.surveyResponses.deleteByResident(residentId),
    outbox: await store.outbox.deleteByResident(residentId),
    questions: await store.questions.delete((await store.questions.list()).filter((q) => q.residentId === residentId).map((q) => q.id)),
    conversations: await forgetConversations(deps, residentId, resident?.reference),
    audit,
    notesPseudonymised,
    photos,
    resident: resident !== undefined,
  };
  await store.residents.delete(residentId);
  return report;
}

/** Staff notes on other residents' needs that name the deleted resident, rewritten without them. */
async function pseudonymiseNotes(deps: ForgetDeps, residentId: string, ids: Identifiers): Promise<number> {
  let changed = 0;
  for (const need of await deps.store.needs.list()) {
    if (need.residentId === residentId || need.staffNotes.length === 0) continue;
    const staffNotes = need.staffNotes.map((n) => ({ ...n, note: pseudonymise(n.note, ids, deps.country) }));
    const count = staffNotes.filter((n, i) => n.note !== need.staffNotes[i]!.note).length;
    if (count === 0) continue;
    await deps.store.needs.update(need.id, { staffNotes });
    changed += count;
  }
  return changed;
}

/** Status changes keep a copy of their note in the audit log: the same rewrite there (entries about the resident are deleted). */
async function pseudonymiseAuditNotes(deps: ForgetDeps, ids: Identifiers, targets: Set<string>): Promise<number> {
  let changed = 0;
  for (const entry of await deps.store.audit.list()) {
    const note = entry.details.note;
    if (targets.has(entry.target) || typeof note !== 'string') continue;
    const rewritten = pseudonymise(note, ids, deps.country);
    if (rewritten === note) continue;
    await deps.store.audit.replace({ ...entry, details: { ...entry.details, note: rewritten } });
    changed++;
  }
  return changed;
}

/**
 * The dialog state of every conversation of the resident: the bot marks each conversation's state
 * with its resident (STATE_OWNER); the conversation they last wrote from is also deleted by its
 * key, for state written before that mark existed (botbuilder's ConversationState key).
 */
async function forgetConversations(deps: ForgetDeps, residentId: string, reference: { channelId?: string; conversation?: { id?: string } } | undefined): Promise<number> {
  const marked = await deps.store.botState.deleteOwnedBy(residentId);
  const { channelId } = reference ?? {};
  const conversationId = reference?.conversation?.id;
  if (!channelId || !conversationId) return marked;
  const key = `${channelId}/conversations/${conversationId}/`;
  const unmarked = Object.keys(await deps.store.botState.read([key])).length;
  await deps.store.botState.delete([key]);
  return marked + unmarked;
}

const FORGET = Symbol('palier.forgetConversation');

/** Asks the bot to delete this conversation's state once the turn is over (after its last save). */
export function forgetConversationAfterTurn(context: TurnContext): void {
  context.turnState.set(FORGET, true);
}

export function conversationToForget(context: TurnContext): boolean {
  return context.turnState.get(FORGET) === true;
}
