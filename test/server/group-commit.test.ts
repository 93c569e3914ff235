/**
 * Group commit: concurrent ingest requests share transactions, and each still gets its own
 * answer; a failing group fails all of its requests and writes nothing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { buildApp, Ledger, type Database, type Queryable } from '../../packages/server/src/app.js';
import { openPglite, openPostgres } from '../../packages/server/src/store/db.js';
import {
  backends,
  cookiesEvent,
  destroyPlace,
  marketingEvent,
  newEmail,
  newPlace,
  newSubject,
  SECRET,
  startServer,
  storeLocation,
  type Place,
  type Response,
  type TestServer,
} from './helpers.js';

const CLI = join(import.meta.dirname, '../../packages/server/src/cli.ts');

/** Test controls over a store's database: count transactions, hold them, make one fail. */
interface Harness {
  store: Ledger;
  /** Transactions begun since the store was opened (migrations not counted). */
  transactions: number;
  /** While set, every transaction waits for it before running its statements. */
  gate?: Promise<void>;
  /** Lets held transactions go (also after a failed test, so closing the store cannot hang). */
  release?: () => void;
  /** The transaction (1 = the first counted) whose `UPDATE chain_head`, run after its events
   * are inserted, throws. */
  failTransaction?: number;
  /** A statement carrying this event id is refused as PostgreSQL refuses bad data (SQLSTATE 22). */
  refuseEventId?: string;
}

async function openHarness(place: Place): Promise<Harness> {
  const location = storeLocation(place);
  const db = location.databaseUrl
    ? await openPostgres(location.databaseUrl, { schema: location.schema })
    : await openPglite(location.dataDir!);
  const harness: Harness = { store: undefined as never, transactions: 0 };
  let counting = false;
  const wrapped: Database = {
    kind: db.kind,
    query: (sql, params) => db.query(sql, params),
    transaction: (work) =>
      db.transaction(async (tx) => {
        const ordinal = counting ? ++harness.transactions : 0;
        if (harness.gate) await harness.gate;
        const query: Queryable['query'] = (sql, params) => {
          if (ordinal === harness.failTransaction && sql.includes('UPDATE chain_head')) {
            return Promise.reject(new Error('injected failure'));
          }
          const refused = harness.refuseEventId;
          if (refused && JSON.stringify(params ?? []).includes(refused)) {
            return Promise.reject(
              Object.assign(new Error('injected: invalid input syntax'), { code: '22P02' }),
            );
          }
          return tx.query(sql, params);
        };
        return work({ query });
      }),
    close: () => db.close(),
  };
  harness.store = new Ledger(wrapped);
  await harness.store.migrate();
  counting = true;
  return harness;
}

async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Holds every transaction until the returned function is called. */
function hold(harness: Harness): () => void {
  let release!: () => void;
  harness.gate = new Promise<void>((resolve) => (release = resolve));
  harness.release = () => {
    harness.gate = undefined;
    harness.release = undefined;
    release();
  };
  return harness.release;
}

const post = (server: TestServer, events: object[]) => server.post('/v1/consents', { events });

for (const backend of backends) {
  describe(`group commit (${backend.name})`, { skip: backend.skip }, () => {
    const places: Place[] = [];
    const open: { close(): Promise<unknown> }[] = [];
    afterEach(() => shared?.harness.release?.());
    after(async () => {
      shared?.harness.release?.();
      for (const thing of open.reverse()) await thing.close().catch(() => undefined);
      for (const place of places) await destroyPlace(place);
    });
    // One store for the suite (opening the embedded database takes seconds); each test starts
    // its counts afresh and compares event totals with what was there before it.
    let shared: { place: Place; harness: Harness; server: TestServer };
    before(async () => {
      const place = newPlace(backend);
      places.push(place);
      const harness = await openHarness(place);
      open.push(harness.store);
      const server = await startServer(harness.store);
      open.push(server);
      shared = { place, harness, server };
    });
    async function setup() {
      const { harness } = shared;
      const stored = (await harness.store.verify()).events;
      harness.transactions = 0;
      harness.failTransaction = undefined;
      harness.refuseEventId = undefined;
      return { ...shared, stored };
    }

    test('50 concurrent requests with overlapping ids: each id stored once, each request counted', async () => {
      const { harness, server, stored } = await setup();
      const pool = Array.from({ length: 40 }, () =>
        cookiesEvent(newSubject(), { analytics: true }),
      );
      const pick = (n: number) =>
        Array.from({ length: n }, () => pool[Math.floor(Math.random() * pool.length)]!);
      const batches = Array.from({ length: 50 }, (_, i) => pick(1 + (i % 8)));
      // Hold the first transaction so that all fifty queue behind it and form one group, the
      // case where overlapping ids meet inside one statement.
      const release = hold(harness);
      const warm = post(server, [cookiesEvent(newSubject(), { analytics: true })]);
      await until(() => harness.transactions === 1, 'the first group to start');
      const pending = batches.map((events) => post(server, events));
      await until(() => harness.store.pendingIngests === 50, 'fifty requests to queue');
      release();
      assert.equal((await warm).status, 200);
      const answers = await Promise.all(pending);
      const distinct = new Set(batches.flat().map((event) => event.id));
      let accepted = 0;
      answers.forEach((answer, i) => {
        assert.equal(answer.status, 200, answer.text);
        assert.equal(answer.json.accepted + answer.json.duplicates, batches[i]!.length);
        accepted += answer.json.accepted;
      });
      assert.equal(accepted, distinct.size, 'the sum of accepted is the number of distinct ids');
      assert.equal(harness.transactions, 2, 'the fifty requests were one group');
      const report = await harness.store.verify();
      assert.ok(report.ok, report.problems.join('\n'));
      assert.equal(report.events, stored + distinct.size + 1, 'each id is stored once');
    });

    test('the same id from two requests of one group: the first to arrive is accepted', async () => {
      const { harness, server, stored } = await setup();
      const release = hold(harness);
      const warm = post(server, [cookiesEvent(newSubject(), { analytics: true })]);
      await until(() => harness.transactions === 1, 'the first group to start');
      const shared = cookiesEvent(newSubject(), { analytics: true });
      const first = post(server, [shared]);
      await until(() => harness.store.pendingIngests === 1, 'the first request to queue');
      const second = post(server, [cookiesEvent(newSubject(), { analytics: false }), shared]);
      await until(() => harness.store.pendingIngests === 2, 'the second request to queue');
      release();
      assert.deepEqual((await warm).json, { accepted: 1, duplicates: 0 });
      assert.deepEqual((await first).json, { accepted: 1, duplicates: 0 });
      assert.deepEqual((await second).json, { accepted: 1, duplicates: 1 });
      assert.equal(harness.transactions, 2, 'both requests went into one transaction');
      const report = await harness.store.verify();
      assert.ok(report.ok, report.problems.join('\n'));
      assert.equal(report.events, stored + 3);
    });

    test('a failing group answers 5xx to every request in it and stores none of them', async () => {
      const { harness, server, stored } = await setup();
      // The first group commits; the second (all ten requests) fails after its insert ran.
      harness.failTransaction = 2;
      const release = hold(harness);
      const warm = post(server, [cookiesEvent(newSubject(), { analytics: true })]);
      await until(() => harness.transactions === 1, 'the first group to start');
      const batches = Array.from({ length: 10 }, () => [
        cookiesEvent(newSubject(), { analytics: true }),
        cookiesEvent(newSubject(), { analytics: false }),
      ]);
      const answers = batches.map((events) => post(server, events));
      await until(() => harness.store.pendingIngests === 10, 'ten requests to queue');
      release();
      assert.equal((await warm).status, 200);
      const results = await Promise.all(answers);
      for (const answer of results) {
        assert.ok(answer.status >= 500 && answer.status < 600, `got ${answer.status}`);
        assert.ok(!answer.text.includes('injected'), 'no internals leak');
      }
      assert.equal(harness.transactions, 2, 'the ten requests were one group');
      const report = await harness.store.verify();
      assert.ok(report.ok, report.problems.join('\n'));
      assert.equal(report.events, stored + 1, 'nothing of the failed group was stored');
      // The clients retry: now everything is accepted.
      const retried = await Promise.all(batches.map((events) => post(server, events)));
      for (const answer of retried) assert.deepEqual(answer.json, { accepted: 2, duplicates: 0 });
    });

    test("a request whose data the database refuses fails alone, not its group's neighbours", async () => {
      const { harness, server, stored } = await setup();
      const release = hold(harness);
      const warm = post(server, [cookiesEvent(newSubject(), { analytics: true })]);
      await until(() => harness.transactions === 1, 'the first group to start');
      const good = Array.from({ length: 4 }, () => [
        cookiesEvent(newSubject(), { analytics: true }),
      ]);
      // Data the schema lets through but the database refuses (as it would a value out of range).
      const poison = [cookiesEvent(newSubject(), {})];
      harness.refuseEventId = (poison[0] as { id: string }).id;
      const answers = [...good.slice(0, 2), poison, ...good.slice(2)].map((events) =>
        post(server, events),
      );
      await until(() => harness.store.pendingIngests === 5, 'five requests to queue');
      release();
      assert.equal((await warm).status, 200);
      const [a, b, bad, c, d] = await Promise.all(answers);
      assert.ok(bad!.status >= 500, `the refused request: got ${bad!.status}`);
      for (const answer of [a, b, c, d]) {
        assert.deepEqual(answer!.json, { accepted: 1, duplicates: 0 });
      }
      const report = await harness.store.verify();
      assert.ok(report.ok, report.problems.join('\n'));
      assert.equal(report.events, stored + 5);
    });

    test('marketing changes to one contact within one group apply in arrival order', async () => {
      const { harness, server } = await setup();
      const subject = newSubject();
      const email = newEmail();
      const release = hold(harness);
      const warm = post(server, [cookiesEvent(newSubject(), { analytics: true })]);
      await until(() => harness.transactions === 1, 'the first group to start');
      const unsubscribe = (topics?: string[]) => ({
        ...cookiesEvent(subject, {}),
        kind: 'unsubscribe',
        method: 'unsubscribe',
        choices: { channel: 'email', status: 'denied', ...(topics ? { topics } : {}) },
      });
      const steps = [
        [
          marketingEvent(
            subject,
            { email },
            { channel: 'email', status: 'granted', topics: ['news', 'offers'] },
          ),
        ],
        // Without a contact: resolved through the opt-in earlier in the same group.
        [unsubscribe(['news'])],
        [marketingEvent(subject, { email }, { channel: 'post', status: 'granted' })],
        [unsubscribe(['offers'])],
      ];
      const answers: Promise<Response>[] = [];
      for (const [i, events] of steps.entries()) {
        answers.push(post(server, events));
        await until(() => harness.store.pendingIngests === i + 1, `request ${i + 1} to queue`);
      }
      release();
      assert.equal((await warm).status, 200);
      for (const answer of await Promise.all(answers)) {
        assert.deepEqual(answer.json, { accepted: 1, duplicates: 0 });
      }
      assert.equal(harness.transactions, 2);
      const contact = await harness.store.findContact('email', email);
      const state = await harness.store.marketingState(contact!.id);
      // news unsubscribed, then offers: no topic left, so the channel is denied too.
      assert.equal(state.email?.status, 'denied');
      assert.deepEqual(
        state.email?.topics.map((t) => [t.id, t.status]),
        [
          ['news', 'denied'],
          ['offers', 'denied'],
        ],
      );
      assert.equal(state.post?.status, 'granted');
      const report = await harness.store.verify();
      assert.ok(report.ok, report.problems.join('\n'));
    });

    // Last of the shared-store tests: on the embedded database it closes the store for the CLI.
    test('verify passes after a concurrent burst of mixed events', async () => {
      const { place, harness, server, stored } = await setup();
      const emails = Array.from({ length: 5 }, () => newEmail());
      const burst = Array.from({ length: 60 }, (_, i) => {
        const subject = newSubject();
        const email = emails[i % emails.length]!;
        return i % 3 === 0
          ? [
              marketingEvent(
                subject,
                { email },
                { channel: 'email', status: i % 2 ? 'granted' : 'denied', topics: ['news'] },
              ),
            ]
          : Array.from({ length: 1 + (i % 5) }, () =>
              cookiesEvent(subject, { analytics: i % 2 === 0 }),
            );
      });
      const answers = await Promise.all(burst.map((events) => post(server, events)));
      for (const answer of answers) assert.equal(answer.status, 200, answer.text);
      const report = await harness.store.verify();
      assert.ok(report.ok, report.problems.join('\n'));
      assert.equal(report.events, stored + burst.flat().length);
      if (backend.name === 'embedded') {
        // The CLI's verify on the data directory, as an operator would run it.
        await server.close();
        await harness.store.close();
        const child = spawn(
          process.execPath,
          ['--conditions=source', '--import', 'tsx', CLI, 'verify', '--data', place.dataDir!],
          { env: { ...process.env, ASSENT_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        assert.equal(code, 0, stdout);
        assert.match(stdout, new RegExp(`^ok: ${report.events} events`));
      }
    });

    test(
      'two app instances on one PostgreSQL ingesting concurrently keep one verifiable chain',
      { skip: backend.name === 'embedded' ? 'one process per data directory' : false },
      async () => {
        const place = newPlace(backend);
        places.push(place);
        const options = { ...storeLocation(place), secret: SECRET, logger: false as const };
        const apps = [await buildApp(options), await buildApp(options)];
        open.push(...apps);
        const urls = await Promise.all(
          apps.map((app) => app.listen({ port: 0, host: '127.0.0.1' })),
        );
        const pool = Array.from({ length: 60 }, () =>
          cookiesEvent(newSubject(), { analytics: true }),
        );
        const batches = Array.from({ length: 80 }, (_, i) =>
          Array.from({ length: 1 + (i % 6) }, (_, j) => pool[(i * 7 + j * 13) % pool.length]!),
        );
        const answers = await Promise.all(
          batches.map(async (events, i) => {
            const response = await fetch(`${urls[i % 2]}/v1/consents`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ events }),
            });
            assert.equal(response.status, 200);
            return (await response.json()) as { accepted: number; duplicates: number };
          }),
        );
        answers.forEach((answer, i) =>
          assert.equal(answer.accepted + answer.duplicates, batches[i]!.length),
        );
        const distinct = new Set(batches.flat().map((event) => event.id));
        assert.equal(
          answers.reduce((sum, answer) => sum + answer.accepted, 0),
          distinct.size,
        );
        const harness = await openHarness(place);
        open.push(harness.store);
        const report = await harness.store.verify();
        assert.ok(report.ok, report.problems.join('\n'));
        assert.equal(report.events, distinct.size);
      },
    );
  });
}
