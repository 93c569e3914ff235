import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database, Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  ADMIN_TOKEN,
  backends,
  cookiesEvent,
  destroyPlace,
  marketingEvent,
  mintToken,
  newEmail,
  newPlace,
  newSubject,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';

const ALLOWED = 'https://www.example-housing.org.uk';

for (const backend of backends) {
  describe(`security and admin (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    /** Every address, number and token this suite sends, to look for in the logs at the end. */
    const secrets: string[] = [ADMIN_TOKEN];

    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      server = await startServer(store, { allowedOrigins: [ALLOWED, 'http://localhost:5173'] });
    });
    after(async () => {
      await server?.close();
      await store?.close();
      await destroyPlace(place);
    });

    const adminRoutes: [string, string, unknown?][] = [
      ['GET', '/v1/optins?channel=email'],
      ['POST', '/v1/tokens', { contact: { email: 'someone@example.com' } }],
      ['DELETE', '/v1/contacts', { email: 'someone@example.com' }],
      ['GET', '/v1/admin/counts'],
      ['GET', '/v1/admin/contacts?q=someone'],
    ];
    const call = (
      target: TestServer,
      [method, path, body]: [string, string, unknown?],
      headers = {},
    ) =>
      target.request(path, {
        method,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
      });

    test('admin routes answer 401 without a token or with a wrong one', async () => {
      for (const route of adminRoutes) {
        for (const headers of [
          {},
          { authorization: 'Bearer wrong-token-wrong-token' },
          { authorization: `Bearer ${ADMIN_TOKEN}x` },
          { authorization: ADMIN_TOKEN },
          { authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}` },
        ]) {
          const answer = await call(server, route, headers);
          assert.equal(answer.status, 401, `${route[0]} ${route[1]} ${JSON.stringify(headers)}`);
          assert.match(answer.json.message, /admin token/);
        }
        const ok = await call(server, route, adminHeaders);
        assert.ok(ok.status < 300, `${route[1]} with the token: ${ok.status}`);
      }
    });

    test('admin routes stay off when no admin token, or a short one, is configured', async () => {
      for (const adminToken of [undefined, 'short-token']) {
        const off = await startServer(store, { adminToken });
        try {
          for (const route of adminRoutes) {
            const answer = await call(off, route, { authorization: `Bearer ${adminToken ?? ''}` });
            assert.equal(answer.status, 503);
            assert.match(answer.json.message, /ASSENT_ADMIN_TOKEN/);
          }
          const page = await off.request('/admin');
          assert.equal(page.status, 503);
          assert.match(page.text, /admin page is off/);
        } finally {
          await off.close();
        }
      }
    });

    test('CORS allows only exactly listed origins and always varies on Origin', async () => {
      const body = JSON.stringify({ events: [cookiesEvent(newSubject(), { analytics: true })] });
      const allowed = await server.request('/v1/consents', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ALLOWED },
        body,
      });
      assert.equal(allowed.status, 200);
      assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED);
      assert.match(allowed.headers.get('vary') ?? '', /Origin/);

      const preflight = await server.request('/v1/consents', {
        method: 'OPTIONS',
        headers: {
          origin: ALLOWED,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      assert.ok(preflight.status < 300);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED);

      for (const near of [
        `${ALLOWED}/`,
        ALLOWED.replace('https', 'http'),
        `${ALLOWED}.evil.example`,
        'https://evil.example',
        'null',
      ]) {
        const read = await server.request(`/v1/subjects/${newSubject()}`, {
          headers: { origin: near },
        });
        assert.equal(read.headers.get('access-control-allow-origin'), null, near);
        assert.match(read.headers.get('vary') ?? '', /Origin/, near);
        const pre = await server.request('/v1/consents', {
          method: 'OPTIONS',
          headers: { origin: near, 'access-control-request-method': 'POST' },
        });
        assert.equal(pre.headers.get('access-control-allow-origin'), null, near);
      }
    });

    test('a cross-site POST from a disallowed origin is refused before its body is read', async () => {
      const before = (await store.verify()).events;
      for (const contentType of [
        'text/plain',
        'application/json',
        'application/x-www-form-urlencoded',
      ]) {
        const answer = await server.request('/v1/consents', {
          method: 'POST',
          headers: { 'content-type': contentType, origin: 'https://evil.example' },
          body: JSON.stringify({ events: [cookiesEvent(newSubject(), { analytics: true })] }),
        });
        assert.equal(answer.status, 403, contentType);
        assert.match(answer.json.message, /origin/i);
      }
      const email = newEmail();
      secrets.push(email);
      const { token } = await mintToken(server, { email });
      secrets.push(token);
      const unsubscribe = await server.request(
        `/v1/unsubscribe?token=${encodeURIComponent(token)}`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            origin: 'https://evil.example',
          },
          body: 'List-Unsubscribe=One-Click',
        },
      );
      assert.equal(unsubscribe.status, 403);
      assert.equal((await store.verify()).events, before, 'nothing was stored');

      const sameOrigin = await server.post(
        '/v1/consents',
        JSON.stringify({ events: [cookiesEvent(newSubject(), { analytics: true })] }),
        { 'content-type': 'text/plain', origin: server.url },
      );
      assert.equal(sameOrigin.status, 200, 'same-origin requests are always fine');
      const allowed = await server.post(
        '/v1/consents',
        JSON.stringify({ events: [cookiesEvent(newSubject(), { analytics: true })] }),
        { 'content-type': 'text/plain', origin: ALLOWED },
      );
      assert.equal(allowed.status, 200);
    });

    test('text/plain is refused on routes other than the sync endpoint', async () => {
      const answer = await server.post(
        '/v1/tokens',
        JSON.stringify({ contact: { email: 'x@example.com' } }),
        {
          ...adminHeaders,
          'content-type': 'text/plain',
        },
      );
      assert.equal(answer.status, 415);
    });

    test('the rate limit lets a burst of 50 through and answers 429 past the limit, whatever X-Forwarded-For says', async () => {
      // A minute's window: the count does not depend on how fast this machine sends.
      const limited = await startServer(store, { rateLimit: 100, rateLimitWindowMs: 60_000 });
      try {
        const get = (i: number) =>
          limited.request(`/v1/subjects/${newSubject()}`, {
            headers: { 'x-forwarded-for': `10.0.0.${i % 250}` },
          });
        const burst = await Promise.all(Array.from({ length: 50 }, (_, i) => get(i)));
        assert.ok(
          burst.every((answer) => answer.status === 404),
          'a burst of 50 passes',
        );
        const flood = await Promise.all(Array.from({ length: 120 }, (_, i) => get(i)));
        const refused = flood.filter((answer) => answer.status === 429);
        assert.ok(refused.length > 0, 'past 100 in the window some are refused');
        assert.match(refused[0]!.json.message, /too many/i);
      } finally {
        await limited.close();
      }
    });

    test('CSV export neutralises cells a spreadsheet would run as formulas', async () => {
      const email = `=cmd-${Date.now()}@example.com`;
      const phone = '+447700900' + String(Date.now()).slice(-3);
      secrets.push(email, phone);
      const wording = '=HYPERLINK("https://evil.example","Click")';
      await server.post('/v1/consents', {
        events: [
          marketingEvent(
            newSubject(),
            { email },
            { channel: 'email', status: 'granted', topics: ['csv'] },
            wording,
          ),
          marketingEvent(
            newSubject(),
            { phone },
            { channel: 'sms', status: 'granted' },
            '@SUM(1+1)\tand "quotes"',
          ),
        ],
      });
      const csv = await server.request('/v1/optins?channel=email&topic=csv', {
        headers: { ...adminHeaders, accept: 'text/csv' },
      });
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      assert.match(csv.headers.get('content-disposition') ?? '', /attachment/);
      assert.ok(csv.text.includes(`"'${email}"`), csv.text);
      assert.ok(csv.text.includes(`"'=HYPERLINK(""https://evil.example"",""Click"")"`), csv.text);
      const sms = await server.request('/v1/optins?channel=sms', {
        headers: { ...adminHeaders, accept: 'text/csv' },
      });
      assert.ok(sms.text.includes(`"'${phone}"`));
      assert.ok(sms.text.includes(`"'@SUM(1+1)\tand ""quotes"""`));
      for (const line of csv.text.trim().split('\r\n').slice(1)) {
        for (const cell of line.split('","'))
          assert.doesNotMatch(cell.replace(/^"/, ''), /^[=+\-@\t\r]/);
      }
    });

    test('erasing a person removes their address from opt-ins and search while the ledger still verifies', async () => {
      const email = newEmail('erase-me');
      secrets.push(email);
      await server.post('/v1/consents', {
        events: [
          marketingEvent(
            newSubject(),
            { email },
            { channel: 'email', status: 'granted', topics: ['news'] },
          ),
        ],
      });
      const { token } = await mintToken(server, { email });
      secrets.push(token);
      const before = await store.verify();
      assert.ok(before.ok);
      const erase = await server.request('/v1/contacts', {
        method: 'DELETE',
        headers: { ...adminHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      assert.deepEqual(erase.json, { erased: true });
      const list = await server.request('/v1/optins?channel=email&topic=news', {
        headers: adminHeaders,
      });
      assert.ok(!list.text.includes(email));
      const search = await server.request(`/v1/admin/contacts?q=${encodeURIComponent(email)}`, {
        headers: adminHeaders,
      });
      assert.deepEqual(search.json.contacts, []);
      const csv = await server.request('/v1/optins?channel=email', {
        headers: { ...adminHeaders, accept: 'text/csv' },
      });
      assert.ok(!csv.text.includes(email));
      const link = await server.request(`/v1/preferences?token=${encodeURIComponent(token)}`);
      assert.equal(link.status, 410, 'links of an erased person no longer work');
      const after = await store.verify();
      assert.ok(after.ok, after.problems.join('\n'));
      assert.equal(after.events, before.events, 'the ledger kept every row');
      const again = await server.request('/v1/contacts', {
        method: 'DELETE',
        headers: { ...adminHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      assert.deepEqual(again.json, { erased: false });
    });

    test('tampering with a stored event row makes verify fail', async () => {
      await server.post('/v1/consents', {
        events: [cookiesEvent(newSubject(), { analytics: false })],
      });
      assert.ok((await store.verify()).ok);
      const db = (store as unknown as { db: Database }).db;
      const { rows } = await db.query<{ seq: number; record: string }>(
        "SELECT seq, record FROM events WHERE kind = 'cookies' ORDER BY seq LIMIT 1",
      );
      const original = rows[0]!;
      const forged = original.record
        .replace('"analytics":false', '"analytics":true')
        .replace('"analytics":true', '"analytics":false');
      const edited =
        forged === original.record
          ? original.record.replace('"necessary":true', '"necessary":false')
          : forged;
      try {
        await db.query('UPDATE events SET record = $1 WHERE seq = $2', [edited, original.seq]);
        const broken = await store.verify();
        assert.equal(broken.ok, false);
        assert.match(broken.problems.join('\n'), new RegExp(`#${Number(original.seq)}.*changed`));
        // Rewriting the content hash too is caught by the chain.
        await db.query(
          "UPDATE events SET content_hash = encode(sha256(convert_to(record, 'UTF8')), 'hex') WHERE seq = $1",
          [original.seq],
        );
        const rechained = await store.verify();
        assert.equal(rechained.ok, false);
        assert.match(rechained.problems.join('\n'), /hash does not match/);
        // Deleting the newest event is caught by the chain head.
        const { rows: last } = await db.query<{ seq: number }>(
          'SELECT max(seq) AS seq FROM events',
        );
        await db.query('UPDATE events SET record = $1, content_hash = $2 WHERE seq = $3', [
          original.record,
          (
            await db.query<{ h: string }>(
              "SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex') AS h",
              [original.record],
            )
          ).rows[0]!.h,
          original.seq,
        ]);
        assert.ok((await store.verify()).ok, 'restoring the row restores the proof');
        const lastRow = (
          await db.query<Record<string, unknown>>('SELECT * FROM events WHERE seq = $1', [
            last[0]!.seq,
          ])
        ).rows[0]!;
        await db.query('DELETE FROM events WHERE seq = $1', [last[0]!.seq]);
        const truncated = await store.verify();
        assert.equal(truncated.ok, false);
        assert.match(truncated.problems.join('\n'), /events are missing/);
        const columns = Object.keys(lastRow);
        await db.query(
          `INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
          columns.map((c) => lastRow[c]),
        );
      } finally {
        assert.ok((await store.verify()).ok, 'the ledger is whole again');
      }
    });

    test('logs hold no email, phone, token or client address', async () => {
      const email = newEmail('logged');
      secrets.push(email);
      await server.post('/v1/consents', {
        events: [marketingEvent(newSubject(), { email }, { channel: 'email', status: 'granted' })],
      });
      const { token } = await mintToken(server, { email });
      secrets.push(token);
      await server.request(`/v1/preferences?token=${encodeURIComponent(token)}`);
      await server.request(`/v1/unsubscribe?token=${encodeURIComponent(token)}`);
      await server.request(`/v1/admin/contacts?q=${encodeURIComponent(email)}`, {
        headers: adminHeaders,
      });
      await server.request(`/v1/preferences?token=${encodeURIComponent(token.slice(0, -3))}`);
      await server.post('/v1/consents', { events: [{ bad: email }] });
      const logs = server.logs.join('');
      assert.ok(logs.includes('"url":"/v1/preferences?…"'), 'requests are logged, by path');
      for (const secret of secrets) assert.ok(!logs.includes(secret), `the logs contain ${secret}`);
      // The one line naming 127.0.0.1 is the server's own listening address.
      const requestLines = server.logs.filter((line) => !line.includes('Server listening'));
      assert.ok(requestLines.length > 10);
      assert.ok(!requestLines.join('').includes('127.0.0.1'), 'no client address');
      assert.ok(!logs.includes('remoteAddress'));
      assert.doesNotMatch(logs, /v1\.[A-Za-z0-9_-]{20,}\./, 'no token-shaped string');
    });
  });
}
