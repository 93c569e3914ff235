/**
 * The consent ledger over a {@link Database}: all of the server's SQL lives in this file.
 *
 * Ingest requests go through a group-commit queue (group-commit.ts): the requests that arrive
 * while one transaction is in flight share the next one. Each group is one transaction:
 * 1. lock the single `chain_head` row (serialises writers across every process on the database),
 * 2. upsert contacts (identifiers live only in `contacts`),
 * 3. read which ids exist (sound under the lock), hash the new rows in arrival order, and write
 *    them with one multi-row `INSERT … ON CONFLICT (id) DO NOTHING RETURNING`; the unique
 *    constraint keeps the last word (a row it skips unexpectedly rolls the group back),
 * 4. move the head,
 * 5. apply the new events to the derived state tables, a few list statements per group.
 * A crash anywhere rolls the whole group back, so an acknowledged request is all there, and no
 * request is answered before its group has committed.
 */
import { randomUUID } from 'node:crypto';
import { canonicalJson, chainHash, GENESIS_HASH, sha256Hex } from './chain.js';
import type { Database, Queryable } from './db.js';
import { GroupCommitQueue, type GroupLimits } from './group-commit.js';
import { runAppendHooks, runEraseHooks, type LedgerHooks } from './hooks.js';
import { migrations } from './migrations.js';
import type {
  Channel,
  ChannelState,
  ConsentEvent,
  Contact,
  ContactKind,
  CountRow,
  HistoryEntry,
  IngestOptions,
  IngestResult,
  MarketingStatus,
  OptinRow,
  RecordedEvent,
  Store,
  SubjectState,
  VerifyReport,
} from './types.js';

/** What is hashed and kept for each event. Never contains an email or phone number. */
interface LedgerRecord {
  v: 1;
  /** The event as received, minus `contact`. */
  event: RecordedEvent;
  receivedAt: string;
  /** Ids of the contacts the event carried. */
  contacts?: { email?: string; phone?: string };
  /** The contact whose marketing state this event changes. */
  target?: string;
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

/** A subject's link to the contact of one channel, and its own last decision there. */
interface SubjectLink {
  subject: string;
  channel: string;
  contact_id: string;
  verified: boolean;
  status: string | null;
  topics: string[] | null;
  since: string | null;
}

/** What ingest knows of a contact's channel row: whether it is verified, and who set it. */
interface ChannelFacts {
  verified: boolean;
  subject: string | null;
}

interface NewRow {
  ord: number;
  id: string;
  subject: string;
  kind: string;
  channel: string | null;
  contact_id: string | null;
  client_at: string;
  received_at: string;
  record: string;
  content_hash: string;
}

type Row = Record<string, unknown>;

/** One request's events waiting in the group-commit queue. */
interface IngestRequest {
  events: ConsentEvent[];
  receivedAt: string;
  doubleOptIn: boolean;
  trusted: boolean;
  origin?: string;
}

/** An event of a group with its ledger record and the index of the request that sent it. */
interface Applied {
  event: ConsentEvent;
  record: LedgerRecord;
  owner: number;
}

/** SQLSTATE class 22 (data exception) or 23 (integrity constraint): the data was refused. */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

const iso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

/** Which of an event's contacts a channel speaks to: `post` goes to whichever is known. */
function contactForChannel(channel: Channel, ids: { email?: string; phone?: string }) {
  if (channel === 'email') return ids.email;
  if (channel === 'sms') return ids.phone;
  return ids.email ?? ids.phone;
}

// The marketing-state statements take a list: one row per event, at most one event per
// (contact, channel) in a list (see applyMarketing), so no two rows touch the same state row.

/** Sets each listed topic ('' is the channel row) of the event's channel to its status. */
const UPSERT_STATE = `
INSERT INTO marketing_state (contact_id, channel, topic, status, since, event_id, verified)
SELECT r.contact_id, r.channel, t.topic, r.status, r.since, r.event_id, r.verified
FROM json_to_recordset($1::json) AS r(contact_id uuid, channel text, status text,
  since timestamptz, event_id uuid, topics json, verified boolean),
  LATERAL json_array_elements_text(r.topics) AS t(topic)
ON CONFLICT (contact_id, channel, topic) DO UPDATE
  SET status = excluded.status, event_id = excluded.event_id, verified = excluded.verified,
    since = CASE WHEN marketing_state.status <> excluded.status THEN excluded.since
                 ELSE marketing_state.since END
  WHERE NOT (marketing_state.status = 'granted' AND excluded.status = 'pending')
    AND (marketing_state.status <> excluded.status
         OR (excluded.verified AND NOT marketing_state.verified))`;

/** Denies the listed topics the contact has (never inserts a topic it never had). */
const DENY_TOPICS = `
UPDATE marketing_state AS m SET status = 'denied', since = r.since, event_id = r.event_id,
  verified = r.verified
FROM json_to_recordset($1::json) AS r(contact_id uuid, channel text, since timestamptz,
  event_id uuid, topics json, verified boolean)
WHERE m.contact_id = r.contact_id AND m.channel = r.channel AND m.status <> 'denied'
  AND m.topic <> '' AND m.topic IN (SELECT json_array_elements_text(r.topics))`;

/** Denies every row of the event's channel whose topic is not in `keep` ('' is the channel row). */
const DENY_OTHERS = `
UPDATE marketing_state AS m SET status = 'denied', since = r.since, event_id = r.event_id,
  verified = r.verified
FROM json_to_recordset($1::json) AS r(contact_id uuid, channel text, since timestamptz,
  event_id uuid, keep json, verified boolean)
WHERE m.contact_id = r.contact_id AND m.channel = r.channel AND m.status <> 'denied'
  AND m.topic NOT IN (SELECT json_array_elements_text(r.keep))`;

/**
 * Denies the event's channel itself once this event withdrew one of its topics and none is
 * still granted or pending. (An unsubscribe from a topic the contact never had changes nothing.)
 */
const DENY_EMPTY_CHANNEL = `
UPDATE marketing_state AS m SET status = 'denied', since = r.since, event_id = r.event_id,
  verified = r.verified
FROM json_to_recordset($1::json) AS r(contact_id uuid, channel text, since timestamptz,
  event_id uuid, verified boolean)
WHERE m.contact_id = r.contact_id AND m.channel = r.channel AND m.topic = '' AND m.status <> 'denied'
  AND EXISTS (SELECT 1 FROM marketing_state w WHERE w.contact_id = r.contact_id
              AND w.channel = r.channel AND w.topic <> '' AND w.event_id = r.event_id)
  AND NOT EXISTS (SELECT 1 FROM marketing_state o WHERE o.contact_id = r.contact_id
                  AND o.channel = r.channel AND o.topic <> '' AND o.status <> 'denied')`;

export class Ledger implements Store {
  private readonly ingestQueue: GroupCommitQueue<IngestRequest, IngestResult>;
  private readonly hooks = new Set<LedgerHooks>();

  constructor(
    private readonly db: Database,
    limits: GroupLimits = {},
  ) {
    this.ingestQueue = new GroupCommitQueue((requests) => this.commitGroup(requests), limits);
  }

  get kind() {
    return this.db.kind;
  }

  /** The database itself, for modules that keep their own tables (outboxes, requests). */
  get database(): Database {
    return this.db;
  }

  /**
   * Runs `hooks` inside every append (and erasure) transaction, so what they write commits or
   * rolls back with the ledger rows. Returns a function that removes them.
   */
  addHooks(hooks: LedgerHooks): () => void {
    this.hooks.add(hooks);
    return () => this.hooks.delete(hooks);
  }

  /** Applies pending migrations, each in its own transaction, under an advisory lock. */
  async migrate(): Promise<void> {
    await this.db.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    for (const migration of migrations) {
      await this.db.transaction(async (tx) => {
        // Several instances starting at once: one migrates, the others wait and then skip.
        await tx.query('SELECT pg_advisory_xact_lock(727001)');
        const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
          migration.version,
        ]);
        if (done.rows.length > 0) return;
        for (const statement of migration.sql.split(/;\s*\n/)) {
          if (statement.replace(/--.*$/gm, '').trim()) await tx.query(statement);
        }
        await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
      });
    }
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  async ingest(events: ConsentEvent[], options: IngestOptions = {}): Promise<IngestResult> {
    const receivedAt = (options.receivedAt ?? new Date()).toISOString();
    if (events.length === 0) return { accepted: 0, duplicates: 0, pending: [] };
    const request: IngestRequest = {
      events,
      receivedAt,
      doubleOptIn: options.doubleOptIn ?? false,
      trusted: options.trusted ?? false,
      origin: options.origin,
    };
    // The size bound only needs to be roughly right: it caps one statement's JSON parameter.
    let bytes = 0;
    for (const event of events) bytes += JSON.stringify(event).length;
    return this.ingestQueue.submit(request, events.length, bytes);
  }

  /** Ingest requests waiting for the next group transaction (not counting the one in flight). */
  get pendingIngests(): number {
    return this.ingestQueue.pending;
  }

  /** Commits one group; a request whose own data breaks the transaction fails alone. */
  private async commitGroup(
    requests: IngestRequest[],
  ): Promise<PromiseSettledResult<IngestResult>[]> {
    try {
      const results = await this.ingestGroup(requests);
      return results.map((value) => ({ status: 'fulfilled', value }));
    } catch (error) {
      // A database that is down, closed or failing fails the whole group (every request 5xx,
      // nothing written). But if the data of one request was refused (SQLSTATE class 22 or 23:
      // an id PostgreSQL will not parse as a uuid, a NUL in a string), failing the group would
      // fail its neighbours on every retry too: commit each request alone instead, each still
      // all-or-nothing.
      if (requests.length === 1 || !isDataError(error)) throw error;
      const settled: PromiseSettledResult<IngestResult>[] = [];
      for (const request of requests) {
        try {
          settled.push({ status: 'fulfilled', value: (await this.ingestGroup([request]))[0]! });
        } catch (reason) {
          settled.push({ status: 'rejected', reason });
        }
      }
      return settled;
    }
  }

  /** One transaction for a group of requests; one result per request, in order. */
  private ingestGroup(requests: IngestRequest[]): Promise<IngestResult[]> {
    return this.db.transaction(async (tx) => {
      const head = (
        await tx.query<{ last_seq: unknown; last_hash: string }>(
          'SELECT last_seq, last_hash FROM chain_head WHERE id = 1 FOR UPDATE',
        )
      ).rows[0];
      if (!head) throw new Error('chain_head row is missing');

      const events = requests.flatMap((request) => request.events);
      const contactIds = await this.upsertContacts(tx, events);
      const links = await this.subjectLinksFor(tx, events);
      const channelFacts = new Map<string, ChannelFacts>();

      // rows[ord] and sources[ord] describe the ord-th event of the group in arrival order.
      const rows: NewRow[] = [];
      const sources: Applied[] = [];
      const targets: string[] = [];
      requests.forEach(({ events: batch }) => {
        for (const event of batch) {
          for (const kind of ['email', 'phone'] as const) {
            const value = event.contact?.[kind];
            const id = value ? contactIds.get(`${kind}:${value}`) : undefined;
            if (id) targets.push(id);
          }
        }
      });
      for (const link of links.values()) targets.push(link.contact_id);
      for (const [key, facts] of await this.channelFactsFor(tx, targets)) {
        channelFacts.set(key, facts);
      }
      requests.forEach(({ events: batch, receivedAt, doubleOptIn, trusted }, owner) => {
        for (const event of batch) {
          const { contact, ...asReceived } = event;
          const ids = {
            email: contact?.email ? contactIds.get(`email:${contact.email}`) : undefined,
            phone: contact?.phone ? contactIds.get(`phone:${contact.phone}`) : undefined,
          };
          const channel = event.kind === 'cookies' ? null : (event.choices.channel as Channel);
          let target: string | undefined;
          let request: true | undefined;
          let additive: true | undefined;
          if (channel) {
            const key = `${event.subject}\u0000${channel}`;
            const link = links.get(key);
            target = contactForChannel(channel, ids) ?? link?.contact_id;
            if (target) {
              const facts = channelFacts.get(`${target}\u0000${channel}`);
              // Owner: the contact was verified under this subject, or its current unverified
              // opt-in is this subject's own.
              const owns =
                trusted ||
                (link?.contact_id === target && link.verified) ||
                (!!facts && !facts.verified && facts.subject === event.subject);
              const withdraws = event.kind === 'unsubscribe' || event.choices.status === 'denied';
              if (!owns && withdraws) request = true;
              // A confirmation only upgrades what it confirms; it withdraws nothing else.
              if ((!owns || event.confirms) && !withdraws) additive = true;
              const verifiesSubject =
                trusted && typeof event.verifiesSubject === 'string'
                  ? event.verifiesSubject
                  : undefined;
              if (!request && !withdraws) {
                channelFacts.set(`${target}\u0000${channel}`, {
                  verified: trusted || (facts?.verified ?? false),
                  subject: facts?.verified && !trusted ? facts.subject : event.subject,
                });
              }
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
                      : doubleOptIn && !trusted && channel === 'email' && !withdraws
                        ? 'pending'
                        : String(event.choices.status ?? 'denied'),
                  topics: mergeOwnTopics(link, event),
                  since: receivedAt,
                });
              }
              if (verifiesSubject) {
                const vkey = `${verifiesSubject}\u0000${channel}`;
                const verified = links.get(vkey);
                links.set(vkey, {
                  subject: verifiesSubject,
                  channel,
                  contact_id: target,
                  verified: true,
                  status: verified?.status ?? 'granted',
                  topics: verified?.topics ?? null,
                  since: verified?.since ?? receivedAt,
                });
              }
            }
          }
          const pendingConfirmation =
            doubleOptIn &&
            !trusted &&
            !request &&
            event.kind === 'marketing' &&
            channel === 'email' &&
            event.choices.status === 'granted'
              ? (true as const)
              : undefined;
          const record: LedgerRecord = {
            v: 1,
            event: asReceived,
            receivedAt,
            contacts: ids.email || ids.phone ? ids : undefined,
            target,
            pendingConfirmation,
            trusted: trusted ? true : undefined,
            request,
            additive,
          };
          const text = canonicalJson(record);
          sources.push({ event, record, owner });
          rows.push({
            ord: rows.length,
            id: event.id,
            subject: event.subject,
            kind: event.kind,
            channel,
            contact_id: target ?? null,
            client_at: event.at,
            received_at: receivedAt,
            record: text,
            content_hash: sha256Hex(text),
          });
        }
      });

      // Which ids are stored already. A read before the insert is only sound because every
      // writer holds the chain_head lock taken above; the unique constraint keeps the last word:
      // should the insert skip a row this read did not predict, the group rolls back rather than
      // chain over rows that are not there. Keys are lower case as PostgreSQL prints uuids.
      const keys = rows.map((row) => row.id.toLowerCase());
      const stored = new Set(
        (
          await tx.query<{ id: string }>(
            `SELECT e.id FROM events e
             WHERE e.id IN (SELECT json_array_elements_text($1::json)::uuid)`,
            [JSON.stringify([...new Set(keys)])],
          )
        ).rows.map(({ id }) => id.toLowerCase()),
      );

      // Per request: an event is accepted if its id is new, counting the group in arrival order
      // (two requests of one group sending the same id: the first is accepted), else a duplicate.
      const results: IngestResult[] = requests.map(() => ({
        accepted: 0,
        duplicates: 0,
        pending: [],
      }));
      const fresh: number[] = [];
      const taken = new Set<string>();
      keys.forEach((key, ord) => {
        const result = results[sources[ord]!.owner]!;
        if (stored.has(key) || taken.has(key)) {
          result.duplicates++;
        } else {
          taken.add(key);
          fresh.push(ord);
          result.accepted++;
        }
      });
      if (fresh.length === 0) return results;

      // Hashes are computed before the insert so each row is written once (no second UPDATE
      // pass); ORDER BY ord makes the insert hand out seq in this same order.
      let prev = head.last_hash;
      const chained = fresh.map((ord) => {
        const row = rows[ord]!;
        const hash = chainHash(prev, row.content_hash);
        const link = { ...row, prev_hash: prev, hash };
        prev = hash;
        return link;
      });
      const inserted = (
        await tx.query<{ seq: unknown; id: string }>(
          `INSERT INTO events (id, subject, kind, channel, contact_id, client_at, received_at, record,
             content_hash, prev_hash, hash)
           SELECT id, subject, kind, channel, contact_id, client_at, received_at, record,
             content_hash, prev_hash, hash
           FROM json_to_recordset($1::json) AS r(ord int, id uuid, subject text, kind text, channel text,
             contact_id uuid, client_at text, received_at timestamptz, record text, content_hash text,
             prev_hash text, hash text)
           ORDER BY ord
           ON CONFLICT (id) DO NOTHING
           RETURNING seq, id`,
          [JSON.stringify(chained)],
        )
      ).rows
        .map((row) => ({ seq: Number(row.seq), id: row.id.toLowerCase() }))
        .sort((a, b) => a.seq - b.seq);
      if (
        inserted.length !== fresh.length ||
        inserted.some(({ id }, index) => id !== keys[fresh[index]!])
      ) {
        throw new Error('events changed under the chain_head lock; the group was rolled back');
      }
      await tx.query('UPDATE chain_head SET last_seq = $1, last_hash = $2 WHERE id = 1', [
        inserted.at(-1)!.seq,
        prev,
      ]);

      // Derived state follows the chain order (= arrival order).
      const applied = fresh.map((ord) => sources[ord]!);
      await this.applyCookies(tx, applied);
      await this.applyMarketing(tx, applied);
      await this.writeLinks(tx, links, applied);
      for (const { event, record, owner } of applied) {
        if (record.pendingConfirmation && record.target) {
          results[owner]!.pending.push({ eventId: event.id, contactId: record.target });
        }
      }
      await runAppendHooks(
        this.hooks,
        tx,
        applied.map(({ event, record, owner }) => ({
          event,
          contactId: record.target ?? null,
          pendingConfirmation: Boolean(record.pendingConfirmation),
          request: Boolean(record.request),
          receivedAt: record.receivedAt,
          origin: requests[owner]!.origin,
        })),
      );
      return results;
    });
  }

  private async upsertContacts(tx: Queryable, events: ConsentEvent[]) {
    const wanted = new Map<string, { kind: ContactKind; value: string }>();
    for (const { contact } of events) {
      if (contact?.email)
        wanted.set(`email:${contact.email}`, { kind: 'email', value: contact.email });
      if (contact?.phone)
        wanted.set(`phone:${contact.phone}`, { kind: 'phone', value: contact.phone });
    }
    const ids = new Map<string, string>();
    if (wanted.size === 0) return ids;
    const list = JSON.stringify([...wanted.values()].map((c) => ({ id: randomUUID(), ...c })));
    // DO NOTHING (not DO UPDATE) so known contacts are not rewritten on every event.
    await tx.query(
      `INSERT INTO contacts (id, kind, value)
       SELECT id, kind, value FROM json_to_recordset($1::json) AS r(id uuid, kind text, value text)
       ON CONFLICT (kind, value) DO NOTHING`,
      [list],
    );
    const found = await tx.query<{ id: string; kind: string; value: string }>(
      `SELECT c.id, c.kind, c.value FROM contacts c
       JOIN json_to_recordset($1::json) AS r(kind text, value text) ON c.kind = r.kind AND c.value = r.value`,
      [list],
    );
    for (const row of found.rows) ids.set(`${row.kind}:${row.value}`, row.id);
    return ids;
  }

  /** The links of the subjects (and channels) a group's events speak for. */
  private async subjectLinksFor(tx: Queryable, events: ConsentEvent[]) {
    const map = new Map<string, SubjectLink>();
    const wanted = new Map<string, { subject: string; channel: unknown }>();
    for (const event of events) {
      if (event.kind === 'cookies') continue;
      const channel = event.choices.channel;
      wanted.set(`${event.subject}\u0000${String(channel)}`, { subject: event.subject, channel });
      if (typeof event.verifiesSubject === 'string') {
        wanted.set(`${event.verifiesSubject}\u0000${String(channel)}`, {
          subject: event.verifiesSubject,
          channel,
        });
      }
    }
    if (wanted.size === 0) return map;
    const found = await tx.query<Row>(
      `SELECT s.subject, s.channel, s.contact_id, s.verified, s.status, s.topics, s.since
       FROM subject_contacts s
       JOIN json_to_recordset($1::json) AS r(subject text, channel text)
         ON s.subject = r.subject AND s.channel = r.channel`,
      [JSON.stringify([...wanted.values()])],
    );
    for (const row of found.rows) {
      map.set(`${row.subject as string}\u0000${row.channel as string}`, {
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

  /** For each contact's channel row: whether it is verified and which subject set it. */
  private async channelFactsFor(tx: Queryable, contacts: string[]) {
    const map = new Map<string, ChannelFacts>();
    if (contacts.length === 0) return map;
    const { rows } = await tx.query<Row>(
      `SELECT m.contact_id, m.channel, m.verified, e.subject FROM marketing_state m
       LEFT JOIN events e ON e.id = m.event_id
       WHERE m.topic = '' AND m.contact_id IN (SELECT json_array_elements_text($1::json)::uuid)`,
      [JSON.stringify([...new Set(contacts)])],
    );
    for (const row of rows) {
      map.set(`${row.contact_id as string}\u0000${row.channel as string}`, {
        verified: Boolean(row.verified),
        subject: (row.subject as string | null) ?? null,
      });
    }
    return map;
  }

  /** Writes the subject links the group changed. */
  private async writeLinks(tx: Queryable, links: Map<string, SubjectLink>, applied: Applied[]) {
    const touched = new Set<string>();
    for (const { event } of applied) {
      if (event.kind === 'cookies') continue;
      touched.add(`${event.subject}\u0000${String(event.choices.channel)}`);
      if (typeof event.verifiesSubject === 'string') {
        touched.add(`${event.verifiesSubject}\u0000${String(event.choices.channel)}`);
      }
    }
    const rows = [...touched].map((key) => links.get(key)).filter((link) => link !== undefined);
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO subject_contacts (subject, channel, contact_id, verified, status, topics, since)
       SELECT subject, channel, contact_id, verified, status, topics, since
       FROM json_to_recordset($1::json) AS r(subject text, channel text, contact_id uuid,
         verified boolean, status text, topics jsonb, since timestamptz)
       ON CONFLICT (subject, channel) DO UPDATE SET contact_id = excluded.contact_id,
         verified = excluded.verified, status = excluded.status, topics = excluded.topics,
         since = excluded.since`,
      [JSON.stringify(rows)],
    );
  }

  private async applyCookies(tx: Queryable, applied: Applied[]) {
    // Latest received wins (client clocks lie); within a batch, the later event.
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
      `INSERT INTO subjects (subject, event_id, revision, categories, services, gpc, decided_at, received_at)
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
  private async applyMarketing(tx: Queryable, applied: Applied[]) {
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
    for (const round of rounds) {
      if (round.denyFirst.length > 0)
        await tx.query(DENY_OTHERS, [JSON.stringify(round.denyFirst)]);
      if (round.upsert.length > 0) await tx.query(UPSERT_STATE, [JSON.stringify(round.upsert)]);
      if (round.denyTopics.length > 0)
        await tx.query(DENY_TOPICS, [JSON.stringify(round.denyTopics)]);
      if (round.denyAfter.length > 0)
        await tx.query(DENY_OTHERS, [JSON.stringify(round.denyAfter)]);
      if (round.denyEmpty.length > 0)
        await tx.query(DENY_EMPTY_CHANNEL, [JSON.stringify(round.denyEmpty)]);
    }
  }

  /**
   * A subject's state: its latest cookie choice, and per channel what it decided itself; a
   * contact's own state (changes made through its links included) only where the contact was
   * verified under this subject.
   */
  async subjectState(subject: string): Promise<SubjectState | null> {
    const [cookies, links, marketing] = await Promise.all([
      this.db.query<Row>('SELECT * FROM subjects WHERE subject = $1', [subject]),
      this.db.query<Row>(
        `SELECT channel, status, topics, since FROM subject_contacts
         WHERE subject = $1 AND NOT verified AND status IS NOT NULL ORDER BY channel`,
        [subject],
      ),
      this.db.query<{ channel: Channel; topic: string; status: MarketingStatus; since: unknown }>(
        `SELECT m.channel, m.topic, m.status, m.since FROM subject_contacts s
         JOIN marketing_state m ON m.contact_id = s.contact_id AND m.channel = s.channel
         WHERE s.subject = $1 AND s.verified ORDER BY m.channel, m.topic`,
        [subject],
      ),
    ]);
    const row = cookies.rows[0];
    if (!row && marketing.rows.length === 0 && links.rows.length === 0) return null;
    const state: SubjectState = {
      subject,
      revision: (row?.revision as string | null) ?? null,
      decidedAt: (row?.decided_at as string | undefined) ?? null,
      categories: (row?.categories as Record<string, boolean>) ?? {},
      services: (row?.services as Record<string, boolean>) ?? {},
      gpc: (row?.gpc as boolean | null) ?? null,
      marketing: {},
    };
    for (const link of links.rows) {
      state.marketing[link.channel as Channel] = {
        status: link.status as MarketingStatus,
        since: iso(link.since),
        topics: (link.topics as string[] | null) ?? [],
      };
    }
    for (const [channel, value] of Object.entries(foldChannels(marketing.rows))) {
      state.marketing[channel as Channel] = {
        status: value.status,
        since: value.since,
        topics: value.topics.filter((t) => t.status === value.status).map((t) => t.id),
      };
    }
    return state;
  }

  async contactById(id: string): Promise<Contact | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const { rows } = await this.db.query<Contact>(
      'SELECT id, kind, value FROM contacts WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  async findContact(kind: ContactKind, value: string): Promise<Contact | null> {
    const { rows } = await this.db.query<Contact>(
      'SELECT id, kind, value FROM contacts WHERE kind = $1 AND value = $2',
      [kind, value],
    );
    return rows[0] ?? null;
  }

  async ensureContact(kind: ContactKind, value: string): Promise<Contact> {
    await this.db.query(
      'INSERT INTO contacts (id, kind, value) VALUES ($1, $2, $3) ON CONFLICT (kind, value) DO NOTHING',
      [randomUUID(), kind, value],
    );
    return (await this.findContact(kind, value))!;
  }

  async marketingState(contactId: string): Promise<Partial<Record<Channel, ChannelState>>> {
    const { rows } = await this.db.query<{
      channel: Channel;
      topic: string;
      status: MarketingStatus;
      since: unknown;
    }>(
      'SELECT channel, topic, status, since FROM marketing_state WHERE contact_id = $1 ORDER BY channel, topic',
      [contactId],
    );
    return foldChannels(rows);
  }

  async optins(channel: Channel, topic?: string, verifiedOnly = false): Promise<OptinRow[]> {
    const { rows } = await this.db.query<Row>(
      `SELECT m.contact_id, c.kind, c.value, m.channel, m.topic, m.status, m.since, m.event_id, e.record,
         m.verified AND ch.verified AS verified
       FROM marketing_state m
       JOIN contacts c ON c.id = m.contact_id
       LEFT JOIN events e ON e.id = m.event_id
       JOIN marketing_state ch ON ch.contact_id = m.contact_id AND ch.channel = m.channel
         AND ch.topic = '' AND ch.status = 'granted'
       WHERE m.channel = $1 AND m.topic = $2 AND m.status = 'granted'
         AND ($3::boolean IS NOT TRUE OR (m.verified AND ch.verified))
       ORDER BY m.since, c.value`,
      [channel, topic ?? '', verifiedOnly],
    );
    return rows.map((row) => {
      const record = row.record ? (JSON.parse(row.record as string) as LedgerRecord) : null;
      return {
        contactId: row.contact_id as string,
        email: row.kind === 'email' ? (row.value as string) : null,
        phone: row.kind === 'phone' ? (row.value as string) : null,
        channel: row.channel as Channel,
        topic: (row.topic as string) || null,
        status: row.status as MarketingStatus,
        since: iso(row.since),
        eventId: row.event_id as string,
        method: record?.event.method ?? null,
        revision: record?.event.revision ?? null,
        wording: record?.event.wording ?? null,
        locale: record?.event.locale ?? null,
        at: record?.event.at ?? null,
        verified: Boolean(row.verified),
      };
    });
  }

  async counts(): Promise<CountRow[]> {
    const { rows } = await this.db.query<Row>(
      `SELECT m.channel, m.topic, m.status, m.verified, count(*)::int AS count
       FROM marketing_state m JOIN contacts c ON c.id = m.contact_id
       GROUP BY m.channel, m.topic, m.status, m.verified
       ORDER BY m.channel, m.topic, m.status, m.verified`,
    );
    return rows.map((row) => ({
      channel: row.channel as string,
      topic: (row.topic as string) || null,
      status: row.status as MarketingStatus,
      verified: Boolean(row.verified),
      count: Number(row.count),
    }));
  }

  async searchContacts(query: string, limit = 50): Promise<Contact[]> {
    const needle = query.trim().toLowerCase();
    if (!needle) return [];
    const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const { rows } = await this.db.query<Contact>(
      `SELECT id, kind, value FROM contacts WHERE value LIKE $1 ORDER BY value LIMIT $2`,
      [pattern, limit],
    );
    return rows;
  }

  async history(contactId: string): Promise<HistoryEntry[]> {
    const { rows } = await this.db.query<Row>(
      `SELECT seq, id, subject, kind, channel, client_at, received_at, record, pruned_at
       FROM events WHERE contact_id = $1 ORDER BY seq`,
      [contactId],
    );
    return rows.map((row) => {
      const record = row.record ? (JSON.parse(row.record as string) as LedgerRecord) : null;
      const choices = record?.event.choices ?? {};
      return {
        seq: Number(row.seq),
        id: row.id as string,
        subject: row.subject as string,
        request: Boolean(record?.request),
        verified: Boolean(record?.trusted),
        kind: row.kind as HistoryEntry['kind'],
        method: record?.event.method ?? null,
        channel: (row.channel as string | null) ?? null,
        status: record?.pendingConfirmation ? 'pending' : ((choices.status as string) ?? null),
        topics: (choices.topics as string[] | undefined) ?? null,
        revision: record?.event.revision ?? null,
        wording: record?.event.wording ?? null,
        locale: record?.event.locale ?? null,
        page: record?.event.page ?? null,
        at: row.client_at as string,
        receivedAt: iso(row.received_at),
        pendingConfirmation: Boolean(record?.pendingConfirmation),
        pruned: row.pruned_at != null,
      };
    });
  }

  async erase(kind: ContactKind, value: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        'DELETE FROM contacts WHERE kind = $1 AND value = $2 RETURNING id',
        [kind, value],
      );
      const id = rows[0]?.id;
      if (!id) return false;
      await runEraseHooks(this.hooks, tx, { id, kind, value });
      // The ledger keeps its rows: they hold only the random id, which now points at nobody.
      await tx.query('DELETE FROM marketing_state WHERE contact_id = $1', [id]);
      await tx.query('DELETE FROM subject_contacts WHERE contact_id = $1', [id]);
      return true;
    });
  }

  /**
   * Walks the whole chain in `seq` order and recomputes every hash. Reports (does not stop at)
   * problems: an edited record, a broken link, a missing tail, content gone without a prune.
   */
  async verify(): Promise<VerifyReport> {
    const problems: string[] = [];
    const report = (problem: string) => {
      if (problems.length < 50) problems.push(problem);
    };
    const cutoffRow = (
      await this.db.query<{ cutoff: unknown }>('SELECT max(cutoff) AS cutoff FROM prunes')
    ).rows[0];
    const pruneCutoff = cutoffRow?.cutoff ? new Date(iso(cutoffRow.cutoff)).getTime() : -Infinity;
    let prev = GENESIS_HASH;
    let lastSeq = 0;
    let count = 0;
    let pruned = 0;
    for (;;) {
      const { rows } = await this.db.query<Row>(
        `SELECT seq, id, subject, kind, channel, contact_id, client_at, received_at, record,
                content_hash, prev_hash, hash, pruned_at
         FROM events WHERE seq > $1 ORDER BY seq LIMIT 2000`,
        [lastSeq],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const seq = Number(row.seq);
        const where = `event #${seq} (${row.id as string})`;
        count++;
        if (row.prev_hash !== prev) report(`${where}: its link does not match the event before it`);
        const expected = chainHash(prev, row.content_hash as string);
        if (row.hash !== expected) report(`${where}: its hash does not match its content and link`);
        if (row.record == null) {
          pruned++;
          const receivedAt = new Date(iso(row.received_at)).getTime();
          if (row.pruned_at == null || receivedAt >= pruneCutoff) {
            report(`${where}: its content is missing but no prune covers it`);
          }
        } else {
          const text = row.record as string;
          if (sha256Hex(text) !== row.content_hash) report(`${where}: its content was changed`);
          else {
            const record = JSON.parse(text) as LedgerRecord;
            const same =
              record.event.id === row.id &&
              record.event.subject === row.subject &&
              record.event.kind === row.kind &&
              record.event.at === row.client_at &&
              record.receivedAt === iso(row.received_at) &&
              (record.target ?? null) === (row.contact_id ?? null) &&
              ((record.event.choices.channel as string | undefined) ?? null) ===
                (row.channel ?? null);
            if (!same) report(`${where}: its columns disagree with its hashed record`);
          }
        }
        prev = expected;
        lastSeq = seq;
      }
    }
    // Pruning never blanks the proof of a state in force; a blanked one was removed otherwise.
    const missingProof = await this.db.query<{ seq: unknown }>(
      `SELECT e.seq FROM events e WHERE e.record IS NULL
         AND (EXISTS (SELECT 1 FROM marketing_state m WHERE m.event_id = e.id)
              OR EXISTS (SELECT 1 FROM subjects s WHERE s.event_id = e.id))
       ORDER BY e.seq LIMIT 20`,
    );
    for (const row of missingProof.rows) {
      report(
        `event #${Number(row.seq)}: its content is gone but it is the proof of a current state`,
      );
    }
    const head = (
      await this.db.query<{ last_seq: unknown; last_hash: string }>(
        'SELECT last_seq, last_hash FROM chain_head WHERE id = 1',
      )
    ).rows[0];
    if (!head) report('the chain head row is missing');
    else if (Number(head.last_seq) !== lastSeq || head.last_hash !== prev) {
      report(
        `the chain head (event #${Number(head.last_seq)}) does not match the last event (#${lastSeq}): events are missing`,
      );
    }
    return { ok: problems.length === 0, events: count, pruned, head: prev, problems };
  }

  /**
   * Retention. Pruning never deletes a row: it blanks the content of events received before
   * `cutoff` (record, subject, contact, client time) and keeps each row's id, receive time,
   * content hash and chain hashes. The kept content hash is the checkpoint: the chain still
   * verifies link by link over pruned rows, and the ids keep deduplicating late retries.
   * Events that are the current proof of someone's state (the opt-in still in force, the
   * latest cookie choice) are kept whole whatever their age. Each run is recorded in `prunes`
   * so `verify` can tell pruned rows from content that went missing otherwise.
   */
  async prune(cutoff: Date): Promise<{ pruned: number }> {
    return this.db.transaction(async (tx) => {
      // Same lock as ingest: a concurrent batch cannot start relying on a row being pruned.
      await tx.query('SELECT 1 FROM chain_head WHERE id = 1 FOR UPDATE');
      await tx.query('INSERT INTO prunes (cutoff, pruned) VALUES ($1, 0)', [cutoff.toISOString()]);
      const { rows } = await tx.query<{ n: unknown }>(
        `WITH gone AS (
           UPDATE events e SET record = NULL, subject = '', client_at = '', contact_id = NULL,
             pruned_at = now()
           WHERE e.received_at < $1 AND e.record IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM marketing_state m WHERE m.event_id = e.id)
             AND NOT EXISTS (SELECT 1 FROM subjects s WHERE s.event_id = e.id)
           RETURNING 1)
         SELECT count(*) AS n FROM gone`,
        [cutoff.toISOString()],
      );
      const pruned = Number(rows[0]?.n ?? 0);
      await tx.query('UPDATE prunes SET pruned = $1 WHERE id = (SELECT max(id) FROM prunes)', [
        pruned,
      ]);
      return { pruned };
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** Groups marketing_state rows into per-channel states ('' rows are the channel itself). */
function foldChannels(
  rows: { channel: Channel; topic: string; status: MarketingStatus; since: unknown }[],
): Partial<Record<Channel, ChannelState>> {
  const channels: Partial<Record<Channel, ChannelState>> = {};
  for (const row of rows) {
    const state = (channels[row.channel] ??= {
      status: 'denied',
      since: iso(row.since),
      topics: [],
    });
    if (row.topic === '') {
      state.status = row.status;
      state.since = iso(row.since);
    } else {
      state.topics.push({ id: row.topic, status: row.status, since: iso(row.since) });
    }
  }
  return channels;
}

/** The topics a subject itself holds on a channel after one of its own events. */
function mergeOwnTopics(link: SubjectLink | undefined, event: ConsentEvent): string[] | null {
  const topics = event.choices.topics as string[] | undefined;
  if (event.kind === 'unsubscribe') {
    if (!topics) return [];
    return (link?.topics ?? []).filter((topic) => !topics.includes(topic));
  }
  if (event.choices.status === 'denied') return [];
  return topics ?? link?.topics ?? null;
}
