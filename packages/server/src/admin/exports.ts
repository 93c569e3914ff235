/**
 * Streamed exports: the ledger as NDJSON and one opt-in list as CSV. Both read the database
 * in keyset batches and yield one chunk per batch, so memory stays flat whatever the size and
 * a slow client slows the reads (the stream is pulled, never pushed).
 */
import { csvCell } from '../csv.js';
import type { Channel, Database } from '../store/index.js';

const BATCH = 5000;

/**
 * The ledger after `after` (a `seq`), at most `limit` events, one JSON object a line:
 * `{ seq, id, receivedAt, contentHash, prevHash, hash, record }`. `record` is the stored record
 * (null once pruned); `contentHash` = sha256 of its canonical JSON and `hash` =
 * sha256(`${prevHash}:${contentHash}`), so anyone can re-check the chain from the file.
 */
export async function* ledgerLines(
  db: Database,
  after = 0,
  limit = Number.POSITIVE_INFINITY,
  batch = BATCH,
): AsyncGenerator<string> {
  const read = db.kind === 'postgres' ? linesBySql : linesHere;
  let left = limit;
  let want = Math.min(batch, left);
  let next: Promise<LedgerBatch | null> | null = left > 0 ? read(db, after, want) : null;
  while (next) {
    const lines = await next;
    if (!lines) return;
    left -= lines.count;
    const full = lines.count === want;
    want = Math.min(batch, left);
    // The next batch is asked for before this one is written out: PostgreSQL reads it while
    // the server sends this one. At most two batches are ever held.
    next = full && left > 0 ? read(db, lines.last, want) : null;
    // A failed read ahead is thrown when awaited; never left unhandled meanwhile.
    next?.catch(() => undefined);
    yield lines.text;
  }
}

interface LedgerBatch {
  text: string;
  last: number;
  count: number;
}

/** A timestamptz column as JavaScript's toISOString() writes it (UTC, milliseconds, `Z`). */
const ISO = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * PostgreSQL writes a batch's lines itself, as one text value: it runs beside this process, so
 * the work it takes is done in parallel with the server's own.
 */
async function linesBySql(db: Database, after: number, want: number): Promise<LedgerBatch | null> {
  const { rows } = await db.query<{ lines: string | null; last: unknown; n: unknown }>(
    `SELECT string_agg(line, '' ORDER BY seq) AS lines, max(seq) AS last, count(*) AS n
     FROM (SELECT seq, '{"seq":' || seq || ',"id":"' || id || '","receivedAt":"'
             || ${ISO('received_at')} || '","contentHash":"' || content_hash
             || '","prevHash":' || coalesce('"' || prev_hash || '"', 'null')
             || ',"hash":' || coalesce('"' || hash || '"', 'null')
             || ',"record":' || coalesce(record, 'null') || E'}\\n' AS line
           FROM events WHERE seq > $1 ORDER BY seq LIMIT $2) AS batch`,
    [after, want],
  );
  const count = Number(rows[0]?.n ?? 0);
  if (!rows[0]?.lines || count === 0) return null;
  return { text: rows[0].lines, last: Number(rows[0].last), count };
}

/**
 * The embedded database runs in this very thread, where every step it takes is one the server
 * waits for, and it is slow at text: formatting a timestamp, or copying a record once per
 * concatenation. So it returns a batch as two text values (a driver's cost per row is paid once
 * per batch): the records, one a line, and each row's columns, space-separated, with the receive
 * time as epoch milliseconds; the lines are assembled here.
 */
async function linesHere(db: Database, after: number, want: number): Promise<LedgerBatch | null> {
  const { rows } = await db.query<{ heads: string | null; records: string | null }>(
    `SELECT string_agg(concat_ws(' ', seq, id, (date_part('epoch', received_at) * 1000)::bigint,
              content_hash, coalesce(prev_hash, '-'), coalesce(hash, '-')), E'\\n') AS heads,
            string_agg(coalesce(record, 'null'), E'\\n') AS records
     FROM (SELECT seq, id, received_at, content_hash, prev_hash, hash, record
           FROM events WHERE seq > $1 ORDER BY seq LIMIT $2) AS batch`,
    [after, want],
  );
  const heads = rows[0]?.heads?.split('\n') ?? [];
  if (heads.length === 0) return null;
  const records =
    splitRecords(rows[0]!.records, heads.length) ??
    (
      await db.query<{ record: string }>(
        `SELECT coalesce(record, 'null') AS record FROM events WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [after, want],
      )
    ).rows.map((row) => row.record);
  let text = '';
  let last = after;
  let ordered = true;
  const lines = heads.map((head, index) => {
    const [seq, id, ms, contentHash, prevHash, hash] = head.split(' ') as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const number = Number(seq);
    if (number < last) ordered = false;
    last = Math.max(last, number);
    return {
      seq: number,
      text:
        `{"seq":${seq},"id":"${id}","receivedAt":"${new Date(Number(ms)).toISOString()}",` +
        `"contentHash":"${contentHash}","prevHash":${prevHash === '-' ? 'null' : `"${prevHash}"`},` +
        `"hash":${hash === '-' ? 'null' : `"${hash}"`},"record":${records[index]!}}\n`,
    };
  });
  // The aggregates read the batch in index order; should a plan ever differ, order it here.
  if (!ordered) lines.sort((a, b) => a.seq - b.seq);
  for (const line of lines) text += line.text;
  return { text, last, count: lines.length };
}

export const OPTIN_COLUMNS = [
  'email',
  'phone',
  'channel',
  'topic',
  'since',
  'revision',
  'method',
  'locale',
  'wording',
  'eventId',
  'clientAt',
  'verified',
] as const;

/**
 * One row of an opt-in page: since (epoch µs), contact id, event id, verified, the channel's
 * verified (null when the channel itself is not granted), the kind (`e` / `p`) and address.
 */
type OptinHead = [string, string, string, boolean, boolean | null, string | null];

interface ProofRecord {
  event?: { method?: string; revision?: string; wording?: string; locale?: string; at?: string };
}

/** A timestamptz as epoch microseconds (exact: `extract` is numeric). */
const MICROS = (column: string) => `(extract(epoch FROM ${column}) * 1000000)::bigint`;

/** Epoch microseconds as ISO-8601 with microseconds, which `::timestamptz` reads back exactly. */
function microsIso(micros: string): string {
  const us = BigInt(micros);
  const ms = us / 1000n - (us % 1000n < 0n ? 1n : 0n);
  const rest = String(Number(us - ms * 1000n)).padStart(3, '0');
  return `${new Date(Number(ms)).toISOString().slice(0, -1)}${rest}Z`;
}

/**
 * Splits `count` records joined by line breaks. A stored record is canonical JSON, which never
 * holds a raw line break; one that does (altered: verify reports it) gives null, and the caller
 * reads the batch's records one a row instead.
 */
function splitRecords(text: string | null, count: number): string[] | null {
  const records = text == null ? [] : text.split('\n');
  return records.length === count ? records : null;
}

/**
 * Everyone currently opted in to `channel` (and `topic`), oldest opt-in first, as CSV with a
 * header line. Cells a spreadsheet would run as a formula are neutralised (see csv.ts).
 * `verified` tells whether the address's owner confirmed the opt-in; `verifiedOnly` leaves the
 * unconfirmed ones out.
 */
export async function* optinCsv(
  db: Database,
  channel: Channel,
  topic?: string,
  verifiedOnly = false,
  batch = BATCH,
): AsyncGenerator<string> {
  yield `${OPTIN_COLUMNS.map(csvCell).join(',')}\r\n`;
  const readPage = async (
    cursor: [string, string] | null,
  ): Promise<{ heads: OptinHead[]; records: string | null }> => {
    const params: unknown[] = [channel, topic ?? '', batch, verifiedOnly];
    if (cursor) params.push(cursor[0], cursor[1]);
    // One page of the list, walked in the order of its index (keyset), with one primary-key
    // lookup a row for the channel's own state, the address and the proof record. Scalar
    // subqueries keep those lookups per row whatever the planner estimates (a join may be
    // planned as a hash join over the whole table, once per page), and the lookups run only
    // for rows whose channel is granted. The page comes back as two text values (the rows'
    // columns as JSON, the records one a line) so the driver's cost per row is paid once;
    // timestamps come as epoch microseconds, which JavaScript formats faster than the database.
    // The cursor is the last row read, kept or not.
    const { rows } = await db.query<{ heads: string | null; records: string | null }>(
      `SELECT json_agg(json_build_array(p.us::text, p.contact_id, p.event_id, p.verified,
                p.channel_verified, p.address))::text AS heads,
              string_agg(coalesce(p.record, 'null'), E'\n') AS records
       FROM (
         SELECT l.*, CASE WHEN l.keep THEN
             (SELECT e.record FROM events e WHERE e.id = l.event_id) END AS record,
           CASE WHEN l.keep THEN
             (SELECT CASE c.kind WHEN 'email' THEN 'e' ELSE 'p' END || c.value FROM contacts c
              WHERE c.id = l.contact_id) END AS address
         FROM (
           SELECT s.*, s.channel_verified IS NOT NULL
               AND ($4::boolean IS NOT TRUE OR (s.verified AND s.channel_verified)) AS keep
           FROM (
             SELECT ${MICROS('m.since')} AS us, m.contact_id, m.event_id, m.verified,
               CASE WHEN m.topic = '' THEN m.verified ELSE
                 (SELECT ch.verified FROM marketing_state ch WHERE ch.contact_id = m.contact_id
                   AND ch.channel = m.channel AND ch.topic = '' AND ch.status = 'granted')
               END AS channel_verified
             FROM marketing_state m
             WHERE m.channel = $1 AND m.topic = $2 AND m.status = 'granted'
               ${cursor ? 'AND (m.since, m.contact_id) > ($5::timestamptz, $6::uuid)' : ''}
             ORDER BY m.since, m.contact_id LIMIT $3) AS s) AS l) AS p`,
      params,
    );
    const heads: OptinHead[] = rows[0]?.heads ? (JSON.parse(rows[0].heads) as OptinHead[]) : [];
    return { heads, records: rows[0]?.records ?? null };
  };
  let next: Promise<{ heads: OptinHead[]; records: string | null }> | null = readPage(null);
  while (next) {
    const page: { heads: OptinHead[]; records: string | null } = await next;
    const { heads, records: text } = page;
    if (heads.length === 0) return;
    const last = heads.at(-1)!;
    // The next page is asked for before this one is written out: PostgreSQL reads it while
    // the server sends this one. At most two pages are ever held.
    next = heads.length === batch ? readPage([microsIso(last[0]), last[1]]) : null;
    // A failed read ahead is thrown when awaited; never left unhandled meanwhile.
    next?.catch(() => undefined);
    const records =
      splitRecords(text, heads.length) ??
      (await recordsOf(
        db,
        heads.map((head) => head[2]),
      ));
    let chunk = '';
    const lists = `${csvCell(channel)},${csvCell(topic ?? null)}`;
    heads.forEach(([us, , eventId, verified, channelVerified, address], index) => {
      const keep =
        channelVerified !== null &&
        address !== null &&
        (!verifiedOnly || (verified && channelVerified));
      if (!keep) return;
      const record = records[index];
      const event =
        (record && record !== 'null' ? (JSON.parse(record) as ProofRecord) : {}).event ?? {};
      // The address comes with its kind in front: `e` an email address, `p` a phone number.
      const email = address[0] === 'e';
      const value = address.slice(1);
      // The id, the time and the flag are the database's own (a uuid, ISO-8601, a boolean):
      // nothing in them to neutralise or escape.
      chunk +=
        `${email ? csvCell(value) : '""'},${email ? '""' : csvCell(value)},${lists},` +
        `"${new Date(Number(us.slice(0, -3))).toISOString()}",${csvCell(event.revision)},` +
        `${csvCell(event.method)},${csvCell(event.locale)},${csvCell(event.wording)},` +
        `"${eventId}",${csvCell(event.at)},"${verified && channelVerified}"\r\n`;
    });
    if (chunk) yield chunk;
  }
}

/** The records of some events, one a row (the slow path for a batch holding an altered record). */
async function recordsOf(db: Database, ids: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string; record: string | null }>(
    'SELECT id, record FROM events WHERE id = ANY($1::uuid[])',
    [`{${ids.join(',')}}`],
  );
  const byId = new Map(rows.map((row) => [row.id.toLowerCase(), row.record ?? 'null']));
  return ids.map((id) => byId.get(id.toLowerCase()) ?? 'null');
}
