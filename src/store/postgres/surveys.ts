// Survey definitions on PostgreSQL: shared by every instance; "add if new" and "mark invited once" are single statements.
import type pg from 'pg';
import type { SurveyRepository } from '../types.js';
import { tables } from './tables.js';

export function postgresSurveys(pool: pg.Pool): SurveyRepository {
  const { surveys } = tables;
  const definitions = async (where: string, params: unknown[] = []) => (await surveys.select(pool, where, params, 'created_at, seq')).map((r) => r.survey);
  return {
    async get(id) {
      return (await surveys.get(pool, id))?.survey;
    },
    list: () => definitions('true'),
    async add(survey, at) {
      const now = at.toISOString();
      return (await surveys.insertNew(pool, [{ id: survey.id, survey, createdAt: now, updatedAt: now }])) === 1;
    },
    async save(survey, at) {
      const now = at.toISOString();
      // A replaced definition keeps the record's creation time and invitation mark.
      await pool.query(
        `INSERT INTO surveys (id, data, created_at) VALUES ($1, $2::jsonb, $3)
         ON CONFLICT (id) DO UPDATE SET data = surveys.data || jsonb_build_object('survey', EXCLUDED.data->'survey', 'updatedAt', EXCLUDED.data->'updatedAt')`,
        [survey.id, JSON.stringify({ id: survey.id, survey, createdAt: now, updatedAt: now }), now],
      );
    },
    notInvited: () => definitions(`data->>'invitedOpening' IS DISTINCT FROM data->'survey'->>'opens'`),
    async markInvited(id, opens, at) {
      // Row-locked update: of instances racing, the first changes the row and the others' condition no longer holds.
      const changed = await surveys.patch(pool, `id = $1 AND data->>'invitedOpening' IS DISTINCT FROM $2`, [id, opens], { invitedOpening: opens, updatedAt: at.toISOString() });
      return changed.length === 1;
    },
  };
}
