import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  adminHeaders,
  backends,
  cookiesEvent,
  marketingEvent,
  newEmail,
  newSubject,
  type TestServer,
  serveOn,
} from './helpers.js';

for (const backend of backends) {
  describe(`legal bases other than consent (${backend.name})`, { skip: backend.skip }, () => {
    let server: TestServer;

    serveOn(backend, (served) => ({ server } = served));

    test('a cookie decision on the objection basis is stored with it and counted apart', async () => {
      const event = cookiesEvent(newSubject(), { analytics: true, marketing: false });
      event.choices = { ...event.choices, basis: { analytics: 'objection' } } as never;
      const answer = await server.post('/v1/consents', { events: [event] });
      assert.equal(answer.status, 200, answer.text);
      const stats = await server.request('/v1/stats', { headers: adminHeaders });
      assert.deepEqual(stats.json.cookies.bases, { analytics: { objection: 1 } });
      assert.deepEqual(stats.json.cookies.categories.analytics, { granted: 1, denied: 0 });
      const ledger = await server.request('/v1/ledger', { headers: adminHeaders });
      const stored = ledger.text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string; record: { event: { choices: unknown } } })
        .find((line) => line.id === event.id);
      assert.deepEqual((stored?.record.event.choices as { basis: unknown }).basis, {
        analytics: 'objection',
      });
    });

    test('a soft opt-in is recorded with its basis and counted apart from consents', async () => {
      const email = newEmail();
      const event = marketingEvent(
        newSubject(),
        { email },
        { channel: 'email', status: 'granted' },
      );
      (event.choices as Record<string, unknown>).basis = 'soft-opt-in';
      const answer = await server.post('/v1/consents', { events: [event] });
      assert.equal(answer.status, 200, answer.text);
      const stats = await server.request('/v1/stats', { headers: adminHeaders });
      assert.equal(stats.json.marketing.email['*']['soft-opt-in'], 1);
      assert.equal(stats.json.marketing.email['*'].granted, 0);
    });

    test('an unknown basis is refused with a 400 that names it, and nothing is stored', async () => {
      const event = marketingEvent(
        newSubject(),
        { email: newEmail() },
        {
          channel: 'email',
          status: 'granted',
        },
      );
      (event.choices as Record<string, unknown>).basis = 'legitimate-interest';
      const answer = await server.post('/v1/consents', { events: [event] });
      assert.equal(answer.status, 400);
      assert.match(answer.text, /basis/);
      const cookies = cookiesEvent(newSubject(), { marketing: true });
      cookies.choices = { ...cookies.choices, basis: { marketing: 'whatever' } } as never;
      assert.equal((await server.post('/v1/consents', { events: [cookies] })).status, 400);
    });
  });
}
