/**
 * Import benchmark: a 100,000-row CSV of existing subscribers streamed to `POST /v1/import`
 * over real HTTP on 127.0.0.1:0, into a ledger that already holds people who unsubscribed or
 * were erased (so the suppression check has work to do) and with a share of bad rows (so
 * per-row refusals are counted). Prints rows/s and the process's peak memory (RSS) for the
 * embedded database and, when ASSENT_TEST_DATABASE_URL or DATABASE_URL is set, PostgreSQL.
 *
 *   npm run bench:import                    → 100,000 rows
 *   BENCH_IMPORT_ROWS=20000 npm run bench:import
 *
 * Writes bench/results/import.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buildApp, openStore, type ConsentEvent, type Ledger } from '../packages/server/src/app.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TOKEN = 'bench-import-token-0123456789';
const SECRET = 'bench-secret-0123456789abcdef';
/** One row in this many is malformed, one in this many belongs to someone who unsubscribed. */
const BAD_EVERY = 50;
const UNSUBSCRIBED_EVERY = 40;
const ERASED_EVERY = 97;

const email = (i: number) => `tenant-${i}@housing.example`;
const phone = (i: number) => `+4477${String(i).padStart(8, '0')}`;

/** The i-th row of the file: email news, SMS alerts and post objections, with some bad rows. */
function row(i: number): string {
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const at = `2024-${month}-${day}T10:${String(i % 60).padStart(2, '0')}:00Z`;
  if (i % BAD_EVERY === 7) return `not-an-address,,email,granted,news,${at},paper form,Yes please`;
  if (i % 5 === 3) {
    return `,${phone(i)},sms,granted,alerts repairs,${at},tenancy sign-up,"Text me service alerts about repairs"`;
  }
  if (i % 11 === 5) return `${email(i)},,post,denied,,${at},paper form,`;
  return `${email(i)},,email,granted,news events,${at},paper form,"Send me the tenants’ newsletter and event invitations"`;
}

/** A readable CSV body made as it is read: the file itself never sits in memory. */
function csvStream(): Readable {
  let i = 0;
  return new Readable({
    read() {
      if (i === 0) this.push('email,phone,channel,status,topics,consented_at,source,wording\n');
      let chunk = '';
      for (let n = 0; n < 2000 && i < ROWS; n++, i++) chunk += `${row(i)}\n`;
      this.push(chunk || null);
      if (i >= ROWS && chunk) this.push(null);
    },
  });
}

/** People in the file who already said no (or were erased) before the import. */
async function seed(store: Ledger, base: string) {
  const events: ConsentEvent[] = [];
  const now = new Date().toISOString();
  for (let i = 0; i < ROWS; i++) {
    if (i % UNSUBSCRIBED_EVERY !== 1) continue;
    const sms = i % 5 === 3;
    events.push({
      id: crypto.randomUUID(),
      subject: crypto.randomUUID(),
      at: now,
      kind: 'marketing',
      method: 'api',
      choices: { channel: sms ? 'sms' : 'email', status: 'denied' },
      contact: sms ? { phone: phone(i) } : { email: email(i) },
    });
  }
  for (let start = 0; start < events.length; start += 500) {
    await store.ingest(events.slice(start, start + 500), { trusted: true, doubleOptIn: false });
  }
  let erased = 0;
  for (let i = 0; i < ROWS; i += ERASED_EVERY) {
    if (i % 5 === 3 || i % BAD_EVERY === 7 || i % 11 === 5) continue;
    const answer = await fetch(`${base}/v1/contacts`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: email(i) }),
    });
    if (answer.ok) erased++;
  }
  return { unsubscribed: events.length, erased };
}

interface Result {
  name: string;
  rows: number;
  imported: number;
  skipped: number;
  refused: number;
  seconds: number;
  rowsPerSecond: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  seeded: { unsubscribed: number; erased: number };
}

async function run(
  name: string,
  location: { dataDir?: string; databaseUrl?: string; schema?: string },
): Promise<Result> {
  process.stderr.write(`${name}: `);
  const store = await openStore(location);
  const app = await buildApp({
    store,
    secret: SECRET,
    adminToken: TOKEN,
    rateLimit: false,
    logger: false,
    importLimit: 256 * 1024 * 1024,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const seeded = await seed(store, base);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const answer = await fetch(`${base}/v1/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
      body: Readable.toWeb(csvStream()) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    const report = (await answer.json()) as {
      rows: number;
      imported: number;
      skipped: number;
      refused: number;
    };
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (!answer.ok) throw new Error(`import answered ${answer.status}: ${JSON.stringify(report)}`);
    if (report.rows !== ROWS) throw new Error(`import read ${report.rows} of ${ROWS} rows`);
    const result: Result = {
      name,
      rows: report.rows,
      imported: report.imported,
      skipped: report.skipped,
      refused: report.refused,
      seconds,
      rowsPerSecond: report.rows / seconds,
      rssBeforeMb: before / 2 ** 20,
      rssPeakMb: peak / 2 ** 20,
      seeded,
    };
    process.stderr.write(`${Math.round(result.rowsPerSecond)} rows/s\n`);
    return result;
  } finally {
    await app.close();
  }
}

const results: Result[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'assent-bench-import-'));
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

const count = (n: number) => Math.round(n).toLocaleString('en-GB');
const lines = [
  `CSV import of ${count(ROWS)} rows over HTTP (streamed), into a ledger already holding ${count(results[0]!.seeded.unsubscribed)} unsubscribed and ${count(results[0]!.seeded.erased)} erased contacts of the file.`,
  '',
  `| | ${results.map((r) => r.name).join(' | ')} |`,
  `|---|${results.map(() => '---:').join('|')}|`,
  `| rows/s | ${results.map((r) => count(r.rowsPerSecond)).join(' | ')} |`,
  `| time | ${results.map((r) => `${r.seconds.toFixed(1)} s`).join(' | ')} |`,
  `| imported / skipped / refused | ${results.map((r) => `${count(r.imported)} / ${count(r.skipped)} / ${count(r.refused)}`).join(' | ')} |`,
  `| RSS before → peak | ${results.map((r) => `${r.rssBeforeMb.toFixed(0)} → ${r.rssPeakMb.toFixed(0)} MB`).join(' | ')} |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/import.json', JSON.stringify(results, null, 2));
