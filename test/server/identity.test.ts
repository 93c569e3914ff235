/** Identified subjects need a token from the site's backend; client clocks never win merges. */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Ledger } from '../../packages/server/src/app.js';
import {
  backends,
  cookiesEvent,
  destroyPlace,
  newPlace,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';

const IDENTITY_SECRET = 'identity-secret-0123456789abcdef';
const tokenFor = (id: string, secret = IDENTITY_SECRET) =>
  createHmac('sha256', secret).update(id).digest('base64url');

for (const backend of backends) {
  describe(`identified subjects (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      server = await startServer(store, { identitySecret: IDENTITY_SECRET });
    });
    after(async () => {
      await server?.close();
      await store?.close();
      await destroyPlace(place);
    });

    test('an event for a user id without a token is refused with 401, with a wrong one 403, and nothing is stored', async () => {
      const id = `user:${Date.now()}`;
      const missing = await server.post('/v1/consents', {
        events: [cookiesEvent(id, { marketing: true })],
      });
      assert.equal(missing.status, 401);
      const wrong = await server.post('/v1/consents', {
        events: [
          {
            ...cookiesEvent(id, { marketing: true }),
            subjectToken: tokenFor(id, 'another-secret-0123456789'),
          },
        ],
      });
      assert.equal(wrong.status, 403);
      const read = await server.request(`/v1/subjects/${id}`, {
        headers: { authorization: `Bearer ${tokenFor(id)}` },
      });
      assert.equal(read.status, 404, 'nothing stored for that id');
    });

    test('with its token an event is stored, the token is not kept, and the read needs the token as Bearer', async () => {
      const id = `user:${Date.now()}-b`;
      const event = { ...cookiesEvent(id, { analytics: true }), subjectToken: tokenFor(id) };
      assert.equal((await server.post('/v1/consents', { events: [event] })).status, 200);
      assert.equal((await server.request(`/v1/subjects/${id}`)).status, 401);
      assert.equal(
        (
          await server.request(`/v1/subjects/${id}`, {
            headers: { authorization: `Bearer ${tokenFor(`${id}x`)}` },
          })
        ).status,
        403,
      );
      const read = await server.request(`/v1/subjects/${id}`, {
        headers: { authorization: `Bearer ${tokenFor(id)}` },
      });
      assert.equal(read.status, 200);
      assert.equal(read.json.categories.analytics, true);
      const history = await store.verify();
      assert.ok(history.ok);
      const db = (
        store as unknown as {
          db: { query(sql: string, params: unknown[]): Promise<{ rows: { record: string }[] }> };
        }
      ).db;
      const { rows } = await db.query('SELECT record FROM events WHERE id = $1', [event.id]);
      assert.ok(!rows[0]!.record.includes(event.subjectToken), 'the token is never stored');
    });

    test('a decision dated 2099 counts as made when the server received it', async () => {
      const id = `user:${Date.now()}-c`;
      const event = {
        ...cookiesEvent(id, { marketing: true }),
        at: '2099-01-01T00:00:00.000Z',
        subjectToken: tokenFor(id),
      };
      const before = Date.now();
      await server.post('/v1/consents', { events: [event] });
      const read = await server.request(`/v1/subjects/${id}`, {
        headers: { authorization: `Bearer ${tokenFor(id)}` },
      });
      const decided = Date.parse(read.json.decidedAt);
      assert.ok(decided >= before - 1000 && decided <= Date.now() + 1000, read.json.decidedAt);
    });

    test('without an identity secret, only browser ids are accepted', async () => {
      const plain = await startServer(store);
      try {
        const answer = await plain.post('/v1/consents', { events: [cookiesEvent('user:42', {})] });
        assert.equal(answer.status, 401);
        assert.match(answer.json.message, /ASSENT_IDENTITY_SECRET/);
      } finally {
        await plain.close();
      }
    });
  });
}
