/**
 * CSV import of existing subscribers (`POST /v1/import`). The body is parsed as it streams in
 * and handled in batches, so a 100,000-row file never sits in memory. Each valid row becomes one
 * ledger event (`method: "import"`, `at` = `consented_at`); a row whose contact unsubscribed from
 * the channel or topic, or whose address was erased, is skipped: an import never re-subscribes.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { normalizeEmail, normalizePhone } from '../contacts.js';
import { HttpError } from '../errors.js';
import type { Channel, ConsentEvent, ContactKind, MarketingStatus, Store } from '../store/index.js';

const BATCH = 1000;
/** Refusals and skips listed in the answer (all are counted). */
const LISTED = 1000;
const CHANNELS: readonly string[] = ['email', 'sms', 'post'];
const STATUSES: readonly string[] = ['granted', 'denied', 'pending'];
const TOPIC = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A refused or skipped row: its line in the file and why. */
export interface RowNote {
  line: number;
  reason: string;
}

export interface ImportReport {
  rows: number;
  imported: number;
  /** Valid rows not imported: unsubscribed, erased, already recorded, or a later decision. */
  skipped: number;
  refused: number;
  dryRun: boolean;
  refusals: RowNote[];
  skips: RowNote[];
  /** True when more refusals or skips happened than are listed. */
  truncated: boolean;
  seconds: number;
}

interface ValidRow {
  line: number;
  kind: ContactKind;
  value: string;
  channel: Channel;
  status: MarketingStatus;
  topics: string[];
  at: string;
  source?: string;
  wording?: string;
}

/** The keyed digest an erased address is remembered by (never the address itself). */
export function suppressionDigest(secret: string, kind: ContactKind, value: string): string {
  return createHmac('sha256', secret).update(`suppress:${kind}:${value}`).digest('hex');
}

/** Remembers that an address was erased, so no import brings it back. */
export async function suppress(store: Store, secret: string, kind: ContactKind, value: string) {
  await store.database.query(
    `INSERT INTO suppressions (digest, reason) VALUES ($1, 'erased') ON CONFLICT (digest) DO NOTHING`,
    [suppressionDigest(secret, kind, value)],
  );
}

/** Checks one CSV record; a string is the reason it is refused. */
export function validateRow(record: Record<string, string>, line: number): ValidRow | string {
  const email = record.email?.trim() ?? '';
  const phone = record.phone?.trim() ?? '';
  const channel = record.channel?.trim().toLowerCase() ?? '';
  if (!CHANNELS.includes(channel)) return `channel: "${channel}" is not email, sms or post`;
  let kind: ContactKind;
  let value: string;
  if (channel === 'email' || (channel === 'post' && email)) {
    if (!email) return 'email: required for the email channel';
    value = normalizeEmail(email);
    if (!EMAIL.test(value) || value.length > 254) return 'email: is not an email address';
    kind = 'email';
  } else {
    if (!phone) return `phone: required for the ${channel} channel`;
    value = normalizePhone(phone);
    if (!/^\+[1-9]\d{7,14}$/.test(value)) {
      return 'phone: is not a phone number in international form (+44…)';
    }
    kind = 'phone';
  }
  const status = record.status?.trim().toLowerCase() ?? '';
  if (!STATUSES.includes(status)) return `status: "${status}" is not granted, denied or pending`;
  const topics = (record.topics ?? '').split(/\s+/).filter(Boolean);
  const badTopic = topics.find((topic) => !TOPIC.test(topic));
  if (badTopic !== undefined) return `topics: "${badTopic}" is not a topic id`;
  if (new Set(topics).size !== topics.length) return 'topics: a topic is listed twice';
  const consentedAt = record.consented_at?.trim() ?? '';
  const time = ISO_TIME.test(consentedAt) ? Date.parse(consentedAt) : NaN;
  if (!Number.isFinite(time)) return 'consented_at: is not an ISO-8601 date and time';
  if (time > Date.now() + 5 * 60_000) return 'consented_at: is in the future';
  const wording = record.wording?.trim() || undefined;
  if (status !== 'denied' && !wording) {
    return 'wording: required — the proof of an opt-in is the text the person agreed to';
  }
  if (wording && wording.length > 10_000) return 'wording: longer than 10,000 characters';
  const source = record.source?.trim() || undefined;
  if (source && source.length > 200) return 'source: longer than 200 characters';
  if (/\0/.test(`${wording ?? ''}${source ?? ''}`)) return 'a cell holds a NUL character';
  return {
    line,
    kind,
    value,
    channel: channel as Channel,
    status: status as MarketingStatus,
    topics,
    at: new Date(time).toISOString(),
    source,
    wording,
  };
}

/** The same row imported twice gets the same event id, so re-running a file adds nothing. */
function eventId(row: ValidRow): string {
  const hex = createHash('sha256')
    .update(
      ['import', row.kind, row.value, row.channel, row.status, row.topics.join(' '), row.at].join(
        '\u0000',
      ),
    )
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface KnownState {
  status: MarketingStatus;
  since: number;
}

/** Reads what the batch's contacts have decided so far, and which addresses were erased. */
async function lookUp(store: Store, secret: string, rows: ValidRow[], create: boolean) {
  const db = store.database;
  const wanted = [...new Map(rows.map((r) => [`${r.kind}:${r.value}`, r])).values()];
  if (create) {
    // Server-made events are filed under the contact's random id, so it is needed first.
    await db.query(
      `INSERT INTO contacts (id, kind, value)
       SELECT gen_random_uuid(), kind, value FROM json_to_recordset($1::json) AS r(kind text, value text)
       ON CONFLICT (kind, value) DO NOTHING`,
      [JSON.stringify(wanted.map(({ kind, value }) => ({ kind, value })))],
    );
  }
  const [contacts, erased] = await Promise.all([
    db.query<{ id: string; kind: string; value: string }>(
      `SELECT c.id, c.kind, c.value FROM contacts c
       JOIN json_to_recordset($1::json) AS r(kind text, value text) ON c.kind = r.kind AND c.value = r.value`,
      [JSON.stringify(wanted.map(({ kind, value }) => ({ kind, value })))],
    ),
    db.query<{ digest: string }>(
      `SELECT digest FROM suppressions WHERE digest IN (SELECT json_array_elements_text($1::json))`,
      [JSON.stringify(wanted.map((r) => suppressionDigest(secret, r.kind, r.value)))],
    ),
  ]);
  const ids = new Map(contacts.rows.map((c) => [`${c.kind}:${c.value}`, c.id]));
  const states = new Map<string, KnownState>();
  if (ids.size > 0) {
    const { rows: stateRows } = await db.query<Record<string, unknown>>(
      `SELECT contact_id, channel, topic, status, since FROM marketing_state
       WHERE contact_id IN (SELECT json_array_elements_text($1::json)::uuid)`,
      [JSON.stringify([...ids.values()])],
    );
    for (const row of stateRows) {
      states.set(
        `${row.contact_id as string}\u0000${row.channel as string}\u0000${row.topic as string}`,
        {
          status: row.status as MarketingStatus,
          since: new Date(row.since as string).getTime(),
        },
      );
    }
  }
  return { ids, erased: new Set(erased.rows.map((r) => r.digest)), states };
}

/** Imports (or with `dryRun`, only checks) a CSV stream. */
export async function importCsv(
  store: Store,
  secret: string,
  body: Readable,
  options: { dryRun?: boolean; maxBytes?: number } = {},
): Promise<ImportReport> {
  const started = performance.now();
  const report: ImportReport = {
    rows: 0,
    imported: 0,
    skipped: 0,
    refused: 0,
    dryRun: Boolean(options.dryRun),
    refusals: [],
    skips: [],
    truncated: false,
    seconds: 0,
  };
  const note = (list: RowNote[], line: number, reason: string) => {
    if (list.length < LISTED) list.push({ line, reason });
    else report.truncated = true;
  };
  const refuse = (line: number, reason: string) => {
    report.refused++;
    note(report.refusals, line, reason);
  };
  const skip = (line: number, reason: string) => {
    report.skipped++;
    note(report.skips, line, reason);
  };
  // Decisions made earlier in this same file, by contact and channel / topic.
  const decided = new Map<string, MarketingStatus>();

  const flush = async (rows: ValidRow[]) => {
    if (rows.length === 0) return;
    const known = await lookUp(store, secret, rows, !options.dryRun);
    const events: ConsentEvent[] = [];
    const lines: number[] = [];
    for (const row of rows) {
      if (known.erased.has(suppressionDigest(secret, row.kind, row.value))) {
        skip(row.line, 'this address was erased: it is never imported again');
        continue;
      }
      const contact = known.ids.get(`${row.kind}:${row.value}`) ?? `${row.kind}:${row.value}`;
      const stateOf = (topic: string) => {
        const here = decided.get(`${contact}\u0000${row.channel}\u0000${topic}`);
        if (here) return { status: here, since: Date.parse(row.at) };
        return known.states.get(`${contact}\u0000${row.channel}\u0000${topic}`);
      };
      const channelState = stateOf('');
      if (row.status !== 'denied') {
        if (channelState?.status === 'denied') {
          skip(row.line, `unsubscribed from ${row.channel}: an import never re-subscribes`);
          continue;
        }
        const withdrawn = row.topics.filter((topic) => stateOf(topic)?.status === 'denied');
        if (withdrawn.length > 0) {
          skip(
            row.line,
            `unsubscribed from ${withdrawn.join(', ')}: an import never re-subscribes`,
          );
          continue;
        }
      } else if (channelState && channelState.since > Date.parse(row.at)) {
        skip(row.line, 'a later decision is recorded for this contact');
        continue;
      }
      for (const topic of ['', ...row.topics]) {
        decided.set(`${contact}\u0000${row.channel}\u0000${topic}`, row.status);
      }
      events.push({
        id: eventId(row),
        subject: `contact:${known.ids.get(`${row.kind}:${row.value}`) ?? 'import'}`,
        at: row.at,
        kind: 'marketing',
        method: 'import',
        choices: {
          channel: row.channel,
          status: row.status,
          ...(row.topics.length ? { topics: row.topics } : {}),
        },
        ...(row.wording ? { wording: row.wording } : {}),
        ...(row.source ? { source: row.source } : {}),
        contact: row.kind === 'email' ? { email: row.value } : { phone: row.value },
      });
      lines.push(row.line);
    }
    if (events.length === 0) return;
    if (options.dryRun) {
      report.imported += events.length;
      return;
    }
    // Rows of this file already in the ledger (same contact, channel, status, topics, time).
    const { rows: stored } = await store.database.query<{ id: string }>(
      'SELECT id FROM events WHERE id IN (SELECT json_array_elements_text($1::json)::uuid)',
      [JSON.stringify(events.map((e) => e.id))],
    );
    const before = new Set(stored.map((r) => r.id.toLowerCase()));
    const fresh = events.filter((event, index) => {
      if (!before.has(event.id)) return true;
      skip(lines[index]!, 'already imported');
      return false;
    });
    const result = await store.ingest(fresh, { doubleOptIn: false });
    report.imported += result.accepted;
    if (result.duplicates > 0) report.skipped += result.duplicates;
  };

  let bytes = 0;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > maxBytes)
      body.destroy(new HttpError(413, `The file is larger than ${maxBytes} bytes.`));
  });
  const parser = body.pipe(
    parse({
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }),
  );
  body.on('error', (error) => parser.destroy(error));
  let batch: ValidRow[] = [];
  let checkedHeader = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number; columns?: unknown };
    }>) {
      if (!checkedHeader) {
        checkedHeader = true;
        const names = Object.keys(record);
        const missing = ['channel', 'status', 'consented_at'].filter((n) => !names.includes(n));
        if (!names.includes('email') && !names.includes('phone')) missing.unshift('email or phone');
        if (missing.length > 0) {
          throw new HttpError(400, `The CSV header lacks the column(s): ${missing.join(', ')}.`);
        }
      }
      report.rows++;
      const row = validateRow(record, info.lines);
      if (typeof row === 'string') refuse(info.lines, row);
      else batch.push(row);
      if (batch.length >= BATCH) {
        await flush(batch);
        batch = [];
      }
    }
    await flush(batch);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      throw new HttpError(
        400,
        `The CSV could not be read: ${(error as Error).message} (nothing after that line was imported).`,
      );
    }
    throw error;
  }
  report.seconds = Math.round(performance.now() - started) / 1000;
  return report;
}
