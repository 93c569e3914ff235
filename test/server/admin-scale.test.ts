import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { ledgerLines, optinCsv } from '../../packages/server/src/admin/exports.js';
import type { ConsentEvent, Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  backends,
  cookiesEvent,
  destroyPlace,
  marketingEvent,
  newPlace,
  newSubject,
  openPlaceStore,
  type TestServer,
  serveOn,
} from './helpers.js';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const dateOf = (time: Date) => time.toISOString().slice(0, 10);

async function text(source: AsyncGenerator<string>) {
  let all = '';
  for await (const chunk of source) all += chunk;
  return all;
}

for (const backend of backends) {
  describe(
    `the admin workspace's summaries and exports at scale (${backend.name})`,
    {
      skip: backend.skip,
    },
    () => {
      let store: Ledger;
      let server: TestServer;

      serveOn(backend, (served) => ({ store, server } = served));

      const rows = async (sql: string) =>
        (await store.database.query<Record<string, unknown>>(sql)).rows;
      /** Both rollups next to the sums of stats_daily they stand for. */
      const rollupsAgree = async () => {
        assert.deepEqual(
          await rows(`SELECT to_char(day, 'YYYY-MM-DD') AS day, measure, key1, key2, outcome,
                      n::int AS n FROM stats_day WHERE n <> 0
                    ORDER BY day, measure, key1, key2, outcome`),
          await rows(`SELECT to_char(day, 'YYYY-MM-DD') AS day, measure, key1, key2, outcome,
                      sum(n)::int AS n FROM stats_daily
                    GROUP BY day, measure, key1, key2, outcome
                    ORDER BY day, measure, key1, key2, outcome`),
        );
        assert.deepEqual(
          await rows(`SELECT to_char(month, 'YYYY-MM-DD') AS month, measure, method, revision, key1,
                      outcome, n::int AS n FROM stats_month WHERE n <> 0
                    ORDER BY month, measure, method, revision, key1, outcome`),
          await rows(`SELECT to_char(date_trunc('month', day::timestamp), 'YYYY-MM-DD') AS month,
                      measure, method, revision, key1, outcome, sum(n)::int AS n
                    FROM stats_daily WHERE measure <> 'marketing'
                    GROUP BY 1, measure, method, revision, key1, outcome
                    ORDER BY 1, measure, method, revision, key1, outcome`),
        );
      };
      const stats = async (from: string, to: string) => {
        const response = await server.request(`/v1/stats?from=${from}&to=${to}`, {
          headers: adminHeaders,
        });
        assert.equal(response.status, 200, response.text);
        return response.json;
      };

      test('the rollups of the daily summary agree with it after ingest, import, erasure and rebuilds', async () => {
        // Cookie decisions spread over three months and more, by two methods and two revisions.
        const events = [];
        for (let i = 0; i < 40; i++) {
          events.push(
            cookiesEvent(
              newSubject(),
              { analytics: i % 3 === 0, marketing: i % 4 === 0 },
              {
                at: daysAgo(3 + i * 2.3).toISOString(),
                method: i % 2 ? 'banner' : 'preferences',
                revision: i % 5 ? '2025-06' : '2024-01',
              },
            ),
          );
        }
        events.push(
          marketingEvent(
            newSubject(),
            { email: 'ann@example.com' },
            { channel: 'email', status: 'granted', topics: ['news'] },
          ),
          marketingEvent(
            newSubject(),
            { email: 'bob@example.com' },
            { channel: 'email', status: 'granted', topics: ['news', 'events'] },
          ),
        );
        const sent = await server.post('/v1/consents', { events });
        assert.equal(sent.status, 200, sent.text);
        await rollupsAgree();

        const csv =
          'email,phone,channel,status,topics,consented_at,source,wording\n' +
          `cy@example.com,,email,granted,news,${dateOf(daysAgo(50))},paper form,Send me the newsletter\n` +
          `,+44 7700 900777,sms,granted,repairs,${dateOf(daysAgo(20))},tenancy form,Text me about repairs\n`;
        const imported = await server.post('/v1/import', csv, {
          ...adminHeaders,
          'content-type': 'text/csv',
        });
        assert.equal(imported.status, 200, imported.text);
        assert.equal(imported.json.imported, 2);
        await rollupsAgree();

        const erased = await server.request('/v1/contacts', {
          method: 'DELETE',
          headers: { ...adminHeaders, 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'bob@example.com' }),
        });
        assert.equal(erased.status, 200, erased.text);
        await rollupsAgree();

        // A period with whole months in it says what the sum of its days says (single days are
        // read from the daily rows alone).
        const from = dateOf(daysAgo(85));
        const to = dateOf(daysAgo(2));
        const whole = await stats(from, to);
        const summed = {
          decisions: 0,
          byMethod: {} as Record<string, number>,
          byRevision: {} as Record<string, number>,
          categoriesByMethod: {} as Record<
            string,
            Record<string, { granted: number; denied: number }>
          >,
        };
        for (let t = Date.parse(from); t <= Date.parse(to); t += DAY) {
          const day = new Date(t).toISOString().slice(0, 10);
          const one = (await stats(day, day)).cookies;
          summed.decisions += one.decisions;
          for (const [method, n] of Object.entries(one.byMethod as Record<string, number>))
            summed.byMethod[method] = (summed.byMethod[method] ?? 0) + n;
          for (const [revision, n] of Object.entries(one.byRevision as Record<string, number>))
            summed.byRevision[revision] = (summed.byRevision[revision] ?? 0) + n;
          for (const [method, categories] of Object.entries(
            one.categoriesByMethod as Record<
              string,
              Record<string, { granted: number; denied: number }>
            >,
          ))
            for (const [category, { granted, denied }] of Object.entries(categories)) {
              const entry = ((summed.categoriesByMethod[method] ??= {})[category] ??= {
                granted: 0,
                denied: 0,
              });
              entry.granted += granted;
              entry.denied += denied;
            }
        }
        assert.ok(whole.cookies.decisions > 30, 'the period holds most of the decisions');
        assert.equal(whole.cookies.decisions, summed.decisions);
        assert.deepEqual(whole.cookies.byMethod, summed.byMethod);
        assert.deepEqual(whole.cookies.byRevision, summed.byRevision);
        assert.deepEqual(whole.cookies.categoriesByMethod, summed.categoriesByMethod);

        // Emptying the summary (DELETE or TRUNCATE) empties the rollups with it, and the next
        // read rebuilds all three from the ledger to the same figures.
        for (const empty of ['DELETE FROM stats_daily', 'TRUNCATE stats_daily']) {
          await store.database.query(empty);
          await store.database.query('UPDATE stats_cursor SET last_seq = 0');
          assert.deepEqual(await rows('SELECT day FROM stats_day WHERE n <> 0'), []);
          assert.deepEqual(await rows('SELECT month FROM stats_month WHERE n <> 0'), []);
          assert.deepEqual(await stats(from, to), whole, empty);
          await rollupsAgree();
        }
      });

      test('exports read in batches of any size give the same bytes, ties on the opt-in time included', async () => {
        // Six opt-ins in one request: the same time, so the keyset's tie-break is the contact id.
        const at = new Date().toISOString();
        const sent = await server.post('/v1/consents', {
          events: Array.from({ length: 6 }, (_, i) => ({
            ...marketingEvent(
              newSubject(),
              { email: `tie-${i}@example.com` },
              { channel: 'email', status: 'granted', topics: ['news'] },
              `=Tie ${i}, "quoted"`,
            ),
            at,
          })),
        });
        assert.equal(sent.status, 200, sent.text);
        const db = store.database;
        const csv = await text(optinCsv(db, 'email', 'news'));
        const lines = csv.trim().split('\r\n');
        assert.equal(lines.length, 1 + 8, 'ann, cy and the six');
        assert.ok(lines.some((line) => line.includes(`"'=Tie 3, ""quoted"""`)));
        for (const batch of [1, 2, 5]) {
          assert.equal(await text(optinCsv(db, 'email', 'news', false, batch)), csv, `${batch}`);
        }
        const channel = await text(optinCsv(db, 'email'));
        assert.equal(await text(optinCsv(db, 'email', undefined, false, 3)), channel);
        const sms = await text(optinCsv(db, 'sms', 'repairs'));
        assert.match(sms, /"'\+447700900777"/, 'a leading + is neutralised too');
        assert.equal(await text(optinCsv(db, 'sms', 'repairs', false, 1)), sms);
        // Only the confirmed ones: none of these browser-sent opt-ins, the import's neither.
        assert.equal(
          await text(optinCsv(db, 'email', 'news', true, 2)),
          await text(optinCsv(db, 'email', 'news', true)),
        );

        const ledger = await text(ledgerLines(db));
        const head = Number(
          (await db.query<{ n: unknown }>('SELECT last_seq AS n FROM chain_head')).rows[0]!.n,
        );
        assert.equal(ledger.trim().split('\n').length, head);
        for (const batch of [1, 7])
          assert.equal(await text(ledgerLines(db, 0, Infinity, batch)), ledger);
        assert.equal(
          await text(ledgerLines(db, 5, 9, 4)),
          ledger
            .split('\n')
            .slice(5, 14)
            .map((line) => `${line}\n`)
            .join(''),
        );
      });

      test('a record altered to hold a raw line break is exported as stored, its batch read row by row', async () => {
        const db = store.database;
        const before = await text(optinCsv(db, 'email', 'news'));
        const ann = (
          await db.query<{ seq: unknown; record: string }>(
            `SELECT e.seq, e.record FROM events e JOIN marketing_state m ON m.event_id = e.id
           JOIN contacts c ON c.id = m.contact_id
           WHERE c.value = 'ann@example.com' AND m.topic = 'news'`,
          )
        ).rows[0]!;
        // Still JSON (a line break between tokens), no longer canonical: verify would report it.
        const altered = ann.record.replace('{"event"', '{\n"event"');
        await db.query('UPDATE events SET record = $1 WHERE seq = $2', [altered, ann.seq]);
        try {
          assert.equal(await text(optinCsv(db, 'email', 'news')), before);
          const ledger = await text(ledgerLines(db));
          assert.ok(ledger.includes(`,"record":${altered}}\n`));
          const head = Number(
            (await db.query<{ n: unknown }>('SELECT last_seq AS n FROM chain_head')).rows[0]!.n,
          );
          assert.equal(ledger.split('\n{"seq":').length, head);
        } finally {
          await db.query('UPDATE events SET record = $1 WHERE seq = $2', [ann.record, ann.seq]);
        }
      });
    },
  );
}

describe('planner statistics on the embedded database', () => {
  test('are taken once the ledger has grown, after the ingest that grew it', async () => {
    const place = newPlace(backends[0]!);
    let store = await openPlaceStore(place);
    try {
      const taken = async () =>
        Number(
          (
            await store.database.query<{ n: unknown }>(
              `SELECT reltuples AS n FROM pg_class WHERE oid = 'events'::regclass`,
            )
          ).rows[0]!.n,
        );
      assert.equal(await taken(), -1, 'a new database was never analyzed');
      await store.ingest(
        Array.from(
          { length: 600 },
          () => cookiesEvent(newSubject(), { analytics: true }) as ConsentEvent,
        ),
      );
      await store.close();
      store = await openPlaceStore(place);
      assert.equal(await taken(), -1, '600 events are not worth it yet');
      await store.ingest(
        Array.from(
          { length: 600 },
          () =>
            cookiesEvent(
              randomUUID(),
              { analytics: false },
              { method: 'preferences' },
            ) as ConsentEvent,
        ),
      );
      // The run follows the ingest in the background; closing waits for it.
      await store.close();
      store = await openPlaceStore(place);
      assert.equal(await taken(), 1200);
    } finally {
      await store.close();
      await destroyPlace(place);
    }
  });
});
