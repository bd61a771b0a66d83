// A need's whole story for staff: received, every status change and note (who, when), and the
// resident's consents beside their contact details. Opening contact details is itself recorded.
import { recordAudit, type AuditEntry } from '../audit.js';
import type { Need, Store } from '../store/types.js';
import { ApiError } from './api-error.js';
import { needView } from './need-filter.js';
import { ok, type Routes, type StaffApiDeps } from './route.js';
import { idParams } from './schemas.js';

export interface HistoryEntry {
  at: string;
  /** 'received', 'status', 'note', 'publish', 'contact-viewed', or the audit action as recorded. */
  kind: string;
  by?: string;
  from?: string;
  to?: string;
  note?: string;
}

const KINDS: Record<string, string> = { 'need.status': 'status', 'idea.publish': 'publish', 'need.contact-view': 'contact-viewed' };

/** Oldest first: the resident's message, then what staff did, from the audit log and the need's own notes. */
export function needHistory(need: Need, audit: AuditEntry[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [{ at: need.createdAt, kind: 'received' }];
  // The same note is in the audit entry and in the need's notes: counted once.
  const notedInAudit = new Map<string, number>();
  const noteKey = (by: string, note: string) => `${by}|${note}`;
  for (const a of audit) {
    const note = typeof a.details.note === 'string' ? a.details.note : undefined;
    const kind = KINDS[a.action] ?? a.action;
    // A status "change" to the same status is a note added.
    const sameStatus = kind === 'status' && a.details.from === a.details.to;
    entries.push({ at: a.at, kind: sameStatus ? 'note' : kind, by: a.by, ...(sameStatus ? {} : { from: a.details.from as string | undefined, to: a.details.to as string | undefined }), ...(note ? { note } : {}) });
    if (note) notedInAudit.set(noteKey(a.by, note), (notedInAudit.get(noteKey(a.by, note)) ?? 0) + 1);
  }
  // Notes older than the audit log (or imported) still belong to the story.
  for (const n of need.staffNotes) {
    const key = [...notedInAudit.keys()].find((k) => k.endsWith(`|${n.note}`) && k.startsWith(`${n.by} (`));
    if (key && notedInAudit.get(key)! > 0) notedInAudit.set(key, notedInAudit.get(key)! - 1);
    else entries.push({ at: n.at, kind: 'note', by: n.by, note: n.note });
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/** The consents the resident gave about this need (contact, status messages, call-back), with when. */
async function consentsFor(store: Store, need: Need) {
  const resident = await store.residents.get(need.residentId);
  return (resident?.consents ?? []).filter((c) => c.ref === need.receipt).map((c) => ({ purpose: c.purpose, givenAt: c.givenAt }));
}

export function registerNeedHistoryRoutes(routes: Routes, deps: StaffApiDeps): void {
  const { store } = deps;
  routes.get('/api/staff/needs/:id/history', {
    roles: ['staff'],
    params: idParams,
    handle: async ({ account, params }) => {
      const need = await store.needs.get(params.id);
      if (!need) throw new ApiError(404, 'NotFound', `No need with id ${params.id}.`);
      if (need.contact) await recordAudit(deps, account, 'need.contact-view', need.receipt);
      const audit = (await store.audit.list()).filter((a) => a.target === need.receipt);
      return ok({ need: needView(need), consents: await consentsFor(store, need), history: needHistory(need, audit) });
    },
  });
}
