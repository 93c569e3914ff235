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
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, openStore, type ConsentEvent, type Ledger } from '../packages/server/src/app.js';

const EVENTS = Number(process.env.BENCH_ADMIN_EVENTS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_ADMIN_SAMPLES ?? 30);
const TOKEN = 'bench-admin-token-0123456789';
const SECRET = 'bench-secret-0123456789abcdef';
const DAY = 86_400_000;
const TOPICS = {
  email: ['news', 'events', 'repairs'],
  sms: ['repairs', 'alerts'],
  post: [] as string[],
};

/** A deterministic pseudo-random source, so both backends get the same ledger. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function uuidOf(n: number, salt: string) {
  const hex = createHash('sha256').update(`${salt}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The n-th event of the mix: 60 % cookies, 28 % opt-ins, 4 % confirmations, 8 % unsubscribes. */
function eventAt(n: number, next: () => number, now: number): ConsentEvent {
  const at = new Date(
    now - Math.floor(next() * 365) * DAY - Math.floor(next() * DAY),
  ).toISOString();
  const roll = next();
  const base = {
    id: uuidOf(n, 'event'),
    at,
    locale: 'en-GB',
    revision: next() < 0.4 ? '2024-01' : '2025-06',
  };
  if (roll < 0.6) {
    const method = next() < 0.7 ? 'banner' : next() < 0.66 ? 'preferences' : 'embed';
    return {
      ...base,
      subject: uuidOf(n, 'subject'),
      kind: 'cookies',
      method,
      page: 'https://housing.example/',
      choices: {
        categories: {
          necessary: true,
          functional: next() < 0.7,
          analytics: next() < 0.55,
          marketing: next() < 0.3,
        },
        services: {},
      },
    };
  }
  // About 150,000 people, each with an email and a mobile.
  const person = Math.floor(next() * 150_000);
  const channelRoll = next();
  const channel = channelRoll < 0.6 ? 'email' : channelRoll < 0.9 ? 'sms' : 'post';
  const contact =
    channel === 'sms'
      ? { phone: `+4477${String(person).padStart(8, '0')}` }
      : { email: `tenant-${person}@housing.example` };
  const topics = TOPICS[channel].filter(() => next() < 0.6);
  const subject = uuidOf(person, `person-${channel}`);
  if (roll < 0.92) {
    const confirming = roll >= 0.88;
    return {
      ...base,
      subject,
      kind: 'marketing',
      method: 'optin',
      choices: { channel, status: 'granted', ...(topics.length ? { topics } : {}) },
      wording: `Yes, contact me by ${channel} about ${topics.join(', ') || 'news'}. You can unsubscribe at any time.`,
      ...(confirming ? { confirms: uuidOf(person, 'confirmed') } : {}),
      contact,
    };
  }
  return {
    ...base,
    subject,
    kind: 'unsubscribe',
    method: 'unsubscribe',
    choices: {
      channel,
      status: 'denied',
      ...(topics.length && next() < 0.5 ? { topics: topics.slice(0, 1) } : {}),
    },
    contact,
  };
}

async function fill(store: Ledger) {
  const next = random(42);
  const now = Date.now();
  const started = performance.now();
  const batch = 2000;
  for (let n = 0; n < EVENTS; n += batch) {
    const events: ConsentEvent[] = [];
    for (let i = n; i < Math.min(n + batch, EVENTS); i++) events.push(eventAt(i, next, now));
    await store.ingest(events, {
      receivedAt: new Date(now - Math.floor(((EVENTS - n) / EVENTS) * 30) * DAY),
    });
    if ((n / batch) % 50 === 0)
      process.stderr.write(`\r  filled ${n.toLocaleString('en-GB')} events`);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `\r  filled ${EVENTS.toLocaleString('en-GB')} events in ${seconds.toFixed(0)} s\n`,
  );
  return seconds;
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
    for (const byte of value) if (byte === 10) lines++;
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
  const fillSeconds = await fill(store);
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
    const buildStarted = performance.now();
    await timed(`${base}/v1/stats`);
    const summarySeconds = (performance.now() - buildStarted) / 1000;
    const db = store.database;
    const deep = (
      await db.query<{ value: string; id: string }>(
        `SELECT value, id FROM contacts ORDER BY value COLLATE "C", id OFFSET $1 LIMIT 1`,
        [Math.floor(EVENTS / 10)],
      )
    ).rows[0]!;
    const cursor = Buffer.from(JSON.stringify([deep.value, deep.id])).toString('base64url');
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
        () => `${base}/v1/contacts?q=tenant-${Math.floor(Math.random() * 150_000)}@`,
      ],
      [
        'contact search (phone)',
        () =>
          `${base}/v1/contacts?q=%2B4477${String(Math.floor(Math.random() * 150_000)).padStart(8, '0')}`,
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
    const importRows = Number(process.env.BENCH_ADMIN_IMPORT ?? 100_000);
    let body = 'email,channel,status,topics,consented_at,source,wording\n';
    for (let i = 0; i < importRows; i++) {
      body += `paper-${i}@housing.example,email,granted,news,2024-0${1 + (i % 9)}-1${i % 10}T10:00:00Z,paper form,Send me the tenants’ newsletter\n`;
    }
    const importStarted = performance.now();
    const imported = await fetch(`${base}/v1/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
      body,
    });
    const report = (await imported.json()) as { imported: number };
    const importSeconds = (performance.now() - importStarted) / 1000;
    return {
      name,
      events: EVENTS,
      fillSeconds,
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

const results: Awaited<ReturnType<typeof run>>[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'assent-bench-admin-'));
try {
  results.push(await run('embedded (PGlite)', { dataDir }));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const databaseUrl = process.env.ASSENT_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (databaseUrl) {
  const schema = `assent_bench_${randomBytes(4).toString('hex')}`;
  try {
    results.push(await run('PostgreSQL', { databaseUrl, schema }));
  } finally {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const lines = [
  `Ledger of ${EVENTS.toLocaleString('en-GB')} events; ${SAMPLES} timed requests per view after 3 warm-ups.`,
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
  `| dashboard summary rebuilt from the ledger (first read) | ${results.map((r) => `${r.summarySeconds.toFixed(1)} s`).join(' | ')} |`,
  `| filling the ledger (ingest) | ${results.map((r) => `${r.fillSeconds.toFixed(0)} s`).join(' | ')} |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/admin.json', JSON.stringify(results, null, 2));
