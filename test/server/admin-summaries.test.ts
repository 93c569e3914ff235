import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  backends,
  cookiesEvent,
  marketingEvent,
  mintToken,
  newSubject,
  type TestServer,
  serveOn,
} from './helpers.js';

for (const backend of backends) {
  describe(`the dashboard's summaries (${backend.name})`, { skip: backend.skip }, () => {
    let store: Ledger;
    let server: TestServer;

    serveOn(backend, (served) => ({ store, server } = served));

    const one = async <T>(sql: string) =>
      (await store.database.query<Record<string, T>>(sql)).rows[0]!;
    const stats = async () => {
      const response = await server.request('/v1/stats', { headers: adminHeaders });
      assert.equal(response.status, 200, response.text);
      return response.json;
    };
    /** marketing_counts next to a count of marketing_state itself. */
    const countsAgree = async () => {
      const kept = await store.database.query<Record<string, unknown>>(
        `SELECT channel, topic, status, verified, n::int AS n FROM marketing_counts WHERE n <> 0
         ORDER BY channel, topic, status, verified`,
      );
      const counted = await store.database.query<Record<string, unknown>>(
        `SELECT channel, topic, status, verified, count(*)::int AS n FROM marketing_state
         GROUP BY channel, topic, status, verified ORDER BY channel, topic, status, verified`,
      );
      assert.deepEqual(kept.rows, counted.rows);
      return counted.rows;
    };

    test('ingest keeps the daily summary in step inside its own transaction, before any read', async () => {
      const sent = await server.post('/v1/consents', {
        events: [
          cookiesEvent(newSubject(), { necessary: true, analytics: true }),
          cookiesEvent(newSubject(), { necessary: true, analytics: false }),
          marketingEvent(
            newSubject(),
            { email: 'ann@example.com' },
            { channel: 'email', status: 'granted', topics: ['news'] },
          ),
        ],
      });
      assert.equal(sent.status, 200, sent.text);
      const cursor = await one('SELECT last_seq FROM stats_cursor');
      const head = await one('SELECT last_seq FROM chain_head');
      assert.equal(Number(cursor.last_seq), Number(head.last_seq), 'no read was needed');
      const figures = await stats();
      assert.equal(figures.cookies.decisions, 2);
      assert.deepEqual(figures.cookies.categories.analytics, { granted: 1, denied: 1 });
      assert.equal(figures.marketing.email.news.granted, 1);
      assert.equal(figures.current.email.news.granted, 1);
    });

    test('a summary rebuilt from the ledger says the same, and events written around ingest are counted once', async () => {
      const before = await stats();
      await store.database.query('DELETE FROM stats_daily');
      await store.database.query('UPDATE stats_cursor SET last_seq = 0');
      // An append while the summary lags: the hook leaves it to the next read's fold.
      const sent = await server.post('/v1/consents', {
        events: [cookiesEvent(newSubject(), { necessary: true, analytics: true })],
      });
      assert.equal(sent.status, 200, sent.text);
      assert.equal(Number((await one('SELECT last_seq FROM stats_cursor')).last_seq), 0);
      const after = await stats();
      assert.equal(after.cookies.decisions, before.cookies.decisions + 1);
      assert.deepEqual(after.cookies.categories.analytics, {
        granted: before.cookies.categories.analytics.granted + 1,
        denied: before.cookies.categories.analytics.denied,
      });
      assert.deepEqual(after.marketing, before.marketing);
      const again = await stats();
      assert.deepEqual(again, after, 'reading twice counts nothing twice');
    });

    test('opt-in counts follow every opt-in, unsubscribe and erasure in the same transaction', async () => {
      const bob = 'bob@example.com';
      const sent = await server.post('/v1/consents', {
        events: [
          marketingEvent(
            newSubject(),
            { email: bob },
            { channel: 'email', status: 'granted', topics: ['news', 'repairs'] },
          ),
          marketingEvent(
            newSubject(),
            { phone: '+447700900123' },
            { channel: 'sms', status: 'granted', topics: ['alerts'] },
          ),
        ],
      });
      assert.equal(sent.status, 200, sent.text);
      await countsAgree();
      const link = await mintToken(server, { email: bob }, { channel: 'email', topic: 'repairs' });
      const unsubscribed = await server.request(
        `/v1/unsubscribe?token=${encodeURIComponent(link.token)}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        },
      );
      assert.ok(unsubscribed.status < 300, unsubscribed.text);
      const rows = await countsAgree();
      assert.ok(
        rows.some((r) => r.channel === 'email' && r.topic === 'repairs' && r.status === 'denied'),
      );
      const erased = await server.request('/v1/contacts', {
        method: 'DELETE',
        headers: { ...adminHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ email: bob }),
      });
      assert.equal(erased.status, 200, erased.text);
      await countsAgree();
      const figures = await stats();
      assert.equal(figures.current.email.news.granted, 1, 'only ann is opted in to news now');
      assert.equal(figures.current.sms.alerts.granted, 1);
    });
  });
}
