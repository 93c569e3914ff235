/**
 * Fault injection: runs the server under load while it is killed, its database goes away,
 * its disk fills up or its connections are cut, then counts, per round, the events the
 * server acknowledged, those of them lost, and those stored twice.
 *
 *   npm run test:faults                  every round on both backends (about two minutes)
 *   npm run test:faults -- --quick       shorter rounds
 *   npm run test:faults -- --backend embedded|postgres
 *   npm run test:faults -- --round kill|outage|connection-loss|disk-full
 *
 * The clients behave like the widget: an event is acknowledged only by a 2xx whose body
 * accounts for every event sent; anything else is retried later with the same ids, until it
 * is acknowledged. PostgreSQL rounds start a cluster of their own (Debian's `postgresql`,
 * run as root through `runuser -u postgres`); the disk-full rounds mount a small tmpfs, so
 * they need root too. Rounds that cannot run say why and are skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../packages/server/src/store/index.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, backend: { type: 'string' }, round: { type: 'string' } },
});
const quick = Boolean(values.quick);
const seconds = (full: number) => (quick ? full / 3 : full) * 1000;
const CLI = new URL('../packages/server/src/cli.ts', import.meta.url).pathname;
const SECRET = 'fault-injection-secret-0123456789';
const CLIENTS = 8;
const BATCH = 4;
const isRoot = process.getuid?.() === 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Events acknowledged before each fault and after it: rounds are sized by work, not time. */
const WORK = quick ? 100 : 400;

// ---------------------------------------------------------------- PostgreSQL of our own

const pgBin = (() => {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root)
    .sort((a, b) => Number(a) - Number(b))
    .at(-1);
  return version ? join(root, version, 'bin') : undefined;
})();

function asPostgres(args: string[]) {
  const result = spawnSync('runuser', ['-u', 'postgres', '--', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr || result.stdout}`);
  return result.stdout;
}

class Cluster {
  readonly dir = mkdtempSync(join(tmpdir(), 'assent-faults-pg-'));
  readonly port = 20000 + Math.floor(Math.random() * 20000);
  constructor() {
    chownSync(this.dir, uidOf('postgres'), gidOf('postgres'));
    asPostgres([`${pgBin}/initdb`, '-D', `${this.dir}/data`, '-U', 'postgres', '--auth=trust']);
    this.start();
  }
  url(database: string, options = '') {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}${options ? `?options=${encodeURIComponent(options)}` : ''}`;
  }
  start() {
    asPostgres([
      `${pgBin}/pg_ctl`,
      '-D',
      `${this.dir}/data`,
      '-l',
      `${this.dir}/log`,
      '-w',
      '-o',
      `-c listen_addresses=127.0.0.1 -p ${this.port} -k ${this.dir}`,
      'start',
    ]);
  }
  stop() {
    asPostgres([`${pgBin}/pg_ctl`, '-D', `${this.dir}/data`, '-m', 'fast', '-w', 'stop']);
  }
  sql(statement: string, database = 'postgres') {
    return asPostgres([
      `${pgBin}/psql`,
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '-d',
      database,
      '-Atqc',
      statement,
    ]);
  }
  destroy() {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function uidOf(user: string) {
  return Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim());
}
function gidOf(user: string) {
  return Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
}

// ---------------------------------------------------------------- the server

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

async function startServer(env: Record<string, string>, dataDir: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      CLI,
      '--port',
      '0',
      '--data',
      dataDir,
      '--log-level',
      'error',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        ASSENT_SECRET: SECRET,
        ASSENT_RATE_LIMIT: '0',
        DATABASE_URL: '',
        ...env,
      },
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /listening on (http:\/\/[^\s]+)/.exec(stderr);
      if (found) resolve(found[1]!);
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}): ${stderr}`)));
  });
  return { child, url, exited };
}

async function stopServer(server: Server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15000);
  await server.exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------- the load

class Load {
  readonly acknowledged = new Set<string>();
  readonly outbox: Record<string, unknown>[][] = [];
  answers = { ok: 0, unavailable: 0, otherErrors: 0, resets: 0 };
  private running = false;
  private workers: Promise<void>[] = [];
  constructor(public url: string) {}

  private batch() {
    const subject = randomUUID();
    return Array.from({ length: BATCH }, (_, i) =>
      i % 2 === 0
        ? {
            id: randomUUID(),
            subject,
            at: new Date().toISOString(),
            kind: 'cookies',
            method: 'banner',
            revision: '2026-01',
            choices: { categories: { necessary: true, analytics: i % 4 === 0 }, services: {} },
          }
        : {
            id: randomUUID(),
            subject,
            at: new Date().toISOString(),
            kind: 'marketing',
            method: 'optin',
            revision: '2026-01',
            choices: { channel: 'email', status: 'granted', topics: ['news'] },
            wording: 'Yes, email me news.',
            contact: { email: `${subject}@example.com` },
          },
    );
  }

  /** Sends one batch; true once acknowledged. */
  async send(events: Record<string, unknown>[]): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}/v1/consents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
        signal: AbortSignal.timeout(10000),
      });
      const body = (await response.json().catch(() => null)) as {
        accepted?: number;
        duplicates?: number;
      } | null;
      if (
        response.ok &&
        typeof body?.accepted === 'number' &&
        body.accepted + (body.duplicates ?? 0) === events.length
      ) {
        this.answers.ok++;
        for (const event of events) this.acknowledged.add(event.id as string);
        return true;
      }
      if (response.status === 503) this.answers.unavailable++;
      else this.answers.otherErrors++;
    } catch {
      this.answers.resets++;
    }
    return false;
  }

  start() {
    this.running = true;
    this.workers = Array.from({ length: CLIENTS }, async () => {
      let backoff = 100;
      while (this.running) {
        const events = this.outbox.shift() ?? this.batch();
        if (await this.send(events)) backoff = 100;
        else {
          this.outbox.push(events);
          await sleep(backoff);
          backoff = Math.min(backoff * 2, 1000);
        }
      }
    });
  }

  /** Waits until `more` further events are acknowledged (at most `limitMs`). */
  async progress(more = WORK, limitMs = 60000) {
    const target = this.acknowledged.size + more;
    const until = Date.now() + limitMs;
    while (this.acknowledged.size < target && Date.now() < until) await sleep(50);
  }

  async stop() {
    this.running = false;
    await Promise.all(this.workers);
  }

  /** Like the widget's outbox after the fault: retries until everything is acknowledged. */
  async drain(limitMs = 60000) {
    const until = Date.now() + limitMs;
    while (this.outbox.length > 0 && Date.now() < until) {
      const events = this.outbox.shift()!;
      if (!(await this.send(events))) {
        this.outbox.push(events);
        await sleep(250);
      }
    }
    return this.outbox.length;
  }
}

// ---------------------------------------------------------------- counting

interface Figures {
  backend: string;
  round: string;
  acknowledged: number;
  lost: number;
  duplicated: number;
  unacknowledged: number;
  answers: Load['answers'];
  restarts: number;
  verify: string;
  note: string;
}

async function count(
  load: Load,
  location: { databaseUrl?: string; dataDir?: string },
): Promise<Pick<Figures, 'lost' | 'duplicated' | 'verify'>> {
  const store = await openStore(location);
  try {
    const { rows } = await store.database.query<{ id: string; n: unknown }>(
      'SELECT id, count(*) AS n FROM events GROUP BY id',
    );
    const stored = new Map(rows.map((row) => [row.id.toLowerCase(), Number(row.n)]));
    let lost = 0;
    for (const id of load.acknowledged) if (!stored.has(id.toLowerCase())) lost++;
    let duplicated = 0;
    for (const n of stored.values()) if (n > 1) duplicated += n - 1;
    const report = await store.verify();
    return {
      lost,
      duplicated,
      verify: report.ok ? 'ok' : `BROKEN (${report.problems[0]})`,
    };
  } finally {
    await store.close();
  }
}

// ---------------------------------------------------------------- rounds

type Round = (place: Place) => Promise<Figures>;

interface Place {
  backend: 'embedded' | 'postgres';
  dataDir: string;
  env: Record<string, string>;
  location: { databaseUrl?: string; dataDir?: string };
  cluster?: Cluster;
  database?: string;
}

function figures(
  place: Place,
  round: string,
  load: Load,
  counted: Pick<Figures, 'lost' | 'duplicated' | 'verify'>,
  restarts: number,
  note: string,
): Figures {
  return {
    backend: place.backend,
    round,
    acknowledged: load.acknowledged.size,
    unacknowledged: load.outbox.length * BATCH,
    answers: { ...load.answers },
    restarts,
    note,
    ...counted,
  };
}

/** SIGKILL mid-load, three times; each time the server is started again on the same data. */
const killRound: Round = async (place) => {
  let server = await startServer(place.env, place.dataDir);
  const load = new Load(server.url);
  load.start();
  for (let kill = 0; kill < 3; kill++) {
    await load.progress();
    server.child.kill('SIGKILL');
    await server.exited;
    await sleep(300);
    server = await startServer(place.env, place.dataDir);
    load.url = server.url;
  }
  await load.progress();
  await load.stop();
  await load.drain();
  await stopServer(server);
  return figures(place, 'SIGKILL ×3', load, await count(load, place.location), 3, '');
};

/** PostgreSQL stopped (`pg_ctl stop -m fast`) under load, then started again. */
const outageRound: Round = async (place) => {
  const server = await startServer(place.env, place.dataDir);
  const load = new Load(server.url);
  load.start();
  await load.progress();
  place.cluster!.stop();
  await sleep(seconds(3));
  const alive = server.child.exitCode === null && server.child.signalCode === null;
  place.cluster!.start();
  await load.progress();
  await load.stop();
  await load.drain();
  const stillAlive = server.child.exitCode === null && server.child.signalCode === null;
  await stopServer(server);
  return figures(
    place,
    'PostgreSQL outage',
    load,
    await count(load, place.location),
    0,
    alive && stillAlive ? 'server stayed up' : 'the server died',
  );
};

/** Every server connection cut with pg_terminate_backend, every 300 ms for a while. */
const connectionLossRound: Round = async (place) => {
  const server = await startServer(place.env, place.dataDir);
  const load = new Load(server.url);
  load.start();
  await load.progress();
  let cuts = 0;
  const until = Date.now() + seconds(3);
  while (Date.now() < until) {
    cuts += Number(
      place
        .cluster!.sql(
          `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
         WHERE datname = '${place.database}' AND pid <> pg_backend_pid()`,
        )
        .trim() || 0,
    );
    await sleep(300);
  }
  await load.progress();
  await load.stop();
  await load.drain();
  const alive = server.child.exitCode === null && server.child.signalCode === null;
  await stopServer(server);
  return figures(
    place,
    'connection loss',
    load,
    await count(load, place.location),
    0,
    `${cuts} connections cut, ${alive ? 'server stayed up' : 'the server died'}`,
  );
};

/**
 * The disk fills up under load: the embedded data directory (or PostgreSQL's tablespace) is a
 * small tmpfs. After a while the tmpfs is made larger ("space freed") and the server, started
 * again if it stopped, takes the retries.
 */
const diskFullRound: Round = async (place) => {
  let server = await startServer(place.env, place.dataDir);
  const load = new Load(server.url);
  load.start();
  await load.progress();
  const mount = place.backend === 'embedded' ? place.dataDir : `${place.dataDir}-space`;
  // Fill what is left, so the load meets ENOSPC at once.
  spawnSync('dd', ['if=/dev/zero', `of=${mount}/filler`, 'bs=1M', 'status=none'], {
    stdio: 'ignore',
  });
  await sleep(seconds(3));
  const died = server.child.exitCode !== null || server.child.signalCode !== null;
  rmSync(`${mount}/filler`, { force: true });
  spawnSync('mount', ['-o', 'remount,size=512m', mount]);
  let restarts = 0;
  if (died || server.child.exitCode !== null) {
    await server.exited;
    server = await startServer(place.env, place.dataDir);
    load.url = server.url;
    restarts++;
  }
  await load.progress();
  await load.stop();
  await load.drain();
  await stopServer(server);
  return figures(
    place,
    'disk full',
    load,
    await count(load, place.location),
    restarts,
    died ? 'the server stopped on ENOSPC and was started again' : 'server stayed up',
  );
};

function mountTmpfs(dir: string, size: string) {
  mkdirSync(dir, { recursive: true });
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir]);
  if (result.status !== 0) throw new Error(`mount tmpfs on ${dir}: ${String(result.stderr)}`);
}
function unmount(dir: string) {
  if (spawnSync('umount', [dir]).status !== 0) spawnSync('umount', ['-l', dir]);
}

// ---------------------------------------------------------------- main

async function main() {
  const results: Figures[] = [];
  const skipped: string[] = [];
  const base = mkdtempSync(join(tmpdir(), 'assent-faults-'));
  let cluster: Cluster | undefined;
  /** The database of one round: a data dir (on a small tmpfs for disk-full), or a database. */
  const setUp = (place: Place, name: string, diskFull: boolean) => {
    if (place.backend === 'embedded') {
      // The embedded database's files take ~40 MB on creation; 64 MB leaves a little room.
      if (diskFull) mountTmpfs(place.dataDir, '64m');
      return;
    }
    const database = `faults_${name.replace(/-/g, '_')}`;
    let options = '';
    if (diskFull) {
      const space = `${place.dataDir}-space`;
      mountTmpfs(space, '16m');
      chownSync(space, uidOf('postgres'), gidOf('postgres'));
      cluster!.sql(`CREATE TABLESPACE faults LOCATION '${space}'`);
      options = '-c default_tablespace=faults';
    }
    cluster!.sql(`CREATE DATABASE ${database}`);
    const url = cluster!.url(database, options);
    Object.assign(place, {
      cluster,
      database,
      env: { DATABASE_URL: url },
      location: { databaseUrl: url },
    });
    mkdirSync(place.dataDir, { recursive: true });
  };
  const backends = values.backend ? [values.backend] : ['embedded', 'postgres'];
  // PostgreSQL (its own user) must reach the tablespace folder made inside it.
  chmodSync(base, 0o711);
  try {
    const rounds: [string, Round, 'both' | 'postgres'][] = [
      ['kill', killRound, 'both'],
      ['outage', outageRound, 'postgres'],
      ['connection-loss', connectionLossRound, 'postgres'],
      ['disk-full', diskFullRound, 'both'],
    ];
    if (backends.includes('postgres')) {
      if (!pgBin || !isRoot) skipped.push('postgres: needs root and Debian’s postgresql package');
      else cluster = new Cluster();
    }
    for (const backend of backends as Place['backend'][]) {
      if (backend === 'postgres' && !cluster) continue;
      for (const [name, round, where] of rounds) {
        if (where === 'postgres' && backend !== 'postgres') continue;
        if (values.round && values.round !== name) continue;
        const dataDir = join(base, `${backend}-${name}`);
        const place: Place = { backend, dataDir, env: {}, location: { dataDir } };
        const diskFull = name === 'disk-full';
        if (diskFull && !isRoot) {
          skipped.push(`${backend} disk-full: needs root to mount a small tmpfs`);
          continue;
        }
        try {
          setUp(place, name, diskFull);
        } catch (error) {
          skipped.push(`${backend} ${name}: could not be set up: ${(error as Error).message}`);
          continue;
        }
        process.stderr.write(`round: ${backend} ${name}…\n`);
        try {
          results.push(await round(place));
        } catch (error) {
          skipped.push(`${backend} ${name}: failed to run: ${(error as Error).message}`);
        } finally {
          if (diskFull && backend === 'postgres') {
            // PostgreSQL keeps the tablespace's files open until both are dropped.
            try {
              cluster!.sql(`DROP DATABASE IF EXISTS ${place.database}`);
              cluster!.sql('DROP TABLESPACE IF EXISTS faults');
            } catch (error) {
              skipped.push(`postgres disk-full cleanup: ${(error as Error).message}`);
            }
          }
          if (diskFull) unmount(backend === 'embedded' ? dataDir : `${dataDir}-space`);
        }
        const last = results.at(-1);
        if (last) process.stderr.write(`  ${JSON.stringify(last)}\n`);
      }
    }
  } finally {
    cluster?.destroy();
    try {
      rmSync(base, { recursive: true, force: true });
    } catch (error) {
      skipped.push(`cleanup of ${base}: ${(error as Error).message}`);
    }
  }

  const header = [
    'backend',
    'round',
    'acknowledged',
    'lost',
    'duplicated',
    'never acknowledged',
    '2xx / 503 / other / reset',
    'restarts',
    'verify',
    'note',
  ];
  const lines = results.map((r) => [
    r.backend,
    r.round,
    String(r.acknowledged),
    String(r.lost),
    String(r.duplicated),
    String(r.unacknowledged),
    `${r.answers.ok} / ${r.answers.unavailable} / ${r.answers.otherErrors} / ${r.answers.resets}`,
    String(r.restarts),
    r.verify,
    r.note,
  ]);
  process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`);
  for (const line of lines) process.stdout.write(`| ${line.join(' | ')} |\n`);
  for (const line of skipped) process.stdout.write(`skipped: ${line}\n`);
  const bad = results.some((r) => r.lost > 0 || r.duplicated > 0 || r.verify !== 'ok');
  process.exitCode = bad ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `faults: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
});
