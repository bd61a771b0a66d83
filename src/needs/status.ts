// Need rules staff actions follow: a status change keeps the note, is audited, and tells the resident who asked.
import { recordAudit } from '../audit.js';
import type { Clock, IdGenerator } from '../clock.js';
import type { Config } from '../config.js';
import type { Translator } from '../i18n.js';
import { queueStatusUpdate } from '../outbox/queue.js';
import type { Account, Need, NeedStatus, Store } from '../store/types.js';

export interface NeedRulesDeps {
  store: Store;
  translator: Translator;
  config: Config;
  clock: Clock;
  newId: IdGenerator;
  outbox?: { kick(): unknown };
}

/** Changes a need's status with an optional note (audited); a resident who asked is told of a new status through the outbox. */
export async function changeNeedStatus(deps: NeedRulesDeps, need: Need, change: { status: NeedStatus; note?: string }, account: Pick<Account, 'id' | 'name'>): Promise<Need> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const staffNotes = change.note ? [...need.staffNotes, { note: change.note, by: account.name, at }] : need.staffNotes;
  const updated = (await deps.store.needs.update(need.id, { status: change.status, staffNotes, updatedAt: at }))!;
  await recordAudit(deps, account, 'need.status', need.receipt, { from: need.status, to: change.status, note: change.note });
  if (need.status !== change.status && (await queueStatusUpdate(updated, { store: deps.store, translator: deps.translator, config: deps.config, now }))) deps.outbox?.kick();
  return updated;
}

/** Shows an idea to its site's residents with staff-written translations (audited). */
export async function publishIdea(deps: NeedRulesDeps, idea: Need, translations: NonNullable<Need['published']>['translations'], account: Pick<Account, 'id' | 'name'>): Promise<Need> {
  const at = deps.clock.now().toISOString();
  const published = (await deps.store.needs.publish(idea.id, { at, by: account.name, translations }))!;
  await recordAudit(deps, account, 'idea.publish', idea.receipt, { languages: Object.keys(translations) });
  return published;
}
