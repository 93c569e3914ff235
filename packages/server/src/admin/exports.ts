/**
 * Streamed exports: the ledger as NDJSON and one opt-in list as CSV. Both read the database
 * in keyset batches and yield one chunk per batch, so memory stays flat whatever the size and
 * a slow client slows the reads (the stream is pulled, never pushed).
 */
import { csvCell } from '../csv.js';
import type { Channel, Database } from '../store/index.js';

const BATCH = 5000;
type Row = Record<string, unknown>;
const iso = (value: unknown) => new Date(value as string).toISOString();

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
    const { rows } = await db.query<Row>(
      `SELECT seq, id, received_at, content_hash, prev_hash, hash, record FROM events
       WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [last, Math.min(BATCH, left)],
    );
    if (rows.length === 0) return;
    let chunk = '';
    for (const row of rows) {
      // The record is stored as canonical JSON text: it goes out as it is, unparsed.
      chunk += `{"seq":${Number(row.seq)},"id":${JSON.stringify(row.id)},"receivedAt":"${iso(row.received_at)}","contentHash":"${row.content_hash as string}","prevHash":${JSON.stringify(row.prev_hash ?? null)},"hash":${JSON.stringify(row.hash ?? null)},"record":${(row.record as string | null) ?? 'null'}}\n`;
    }
    yield chunk;
    last = Number(rows.at(-1)!.seq);
    left -= rows.length;
    if (rows.length < BATCH) return;
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
    const { rows }: { rows: Row[] } = await db.query<Row>(
      `SELECT m.contact_id, m.since, m.event_id, c.kind, c.value, e.record,
         m.verified AND ch.verified AS verified
       FROM marketing_state m
       JOIN contacts c ON c.id = m.contact_id
       LEFT JOIN events e ON e.id = m.event_id
       JOIN marketing_state ch ON ch.contact_id = m.contact_id AND ch.channel = m.channel
         AND ch.topic = '' AND ch.status = 'granted'
       WHERE m.channel = $1 AND m.topic = $2 AND m.status = 'granted'
         ${cursor ? 'AND (m.since, m.contact_id) > ($5::timestamptz, $6::uuid)' : ''}
         AND ($4::boolean IS NOT TRUE OR (m.verified AND ch.verified))
       ORDER BY m.since, m.contact_id LIMIT $3`,
      params,
    );
    if (rows.length === 0) return;
    let chunk = '';
    for (const row of rows) {
      const record = row.record ? (JSON.parse(row.record as string) as ProofRecord) : {};
      const event = record.event ?? {};
      chunk +=
        [
          row.kind === 'email' ? row.value : null,
          row.kind === 'phone' ? row.value : null,
          channel,
          topic ?? null,
          iso(row.since),
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
    const last: Row = rows.at(-1)!;
    cursor = [iso(last.since), last.contact_id as string];
    if (rows.length < BATCH) return;
  }
}
