// Survey definitions on lowdb: one small file, every check-and-write done in one synchronous step.
import type { StoredSurvey, SurveyRepository } from '../types.js';
import type { ShardedTable } from './sharded-table.js';
import { copy } from './copy.js';

/**
 * The table is read and changed in memory before any await, so "add if new" and "mark invited
 * once" cannot interleave within the one process lowdb allows.
 */
export function lowdbSurveys(table: ShardedTable<StoredSurvey>): SurveyRepository {
  const ordered = () => [...table.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    async get(id) {
      const record = table.get(id);
      return record && copy(record.survey);
    },
    async list() {
      return ordered().map((r) => copy(r.survey));
    },
    async add(survey, at) {
      if (table.get(survey.id)) return false;
      const now = at.toISOString();
      await table.put(survey.id, { id: survey.id, survey: copy(survey), createdAt: now, updatedAt: now });
      return true;
    },
    async save(survey, at) {
      const now = at.toISOString();
      const stored = table.get(survey.id);
      await table.put(survey.id, { ...(stored ?? { id: survey.id, createdAt: now }), survey: copy(survey), updatedAt: now });
    },
    async notInvited() {
      return ordered().filter((r) => r.invitedOpening !== r.survey.opens).map((r) => copy(r.survey));
    },
    async markInvited(id, opens, at) {
      const stored = table.get(id);
      if (!stored || stored.invitedOpening === opens) return false;
      await table.put(id, { ...stored, invitedOpening: opens, updatedAt: at.toISOString() });
      return true;
    },
  };
}
