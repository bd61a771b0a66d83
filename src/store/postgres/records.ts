// Residents, survey responses, accounts, announcements and logs on PostgreSQL: plain document tables.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type {
  AccountRepository, Announcement, AnnouncementRepository, LogRepository, ResidentRepository, SurveyResponseRepository,
} from '../types.js';
import type { Documents } from './documents.js';
import { tables } from './tables.js';

/** Residents by id; subscribed() reads a partial index. */
export function postgresResidents(pool: pg.Pool): ResidentRepository {
  const { residents } = tables;
  return {
    get: (id) => residents.get(pool, id),
    subscribed: () => residents.select(pool, 'subscribed'),
    consulted: () => residents.select(pool, `data->'consents' @> '[{"purpose":"consultations"}]' AND NOT data ? 'unreachableSince'`),
    save: (resident) => residents.put(pool, resident),
    async delete(id) {
      await residents.delete(pool, 'id = $1', [id]);
    },
  };
}

/** Survey responses, keyed `${surveyId}:${residentId}`. */
export function postgresSurveyResponses(pool: pg.Pool): SurveyResponseRepository {
  const { surveyResponses } = tables;
  return {
    get: (surveyId, residentId) => surveyResponses.get(pool, `${surveyId}:${residentId}`),
    save: (response) => surveyResponses.put(pool, response),
    bySurvey: (surveyId) => surveyResponses.select(pool, 'survey_id = $1', [surveyId]),
    deleteByResident: (residentId) => surveyResponses.delete(pool, 'resident_id = $1', [residentId]),
  };
}

/** Staff and partner accounts, found by their key's public prefix. */
export function postgresAccounts(pool: pg.Pool): AccountRepository {
  const { accounts } = tables;
  return {
    async byPrefix(prefix) {
      return (await accounts.select(pool, 'key_prefix = $1', [prefix]))[0];
    },
    list: () => accounts.select(pool, 'true', [], 'created_at, seq'),
    save: (account) => accounts.put(pool, account),
  };
}

/** Announcements, newest first. */
export function postgresAnnouncements(pool: pg.Pool): AnnouncementRepository {
  const { announcements } = tables;
  return {
    async create(fields, at) {
      const now = at.toISOString();
      const announcement = { ...structuredClone(fields), id: randomUUID(), createdAt: now, updatedAt: now } as Announcement;
      await announcements.insert(pool, announcement);
      return announcement;
    },
    get: (id) => announcements.get(pool, id),
    async update(id, patch) {
      const [updated] = await announcements.patch(pool, 'id = $1', [id], patch);
      return updated;
    },
    async list(filter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.status) where.push(`status = $${params.push(filter.status)}`);
      if (filter.authorAccountId) where.push(`author_account_id = $${params.push(filter.authorAccountId)}`);
      return announcements.select(pool, where.join(' AND ') || 'true', params, 'created_at DESC, seq');
    },
  };
}

/** An append-mostly log (audit, unanswered questions, feedback), listed by creation time. */
export function postgresLog<T extends { id: string; createdAt: string }>(pool: pg.Pool, documents: Documents<T>): LogRepository<T> {
  return {
    add: (record) => documents.put(pool, record),
    async list(filter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.from) where.push(`created_at >= $${params.push(filter.from)}`);
      if (filter.to) where.push(`created_at < $${params.push(filter.to)}`);
      return documents.select(pool, where.join(' AND ') || 'true', params, 'created_at, seq');
    },
    replace: (record) => documents.put(pool, record),
    delete: (ids) => documents.delete(pool, 'id = ANY($1::text[])', [ids]),
  };
}
