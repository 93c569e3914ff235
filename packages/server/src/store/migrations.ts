/**
 * Ordered schema migrations, shared by PGlite and PostgreSQL (both speak the same SQL).
 * Each runs once, in its own transaction, and is recorded in `schema_migrations`.
 * Never edit a released migration: add a new one.
 */
import type { Queryable } from './db.js';
import { sealExistingContacts } from './seal.js';
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL cannot do, run after `sql` in the same transaction. */
  run?: (tx: Queryable) => Promise<unknown>;
}

// The rollups' trigger bodies (an update is a removal then an addition). Statements end mid-line:
// the migration runner splits on a semicolon at the end of a line.
const ROLLUP_ADD = `INSERT INTO stats_day AS d (day, measure, key1, key2, outcome, n)
  SELECT day, measure, key1, key2, outcome, sum(n) FROM new_rows
  GROUP BY day, measure, key1, key2, outcome
  ON CONFLICT (day, measure, key1, key2, outcome) DO UPDATE SET n = d.n + excluded.n; INSERT INTO stats_month AS m (month, measure, method, revision, key1, outcome, n)
  SELECT date_trunc('month', day::timestamp)::date, measure, method, revision, key1, outcome, sum(n)
  FROM new_rows WHERE measure <> 'marketing'
  GROUP BY 1, measure, method, revision, key1, outcome
  ON CONFLICT (month, measure, method, revision, key1, outcome) DO UPDATE SET n = m.n + excluded.n;`;
const ROLLUP_REMOVE = `UPDATE stats_day d SET n = d.n - o.n
  FROM (SELECT day, measure, key1, key2, outcome, sum(n) AS n FROM old_rows
        GROUP BY day, measure, key1, key2, outcome) o
  WHERE d.day = o.day AND d.measure = o.measure AND d.key1 = o.key1 AND d.key2 = o.key2
    AND d.outcome = o.outcome; UPDATE stats_month m SET n = m.n - o.n
  FROM (SELECT date_trunc('month', day::timestamp)::date AS month, measure, method, revision, key1, outcome,
          sum(n) AS n FROM old_rows WHERE measure <> 'marketing'
        GROUP BY 1, measure, method, revision, key1, outcome) o
  WHERE m.month = o.month AND m.measure = o.measure AND m.method = o.method
    AND m.revision = o.revision AND m.key1 = o.key1 AND m.outcome = o.outcome;`;
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'ledger',
    sql: `
-- Identifying data lives only here, keyed by a random id. The ledger references the id, so
-- erasing a person deletes this row and the hash chain (which never saw the address) still verifies.
CREATE TABLE contacts (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('email', 'phone')),
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, value)
);

-- The append-only ledger. 'record' is the canonical JSON of the event as received (minus the
-- contact, replaced by contact ids) plus the server's receive time; content_hash = sha256(record)
-- and hash = sha256(prev_hash || content_hash) chain every row to the one before it (by seq).
CREATE TABLE events (
  seq bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  subject text NOT NULL,
  kind text NOT NULL,
  channel text,
  -- the contact whose marketing state the event changes (NULL for cookie choices)
  contact_id uuid,
  client_at text NOT NULL,
  received_at timestamptz NOT NULL,
  record text,
  content_hash text NOT NULL,
  prev_hash text,
  hash text,
  pruned_at timestamptz
);
CREATE INDEX events_subject ON events (subject, seq);
CREATE INDEX events_contact ON events (contact_id, seq) WHERE contact_id IS NOT NULL;
CREATE INDEX events_received_at ON events (received_at);

-- One row: the chain's tip. Writers lock it (SELECT ... FOR UPDATE) for the whole ingest
-- transaction, which serialises chaining across every process sharing the database.
CREATE TABLE chain_head (
  id int PRIMARY KEY CHECK (id = 1),
  last_seq bigint NOT NULL,
  last_hash text NOT NULL
);
INSERT INTO chain_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

-- Derived state (rebuildable from the ledger), kept current inside the ingest transaction.
CREATE TABLE subjects (
  subject text PRIMARY KEY,
  event_id uuid NOT NULL,
  revision text,
  categories jsonb NOT NULL,
  services jsonb NOT NULL,
  gpc boolean,
  decided_at text NOT NULL,
  received_at timestamptz NOT NULL
);
CREATE TABLE subject_contacts (
  subject text NOT NULL,
  channel text NOT NULL,
  contact_id uuid NOT NULL,
  PRIMARY KEY (subject, channel)
);
CREATE INDEX subject_contacts_contact ON subject_contacts (contact_id);
-- topic '' is the channel as a whole.
CREATE TABLE marketing_state (
  contact_id uuid NOT NULL,
  channel text NOT NULL,
  topic text NOT NULL,
  status text NOT NULL CHECK (status IN ('granted', 'denied', 'pending')),
  since timestamptz NOT NULL,
  event_id uuid NOT NULL,
  PRIMARY KEY (contact_id, channel, topic)
);
CREATE INDEX marketing_state_optins ON marketing_state (channel, topic, status);

-- Every prune run, so verify can tell a pruned row from a blanked-out one.
CREATE TABLE prunes (
  id bigserial PRIMARY KEY,
  cutoff timestamptz NOT NULL,
  pruned integer NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 2,
    name: 'verified-opt-ins',
    sql: `
-- Whether a state row was set by someone who proved the address (a signed link, a double
-- opt-in confirmation, the site's backend) or only claimed by a browser.
ALTER TABLE marketing_state ADD COLUMN verified boolean NOT NULL DEFAULT false;
-- A subject's own last marketing decision per channel (what GET /v1/subjects shows it while the
-- contact is not verified under it), and whether the contact was verified under this subject.
ALTER TABLE subject_contacts ADD COLUMN verified boolean NOT NULL DEFAULT false;
ALTER TABLE subject_contacts ADD COLUMN status text;
ALTER TABLE subject_contacts ADD COLUMN topics jsonb;
ALTER TABLE subject_contacts ADD COLUMN since timestamptz;
`,
  },
  {
    version: 3,
    name: 'admin workspace',
    sql: `
-- Who did what in the admin workspace. Never holds a searched address or a token.
CREATE TABLE admin_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  role text NOT NULL,
  action text NOT NULL,
  target text,
  status integer NOT NULL,
  detail jsonb
);

-- Daily counts for the dashboard, without personal data. Rebuilt from the ledger: the rows
-- cover every event up to stats_cursor.last_seq, and each read first folds in the events after it.
CREATE TABLE stats_daily (
  day date NOT NULL,
  measure text NOT NULL,
  method text NOT NULL,
  revision text NOT NULL,
  key1 text NOT NULL,
  key2 text NOT NULL,
  outcome text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (day, measure, method, revision, key1, key2, outcome)
);
CREATE TABLE stats_cursor (
  id int PRIMARY KEY CHECK (id = 1),
  last_seq bigint NOT NULL
);
INSERT INTO stats_cursor (id, last_seq) VALUES (1, 0);

-- Addresses that were erased, as keyed digests (never the address): an import skips them.
CREATE TABLE suppressions (
  digest text PRIMARY KEY,
  reason text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

-- Keyset paging of contacts by address, and prefix search.
CREATE INDEX contacts_value_c ON contacts ((value COLLATE "C"), id);
-- Keyset paging of one list (channel, topic, status) by when it began.
CREATE INDEX marketing_state_list ON marketing_state (channel, topic, status, since, contact_id);
`,
  },
  {
    version: 4,
    name: 'outboxes-and-requests',
    sql: `
-- Webhook deliveries, written in the ledger's own transaction (a transactional outbox).
-- order_key is the contact: a row is only sent once every earlier row of its key is settled.
CREATE TABLE webhook_outbox (
  seq bigserial PRIMARY KEY,
  webhook_id text NOT NULL UNIQUE,
  order_key text NOT NULL,
  contact_id uuid,
  event_id uuid,
  type text NOT NULL,
  payload text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,
  last_attempt_at timestamptz,
  last_status integer,
  last_error text,
  delivered_at timestamptz
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_outbox_order ON webhook_outbox (order_key, seq) WHERE status = 'pending';

-- Outgoing mail, queued before it is sent and retried until the SMTP server takes it.
-- Bodies (which hold links) are blanked once sent; an erasure deletes what is still queued.
CREATE TABLE mail_outbox (
  seq bigserial PRIMARY KEY,
  contact_id uuid,
  purpose text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,
  last_attempt_at timestamptz,
  last_error text,
  sent_at timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'pending';

-- Data-subject requests (a copy of one's data, erasure), each step kept in 'steps'.
CREATE TABLE data_requests (
  id uuid PRIMARY KEY,
  type text NOT NULL CHECK (type IN ('access', 'erasure')),
  contact_kind text NOT NULL CHECK (contact_kind IN ('email', 'phone')),
  contact_value text NOT NULL,
  locale text,
  status text NOT NULL CHECK (status IN ('unverified', 'verified', 'fulfilled', 'declined', 'expired')),
  verify_hash text UNIQUE,
  download_hash text UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  verified_at timestamptz,
  fulfilled_at timestamptz,
  download_expires_at timestamptz,
  steps text NOT NULL DEFAULT '[]'
);
CREATE INDEX data_requests_status ON data_requests (status, created_at);
`,
  },
  {
    version: 5,
    name: 'sms-outbox',
    sql: `
-- Outgoing text messages (verification links of data-subject requests made with a phone),
-- queued before they are sent and retried until the provider takes them. The body (which holds
-- a link) is blanked and the number masked once sent.
CREATE TABLE sms_outbox (
  seq bigserial PRIMARY KEY,
  contact_id uuid,
  purpose text NOT NULL,
  recipient text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,
  last_attempt_at timestamptz,
  last_error text,
  provider_id text,
  sent_at timestamptz
);
CREATE INDEX sms_outbox_due ON sms_outbox (next_attempt_at) WHERE status = 'pending';
`,
  },
  {
    version: 6,
    name: 'opt-in counts',
    sql: `
-- How many contacts hold each (channel, topic, status, verified) right now: the dashboard's
-- "opted in now" without counting marketing_state on every read. Kept in step by statement
-- triggers on marketing_state, so every write (ingest, erasure, any tool) moves the counts in
-- its own transaction; rebuildable from marketing_state at any time. (The migration runner
-- splits on a semicolon at the end of a line, so the function bodies keep theirs mid-line.)
CREATE TABLE marketing_counts (
  channel text NOT NULL,
  topic text NOT NULL,
  status text NOT NULL,
  verified boolean NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (channel, topic, status, verified)
);
INSERT INTO marketing_counts (channel, topic, status, verified, n)
SELECT channel, topic, status, verified, count(*) FROM marketing_state
GROUP BY channel, topic, status, verified;
CREATE FUNCTION marketing_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO marketing_counts (channel, topic, status, verified, n)
  SELECT channel, topic, status, verified, count(*) FROM new_rows
  GROUP BY channel, topic, status, verified
  ON CONFLICT (channel, topic, status, verified) DO UPDATE SET n = marketing_counts.n + excluded.n; RETURN NULL; END $$;
CREATE FUNCTION marketing_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE marketing_counts c SET n = c.n - o.n
  FROM (SELECT channel, topic, status, verified, count(*) AS n FROM old_rows
        GROUP BY channel, topic, status, verified) o
  WHERE c.channel = o.channel AND c.topic = o.topic AND c.status = o.status
    AND c.verified = o.verified; RETURN NULL; END $$;
CREATE FUNCTION marketing_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE marketing_counts c SET n = c.n - o.n
  FROM (SELECT channel, topic, status, verified, count(*) AS n FROM old_rows
        GROUP BY channel, topic, status, verified) o
  WHERE c.channel = o.channel AND c.topic = o.topic AND c.status = o.status
    AND c.verified = o.verified; INSERT INTO marketing_counts (channel, topic, status, verified, n)
  SELECT channel, topic, status, verified, count(*) FROM new_rows
  GROUP BY channel, topic, status, verified
  ON CONFLICT (channel, topic, status, verified) DO UPDATE SET n = marketing_counts.n + excluded.n; RETURN NULL; END $$;
CREATE TRIGGER marketing_counts_insert AFTER INSERT ON marketing_state
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marketing_counts_add();
CREATE TRIGGER marketing_counts_delete AFTER DELETE ON marketing_state
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION marketing_counts_remove();
CREATE TRIGGER marketing_counts_update AFTER UPDATE ON marketing_state
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION marketing_counts_move();
`,
  },
  {
    version: 7,
    name: 'contacts by kind',
    sql: `
-- A contact list filtered on email (or SMS) pages through that kind's addresses only, in
-- address order, instead of stepping over every phone number (or email) first.
CREATE INDEX contacts_kind_value_c ON contacts (kind, (value COLLATE "C"), id);
`,
  },
  {
    version: 8,
    name: 'contact-seals',
    sql: `
-- Each contact's own key: events seal its address with HMAC-SHA256 under it (store/seal.ts).
-- It is deleted with the row on erasure, after which the seals in the chain name nobody.
-- A volatile default gives every existing row a key of its own (the table is rewritten).
ALTER TABLE contacts ADD COLUMN value_key text NOT NULL
  DEFAULT (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- Contacts erased, by random id only, and after which event: verify replays erasures in order.
-- after_seq is NULL for erasures made before this table existed (position unknown).
CREATE TABLE erased_contacts (
  contact_id uuid PRIMARY KEY,
  after_seq bigint,
  at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO erased_contacts (contact_id, after_seq)
SELECT DISTINCT x.id::uuid, NULL::bigint
FROM events e,
  LATERAL (VALUES (e.contact_id::text), ((e.record::json)->'contacts'->>'email'),
                  ((e.record::json)->'contacts'->>'phone')) AS x(id)
WHERE e.record IS NOT NULL AND x.id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = x.id::uuid)
ON CONFLICT DO NOTHING;
`,
    // The chain's word on every address kept so far: later events seal their own contacts.
    run: sealExistingContacts,
  },
  {
    version: 9,
    name: 'stats rollups',
    sql: `
-- Two coarser views of stats_daily, so a dashboard read sums a few rows instead of every
-- (method, revision) row of every day: per day without method and revision (the charts), and
-- per month without the marketing rows (the cookie shares by method and revision). Kept in step
-- by statement triggers on stats_daily, in the same transaction as every write to it (a fold,
-- the ingest hook, emptying it to rebuild), and rebuildable from it at any time. (The migration
-- runner splits on a semicolon at the end of a line, so the function bodies keep theirs mid-line.)
CREATE TABLE stats_day (
  day date NOT NULL,
  measure text NOT NULL,
  key1 text NOT NULL,
  key2 text NOT NULL,
  outcome text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (day, measure, key1, key2, outcome)
);
CREATE TABLE stats_month (
  month date NOT NULL,
  measure text NOT NULL,
  method text NOT NULL,
  revision text NOT NULL,
  key1 text NOT NULL,
  outcome text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (month, measure, method, revision, key1, outcome)
);
INSERT INTO stats_day (day, measure, key1, key2, outcome, n)
SELECT day, measure, key1, key2, outcome, sum(n) FROM stats_daily
GROUP BY day, measure, key1, key2, outcome;
INSERT INTO stats_month (month, measure, method, revision, key1, outcome, n)
SELECT date_trunc('month', day::timestamp)::date, measure, method, revision, key1, outcome, sum(n)
FROM stats_daily WHERE measure <> 'marketing'
GROUP BY 1, measure, method, revision, key1, outcome;
CREATE FUNCTION stats_rollup_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${ROLLUP_ADD} RETURN NULL; END $$;
CREATE FUNCTION stats_rollup_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${ROLLUP_REMOVE} RETURN NULL; END $$;
CREATE FUNCTION stats_rollup_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${ROLLUP_REMOVE} ${ROLLUP_ADD} RETURN NULL; END $$;
CREATE TRIGGER stats_rollup_insert AFTER INSERT ON stats_daily
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_rollup_add();
CREATE TRIGGER stats_rollup_delete AFTER DELETE ON stats_daily
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_rollup_remove();
CREATE TRIGGER stats_rollup_update AFTER UPDATE ON stats_daily
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stats_rollup_move();
CREATE FUNCTION stats_rollup_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM stats_day; DELETE FROM stats_month; RETURN NULL; END $$;
CREATE TRIGGER stats_rollup_truncate AFTER TRUNCATE ON stats_daily
  FOR EACH STATEMENT EXECUTE FUNCTION stats_rollup_clear();
`,
  },
];
