/**
 * The derived state: how ledger events become the rows of `subjects`, `subject_contacts` and
 * `marketing_state`. Ingest applies each new group of events with these functions inside its
 * transaction; `verify` replays the whole ledger through the very same functions into
 * temporary tables and compares. So the derived tables are, by construction, a function of
 * the ledger: every decision ingest takes from what was there before (is this browser the
 * contact's owner? was the address confirmed?) is written into the hashed record.
 */
import type { Queryable } from './db.js';
import type { Channel, MarketingStatus, RecordedEvent } from './types.js';

/** What is hashed and kept for each event. Never contains an email or phone number. */
export interface LedgerRecord {
  v: 1;
  /** The event as received, minus `contact`. */
  event: RecordedEvent;
  receivedAt: string;
  /** Ids of the contacts the event carried. */
  contacts?: { email?: string; phone?: string };
  /** The contact whose marketing state this event changes. */
  target?: string;
  /**
   * Per contact id (those in `contacts` and the target): HMAC-SHA256 of `kind:value` under
   * the contact's own key. Ties the address to the chain without writing it there; erasure
   * deletes the key, after which the digest names nobody.
   */
  seals?: Record<string, string>;
  /** Set when double opt-in turned this `granted` into `pending`. */
  pendingConfirmation?: true;
  /**
   * Sent by someone who proved the address (a signed link, a confirmation, the site's
   * backend): its rows are verified, and it may change any state of its contact.
   */
  trusted?: true;
  /**
   * A browser's withdrawal (unsubscribe, denied) for a contact its subject neither verified nor
   * opted in itself: kept as a request, it changes no state.
   */
  request?: true;
  /**
   * A browser's opt-in for a contact its subject does not own: it adds what is not granted yet
   * and withdraws nothing (no topic list replacing another person's topics).
   */
  additive?: true;
}

/** An event with its ledger record (`event` carries the contact at ingest, not on replay). */
export interface Applied {
  event: RecordedEvent;
  record: LedgerRecord;
}

/** A subject's link to the contact of one channel, and its own last decision there. */
export interface SubjectLink {
  subject: string;
  channel: string;
  contact_id: string;
  verified: boolean;
  status: string | null;
  topics: string[] | null;
  since: string | null;
}

/** The tables a projection writes: the live ones, or verify's temporary copies. */
export interface ProjectionTables {
  subjects: string;
  subjectContacts: string;
  marketingState: string;
}

export const LIVE_TABLES: ProjectionTables = {
  subjects: 'subjects',
  subjectContacts: 'subject_contacts',
  marketingState: 'marketing_state',
};

type Row = Record<string, unknown>;

const iso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

/** The key of a subject's link on one channel in a links map. */
export const linkKey = (subject: string, channel: unknown) => `${subject}\u0000${String(channel)}`;

// The marketing-state statements take a list: one row per event, at most one event per
// (contact, channel) in a list (see applyMarketing), so no two rows touch the same state row.

/** Sets each listed topic ('' is the channel row) of the event's channel to its status. */
const upsertState = (table: string) => `
INSERT INTO ${table} AS ms (contact_id, channel, topic, status, since, event_id, verified)
SELECT r.contact_id, r.channel, t.topic, r.status, r.since, r.event_id, r.verified
FROM json_to_recordset($1::json) AS r(contact_id uuid, channel text, status text,
  since timestamptz, event_id uuid, topics json, verified boolean),
  LATERAL json_array_elements_text(r.topics) AS t(topic)
ON CONFLICT (contact_id, channel, topic) DO UPDATE
  SET status = excluded.status, event_id = excluded.event_id, verified = excluded.verified,
    since = CASE WHEN ms.status <> excluded.status THEN excluded.since ELSE ms.since END
  WHERE NOT (ms.status = 'granted' AND excluded.status = 'pending')
    AND (ms.status <> excluded.status OR (excluded.verified AND NOT ms.verified))`;

/** Denies the listed topics the contact has (never inserts a topic it never had). */
const denyTopics = (table: string) => `
UPDATE ${table} AS m SET status = 'denied', since = r.since, event_id = r.event_id,
  verified = r.verified
FROM json_to_recordset($1::json) AS r(contact_id uuid, channel text, since timestamptz,
  event_id uuid, topics json, verified boolean)
WHERE m.contact_id = r.contact_id AND m.channel = r.channel AND m.status <> 'denied'
  AND m.topic <> '' AND m.topic IN (SELECT json_array_elements_text(r.topics))`;

/** Denies every row of the event's channel whose topic is not in `keep` ('' is the channel row). */
const denyOthers = (table: string) => `
UPDATE ${table} AS m SET status = 'denied', since = r.since, event_id = r.event_id,
  verified = r.verified
FROM json_to_recordset($1::json) AS r(contact_id uuid, channel text, since timestamptz,
  event_id uuid, keep json, verified boolean)
WHERE m.contact_id = r.contact_id AND m.channel = r.channel AND m.status <> 'denied'
  AND m.topic NOT IN (SELECT json_array_elements_text(r.keep))`;

/**
 * Denies the event's channel itself once this event withdrew one of its topics and none is
 * still granted or pending. (An unsubscribe from a topic the contact never had changes nothing.)
 */
const denyEmptyChannel = (table: string) => `
UPDATE ${table} AS m SET status = 'denied', since = r.since, event_id = r.event_id,
  verified = r.verified
FROM json_to_recordset($1::json) AS r(contact_id uuid, channel text, since timestamptz,
  event_id uuid, verified boolean)
WHERE m.contact_id = r.contact_id AND m.channel = r.channel AND m.topic = '' AND m.status <> 'denied'
  AND EXISTS (SELECT 1 FROM ${table} w WHERE w.contact_id = r.contact_id
              AND w.channel = r.channel AND w.topic <> '' AND w.event_id = r.event_id)
  AND NOT EXISTS (SELECT 1 FROM ${table} o WHERE o.contact_id = r.contact_id
                  AND o.channel = r.channel AND o.topic <> '' AND o.status <> 'denied')`;

/** The topics a subject itself holds on a channel after one of its own events. */
function mergeOwnTopics(link: SubjectLink | undefined, event: RecordedEvent): string[] | null {
  const topics = event.choices.topics as string[] | undefined;
  if (event.kind === 'unsubscribe') {
    if (!topics) return [];
    return (link?.topics ?? []).filter((topic) => !topics.includes(topic));
  }
  if (event.choices.status === 'denied') return [];
  return topics ?? link?.topics ?? null;
}

/**
 * Moves a group's links on for one event that reached a contact (`record.target`): the
 * subject's own last decision, and the subject the event verified the contact under. Reads
 * only the links and the record, so a replay of the ledger takes the same steps.
 */
export function advanceLinks(links: Map<string, SubjectLink>, { event, record }: Applied): void {
  const target = record.target;
  if (event.kind === 'cookies' || !target) return;
  const channel = event.choices.channel as Channel;
  const trusted = Boolean(record.trusted);
  const key = linkKey(event.subject, channel);
  const link = links.get(key);
  if (!event.subject.startsWith('contact:')) {
    const relink = event.kind === 'marketing' || !link;
    const sameContact = link?.contact_id === target;
    links.set(key, {
      subject: event.subject,
      channel,
      contact_id: relink ? target : link!.contact_id,
      verified: (sameContact && link!.verified) || (trusted && relink),
      status:
        event.kind === 'unsubscribe' && event.choices.topics
          ? (link?.status ?? 'denied')
          : record.pendingConfirmation
            ? 'pending'
            : String(event.choices.status ?? 'denied'),
      topics: mergeOwnTopics(link, event),
      since: record.receivedAt,
    });
  }
  const verifiesSubject =
    trusted && typeof event.verifiesSubject === 'string' ? event.verifiesSubject : undefined;
  if (verifiesSubject) {
    const vkey = linkKey(verifiesSubject, channel);
    const verified = links.get(vkey);
    links.set(vkey, {
      subject: verifiesSubject,
      channel,
      contact_id: target,
      verified: true,
      status: verified?.status ?? 'granted',
      topics: verified?.topics ?? null,
      since: verified?.since ?? record.receivedAt,
    });
  }
}

/** The link keys a list of events may read or write. */
function linkKeysOf(events: RecordedEvent[]): Map<string, { subject: string; channel: unknown }> {
  const wanted = new Map<string, { subject: string; channel: unknown }>();
  for (const event of events) {
    if (event.kind === 'cookies') continue;
    const channel = event.choices.channel;
    wanted.set(linkKey(event.subject, channel), { subject: event.subject, channel });
    if (typeof event.verifiesSubject === 'string') {
      wanted.set(linkKey(event.verifiesSubject, channel), {
        subject: event.verifiesSubject,
        channel,
      });
    }
  }
  return wanted;
}

/** The links of the subjects (and channels) a list of events speaks for. */
export async function readLinks(
  tx: Queryable,
  events: RecordedEvent[],
  tables: ProjectionTables = LIVE_TABLES,
): Promise<Map<string, SubjectLink>> {
  const map = new Map<string, SubjectLink>();
  const wanted = linkKeysOf(events);
  if (wanted.size === 0) return map;
  const found = await tx.query<Row>(
    `SELECT s.subject, s.channel, s.contact_id, s.verified, s.status, s.topics, s.since
     FROM ${tables.subjectContacts} s
     JOIN json_to_recordset($1::json) AS r(subject text, channel text)
       ON s.subject = r.subject AND s.channel = r.channel`,
    [JSON.stringify([...wanted.values()])],
  );
  for (const row of found.rows) {
    map.set(linkKey(row.subject as string, row.channel), {
      subject: row.subject as string,
      channel: row.channel as string,
      contact_id: row.contact_id as string,
      verified: Boolean(row.verified),
      status: (row.status as string | null) ?? null,
      topics: (row.topics as string[] | null) ?? null,
      since: row.since == null ? null : iso(row.since),
    });
  }
  return map;
}

/** Writes the links the applied events touched. */
export async function writeLinks(
  tx: Queryable,
  links: Map<string, SubjectLink>,
  applied: Applied[],
  tables: ProjectionTables = LIVE_TABLES,
): Promise<void> {
  const touched = linkKeysOf(applied.map(({ event }) => event));
  const rows = [...touched.keys()].map((key) => links.get(key)).filter((link) => !!link);
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO ${tables.subjectContacts} (subject, channel, contact_id, verified, status, topics, since)
     SELECT subject, channel, contact_id, verified, status, topics, since
     FROM json_to_recordset($1::json) AS r(subject text, channel text, contact_id uuid,
       verified boolean, status text, topics jsonb, since timestamptz)
     ON CONFLICT (subject, channel) DO UPDATE SET contact_id = excluded.contact_id,
       verified = excluded.verified, status = excluded.status, topics = excluded.topics,
       since = excluded.since`,
    [JSON.stringify(rows)],
  );
}

/** Each subject's latest cookie choice (latest received wins: client clocks lie). */
export async function applyCookies(
  tx: Queryable,
  applied: Applied[],
  tables: ProjectionTables = LIVE_TABLES,
): Promise<void> {
  const latest = new Map<string, Row>();
  for (const { event, record } of applied) {
    if (event.kind !== 'cookies') continue;
    latest.set(event.subject, {
      subject: event.subject,
      event_id: event.id,
      revision: event.revision ?? null,
      categories: event.choices.categories ?? {},
      services: event.choices.services ?? {},
      gpc: event.gpc ?? null,
      // A client clock set to 2099 must not win every later merge: the decision counts as
      // made no later than the server received it.
      decided_at:
        Date.parse(event.at) > Date.parse(record.receivedAt) ? record.receivedAt : event.at,
      received_at: record.receivedAt,
    });
  }
  if (latest.size === 0) return;
  await tx.query(
    `INSERT INTO ${tables.subjects} (subject, event_id, revision, categories, services, gpc, decided_at, received_at)
     SELECT subject, event_id, revision, categories, services, gpc, decided_at, received_at
     FROM json_to_recordset($1::json) AS r(subject text, event_id uuid, revision text, categories jsonb,
       services jsonb, gpc boolean, decided_at text, received_at timestamptz)
     ON CONFLICT (subject) DO UPDATE SET event_id = excluded.event_id, revision = excluded.revision,
       categories = excluded.categories, services = excluded.services, gpc = excluded.gpc,
       decided_at = excluded.decided_at, received_at = excluded.received_at`,
    [JSON.stringify([...latest.values()])],
  );
}

/**
 * Marketing state rules:
 * - `marketing` granted/pending: the channel takes that status; a `topics` list replaces the
 *   channel's topics (listed → that status, others → denied); no `topics` leaves them alone.
 * - `marketing` denied, or `unsubscribe` without topics: the whole channel is denied.
 * - `unsubscribe` with topics: those topics are denied, and the channel too once none is left.
 * `since` and the proving event only change when a status changes.
 *
 * A group can hold hundreds of events, so the statements run over lists, not per event. Each
 * event only touches the rows of its own (contact, channel), so events on different pairs are
 * independent; events on the same pair must apply in order. Hence rounds: round k holds the
 * k-th event of every pair, and runs each statement once for the whole round, in the order a
 * single event needs them.
 */
export async function applyMarketing(
  tx: Queryable,
  applied: Applied[],
  tables: ProjectionTables = LIVE_TABLES,
): Promise<void> {
  const rounds: {
    denyFirst: Row[];
    upsert: Row[];
    denyTopics: Row[];
    denyAfter: Row[];
    denyEmpty: Row[];
  }[] = [];
  const seen = new Map<string, number>();
  for (const { event, record } of applied) {
    if (event.kind === 'cookies' || !record.target || record.request) continue;
    const contact = record.target;
    const channel = event.choices.channel as Channel;
    const topics = event.choices.topics as string[] | undefined;
    const since = record.receivedAt;
    const status: MarketingStatus = record.pendingConfirmation
      ? 'pending'
      : (event.choices.status as MarketingStatus);
    const pair = `${contact}\u0000${channel}`;
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    const round = (rounds[index] ??= {
      denyFirst: [],
      upsert: [],
      denyTopics: [],
      denyAfter: [],
      denyEmpty: [],
    });
    const base = {
      contact_id: contact,
      channel,
      since,
      event_id: event.id,
      verified: Boolean(record.trusted),
    };
    const wholeChannel = event.kind === 'unsubscribe' ? !topics : status === 'denied';
    if (wholeChannel) {
      round.denyFirst.push({ ...base, keep: [] });
      round.upsert.push({ ...base, status: 'denied', topics: [''] });
    } else if (event.kind === 'unsubscribe') {
      round.denyTopics.push({ ...base, topics });
      round.denyEmpty.push(base);
    } else {
      const rows = ['', ...(topics ?? [])];
      round.upsert.push({ ...base, status, topics: rows });
      // Only the contact's owner replaces its topic list; anyone else only adds.
      if (topics && !record.additive) round.denyAfter.push({ ...base, keep: rows });
    }
  }
  const table = tables.marketingState;
  for (const round of rounds) {
    if (round.denyFirst.length > 0)
      await tx.query(denyOthers(table), [JSON.stringify(round.denyFirst)]);
    if (round.upsert.length > 0) await tx.query(upsertState(table), [JSON.stringify(round.upsert)]);
    if (round.denyTopics.length > 0)
      await tx.query(denyTopics(table), [JSON.stringify(round.denyTopics)]);
    if (round.denyAfter.length > 0)
      await tx.query(denyOthers(table), [JSON.stringify(round.denyAfter)]);
    if (round.denyEmpty.length > 0)
      await tx.query(denyEmptyChannel(table), [JSON.stringify(round.denyEmpty)]);
  }
}

/** Removes an erased contact's derived rows (the ledger keeps its events). */
export async function dropContactState(
  tx: Queryable,
  contactId: string,
  tables: ProjectionTables = LIVE_TABLES,
): Promise<void> {
  await tx.query(`DELETE FROM ${tables.marketingState} WHERE contact_id = $1`, [contactId]);
  await tx.query(`DELETE FROM ${tables.subjectContacts} WHERE contact_id = $1`, [contactId]);
}
