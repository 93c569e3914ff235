/**
 * The dashboard's figures, counted without personal data.
 *
 * `stats_daily` is a summary of the ledger: it covers every event up to `stats_cursor.last_seq`.
 * Ingest keeps it in step (a ledger hook folds each group into it inside the append
 * transaction, when the cursor is caught up), and each read first folds in any events after
 * the cursor (written by a tool, or before the summary existed), in one transaction holding the
 * cursor row, so instances sharing a database never count twice. Dropping both tables' rows
 * and setting the cursor to 0 rebuilds it from the ledger.
 *
 * An event counts on the UTC day of its own time (`at`, which for an import is `consented_at`),
 * but never later than the server received it: a client clock set to 2099 lands on the day it
 * arrived.
 */
import type { Database, LedgerHooks, Queryable } from '../store/index.js';

/**
 * Marketing outcomes: opt-ins (`granted`, `pending`), `confirmed` double opt-ins, withdrawals,
 * and channels kept on a PECR soft opt-in (`soft-opt-in`: not a consent, counted apart).
 */
export const OUTCOMES = [
  'granted',
  'pending',
  'confirmed',
  'denied',
  'unsubscribed',
  'soft-opt-in',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

type Tally = Record<string, number>;
type GrantTally = Record<string, { granted: number; denied: number }>;
type MarketingTally = Record<string, Record<string, Record<Outcome, number>>>;

/** One day of the dashboard. */
export interface DayStats {
  date: string;
  cookies: { decisions: number; categories: GrantTally };
  marketing: MarketingTally;
}

/** The answer of `GET /v1/stats`. Topic `*` is the channel as a whole. */
export interface Stats {
  from: string;
  to: string;
  cookies: {
    decisions: number;
    byMethod: Tally;
    byRevision: Tally;
    categories: GrantTally;
    categoriesByMethod: Record<string, GrantTally>;
    categoriesByRevision: Record<string, GrantTally>;
    /** Decisions per category made on a basis other than consent (`objection`). */
    bases: Record<string, Record<string, number>>;
  };
  marketing: MarketingTally;
  /** Contacts per channel, topic and status right now (not limited to the period). */
  current: Record<string, Record<string, { granted: number; pending: number; denied: number }>>;
  days: DayStats[];
}

interface StatRow {
  day: string;
  measure: 'cookies' | 'category' | 'basis' | 'marketing';
  method: string;
  revision: string;
  key1: string;
  key2: string;
  outcome: string;
}

const BATCH = 10_000;
const FOLD = 200_000;
const DAY = 86_400_000;

/** The UTC day an event counts on. */
function dayOf(at: unknown, receivedAt: string): string {
  const received = Date.parse(receivedAt);
  const own = typeof at === 'string' ? Date.parse(at) : NaN;
  const time = Number.isFinite(own) && own < received ? own : received;
  return new Date(time).toISOString().slice(0, 10);
}

interface ParsedRecord {
  event: {
    kind: string;
    method?: string;
    revision?: string;
    at?: string;
    confirms?: unknown;
    choices: {
      categories?: Record<string, unknown>;
      channel?: string;
      status?: string;
      topics?: unknown;
      basis?: unknown;
    };
  };
  receivedAt: string;
  target?: string | null;
  pendingConfirmation?: boolean;
  /** A withdrawal the sender was not entitled to make: kept, but it changed nothing. */
  request?: boolean;
}

const COLUMNS = ['day', 'measure', 'method', 'revision', 'key1', 'key2', 'outcome'] as const;

/**
 * Calls `add` with the key of each summary row one ledger record adds: its columns (see
 * {@link COLUMNS}) joined by NUL. Keys, not row objects: a fold adds up millions of them.
 */
function statKeysOf(record: ParsedRecord, add: (key: string) => void): void {
  const { event } = record;
  const day = dayOf(event.at, record.receivedAt);
  const method = event.method ?? '';
  if (event.kind === 'cookies') {
    const base = `${day}\u0000cookies\u0000${method}\u0000${event.revision ?? ''}\u0000`;
    add(`${base}\u0000\u0000`);
    const category = base.replace('\u0000cookies\u0000', '\u0000category\u0000');
    const categories = event.choices.categories ?? {};
    for (const id in categories) {
      add(`${category}${id}\u0000\u0000${categories[id] === true ? 'granted' : 'denied'}`);
    }
    const bases = event.choices.basis;
    if (typeof bases === 'object' && bases !== null) {
      const basis = base.replace('\u0000cookies\u0000', '\u0000basis\u0000');
      for (const [id, value] of Object.entries(bases))
        if (typeof value === 'string') add(`${basis}${id}\u0000\u0000${value}`);
    }
    return;
  }
  const channel = event.choices.channel;
  // An event that reached no contact changed nobody's state: it is a request, not an outcome.
  if (typeof channel !== 'string' || !record.target || record.request) return;
  const outcome: Outcome =
    event.kind === 'unsubscribe'
      ? 'unsubscribed'
      : record.pendingConfirmation
        ? 'pending'
        : event.confirms
          ? 'confirmed'
          : event.choices.status === 'denied'
            ? 'denied'
            : event.choices.status === 'pending'
              ? 'pending'
              : event.choices.basis === 'soft-opt-in'
                ? 'soft-opt-in'
                : 'granted';
  const base = `${day}\u0000marketing\u0000${method}\u0000\u0000${channel}\u0000`;
  add(`${base}\u0000${outcome}`);
  if (Array.isArray(event.choices.topics))
    for (const topic of event.choices.topics)
      if (typeof topic === 'string') add(`${base}${topic}\u0000${outcome}`);
}

/** A summary row from its key. */
function rowOfKey(key: string): StatRow {
  const values = key.split('\u0000');
  return Object.fromEntries(
    COLUMNS.map((column, index) => [column, values[index]]),
  ) as unknown as StatRow;
}

/** The summary rows one ledger record adds. */
export function statRowsOf(record: ParsedRecord): StatRow[] {
  const rows: StatRow[] = [];
  statKeysOf(record, (key) => rows.push(rowOfKey(key)));
  return rows;
}

/** Adds up the summary rows of some records: how many of each distinct row, by its key. */
function tally(records: Iterable<ParsedRecord>, counts = new Map<string, number>()) {
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const record of records) statKeysOf(record, add);
  return counts;
}

/** The rows of a tally, for {@link upsert}. */
const rowsOfTally = (counts: Map<string, number>) =>
  [...counts].map(([key, n]) => ({ ...rowOfKey(key), n }));

/** Folds the ledger's new events into the summary; returns how many events it read. */
export async function refreshStats(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    // Up to FOLD events per transaction, read BATCH at a time, written as one upsert: a day's
    // summary rows repeat across batches, so adding them up first saves most of the writes.
    const read = await db.transaction(async (tx) => {
      const cursor = (
        await tx.query<{ last_seq: unknown }>(
          'SELECT last_seq FROM stats_cursor WHERE id = 1 FOR UPDATE',
        )
      ).rows[0];
      let after = Number(cursor?.last_seq ?? 0);
      const counts = new Map<string, number>();
      let count = 0;
      while (count < FOLD) {
        // One text value per batch (records are canonical JSON, so never hold a raw newline):
        // the driver's cost per row is paid once.
        const { rows } = await tx.query<{ records: string | null; last: unknown; n: unknown }>(
          `SELECT string_agg(record, E'\\n' ORDER BY seq) AS records, max(seq) AS last,
             count(*) AS n
           FROM (SELECT seq, record FROM events WHERE seq > $1 ORDER BY seq LIMIT $2) AS batch`,
          [after, BATCH],
        );
        const n = Number(rows[0]?.n ?? 0);
        if (n === 0) break;
        const text = rows[0]!.records;
        if (text)
          tally(
            text.split('\n').map((line) => JSON.parse(line) as ParsedRecord),
            counts,
          );
        after = Number(rows[0]!.last);
        count += n;
        if (n < BATCH) break;
      }
      if (count === 0) return 0;
      await upsert(tx, rowsOfTally(counts));
      await tx.query('UPDATE stats_cursor SET last_seq = $1 WHERE id = 1', [after]);
      return count;
    });
    total += read;
    if (read < FOLD) return total;
  }
}

/**
 * The ledger hook that keeps the summary in step: inside the append transaction (which holds
 * the chain head, so no other group is appending), it folds the group's events in and moves the
 * cursor to the new head — but only when the cursor stood right before this group. Otherwise
 * (events written around ingest, or a second app on the same store that already counted them)
 * it leaves them to the next read's fold, so nothing is counted twice.
 */
export function statsHooks(): LedgerHooks {
  return {
    async appended(tx, events) {
      const cursor = Number(
        (
          await tx.query<{ last_seq: unknown }>(
            'SELECT last_seq FROM stats_cursor WHERE id = 1 FOR UPDATE',
          )
        ).rows[0]?.last_seq ?? 0,
      );
      const after = await tx.query<{ n: unknown; head: unknown }>(
        `SELECT (SELECT count(*) FROM (SELECT 1 FROM events WHERE seq > $1 LIMIT $2) AS later) AS n,
           (SELECT last_seq FROM chain_head WHERE id = 1) AS head`,
        [cursor, events.length + 1],
      );
      if (Number(after.rows[0]?.n) !== events.length) return;
      await upsert(
        tx,
        rowsOfTally(
          tally(
            events.map((appended) => ({
              event: appended.event as unknown as ParsedRecord['event'],
              receivedAt: appended.receivedAt,
              target: appended.contactId,
              pendingConfirmation: appended.pendingConfirmation,
              request: appended.request,
            })),
          ),
        ),
      );
      await tx.query('UPDATE stats_cursor SET last_seq = $1 WHERE id = 1', [
        Number(after.rows[0]!.head),
      ]);
    },
  };
}

async function upsert(tx: Queryable, rows: (StatRow & { n: number })[]) {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO stats_daily (day, measure, method, revision, key1, key2, outcome, n)
     SELECT day, measure, method, revision, key1, key2, outcome, n
     FROM json_to_recordset($1::json) AS r(day date, measure text, method text, revision text,
       key1 text, key2 text, outcome text, n bigint)
     ON CONFLICT (day, measure, method, revision, key1, key2, outcome)
     DO UPDATE SET n = stats_daily.n + excluded.n`,
    [JSON.stringify(rows)],
  );
}

const emptyOutcomes = (): Record<Outcome, number> => ({
  granted: 0,
  pending: 0,
  confirmed: 0,
  denied: 0,
  unsubscribed: 0,
  'soft-opt-in': 0,
});

/** The day after a `YYYY-MM-DD` day. */
const addDay = (day: string) => new Date(Date.parse(day) + DAY).toISOString().slice(0, 10);

/** The first day of the month of `day` (`down`), or of the next month unless `day` is one (`up`). */
function monthStart(day: string, direction: 'up' | 'down'): string {
  const first = `${day.slice(0, 7)}-01`;
  if (direction === 'down' || first === day) return first;
  const date = new Date(Date.parse(first));
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

/** The figures for the UTC days `from` to `to` (inclusive, `YYYY-MM-DD`). */
export async function readStats(db: Database, from: string, to: string): Promise<Stats> {
  await refreshStats(db);
  // Two small aggregates instead of every summary row: per day (without method and revision),
  // and per method and revision (without the day) for the cookie shares.
  // Each aggregate comes back as one JSON text (the driver's cost per row is paid once).
  const rowsOf = async (sql: string, params: unknown[] = []) => {
    const { rows } = await db.query<{ rows: string | null }>(
      `SELECT json_agg(r)::text AS rows FROM (${sql}) AS r`,
      params,
    );
    return { rows: JSON.parse(rows[0]?.rows ?? '[]') as Record<string, unknown>[] };
  };
  // The cookie shares by method and revision: whole months from the monthly rollup, the days
  // before the first and after the last whole month from the daily rows.
  const fromMonth = monthStart(from, 'up');
  const toMonth = monthStart(addDay(to), 'down');
  const months = fromMonth < toMonth;
  const [perDay, perGroup, current] = await Promise.all([
    // stats_day and stats_month are rollups of stats_daily, kept in step by its triggers.
    rowsOf(
      `SELECT day, measure, key1, key2, outcome, n FROM stats_day
       WHERE day BETWEEN $1::date AND $2::date AND n <> 0`,
      [from, to],
    ),
    rowsOf(
      `SELECT measure, method, revision, key1, outcome, sum(n)::bigint AS n FROM (
         SELECT measure, method, revision, key1, outcome, n FROM stats_month
         WHERE month >= $3::date AND month < $4::date
         UNION ALL
         SELECT measure, method, revision, key1, outcome, n FROM stats_daily
         WHERE day >= $1::date AND day < $3::date AND measure <> 'marketing'
         UNION ALL
         SELECT measure, method, revision, key1, outcome, n FROM stats_daily
         WHERE day >= $4::date AND day <= $2::date AND measure <> 'marketing'
       ) AS parts
       GROUP BY measure, method, revision, key1, outcome HAVING sum(n) <> 0`,
      // Without a whole month, the first day range covers the period and the others are empty.
      months ? [from, to, fromMonth, toMonth] : [from, to, addDay(to), addDay(to)],
    ),
    // Kept in step with marketing_state by its triggers (see the migrations).
    rowsOf(
      `SELECT channel, topic, status, sum(n)::bigint AS n FROM marketing_counts
       WHERE n > 0 GROUP BY channel, topic, status`,
    ),
  ]);
  const stats: Stats = {
    from,
    to,
    cookies: {
      decisions: 0,
      byMethod: {},
      byRevision: {},
      categories: {},
      categoriesByMethod: {},
      categoriesByRevision: {},
      bases: {},
    },
    marketing: {},
    current: {},
    days: [],
  };
  const days = new Map<string, DayStats>();
  for (let t = Date.parse(from); t <= Date.parse(to); t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    days.set(date, { date, cookies: { decisions: 0, categories: {} }, marketing: {} });
  }
  const grant = (tally: GrantTally, id: string, outcome: string, n: number) => {
    const entry = (tally[id] ??= { granted: 0, denied: 0 });
    if (outcome === 'granted') entry.granted += n;
    else entry.denied += n;
  };
  for (const row of perGroup.rows) {
    const n = Number(row.n);
    const method = (row.method as string) || 'unknown';
    const revision = (row.revision as string) || 'none';
    const key1 = row.key1 as string;
    if (row.measure === 'cookies') {
      stats.cookies.decisions += n;
      stats.cookies.byMethod[method] = (stats.cookies.byMethod[method] ?? 0) + n;
      stats.cookies.byRevision[revision] = (stats.cookies.byRevision[revision] ?? 0) + n;
    } else if (row.measure === 'basis') {
      const entry = (stats.cookies.bases[key1] ??= {});
      entry[row.outcome as string] = (entry[row.outcome as string] ?? 0) + n;
    } else {
      grant(stats.cookies.categories, key1, row.outcome as string, n);
      grant((stats.cookies.categoriesByMethod[method] ??= {}), key1, row.outcome as string, n);
      grant((stats.cookies.categoriesByRevision[revision] ??= {}), key1, row.outcome as string, n);
    }
  }
  for (const row of perDay.rows) {
    const n = Number(row.n);
    const day = days.get(row.day as string);
    const key1 = row.key1 as string;
    const outcome = row.outcome as string;
    if (row.measure === 'cookies') {
      if (day) day.cookies.decisions += n;
    } else if (row.measure === 'category') {
      if (day) grant(day.cookies.categories, key1, outcome, n);
    } else if ((OUTCOMES as readonly string[]).includes(outcome)) {
      const topic = (row.key2 as string) || '*';
      for (const tally of day ? [stats.marketing, day.marketing] : [stats.marketing]) {
        const entry = ((tally[key1] ??= {})[topic] ??= emptyOutcomes());
        entry[outcome as Outcome] += n;
      }
    }
  }
  for (const row of current.rows) {
    const topic = (row.topic as string) || '*';
    const entry = ((stats.current[row.channel as string] ??= {})[topic] ??= {
      granted: 0,
      pending: 0,
      denied: 0,
    });
    entry[row.status as 'granted' | 'pending' | 'denied'] = Number(row.n);
  }
  stats.days = [...days.values()];
  return stats;
}
