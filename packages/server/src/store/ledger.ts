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
import { canonicalJson, chainHash, sha256Hex } from './chain.js';
import type { Database, Queryable } from './db.js';
import { GroupCommitQueue, type GroupLimits } from './group-commit.js';
import { runAppendHooks, runEraseHooks, type LedgerHooks } from './hooks.js';
import { migrations } from './migrations.js';
import {
  advanceLinks,
  applyCookies,
  applyMarketing,
  dropContactState,
  linkKey,
  readLinks,
  writeLinks,
  type Applied,
  type LedgerRecord,
} from './projection.js';
import { contactsById, sealOf, type SealedContact } from './seal.js';
import { AutoAnalyze } from './statistics.js';
import { verifyLedger } from './verify.js';
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
  Store,
  SubjectState,
  VerifyReport,
} from './types.js';

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

export class Ledger implements Store {
  private readonly ingestQueue: GroupCommitQueue<IngestRequest, IngestResult>;
  private readonly hooks = new Set<LedgerHooks>();
  private readonly statistics: AutoAnalyze;

  constructor(
    private readonly db: Database,
    limits: GroupLimits = {},
  ) {
    this.ingestQueue = new GroupCommitQueue((requests) => this.commitGroup(requests), limits);
    this.statistics = new AutoAnalyze(db);
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
        await migration.run?.(tx);
        await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
      });
    }
    // The embedded database has no autovacuum: its planner statistics are taken here.
    await this.statistics.start();
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
      this.statistics.appended(results.reduce((sum, result) => sum + result.accepted, 0));
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

      // Which ids are stored already. A read before the insert is only sound because every
      // writer holds the chain_head lock taken above; the unique constraint keeps the last word:
      // should the insert skip a row this read did not predict, the group rolls back rather than
      // chain over rows that are not there. Keys are lower case as PostgreSQL prints uuids.
      const all = requests.flatMap((request) => request.events);
      const stored = new Set(
        (
          await tx.query<{ id: string }>(
            `SELECT e.id FROM events e
             WHERE e.id IN (SELECT json_array_elements_text($1::json)::uuid)`,
            [JSON.stringify([...new Set(all.map((event) => event.id.toLowerCase()))])],
          )
        ).rows.map(({ id }) => id.toLowerCase()),
      );
      // Per request: an event is accepted if its id is new, counting the group in arrival order
      // (two requests of one group sending the same id: the first is accepted), else a duplicate.
      // A duplicate changes nothing, so the state stays a function of the stored events alone.
      const results: IngestResult[] = requests.map(() => ({
        accepted: 0,
        duplicates: 0,
        pending: [],
      }));
      const taken = new Set<string>();
      const fresh = requests.map(({ events: batch }, owner) =>
        batch.filter((event) => {
          const key = event.id.toLowerCase();
          if (stored.has(key) || taken.has(key)) {
            results[owner]!.duplicates++;
            return false;
          }
          taken.add(key);
          results[owner]!.accepted++;
          return true;
        }),
      );
      const events = fresh.flat();
      if (events.length === 0) return results;

      const contactKeys = await this.upsertContacts(tx, events);
      const links = await readLinks(tx, events);
      const channelFacts = new Map<string, ChannelFacts>();
      const targets: string[] = [];
      for (const { id } of contactKeys.values()) targets.push(id);
      for (const link of links.values()) targets.push(link.contact_id);
      for (const [key, facts] of await this.channelFactsFor(tx, targets)) {
        channelFacts.set(key, facts);
      }
      const sealed = new Map<string, string>();
      for (const contact of contactKeys.values()) sealed.set(contact.id, contact.seal);

      const rows: NewRow[] = [];
      const sources: (Applied & { owner: number; full: ConsentEvent })[] = [];
      for (const [owner, { receivedAt, doubleOptIn, trusted }] of requests.entries()) {
        for (const event of fresh[owner]!) {
          const { contact, ...asReceived } = event;
          const ids = {
            email: contact?.email ? contactKeys.get(`email:${contact.email}`)?.id : undefined,
            phone: contact?.phone ? contactKeys.get(`phone:${contact.phone}`)?.id : undefined,
          };
          const channel = event.kind === 'cookies' ? null : (event.choices.channel as Channel);
          let target: string | undefined;
          let request: true | undefined;
          let additive: true | undefined;
          if (channel) {
            const link = links.get(linkKey(event.subject, channel));
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
              if (!request && !withdraws) {
                channelFacts.set(`${target}\u0000${channel}`, {
                  verified: trusted || (facts?.verified ?? false),
                  subject: facts?.verified && !trusted ? facts.subject : event.subject,
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
          if (target && !sealed.has(target)) sealed.set(target, '');
          const record: LedgerRecord = {
            v: 1,
            event: asReceived,
            receivedAt,
            contacts: ids.email || ids.phone ? ids : undefined,
            target,
            seals: undefined,
            pendingConfirmation,
            trusted: trusted ? true : undefined,
            request,
            additive,
          };
          sources.push({ event: asReceived, full: event, record, owner });
          // Each event moves the links on before the next event of the group reads them.
          advanceLinks(links, { event: asReceived, record });
        }
      }
      // Contacts reached only through a subject's link: their keys, for the seals.
      const unsealed = [...sealed].filter(([, seal]) => !seal).map(([id]) => id);
      for (const contact of await contactsById(tx, unsealed)) {
        sealed.set(contact.id, sealOf(contact));
      }
      for (const { record, event } of sources) {
        const seals: Record<string, string> = {};
        for (const id of [record.contacts?.email, record.contacts?.phone, record.target]) {
          const seal = id ? sealed.get(id) : undefined;
          if (id && seal) seals[id] = seal;
        }
        if (Object.keys(seals).length > 0) record.seals = seals;
        const text = canonicalJson(record);
        rows.push({
          ord: rows.length,
          id: event.id,
          subject: event.subject,
          kind: event.kind,
          channel: event.kind === 'cookies' ? null : (event.choices.channel as string),
          contact_id: record.target ?? null,
          client_at: event.at,
          received_at: record.receivedAt,
          record: text,
          content_hash: sha256Hex(text),
        });
      }

      // Hashes are computed before the insert so each row is written once (no second UPDATE
      // pass); ORDER BY ord makes the insert hand out seq in this same order.
      let prev = head.last_hash;
      const chained = rows.map((row) => {
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
        inserted.length !== rows.length ||
        inserted.some(({ id }, index) => id !== rows[index]!.id.toLowerCase())
      ) {
        throw new Error('events changed under the chain_head lock; the group was rolled back');
      }
      await tx.query('UPDATE chain_head SET last_seq = $1, last_hash = $2 WHERE id = 1', [
        inserted.at(-1)!.seq,
        prev,
      ]);

      // Derived state follows the chain order (= arrival order).
      await applyCookies(tx, sources);
      await applyMarketing(tx, sources);
      await writeLinks(tx, links, sources);
      for (const { event, record, owner } of sources) {
        if (record.pendingConfirmation && record.target) {
          results[owner]!.pending.push({ eventId: event.id, contactId: record.target });
        }
      }
      await runAppendHooks(
        this.hooks,
        tx,
        sources.map(({ full, record, owner }) => ({
          event: full,
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

  /** Finds or creates each contact the events carry, with its id and seal. */
  private async upsertContacts(tx: Queryable, events: ConsentEvent[]) {
    const wanted = new Map<string, { kind: ContactKind; value: string }>();
    for (const { contact } of events) {
      if (contact?.email)
        wanted.set(`email:${contact.email}`, { kind: 'email', value: contact.email });
      if (contact?.phone)
        wanted.set(`phone:${contact.phone}`, { kind: 'phone', value: contact.phone });
    }
    const found = new Map<string, { id: string; seal: string }>();
    if (wanted.size === 0) return found;
    const list = JSON.stringify([...wanted.values()].map((c) => ({ id: randomUUID(), ...c })));
    // DO NOTHING (not DO UPDATE) so known contacts are not rewritten on every event. Each new
    // row gets its own random value_key from the column's default.
    await tx.query(
      `INSERT INTO contacts (id, kind, value)
       SELECT id, kind, value FROM json_to_recordset($1::json) AS r(id uuid, kind text, value text)
       ON CONFLICT (kind, value) DO NOTHING`,
      [list],
    );
    const { rows } = await tx.query<SealedContact>(
      `SELECT c.id, c.kind, c.value, c.value_key FROM contacts c
       JOIN json_to_recordset($1::json) AS r(kind text, value text) ON c.kind = r.kind AND c.value = r.value`,
      [list],
    );
    for (const row of rows)
      found.set(`${row.kind}:${row.value}`, { id: row.id, seal: sealOf(row) });
    return found;
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
      // The chain_head lock orders the erasure among the appends, so verify can replay it at
      // its place in the ledger.
      const head = (
        await tx.query<{ last_seq: unknown }>(
          'SELECT last_seq FROM chain_head WHERE id = 1 FOR UPDATE',
        )
      ).rows[0];
      // Deleting the row deletes the contact's key: the seals its events left in the chain
      // can no longer be matched to the address.
      const { rows } = await tx.query<{ id: string }>(
        'DELETE FROM contacts WHERE kind = $1 AND value = $2 RETURNING id',
        [kind, value],
      );
      const id = rows[0]?.id;
      if (!id) return false;
      await tx.query(
        `INSERT INTO erased_contacts (contact_id, after_seq) VALUES ($1, $2)
         ON CONFLICT (contact_id) DO NOTHING`,
        [id, Number(head?.last_seq ?? 0)],
      );
      await runEraseHooks(this.hooks, tx, { id, kind, value });
      // The ledger keeps its rows: they hold only the random id, which now points at nobody.
      await dropContactState(tx, id);
      return true;
    });
  }

  /**
   * Checks the whole ledger over one snapshot: the hash chain, the contacts' seals, and every
   * derived table against a replay of the ledger. See verify.ts.
   */
  verify(): Promise<VerifyReport> {
    return verifyLedger(this.db);
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
             AND e.kind <> 'seal'
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

  async close(): Promise<void> {
    await this.statistics.settle();
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
