/**
 * Admin workspace benchmark: fills a ledger with a realistic mix of events (cookie decisions by
 * banner / preferences / embed over two revisions; opt-ins across email, SMS and post and five
 * topics; confirmations; unsubscribes), then times every workspace view over real HTTP on
 * 127.0.0.1:0 and streams both exports, sampling the process's memory while they run.
 * Embedded PGlite always; PostgreSQL too when ASSENT_TEST_DATABASE_URL or DATABASE_URL is set.
 *
 *   npm run bench:admin                      → 1,000,000 events
 *   BENCH_ADMIN_EVENTS=100000 npm run bench:admin
 *
 * Prints a markdown table and writes bench/results/admin.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, openStore, type Ledger } from '../packages/server/src/app.js';
import { fillLedger, PEOPLE } from './admin-fill.js';

const EVENTS = Number(process.env.BENCH_ADMIN_EVENTS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_ADMIN_SAMPLES ?? 30);
const TOKEN = 'bench-admin-token-0123456789';
const SECRET = 'bench-secret-0123456789abcdef';
const DAY = 86_400_000;

async function fill(store: Ledger) {
  const known = Number(
    (await store.database.query<{ n: unknown }>('SELECT last_seq AS n FROM chain_head')).rows[0]!.n,
  );
  if (known > 0) {
    process.stderr.write(`  reusing a ledger of ${known.toLocaleString('en-GB')} events\n`);
    return { seconds: NaN, verifySeconds: NaN, statsSeconds: NaN, events: known };
  }
  const { seconds, statsSeconds } = await fillLedger(store, EVENTS, (done) =>
    process.stderr.write(`\r  filled ${done.toLocaleString('en-GB')} events`),
  );
  process.stderr.write(
    `\r  filled ${EVENTS.toLocaleString('en-GB')} events in ${seconds.toFixed(0)} s\n`,
  );
  const verifyStarted = performance.now();
  const report = await store.verify();
  const verifySeconds = (performance.now() - verifyStarted) / 1000;
  if (!report.ok)
    throw new Error(`the filled ledger does not verify: ${report.problems.join('; ')}`);
  process.stderr.write(`  verified ${report.events} events in ${verifySeconds.toFixed(0)} s\n`);
  return { seconds, verifySeconds, statsSeconds, events: EVENTS };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function timed(url: string, init: RequestInit = {}) {
  const started = performance.now();
  const response = await fetch(url, {
    ...init,
    headers: { authorization: `Bearer ${TOKEN}`, ...(init.headers as object) },
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

/** Streams an export, counting lines as they arrive; samples memory (RSS) all along. */
async function streamed(url: string, accept: string) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}`, accept } });
  let lines = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // indexOf is native: a byte-by-byte loop here would cost more than the server's work.
    for (let at = value.indexOf(10); at !== -1; at = value.indexOf(10, at + 1)) lines++;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  return {
    lines,
    seconds,
    rowsPerSecond: lines / seconds,
    rssBeforeMb: before / 2 ** 20,
    rssPeakMb: peak / 2 ** 20,
  };
}

interface Row {
  view: string;
  p50: number;
  p95: number;
  note?: string;
}

async function run(
  name: string,
  location: { dataDir?: string; databaseUrl?: string; schema?: string },
) {
  process.stderr.write(`${name}:\n`);
  const store = await openStore(location);
  const filled = await fill(store);
  if (process.env.BENCH_ADMIN_FILL_ONLY) {
    process.stderr.write(`  the summary took ${filled.statsSeconds.toFixed(0)} s of the fill\n`);
    await store.close();
    return null;
  }
  const app = await buildApp({
    store,
    secret: SECRET,
    adminToken: TOKEN,
    rateLimit: false,
    logger: false,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const rows: Row[] = [];
  try {
    // The first read: it folds in whatever the summary does not cover yet (nothing after a
    // fill, which keeps it in step; the whole ledger for a database filled before it did).
    const buildStarted = performance.now();
    await timed(`${base}/v1/stats`);
    const summarySeconds = (performance.now() - buildStarted) / 1000;
    const db = store.database;
    // A page about two thirds into the address order (keyset: no offset is scanned).
    const cursor = Buffer.from(
      JSON.stringify(['tenant-90000@housing.example', '00000000-0000-0000-0000-000000000000']),
    ).toString('base64url');
    const someone = (
      await db.query<{ id: string }>(
        `SELECT contact_id AS id FROM events WHERE contact_id IS NOT NULL ORDER BY seq DESC LIMIT 1`,
      )
    ).rows[0]!.id;
    const month = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
    const views: [string, () => string][] = [
      ['dashboard page (/admin)', () => `${base}/admin`],
      ['stats, 90 days (dashboard)', () => `${base}/v1/stats`],
      [
        'stats, 365 days',
        () =>
          `${base}/v1/stats?from=${new Date(Date.now() - 364 * DAY).toISOString().slice(0, 10)}`,
      ],
      [
        'contact search (email prefix)',
        () => `${base}/v1/contacts?q=tenant-${Math.floor(Math.random() * PEOPLE)}@`,
      ],
      [
        'contact search (phone)',
        () =>
          `${base}/v1/contacts?q=%2B4477${String(Math.floor(Math.random() * PEOPLE)).padStart(8, '0')}`,
      ],
      ['one contact’s proof', () => `${base}/v1/contacts/${someone}`],
      ['contacts, first page', () => `${base}/v1/contacts?limit=50`],
      ['contacts, deep page (keyset)', () => `${base}/v1/contacts?limit=50&cursor=${cursor}`],
      [
        'contacts, SMS repairs granted',
        () => `${base}/v1/contacts?channel=sms&topic=repairs&status=granted&limit=50`,
      ],
      [
        'contacts, email news since last month',
        () => `${base}/v1/contacts?channel=email&topic=news&from=${month}&limit=50`,
      ],
      ['audit log', () => `${base}/v1/audit`],
    ];
    for (const [view, url] of views) {
      for (let i = 0; i < 3; i++) await timed(url());
      const times: number[] = [];
      for (let i = 0; i < SAMPLES; i++) times.push(await timed(url()));
      times.sort((a, b) => a - b);
      rows.push({ view, p50: percentile(times, 50), p95: percentile(times, 95) });
      process.stderr.write(`  ${view}: p95 ${percentile(times, 95).toFixed(1)} ms\n`);
    }
    const csv = await streamed(`${base}/v1/optins?channel=email&topic=news`, 'text/csv');
    const ledger = await streamed(`${base}/v1/ledger`, 'application/x-ndjson');
    // 100,000 rows of a paper list, imported over HTTP.
    const importRows = Number.isNaN(filled.seconds)
      ? 0
      : Number(process.env.BENCH_ADMIN_IMPORT ?? 100_000);
    let body = 'email,channel,status,topics,consented_at,source,wording\n';
    for (let i = 0; i < importRows; i++) {
      body += `paper-${i}@housing.example,email,granted,news,2024-0${1 + (i % 9)}-1${i % 10}T10:00:00Z,paper form,Send me the tenants’ newsletter\n`;
    }
    const importStarted = performance.now();
    const report =
      importRows === 0
        ? { imported: 0 }
        : ((await (
            await fetch(`${base}/v1/import`, {
              method: 'POST',
              headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
              body,
            })
          ).json()) as { imported: number });
    const importSeconds = (performance.now() - importStarted) / 1000;
    return {
      name,
      events: filled.events,
      fillSeconds: filled.seconds,
      verifySeconds: filled.verifySeconds,
      statsSeconds: filled.statsSeconds,
      summarySeconds,
      rows,
      csv,
      ledger,
      import: {
        rows: importRows,
        imported: report.imported,
        seconds: importSeconds,
        rowsPerSecond: report.imported / importSeconds,
      },
    };
  } finally {
    await app.close();
    await store.close();
  }
}

const results: NonNullable<Awaited<ReturnType<typeof run>>>[] = [];
const keep = (result: Awaited<ReturnType<typeof run>>) => {
  if (result) results.push(result);
};
// BENCH_ADMIN_DATA / BENCH_ADMIN_SCHEMA keep the filled database for another run (which then
// skips the fill); BENCH_ADMIN_ONLY=pglite|postgres runs one backend.
const only = process.env.BENCH_ADMIN_ONLY;
if (only !== 'postgres') {
  const keptDir = process.env.BENCH_ADMIN_DATA;
  const dataDir = keptDir ?? mkdtempSync(join(tmpdir(), 'assent-bench-admin-'));
  try {
    keep(await run('embedded (PGlite)', { dataDir }));
  } finally {
    if (!keptDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
const databaseUrl = process.env.ASSENT_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (databaseUrl && only !== 'pglite') {
  const keptSchema = process.env.BENCH_ADMIN_SCHEMA;
  const schema = keptSchema ?? `assent_bench_${randomBytes(4).toString('hex')}`;
  try {
    keep(await run('PostgreSQL', { databaseUrl, schema }));
  } finally {
    if (!keptSchema) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  }
}

if (results.length === 0) process.exit(0);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const lines = [
  `Ledger of ${results.map((r) => `${r.events.toLocaleString('en-GB')} events (${r.name})`).join(', ')}; ${SAMPLES} timed requests per view after 3 warm-ups.`,
  '',
  `| view / route | ${results.map((r) => `${r.name} p50 | p95`).join(' | ')} |`,
  `|---|${results.map(() => '---:|---:').join('|')}|`,
  ...results[0]!.rows.map(
    (row, index) =>
      `| ${row.view} | ${results.map((r) => `${ms(r.rows[index]!.p50)} | ${ms(r.rows[index]!.p95)}`).join(' | ')} |`,
  ),
  '',
  `| export / import | ${results.map((r) => r.name).join(' | ')} |`,
  `|---|${results.map(() => '---:').join('|')}|`,
  `| opt-in CSV (email · news) | ${results.map((r) => `${r.csv.lines.toLocaleString('en-GB')} rows, ${Math.round(r.csv.rowsPerSecond).toLocaleString('en-GB')} rows/s, RSS ${r.csv.rssBeforeMb.toFixed(0)} → peak ${r.csv.rssPeakMb.toFixed(0)} MB`).join(' | ')} |`,
  `| ledger NDJSON (all) | ${results.map((r) => `${r.ledger.lines.toLocaleString('en-GB')} rows, ${Math.round(r.ledger.rowsPerSecond).toLocaleString('en-GB')} rows/s, RSS ${r.ledger.rssBeforeMb.toFixed(0)} → peak ${r.ledger.rssPeakMb.toFixed(0)} MB`).join(' | ')} |`,
  `| CSV import | ${results.map((r) => `${r.import.imported.toLocaleString('en-GB')} rows in ${r.import.seconds.toFixed(1)} s = ${Math.round(r.import.rowsPerSecond).toLocaleString('en-GB')} rows/s`).join(' | ')} |`,
  `| dashboard summary: folded during the fill / first read | ${results.map((r) => `${r.statsSeconds.toFixed(1)} s / ${r.summarySeconds.toFixed(1)} s`).join(' | ')} |`,
  `| filling the ledger (ingest) / verifying it | ${results.map((r) => `${r.fillSeconds.toFixed(0)} s / ${r.verifySeconds.toFixed(0)} s`).join(' | ')} |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/admin.json', JSON.stringify(results, null, 2));
