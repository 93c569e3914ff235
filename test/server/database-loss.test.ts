/**
 * PostgreSQL going away under the servers' feet: connections cut by pg_terminate_backend and
 * a full outage (a TCP proxy in between stops). The servers stay up, answer 503 with
 * Retry-After while the database is away, reconnect by themselves, and every event they
 * acknowledged is stored.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { cookiesEvent, newSubject, SECRET } from './helpers.js';

const databaseUrl = process.env.ASSENT_TEST_DATABASE_URL;
const skip = databaseUrl ? false : 'PostgreSQL only: set ASSENT_TEST_DATABASE_URL';

async function admin<T>(work: (client: import('pg').Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A TCP proxy to PostgreSQL that can be cut (every connection dropped, new ones refused). */
class CuttableProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(
    private readonly host: string,
    private readonly targetPort: number,
  ) {}
  async start(port = 0): Promise<void> {
    this.server = createServer((socket) => {
      const upstream = connect(this.targetPort, this.host);
      this.sockets.add(socket).add(upstream);
      const drop = () => {
        socket.destroy();
        upstream.destroy();
        this.sockets.delete(socket);
        this.sockets.delete(upstream);
      };
      socket.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      socket.pipe(upstream).pipe(socket);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

interface Instance {
  child: ChildProcess;
  url: string;
  stderr: string[];
}

/** Starts the real CLI as its own process (so a crash would be a dead process, not a test). */
function startInstance(url: string): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', '--port', '0'],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        ASSENT_SECRET: SECRET,
        ASSENT_RATE_LIMIT: '0',
        ASSENT_LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const stderr: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start: ${stderr.join('')}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      const match = /listening on (http:\/\/\S+)/.exec(stderr.join(''));
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, stderr });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr.join('')}`)));
  });
}

async function post(base: string, event: object) {
  const response = await fetch(`${base}/v1/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events: [event] }),
  });
  const body = (await response.json().catch(() => null)) as {
    accepted?: number;
    duplicates?: number;
  } | null;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

/** Posts from `workers` loops until `stop()`; tallies what was acknowledged and answered. */
function load(bases: string[], workers: number) {
  const acknowledged = new Set<string>();
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    let n = 0;
    while (running) {
      const event = cookiesEvent(newSubject(), { analytics: n % 2 === 0 });
      const base = bases[(worker + n++) % bases.length]!;
      try {
        const answer = await post(base, event);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 200) {
          if ((answer.body?.accepted ?? 0) + (answer.body?.duplicates ?? 0) === 1)
            acknowledged.add(event.id);
        } else if (answer.status !== 503 || answer.retryAfter === null) {
          failures.push(`${answer.status} retry-after=${answer.retryAfter}`);
        }
      } catch (error) {
        failures.push(`no answer: ${(error as Error).message}`);
      }
      if (!running) break;
    }
  });
  return {
    acknowledged,
    statuses,
    failures,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitHealthy(base: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${base}/v1/health`).catch(() => undefined);
    if (response?.status === 200) return;
    if (Date.now() > end) throw new Error(`${base} did not recover`);
    await sleep(200);
  }
}

async function storedIds(database: string, ids: string[]): Promise<number> {
  const url = new URL(databaseUrl!);
  url.pathname = `/${database}`;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM events WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

describe('PostgreSQL connection loss', { skip, timeout: 180_000 }, () => {
  const database = `assent_loss_${randomBytes(5).toString('hex')}`;
  let proxy: CuttableProxy;
  const instances: Instance[] = [];

  before(async () => {
    await admin((client) => client.query(`CREATE DATABASE ${database}`));
    const target = new URL(databaseUrl!);
    proxy = new CuttableProxy(target.hostname, Number(target.port));
    await proxy.start();
    const url = new URL(databaseUrl!);
    url.port = String(proxy.port);
    url.pathname = `/${database}`;
    // One after the other: the first runs the migrations.
    instances.push(await startInstance(url.href));
    instances.push(await startInstance(url.href));
  });

  after(async () => {
    for (const { child } of instances) child.kill('SIGKILL');
    await proxy?.cut().catch(() => undefined);
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).catch(
      () => undefined,
    );
  });

  test('connections killed under load: both servers stay up, answer 503 with Retry-After, reconnect, and lose nothing acknowledged', async () => {
    const bases = instances.map((instance) => instance.url);
    const traffic = load(bases, 16);
    // Each cut waits for some load to go through first (by work, not by time: a busy machine
    // is slower, and the test is about what the cuts do to acknowledged events).
    const progress = async (more: number) => {
      const target = traffic.acknowledged.size + more;
      const until = Date.now() + 20_000;
      while (traffic.acknowledged.size < target && Date.now() < until) await sleep(50);
    };
    for (let round = 0; round < 3; round++) {
      await progress(10);
      await admin((client) =>
        client.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [database],
        ),
      );
    }
    await progress(10);
    await traffic.stop();

    for (const instance of instances) {
      assert.equal(instance.child.exitCode, null, `a server died: ${instance.stderr.join('')}`);
      await waitHealthy(instance.url);
    }
    assert.deepEqual(traffic.failures, [], 'every answer is a 200 or a 503 with Retry-After');
    assert.ok(traffic.acknowledged.size > 20, `load went through (${traffic.acknowledged.size})`);
    const ids = [...traffic.acknowledged];
    assert.equal(await storedIds(database, ids), ids.length, 'every acknowledged event is stored');
    const after = await post(bases[0]!, cookiesEvent(newSubject(), { analytics: true }));
    assert.equal(after.status, 200);
  });

  test('while the database is unreachable, health and ingest answer 503 with Retry-After; both recover when it is back', async () => {
    const bases = instances.map((instance) => instance.url);
    const port = proxy.port;
    await proxy.cut();
    for (const base of bases) {
      const health = await fetch(`${base}/v1/health`);
      assert.equal(health.status, 503);
      assert.ok(health.headers.get('retry-after'));
      const answer = await post(base, cookiesEvent(newSubject(), { analytics: true }));
      assert.equal(answer.status, 503);
      assert.ok(answer.retryAfter);
    }
    await proxy.start(port);
    for (const base of bases) {
      await waitHealthy(base);
      const event = cookiesEvent(newSubject(), { analytics: true });
      assert.equal((await post(base, event)).status, 200);
    }
    for (const instance of instances) assert.equal(instance.child.exitCode, null);
  });
});
