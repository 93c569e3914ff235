/**
 * `verify`: everything is read in one REPEATABLE READ transaction, so the chain, its head and
 * the derived tables are seen at one moment however many writers run meanwhile. In that one
 * pass it
 * 1. recomputes every hash and link, and checks each row's columns against its hashed record;
 * 2. recomputes the seal of every contact an event names (a changed address, a swapped key or
 *    a contact deleted without an erasure is a break);
 * 3. replays the ledger, with the erasures at their places, into temporary copies of the
 *    derived tables through the same code ingest uses, and names each row of `subjects`,
 *    `subject_contacts` and `marketing_state` that is not what the ledger says.
 * Once events have been pruned, their content is gone and the replay cannot run; every
 * current state row is then still checked against the event it names as its proof.
 */
import { GENESIS_HASH, chainHash, sha256Hex } from './chain.js';
import type { Database, Queryable } from './db.js';
import {
  advanceLinks,
  applyCookies,
  applyMarketing,
  dropContactState,
  readLinks,
  writeLinks,
  type Applied,
  type LedgerRecord,
  type ProjectionTables,
} from './projection.js';
import { contactsById, sealOf } from './seal.js';
import type { VerifyReport } from './types.js';

/** Where the replay writes: temporary tables, gone when the transaction ends. */
const REPLAY: ProjectionTables = {
  subjects: 'verify_subjects',
  subjectContacts: 'verify_subject_contacts',
  marketingState: 'verify_marketing_state',
};

const BATCH = 2000;
const MAX_PROBLEMS = 100;
/** Rows named per derived table; the count of the rest is given. */
const MAX_ROWS_NAMED = 20;

type Row = Record<string, unknown>;
const iso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

export async function verifyLedger(db: Database): Promise<VerifyReport> {
  return db.transaction(async (tx) => {
    // Must come first: the snapshot is taken by the transaction's first statement after it.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    return new Verification(tx).run();
  });
}

class Verification {
  private readonly problems: string[] = [];
  private count = 0;
  private pruned = 0;
  private seals = 0;
  private differences = 0;
  private replayable = true;
  /** Erasures in ledger order; those of unknown place (NULL) are applied at the end. */
  private erasures: { contactId: string; afterSeq: number }[] = [];
  private erased = new Set<string>();

  constructor(private readonly tx: Queryable) {}

  private report(problem: string) {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
  }

  async run(): Promise<VerifyReport> {
    const { tx } = this;
    const head = (
      await tx.query<{ last_seq: unknown; last_hash: string }>(
        'SELECT last_seq, last_hash FROM chain_head WHERE id = 1',
      )
    ).rows[0];
    for (const table of Object.keys(REPLAY) as (keyof ProjectionTables)[]) {
      await tx.query(
        `CREATE TEMP TABLE ${REPLAY[table]} (LIKE ${LIVE[table]} INCLUDING ALL) ON COMMIT DROP`,
      );
    }
    const cutoffRow = (
      await tx.query<{ cutoff: unknown }>('SELECT max(cutoff) AS cutoff FROM prunes')
    ).rows[0];
    const pruneCutoff = cutoffRow?.cutoff ? new Date(iso(cutoffRow.cutoff)).getTime() : -Infinity;
    const erasures = await tx.query<{ contact_id: string; after_seq: unknown }>(
      'SELECT contact_id, after_seq FROM erased_contacts ORDER BY after_seq NULLS LAST, contact_id',
    );
    for (const row of erasures.rows) {
      this.erased.add(row.contact_id.toLowerCase());
      this.erasures.push({
        contactId: row.contact_id,
        afterSeq: row.after_seq == null ? Infinity : Number(row.after_seq),
      });
    }

    let prev = GENESIS_HASH;
    let lastSeq = 0;
    for (;;) {
      const { rows } = await tx.query<Row>(
        `SELECT seq, id, subject, kind, channel, contact_id, client_at, received_at, record,
                content_hash, prev_hash, hash, pruned_at
         FROM events WHERE seq > $1 ORDER BY seq LIMIT ${BATCH}`,
        [lastSeq],
      );
      if (rows.length === 0) break;
      const replay: { seq: number; applied: Applied }[] = [];
      const sealed: { seq: number; contactId: string; seal: string }[] = [];
      for (const row of rows) {
        const seq = Number(row.seq);
        const where = `event #${seq} (${row.id as string})`;
        this.count++;
        if (row.prev_hash !== prev)
          this.report(`${where}: its link does not match the event before it`);
        const expected = chainHash(prev, row.content_hash as string);
        if (row.hash !== expected)
          this.report(`${where}: its hash does not match its content and link`);
        prev = expected;
        lastSeq = seq;
        if (row.record == null) {
          this.pruned++;
          this.replayable = false;
          const receivedAt = new Date(iso(row.received_at)).getTime();
          if (row.pruned_at == null || receivedAt >= pruneCutoff) {
            this.report(`${where}: its content is missing but no prune covers it`);
          }
          continue;
        }
        const text = row.record as string;
        if (sha256Hex(text) !== row.content_hash) this.report(`${where}: its content was changed`);
        let record: LedgerRecord;
        try {
          record = JSON.parse(text) as LedgerRecord;
        } catch {
          this.report(`${where}: its content is not JSON`);
          continue;
        }
        const same =
          record.event?.id === row.id &&
          record.event.subject === row.subject &&
          record.event.kind === row.kind &&
          record.event.at === row.client_at &&
          record.receivedAt === iso(row.received_at) &&
          (record.target ?? null) === (row.contact_id ?? null) &&
          ((record.event.choices?.channel as string | undefined) ?? null) === (row.channel ?? null);
        if (!same) this.report(`${where}: its columns disagree with its hashed record`);
        for (const [contactId, seal] of Object.entries(record.seals ?? {})) {
          sealed.push({ seq, contactId, seal });
        }
        for (const contactId of [record.contacts?.email, record.contacts?.phone, record.target]) {
          if (contactId && !record.seals?.[contactId]) sealed.push({ seq, contactId, seal: '' });
        }
        if ((record.event.kind as string) !== 'seal')
          replay.push({ seq, applied: { event: record.event, record } });
      }
      await this.checkSeals(sealed);
      if (this.replayable) await this.replay(replay);
    }
    if (this.replayable) await this.eraseUpTo(Infinity);

    if (!head) this.report('the chain head row is missing');
    else if (Number(head.last_seq) !== lastSeq || head.last_hash !== prev) {
      this.report(
        `the chain head (event #${Number(head.last_seq)}) does not match the last event (#${lastSeq}): events are missing`,
      );
    }
    await this.checkProofs();
    await this.checkErasedStayGone();
    if (this.replayable) {
      await this.compareMarketingState();
      await this.compareSubjectContacts();
      await this.compareSubjects();
    }
    return {
      ok: this.problems.length === 0,
      events: this.count,
      pruned: this.pruned,
      head: prev,
      problems: this.problems,
      seals: this.seals,
      rebuilt: this.replayable,
      differences: this.differences,
    };
  }

  /** Each named contact still kept must match its seal; one gone must have been erased. */
  private async checkSeals(sealed: { seq: number; contactId: string; seal: string }[]) {
    if (sealed.length === 0) return;
    const contacts = new Map(
      (
        await contactsById(
          this.tx,
          sealed.map((s) => s.contactId),
        )
      ).map((c) => [c.id.toLowerCase(), c]),
    );
    for (const { seq, contactId, seal } of sealed) {
      const contact = contacts.get(contactId.toLowerCase());
      if (!contact) {
        if (!this.erased.has(contactId.toLowerCase())) {
          this.report(
            `contact ${contactId} (named by event #${seq}) is gone, and no erasure removed it`,
          );
        }
        continue;
      }
      // Events from before seals existed carry none; the migration's seal event covers them.
      if (!seal) continue;
      if (sealOf(contact) !== seal) {
        this.report(
          `contacts row ${contact.id}: its ${contact.kind} is not the one event #${seq} sealed (value or key changed)`,
        );
      } else this.seals++;
    }
  }

  /** Replays events (in chain order) into the temporary tables, erasures at their places. */
  private async replay(events: { seq: number; applied: Applied }[]) {
    let segment: Applied[] = [];
    const flush = async () => {
      if (segment.length === 0) return;
      const links = await readLinks(
        this.tx,
        segment.map(({ event }) => event),
        REPLAY,
      );
      for (const applied of segment) advanceLinks(links, applied);
      await applyCookies(this.tx, segment, REPLAY);
      await applyMarketing(this.tx, segment, REPLAY);
      await writeLinks(this.tx, links, segment, REPLAY);
      segment = [];
    };
    for (const { seq, applied } of events) {
      if ((this.erasures[0]?.afterSeq ?? Infinity) < seq) {
        await flush();
        await this.eraseUpTo(seq - 1);
      }
      segment.push(applied);
    }
    await flush();
  }

  /** Applies the erasures made after events up to `seq` to the replayed state. */
  private async eraseUpTo(seq: number) {
    while (this.erasures.length > 0 && this.erasures[0]!.afterSeq <= seq) {
      await dropContactState(this.tx, this.erasures.shift()!.contactId, REPLAY);
    }
  }

  /** Every state row's proving event exists, is whole, and is about that contact and channel. */
  private async checkProofs() {
    const { rows } = await this.tx.query<Row>(
      `SELECT m.contact_id, m.channel, m.topic, m.event_id, e.seq, e.record IS NULL AS blank,
              e.contact_id AS event_contact, e.channel AS event_channel
       FROM marketing_state m LEFT JOIN events e ON e.id = m.event_id
       WHERE e.id IS NULL OR e.record IS NULL OR e.contact_id IS DISTINCT FROM m.contact_id
         OR e.channel IS DISTINCT FROM m.channel
       ORDER BY m.contact_id, m.channel, m.topic LIMIT ${MAX_ROWS_NAMED}`,
    );
    for (const row of rows) {
      const name = stateRowName(row);
      if (row.seq == null)
        this.report(`${name}: its proof, event ${String(row.event_id)}, is not in the ledger`);
      else if (row.blank)
        this.report(
          `event #${Number(row.seq)}: its content is gone but it is the proof of a current state (${name})`,
        );
      else
        this.report(
          `${name}: event #${Number(row.seq)}, which it names as proof, is about ${
            row.event_contact ? `contact ${String(row.event_contact)}` : 'no contact'
          } on ${String(row.event_channel ?? 'no channel')}`,
        );
    }
    const subjects = await this.tx.query<Row>(
      `SELECT s.subject, s.event_id, e.seq, e.record IS NULL AS blank, e.subject AS event_subject
       FROM subjects s LEFT JOIN events e ON e.id = s.event_id
       WHERE e.id IS NULL OR e.record IS NULL OR e.subject <> s.subject OR e.kind <> 'cookies'
       ORDER BY s.subject LIMIT ${MAX_ROWS_NAMED}`,
    );
    for (const row of subjects.rows) {
      const name = `subjects row "${String(row.subject)}"`;
      if (row.seq == null)
        this.report(`${name}: its proof, event ${String(row.event_id)}, is not in the ledger`);
      else if (row.blank)
        this.report(
          `event #${Number(row.seq)}: its content is gone but it is the proof of a current state (${name})`,
        );
      else
        this.report(
          `${name}: event #${Number(row.seq)}, which it names as proof, is another subject's cookie choice`,
        );
    }
  }

  /** An erased contact's row must not come back. */
  private async checkErasedStayGone() {
    const { rows } = await this.tx.query<{ id: string }>(
      `SELECT c.id FROM contacts c JOIN erased_contacts x ON x.contact_id = c.id ORDER BY c.id LIMIT ${MAX_ROWS_NAMED}`,
    );
    for (const row of rows) this.report(`contacts row ${row.id}: it was erased, yet it is back`);
  }

  /** Runs a FULL JOIN of a live table and its replay and names the rows that differ. */
  private async compare(sql: string, describe: (row: Row) => string): Promise<void> {
    const { rows } = await this.tx.query<Row>(sql);
    for (const row of rows.slice(0, MAX_ROWS_NAMED)) this.report(describe(row));
    const total = rows.length > 0 ? Number(rows[0]!.total) : 0;
    this.differences += total;
    if (total > MAX_ROWS_NAMED) this.report(`… and ${total - MAX_ROWS_NAMED} more such rows`);
  }

  private compareMarketingState() {
    return this.compare(
      `SELECT count(*) OVER () AS total,
         coalesce(l.contact_id, r.contact_id) AS contact_id, coalesce(l.channel, r.channel) AS channel,
         coalesce(l.topic, r.topic) AS topic, l.contact_id IS NULL AS extra, r.contact_id IS NULL AS missing,
         l.status AS l_status, l.since AS l_since, l.event_id AS l_event, l.verified AS l_verified,
         r.status AS r_status, r.since AS r_since, r.event_id AS r_event, r.verified AS r_verified
       FROM ${REPLAY.marketingState} l FULL JOIN marketing_state r
         ON r.contact_id = l.contact_id AND r.channel = l.channel AND r.topic = l.topic
       WHERE l.contact_id IS NULL OR r.contact_id IS NULL OR l.status <> r.status
         OR l.since <> r.since OR l.event_id <> r.event_id OR l.verified <> r.verified
       ORDER BY 2, 3, 4 LIMIT ${MAX_ROWS_NAMED + 1}`,
      (row) => {
        const name = stateRowName(row);
        const said = (p: 'l' | 'r') =>
          `${String(row[`${p}_status`])} since ${iso(row[`${p}_since`])} by event ${String(row[`${p}_event`])}${row[`${p}_verified`] ? ', verified' : ''}`;
        if (row.extra)
          return `${name}: the ledger gives no such row, yet the table has it (${said('r')})`;
        if (row.missing) return `${name}: the ledger says ${said('l')}, but the row is missing`;
        return `${name}: the ledger says ${said('l')}; the table says ${said('r')}`;
      },
    );
  }

  private compareSubjectContacts() {
    return this.compare(
      `SELECT count(*) OVER () AS total,
         coalesce(l.subject, r.subject) AS subject, coalesce(l.channel, r.channel) AS channel,
         l.subject IS NULL AS extra, r.subject IS NULL AS missing,
         l.contact_id AS l_contact, l.verified AS l_verified, l.status AS l_status, l.topics AS l_topics,
         r.contact_id AS r_contact, r.verified AS r_verified, r.status AS r_status, r.topics AS r_topics
       FROM ${REPLAY.subjectContacts} l FULL JOIN subject_contacts r
         ON r.subject = l.subject AND r.channel = l.channel
       WHERE l.subject IS NULL OR r.subject IS NULL OR l.contact_id <> r.contact_id
         OR l.verified <> r.verified OR l.status IS DISTINCT FROM r.status
         OR l.topics IS DISTINCT FROM r.topics OR l.since IS DISTINCT FROM r.since
       ORDER BY 2, 3 LIMIT ${MAX_ROWS_NAMED + 1}`,
      (row) => {
        const name = `subject_contacts row ("${String(row.subject)}", ${String(row.channel)})`;
        const said = (p: 'l' | 'r') =>
          `contact ${String(row[`${p}_contact`])}${row[`${p}_verified`] ? ' (verified)' : ''}, ${String(row[`${p}_status`])}${row[`${p}_topics`] ? ` ${JSON.stringify(row[`${p}_topics`])}` : ''}`;
        if (row.extra)
          return `${name}: the ledger gives no such row, yet the table has it (${said('r')})`;
        if (row.missing) return `${name}: the ledger says ${said('l')}, but the row is missing`;
        return `${name}: the ledger says ${said('l')}; the table says ${said('r')}`;
      },
    );
  }

  private compareSubjects() {
    return this.compare(
      `SELECT count(*) OVER () AS total, coalesce(l.subject, r.subject) AS subject,
         l.subject IS NULL AS extra, r.subject IS NULL AS missing,
         l.event_id AS l_event, l.categories AS l_categories, r.event_id AS r_event, r.categories AS r_categories
       FROM ${REPLAY.subjects} l FULL JOIN subjects r ON r.subject = l.subject
       WHERE l.subject IS NULL OR r.subject IS NULL OR l.event_id <> r.event_id
         OR l.revision IS DISTINCT FROM r.revision OR l.categories <> r.categories
         OR l.services <> r.services OR l.gpc IS DISTINCT FROM r.gpc
         OR l.decided_at <> r.decided_at OR l.received_at <> r.received_at
       ORDER BY 2 LIMIT ${MAX_ROWS_NAMED + 1}`,
      (row) => {
        const name = `subjects row "${String(row.subject)}"`;
        const said = (p: 'l' | 'r') =>
          `${JSON.stringify(row[`${p}_categories`])} by event ${String(row[`${p}_event`])}`;
        if (row.extra)
          return `${name}: the ledger gives no such row, yet the table has it (${said('r')})`;
        if (row.missing) return `${name}: the ledger says ${said('l')}, but the row is missing`;
        return `${name}: the ledger says ${said('l')}; the table says ${said('r')}`;
      },
    );
  }
}

const LIVE: ProjectionTables = {
  subjects: 'subjects',
  subjectContacts: 'subject_contacts',
  marketingState: 'marketing_state',
};

function stateRowName(row: Row): string {
  const topic = row.topic ? `topic "${String(row.topic)}"` : 'the channel';
  return `marketing_state row (contact ${String(row.contact_id)}, ${String(row.channel)}, ${topic})`;
}
