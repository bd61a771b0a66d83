// First schema: one table per Store collection, each record whole in jsonb plus the columns lists filter on.
import type { MigrationBuilder } from 'node-pg-migrate';

/**
 * Every collection keeps the record as the application wrote it in `data` (jsonb), so reads give
 * back exactly what was stored (including ISO timestamp strings), and copies out the fields that
 * lists filter, sort or lock on into plain indexed columns. Time columns that lowdb compares as
 * ISO strings are `text COLLATE "C"` (same order, same results, no time-zone parsing); the
 * outbox's due times are compared as instants, so they are timestamptz. `seq` keeps insertion
 * order for ties, as lowdb's files do; the outbox's `queued` is the order its pending queue is
 * claimed in (a trigger moves a message to the back whenever it is written as pending).
 */
export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.sql(`
    CREATE TABLE residents (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      subscribed boolean NOT NULL,
      data jsonb NOT NULL
    );
    CREATE INDEX residents_subscribed_idx ON residents (seq) WHERE subscribed;

    CREATE SEQUENCE bot_state_etag_seq;
    CREATE TABLE bot_state (
      key text PRIMARY KEY,
      etag text NOT NULL,
      data jsonb NOT NULL
    );

    CREATE TABLE receipt_counters (
      year integer PRIMARY KEY,
      last integer NOT NULL CHECK (last > 0)
    );

    CREATE TABLE needs (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      receipt text NOT NULL UNIQUE,
      resident_id text NOT NULL,
      type text NOT NULL,
      status text NOT NULL,
      site text,
      created_at text COLLATE "C" NOT NULL,
      published_at text COLLATE "C",
      data jsonb NOT NULL
    );
    CREATE INDEX needs_created_idx ON needs (created_at, seq);
    CREATE INDEX needs_resident_idx ON needs (resident_id);
    CREATE INDEX needs_status_idx ON needs (status, created_at);
    CREATE INDEX needs_type_idx ON needs (type, created_at);
    CREATE INDEX needs_published_idx ON needs (published_at DESC) WHERE published_at IS NOT NULL;
    CREATE INDEX needs_supporters_idx ON needs USING gin ((data -> 'supporters'));

    CREATE TABLE survey_responses (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      survey_id text NOT NULL,
      resident_id text NOT NULL,
      data jsonb NOT NULL
    );
    CREATE INDEX survey_responses_survey_idx ON survey_responses (survey_id, seq);
    CREATE INDEX survey_responses_resident_idx ON survey_responses (resident_id);

    CREATE TABLE events (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      start text COLLATE "C" NOT NULL,
      status text NOT NULL,
      organiser_account_id text,
      data jsonb NOT NULL
    );
    CREATE INDEX events_start_idx ON events (start, seq);
    CREATE INDEX events_status_idx ON events (status, start);
    CREATE INDEX events_organiser_idx ON events (organiser_account_id) WHERE organiser_account_id IS NOT NULL;

    CREATE TABLE registrations (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      event_id text NOT NULL REFERENCES events (id),
      resident_id text NOT NULL,
      status text NOT NULL,
      seats integer NOT NULL,
      offer_expires_at text COLLATE "C",
      created_at text COLLATE "C" NOT NULL,
      data jsonb NOT NULL
    );
    CREATE INDEX registrations_event_idx ON registrations (event_id, created_at, seq);
    CREATE INDEX registrations_resident_idx ON registrations (resident_id, created_at);
    CREATE INDEX registrations_offers_idx ON registrations (offer_expires_at) WHERE status = 'offered';

    CREATE TABLE announcements (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      status text NOT NULL,
      author_account_id text,
      created_at text COLLATE "C" NOT NULL,
      data jsonb NOT NULL
    );
    CREATE INDEX announcements_created_idx ON announcements (created_at DESC, seq);
    CREATE INDEX announcements_status_idx ON announcements (status);
    CREATE INDEX announcements_author_idx ON announcements (author_account_id);

    -- Claims go first in, first out by when a message became (or last was written as) pending.
    CREATE SEQUENCE outbox_queue_seq;
    CREATE TABLE outbox (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      queued bigint NOT NULL DEFAULT nextval('outbox_queue_seq'),
      ref text NOT NULL,
      resident_id text NOT NULL,
      status text NOT NULL,
      not_before timestamptz,
      next_attempt_at timestamptz,
      created_at text COLLATE "C" NOT NULL,
      data jsonb NOT NULL
    );
    CREATE FUNCTION outbox_requeue() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
      IF NEW.status = 'pending' THEN NEW.queued := nextval('outbox_queue_seq'); END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER outbox_requeue BEFORE UPDATE ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_requeue();
    CREATE INDEX outbox_pending_idx ON outbox (queued) WHERE status = 'pending';
    CREATE INDEX outbox_ref_idx ON outbox (ref, status);
    CREATE INDEX outbox_resident_idx ON outbox (resident_id);
    CREATE INDEX outbox_status_idx ON outbox (status);
    CREATE INDEX outbox_created_idx ON outbox (created_at, id);

    CREATE TABLE accounts (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      key_prefix text NOT NULL,
      created_at text COLLATE "C" NOT NULL,
      data jsonb NOT NULL
    );
    CREATE INDEX accounts_key_prefix_idx ON accounts (key_prefix);

    CREATE TABLE audit_log (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      created_at text COLLATE "C" NOT NULL,
      data jsonb NOT NULL
    );
    CREATE INDEX audit_log_created_idx ON audit_log (created_at, seq);

    CREATE TABLE unanswered_questions (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      created_at text COLLATE "C" NOT NULL,
      data jsonb NOT NULL
    );
    CREATE INDEX unanswered_questions_created_idx ON unanswered_questions (created_at, seq);

    CREATE TABLE procedure_feedback (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      created_at text COLLATE "C" NOT NULL,
      data jsonb NOT NULL
    );
    CREATE INDEX procedure_feedback_created_idx ON procedure_feedback (created_at, seq);
  `);
}

/** Drops everything up() created (the data with it). */
export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.sql(`
    DROP TABLE procedure_feedback, unanswered_questions, audit_log, accounts, outbox, announcements,
      registrations, events, survey_responses, needs, receipt_counters, bot_state, residents;
    DROP FUNCTION outbox_requeue();
    DROP SEQUENCE bot_state_etag_seq, outbox_queue_seq;
  `);
}
