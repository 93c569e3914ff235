/**
 * Ingest benchmark: the server in-process on 127.0.0.1:0, fed over real HTTP by 32 keep-alive
 * connections, batches of 1 and of 20 cookie events (plus marketing opt-ins), each scenario
 * bounded by an event count and a time limit. Embedded PGlite in a temp dir always; PostgreSQL
 * too when ASSENT_TEST_DATABASE_URL or DATABASE_URL is set.
 *
 *   npm run bench:server      → a table on stdout and bench/results/server.json
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions } from '../packages/server/src/app.js';

const CONNECTIONS = 32;
const MAX_EVENTS = Number(process.env.BENCH_EVENTS ?? 40_000);
const MAX_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface Scenario {
  name: string;
  batch: number;
  make: () => object;
}

const cookies = () => ({
  id: randomUUID(),
  subject: randomUUID(),
  at: new Date().toISOString(),
  kind: 'cookies',
  method: 'banner',
  revision: '2021-11',
  locale: 'en-GB',
  page: 'https://example.com/',
  choices: {
    categories: { necessary: true, analytics: Math.random() < 0.5, marketing: false },
    services: {},
  },
});
const optIn = () => ({
  id: randomUUID(),
  subject: randomUUID(),
  at: new Date().toISOString(),
  kind: 'marketing',
  method: 'optin',
  revision: '2021-11',
  choices: { channel: 'email', status: 'granted', topics: ['news'] },
  wording: 'Yes, email me news and updates.',
  contact: { email: `${randomBytes(6).toString('hex')}@example.com` },
});

const scenarios: Scenario[] = [
  { name: 'cookies, batch of 1', batch: 1, make: cookies },
  { name: 'cookies, batch of 20', batch: 20, make: cookies },
  { name: 'marketing opt-ins, batch of 1', batch: 1, make: optIn },
];

function post(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/v1/consents',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function run(backend: string, options: AppOptions) {
  const app = await buildApp({
    ...options,
    rateLimit: false,
    logger: false,
    secret: 'bench-secret-0123456789abcdef',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const results = [];
  try {
    for (const scenario of scenarios) {
      // Warm-up: JIT, prepared plans, connection pool.
      await Promise.all(
        Array.from({ length: CONNECTIONS }, () =>
          post(agent, port, JSON.stringify({ events: [scenario.make()] })),
        ),
      );
      const requests = Math.ceil(MAX_EVENTS / scenario.batch);
      const latencies: number[] = [];
      let sent = 0;
      let failed = 0;
      const started = performance.now();
      const deadline = started + MAX_SECONDS * 1000;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (sent < requests && performance.now() < deadline) {
            sent++;
            const body = JSON.stringify({
              events: Array.from({ length: scenario.batch }, scenario.make),
            });
            const t0 = performance.now();
            const status = await post(agent, port, body);
            latencies.push(performance.now() - t0);
            if (status !== 200) failed++;
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const events = (latencies.length - failed) * scenario.batch;
      results.push({
        backend,
        scenario: scenario.name,
        batch: scenario.batch,
        connections: CONNECTIONS,
        requests: latencies.length,
        failed,
        events,
        seconds: Number(seconds.toFixed(2)),
        eventsPerSecond: Math.round(events / seconds),
        requestsPerSecond: Math.round(latencies.length / seconds),
        p50ms: Number(percentile(latencies, 50).toFixed(2)),
        p99ms: Number(percentile(latencies, 99).toFixed(2)),
      });
    }
  } finally {
    agent.destroy();
    await app.close();
  }
  return results;
}

const all = [];
const dataDir = mkdtempSync(join(tmpdir(), 'assent-bench-'));
try {
  all.push(...(await run('embedded (PGlite)', { dataDir })));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const databaseUrl = process.env.ASSENT_TEST_DATABASE_URL || process.env.DATABASE_URL;
if (databaseUrl) {
  const schema = `assent_bench_${randomBytes(4).toString('hex')}`;
  all.push(...(await run('PostgreSQL', { databaseUrl, schema })));
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
} else {
  process.stderr.write('PostgreSQL skipped: set ASSENT_TEST_DATABASE_URL or DATABASE_URL\n');
}

console.table(
  all.map((r) => ({
    backend: r.backend,
    scenario: r.scenario,
    'events/s': r.eventsPerSecond,
    'req/s': r.requestsPerSecond,
    'p50 ms': r.p50ms,
    'p99 ms': r.p99ms,
    failed: r.failed,
  })),
);
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  join(import.meta.dirname, 'results', 'server.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).availableParallelism(), results: all }, null, 2)}\n`,
);
