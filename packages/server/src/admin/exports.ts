/**
 * Streamed exports: the ledger as NDJSON and one opt-in list as CSV. Both read the database
 * in keyset batches and yield one chunk per batch, so memory stays flat whatever the size and
 * a slow client slows the reads (the stream is pulled, never pushed).
 */
import { csvCell } from '../csv.js';
import type { Channel, Database } from '../store/index.js';

const BATCH = 5000;

/** A timestamptz column as JavaScript's toISOString() writes it (UTC, milliseconds, `Z`). */
const ISO = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

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
): AsyncGenerator<string> {
  let last = after;
  let left = limit;
  while (left > 0) {
    const want = Math.min(BATCH, left);
    // Each batch comes back as one text value, its lines written by the database: a driver's
    // cost per row (large on the embedded database) is paid once per batch.
    const { rows } = await db.query<{ lines: string | null; last: unknown; n: unknown }>(
      `SELECT string_agg(line, '' ORDER BY seq) AS lines, max(seq) AS last, count(*) AS n
       FROM (SELECT seq, '{"seq":' || seq || ',"id":"' || id || '","receivedAt":"'
               || ${ISO('received_at')} || '","contentHash":"' || content_hash
               || '","prevHash":' || coalesce('"' || prev_hash || '"', 'null')
               || ',"hash":' || coalesce('"' || hash || '"', 'null')
               || ',"record":' || coalesce(record, 'null') || E'}\\n' AS line
             FROM events WHERE seq > $1 ORDER BY seq LIMIT $2) AS batch`,
      [last, want],
    );
    const batch = rows[0];
    const count = Number(batch?.n ?? 0);
    if (!batch?.lines || count === 0) return;
    yield batch.lines;
    last = Number(batch.last);
    left -= count;
    if (count < want) return;
  }
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

interface OptinPageRow {
  contact_id: string;
  at: string;
  event_id: string;
  kind: string;
  value: string;
  record: string | null;
  verified: boolean | null;
}

interface ProofRecord {
  event?: { method?: string; revision?: string; wording?: string; locale?: string; at?: string };
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
): AsyncGenerator<string> {
  yield `${OPTIN_COLUMNS.map(csvCell).join(',')}\r\n`;
  let cursor: [string, string] | null = null;
  for (;;) {
    const params: unknown[] = [channel, topic ?? '', BATCH, verifiedOnly];
    if (cursor) params.push(cursor[0], cursor[1]);
    // One page of the list (keyset on the list's index), aggregated into one JSON text so the
    // driver's cost per row is paid once; each proof record is an index lookup by event id.
    const { rows }: { rows: { page: string | null }[] } = await db.query<{ page: string | null }>(
      `SELECT json_agg(page ORDER BY since, contact_id)::text AS page FROM (
         SELECT m.contact_id, m.since, ${ISO('m.since')} AS at, m.event_id, c.kind, c.value,
           (SELECT e.record FROM events e WHERE e.id = m.event_id) AS record,
           m.verified AND ch.verified AS verified
         FROM marketing_state m
         JOIN contacts c ON c.id = m.contact_id
         JOIN marketing_state ch ON ch.contact_id = m.contact_id AND ch.channel = m.channel
           AND ch.topic = '' AND ch.status = 'granted'
         WHERE m.channel = $1 AND m.topic = $2 AND m.status = 'granted'
           ${cursor ? 'AND (m.since, m.contact_id) > ($5::timestamptz, $6::uuid)' : ''}
           AND ($4::boolean IS NOT TRUE OR (m.verified AND ch.verified))
         ORDER BY m.since, m.contact_id LIMIT $3) AS page`,
      params,
    );
    const page: OptinPageRow[] = rows[0]?.page ? (JSON.parse(rows[0].page) as OptinPageRow[]) : [];
    if (page.length === 0) return;
    let chunk = '';
    for (const row of page) {
      const record = row.record ? (JSON.parse(row.record) as ProofRecord) : {};
      const event = record.event ?? {};
      chunk +=
        [
          row.kind === 'email' ? row.value : null,
          row.kind === 'phone' ? row.value : null,
          channel,
          topic ?? null,
          row.at,
          event.revision,
          event.method,
          event.locale,
          event.wording,
          row.event_id,
          event.at,
          Boolean(row.verified),
        ]
          .map(csvCell)
          .join(',') + '\r\n';
    }
    yield chunk;
    const last: OptinPageRow = page.at(-1)!;
    cursor = [last.at, last.contact_id];
    if (page.length < BATCH) return;
  }
}
