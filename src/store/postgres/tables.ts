// The document tables of the PostgreSQL store: which record fields become which indexed columns.
import type {
  Account, Announcement, AuditEntry, CommunityEvent, Need, OutboxMessage, ProcedureFeedback, Registration, Resident, StoredSurvey, SurveyResponse, UnansweredQuestion,
} from '../types.js';
import { Documents } from './documents.js';

const createdAt = { created_at: `d->>'createdAt'` };

/** Every document table, one per collection (bot state and receipt counters are plain tables). */
export const tables = {
  residents: new Documents<Resident>({
    table: 'residents',
    columns: { subscribed: `(d ? 'subscription' AND NOT d ? 'unreachableSince')` },
  }),
  needs: new Documents<Need>({
    table: 'needs',
    columns: {
      receipt: `d->>'receipt'`, resident_id: `d->>'residentId'`, type: `d->>'type'`, status: `d->>'status'`, site: `d->>'site'`,
      ...createdAt, published_at: `d->'published'->>'at'`,
    },
  }),
  surveyResponses: new Documents<SurveyResponse>({
    table: 'survey_responses',
    columns: { survey_id: `d->>'surveyId'`, resident_id: `d->>'residentId'` },
  }),
  surveys: new Documents<StoredSurvey>({ table: 'surveys', columns: createdAt }),
  events: new Documents<CommunityEvent>({
    table: 'events',
    columns: { start: `d->>'start'`, status: `d->>'status'`, organiser_account_id: `d->'organiser'->>'accountId'` },
  }),
  registrations: new Documents<Registration>({
    table: 'registrations',
    columns: {
      event_id: `d->>'eventId'`, resident_id: `d->>'residentId'`, status: `d->>'status'`, seats: `(d->>'seats')::integer`,
      offer_expires_at: `d->>'offerExpiresAt'`, ...createdAt,
    },
  }),
  announcements: new Documents<Announcement>({
    table: 'announcements',
    columns: { status: `d->>'status'`, author_account_id: `d->'author'->>'accountId'`, ...createdAt },
  }),
  outbox: new Documents<OutboxMessage>({
    table: 'outbox',
    columns: {
      ref: `d->>'ref'`, resident_id: `d->>'residentId'`, status: `d->>'status'`,
      not_before: `(d->>'notBefore')::timestamptz`, next_attempt_at: `(d->>'nextAttemptAt')::timestamptz`, ...createdAt,
    },
  }),
  accounts: new Documents<Account>({ table: 'accounts', columns: { key_prefix: `d->>'keyPrefix'`, ...createdAt } }),
  audit: new Documents<AuditEntry>({ table: 'audit_log', columns: createdAt }),
  questions: new Documents<UnansweredQuestion>({ table: 'unanswered_questions', columns: createdAt }),
  feedback: new Documents<ProcedureFeedback>({ table: 'procedure_feedback', columns: createdAt }),
};
