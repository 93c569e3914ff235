/**
 * Contacts for the workspace: a keyset-paged, filtered list, and one contact's proof (its full
 * history, each event re-hashed and its links to the neighbouring events checked).
 */
import { normalizeEmail, normalizePhone } from '../contacts.js';
import { HttpError } from '../errors.js';
import { canonicalJson, chainHash, GENESIS_HASH, sha256Hex } from '../store/chain.js';
import type { Channel, ChannelState, Contact, Database, MarketingStatus } from '../store/index.js';

type Row = Record<string, unknown>;

/** Filters of `GET /v1/contacts`. Dates are `YYYY-MM-DD` (UTC) bounds on `since`. */
export interface ContactFilter {
  q?: string;
  channel?: Channel;
  topic?: string;
  status?: MarketingStatus;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

/**
 * A channel's state as the workspace shows it: `verified` tells whether the address's owner
 * confirmed it (double opt-in, a signed link, the site's backend) or a browser only claimed it.
 */
export interface VerifiedChannelState extends ChannelState {
  verified: boolean;
  topics: { id: string; status: MarketingStatus; since: string; verified: boolean }[];
}

/** One row of the contact list. */
export interface ContactSummary {
  id: string;
  email?: string;
  phone?: string;
  channels: Partial<Record<Channel, VerifiedChannelState>>;
}

const iso = (value: unknown) => new Date(value as string).toISOString();

/** The search text as stored: emails lower case, phones as `+` and digits. */
export function searchPrefix(q: string): string {
  const text = q.trim();
  if (/^[+\d][\d\s().-]*$/.test(text)) return normalizePhone(text);
  return normalizeEmail(text);
}

function encodeCursor(value: string, id: string) {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(parsed[1])
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // falls through to the 400 below
  }
  throw new HttpError(400, 'querystring.cursor: is not a cursor this server gave out');
}

/** Folds marketing_state rows ('' is the channel itself) into per-contact channel states. */
function foldStates(rows: Row[]) {
  const byContact = new Map<string, Partial<Record<Channel, VerifiedChannelState>>>();
  for (const row of rows) {
    const channels = byContact.get(row.contact_id as string) ?? {};
    byContact.set(row.contact_id as string, channels);
    const channel = row.channel as Channel;
    const state = (channels[channel] ??= {
      status: 'denied',
      since: iso(row.since),
      verified: false,
      topics: [],
    });
    if (row.topic === '') {
      state.status = row.status as MarketingStatus;
      state.since = iso(row.since);
      state.verified = Boolean(row.verified);
    } else {
      state.topics.push({
        id: row.topic as string,
        status: row.status as MarketingStatus,
        since: iso(row.since),
        verified: Boolean(row.verified),
      });
    }
  }
  return byContact;
}

async function statesOf(db: Database, ids: string[]) {
  if (ids.length === 0) return new Map<string, Partial<Record<Channel, VerifiedChannelState>>>();
  // An array (not a set-returning function the planner guesses at 100 rows): the planner knows
  // how many ids there are and looks each one up in the primary key.
  const { rows } = await db.query<Row>(
    `SELECT contact_id, channel, topic, status, since, verified FROM marketing_state
     WHERE contact_id = ANY($1::uuid[])
     ORDER BY contact_id, channel, topic`,
    [`{${ids.join(',')}}`],
  );
  return foldStates(rows);
}

/** One page of contacts in address order, after `cursor`. */
export async function listContacts(
  db: Database,
  filter: ContactFilter,
): Promise<{ contacts: ContactSummary[]; next: string | null }> {
  const limit = filter.limit ?? 50;
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.q?.trim()) {
    const prefix = searchPrefix(filter.q);
    // A range on the C-collated index: every value that starts with the prefix.
    where.push(
      `c.value COLLATE "C" >= ${param(prefix)} AND c.value COLLATE "C" < ${param(`${prefix}\u{10FFFF}`)}`,
    );
  }
  if (filter.cursor) {
    const [value, id] = decodeCursor(filter.cursor);
    where.push(`(c.value COLLATE "C", c.id) > (${param(value)}, ${param(id)}::uuid)`);
  }
  if (filter.channel || filter.topic || filter.status || filter.from || filter.to) {
    if (filter.topic && !filter.channel) {
      throw new HttpError(400, 'querystring.channel: required when a topic is given');
    }
    // Email opt-ins belong to email addresses and SMS to phones: the kind narrows the scan.
    if (filter.channel === 'email' || filter.channel === 'sms') {
      where.push(`c.kind = ${param(filter.channel === 'email' ? 'email' : 'phone')}`);
    }
    const conditions = ['m.contact_id = c.id', `m.topic = ${param(filter.topic ?? '')}`];
    if (filter.channel) conditions.push(`m.channel = ${param(filter.channel)}`);
    if (filter.status) conditions.push(`m.status = ${param(filter.status)}`);
    if (filter.from) conditions.push(`m.since >= ${param(filter.from)}::date`);
    if (filter.to) conditions.push(`m.since < ${param(filter.to)}::date + 1`);
    where.push(`EXISTS (SELECT 1 FROM marketing_state m WHERE ${conditions.join(' AND ')})`);
  }
  const { rows } = await db.query<Contact>(
    `SELECT c.id, c.kind, c.value FROM contacts c
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.value COLLATE "C", c.id LIMIT ${param(limit + 1)}`,
    params,
  );
  const page = rows.slice(0, limit);
  const states = await statesOf(
    db,
    page.map((c) => c.id),
  );
  const last = page.at(-1);
  return {
    contacts: page.map((contact) => ({
      id: contact.id,
      [contact.kind]: contact.value,
      channels: states.get(contact.id) ?? {},
    })),
    next: rows.length > limit && last ? encodeCursor(last.value, last.id) : null,
  };
}

/** One event of a contact's proof. */
export interface ProofEvent {
  seq: number;
  id: string;
  kind: string;
  method: string | null;
  channel: string | null;
  status: string | null;
  topics: string[] | null;
  revision: string | null;
  wording: string | null;
  locale: string | null;
  page: string | null;
  /** The client's time as sent (for an import, `consented_at`). */
  at: string;
  /** The server's receive time. */
  receivedAt: string;
  contentHash: string;
  prevHash: string | null;
  hash: string | null;
  pruned: boolean;
  /** Made by someone who proved the address (a confirmation, a signed link, the site's backend). */
  addressVerified: boolean;
  /** A browser's withdrawal it was not entitled to make: kept, but it changed nothing. */
  request: boolean;
  /** Its content, hash and both links agree with the chain. */
  verified: boolean;
  problems: string[];
}

/** A contact with its state and its history as proof. */
export interface ContactProof {
  contact: ContactSummary;
  chain: { verified: boolean; events: number; problems: string[] };
  history: ProofEvent[];
}

interface StoredRecord {
  event: {
    id: string;
    subject: string;
    kind: string;
    at: string;
    method?: string;
    revision?: string;
    wording?: string;
    locale?: string;
    page?: string;
    choices: { channel?: string; status?: string; topics?: string[] };
  };
  receivedAt: string;
  target?: string;
  pendingConfirmation?: boolean;
  trusted?: boolean;
  request?: boolean;
}

/**
 * The contact's full history. Each event is checked where it sits in the chain: its content
 * hashes to its content hash, its hash is the chain step from its link, its link is the hash of
 * the event before it, and the event after it (or the chain head) links to it.
 */
export async function contactProof(db: Database, id: string): Promise<ContactProof | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const contact = (
    await db.query<Contact>('SELECT id, kind, value FROM contacts WHERE id = $1', [id])
  ).rows[0];
  if (!contact) return null;
  const [events, head, states] = await Promise.all([
    db.query<Row>(
      `SELECT e.seq, e.id, e.subject, e.kind, e.channel, e.contact_id, e.client_at, e.received_at,
              e.record, e.content_hash, e.prev_hash, e.hash, e.pruned_at,
              (SELECT p.hash FROM events p WHERE p.seq < e.seq ORDER BY p.seq DESC LIMIT 1) AS before_hash,
              (SELECT n.prev_hash FROM events n WHERE n.seq > e.seq ORDER BY n.seq LIMIT 1) AS after_link
       FROM events e WHERE e.contact_id = $1 ORDER BY e.seq`,
      [id],
    ),
    db.query<{ last_hash: string }>('SELECT last_hash FROM chain_head WHERE id = 1'),
    statesOf(db, [id]),
  ]);
  const headHash = head.rows[0]?.last_hash;
  const problems: string[] = [];
  const history = events.rows.map((row): ProofEvent => {
    const seq = Number(row.seq);
    const own: string[] = [];
    const text = row.record as string | null;
    let record: StoredRecord | null = null;
    if (text != null) {
      if (sha256Hex(text) !== row.content_hash) own.push('its content was changed');
      record = JSON.parse(text) as StoredRecord;
      // The stored text is the canonical form: re-encoding must give it back.
      if (canonicalJson(record) !== text) own.push('its content is not in canonical form');
      const same =
        record.event.id === row.id &&
        record.event.kind === row.kind &&
        record.event.at === row.client_at &&
        record.receivedAt === iso(row.received_at) &&
        (record.target ?? null) === (row.contact_id ?? null);
      if (!same) own.push('its columns disagree with its hashed record');
    }
    const prevHash = (row.prev_hash as string | null) ?? null;
    const hash = (row.hash as string | null) ?? null;
    if (hash !== chainHash(prevHash ?? '', row.content_hash as string)) {
      own.push('its hash does not match its content and link');
    }
    const before = (row.before_hash as string | null) ?? GENESIS_HASH;
    if (prevHash !== before) own.push('its link does not match the event before it');
    const after = (row.after_link as string | null) ?? headHash;
    if (after !== hash) own.push('the event after it does not link to it');
    for (const problem of own) problems.push(`event #${seq}: ${problem}`);
    const choices = record?.event.choices ?? {};
    return {
      seq,
      id: row.id as string,
      kind: row.kind as string,
      method: record?.event.method ?? null,
      channel: (row.channel as string | null) ?? null,
      status: record?.pendingConfirmation ? 'pending' : (choices.status ?? null),
      topics: choices.topics ?? null,
      revision: record?.event.revision ?? null,
      wording: record?.event.wording ?? null,
      locale: record?.event.locale ?? null,
      page: record?.event.page ?? null,
      at: row.client_at as string,
      receivedAt: iso(row.received_at),
      contentHash: row.content_hash as string,
      prevHash,
      hash,
      pruned: row.pruned_at != null,
      addressVerified: Boolean(record?.trusted),
      request: Boolean(record?.request),
      verified: own.length === 0,
      problems: own,
    };
  });
  return {
    contact: { id: contact.id, [contact.kind]: contact.value, channels: states.get(id) ?? {} },
    chain: { verified: problems.length === 0, events: history.length, problems },
    history,
  };
}
