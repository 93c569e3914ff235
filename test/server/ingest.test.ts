import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  backends,
  cookiesEvent,
  destroyPlace,
  marketingEvent,
  newEmail,
  newPlace,
  newSubject,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';
import type { Ledger } from '../../packages/server/src/app.js';

for (const backend of backends) {
  describe(`syncing consent events (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    const storedEvents = async () => (await store.verify()).events;

    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      server = await startServer(store);
    });
    after(async () => {
      await server?.close();
      await store?.close().catch(() => undefined);
      await destroyPlace(place);
    });

    test('a batch sent twice is stored once and the repeat counts as duplicates', async () => {
      const subject = newSubject();
      const batch = {
        events: [
          cookiesEvent(subject, { analytics: true }),
          cookiesEvent(subject, { analytics: false }),
        ],
      };
      const first = await server.post('/v1/consents', batch);
      assert.equal(first.status, 200);
      assert.deepEqual(first.json, { accepted: 2, duplicates: 0 });
      const again = await server.post('/v1/consents', batch);
      assert.equal(again.status, 200);
      assert.deepEqual(again.json, { accepted: 0, duplicates: 2 });
    });

    test('two identical posts at the same moment leave one row', async () => {
      const before = await storedEvents();
      const batch = { events: [cookiesEvent(newSubject(), { analytics: true })] };
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => server.post('/v1/consents', batch)),
      );
      assert.ok(answers.every((a) => a.status === 200));
      assert.equal(
        answers.reduce((sum, a) => sum + a.json.accepted, 0),
        1,
      );
      assert.equal(
        answers.reduce((sum, a) => sum + a.json.duplicates, 0),
        5,
      );
      assert.equal(await storedEvents(), before + 1);
    });

    test('the same event twice in one batch is stored once', async () => {
      const event = cookiesEvent(newSubject(), { analytics: true });
      const answer = await server.post('/v1/consents', { events: [event, event] });
      assert.deepEqual(answer.json, { accepted: 1, duplicates: 1 });
    });

    test("a subject's state shows its latest cookie choice, revision and marketing per channel", async () => {
      const subject = newSubject();
      const email = newEmail();
      const first = cookiesEvent(subject, { analytics: true, marketing: true });
      const latest = cookiesEvent(
        subject,
        { analytics: false, marketing: true },
        { revision: '2022-01' },
      );
      await server.post('/v1/consents', { events: [first] });
      await server.post('/v1/consents', {
        events: [
          latest,
          marketingEvent(
            subject,
            { email },
            { channel: 'email', status: 'granted', topics: ['news'] },
          ),
        ],
      });
      const state = await server.request(`/v1/subjects/${subject}`);
      assert.equal(state.status, 200);
      assert.deepEqual(state.json.categories, {
        necessary: true,
        analytics: false,
        marketing: true,
      });
      assert.equal(state.json.revision, '2022-01');
      assert.equal(state.json.decidedAt, latest.at);
      assert.equal(state.json.marketing.email.status, 'granted');
      assert.deepEqual(state.json.marketing.email.topics, ['news']);
      assert.ok(!state.text.includes(email), 'the public subject state never shows the address');
    });

    test('"Allow and load" on a placeholder is recorded with the embed method', async () => {
      const event = { ...cookiesEvent(newSubject(), { marketing: false }), method: 'embed' };
      const answer = await server.post('/v1/consents', { events: [event] });
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.json, { accepted: 1, duplicates: 0 });
    });

    test('an unknown subject answers 404', async () => {
      const state = await server.request(`/v1/subjects/${newSubject()}`);
      assert.equal(state.status, 404);
      assert.match(state.json.message, /no decision/i);
    });

    test('a beacon sending JSON as text/plain is accepted', async () => {
      const answer = await server.post(
        '/v1/consents',
        JSON.stringify({ events: [cookiesEvent(newSubject(), { analytics: true })] }),
        { 'content-type': 'text/plain;charset=UTF-8' },
      );
      assert.equal(answer.status, 200);
      assert.equal(answer.json.accepted, 1);
    });

    test('bad input is refused with a 4xx and a message, and nothing stored is lost', async () => {
      const kept = newSubject();
      await server.post('/v1/consents', { events: [cookiesEvent(kept, { analytics: true })] });
      const stateBefore = (await server.request(`/v1/subjects/${kept}`)).json;
      const eventsBefore = await storedEvents();

      const good = () => cookiesEvent(newSubject(), { analytics: true });
      const withEvent = (patch: Record<string, unknown>) => ({ events: [{ ...good(), ...patch }] });
      let deep: unknown = 1;
      for (let i = 0; i < 2000; i++) deep = [deep];
      let deepObject: Record<string, unknown> = { x: true };
      for (let i = 0; i < 50; i++) deepObject = { a: deepObject };
      const goodInBadBatch = good();

      const cases: [string, unknown, Record<string, string>, number, RegExp][] = [
        ['not JSON', '{"events": [', {}, 400, /json/i],
        ['a JSON array at the top', '[]', {}, 400, /object/],
        [
          'a wrong content type',
          '<p>hi</p>',
          { 'content-type': 'text/html' },
          415,
          /content-type/i,
        ],
        ['text/plain that is not JSON', 'events', { 'content-type': 'text/plain' }, 400, /json/i],
        ['no events', {}, {}, 400, /events/],
        ['events that are not a list', { events: { a: 1 } }, {}, 400, /events.*array/],
        ['an empty list', { events: [] }, {}, 400, /events.*fewer than 1|must NOT have fewer/],
        ['101 events', { events: Array.from({ length: 101 }, good) }, {}, 400, /more than 100/],
        ['an id that is not a uuid', withEvent({ id: 'not-a-uuid' }), {}, 400, /events\[0\]\.id/],
        [
          'an id written as a urn',
          withEvent({ id: `urn:uuid:${randomUUID()}` }),
          {},
          400,
          /events\[0\]\.id/,
        ],
        ['an unknown kind', withEvent({ kind: 'cookie' }), {}, 400, /events\[0\]\.kind/],
        ['a date that is not ISO-8601', withEvent({ at: 'yesterday' }), {}, 400, /events\[0\]\.at/],
        ['an unknown method', withEvent({ method: 'magic' }), {}, 400, /events\[0\]\.method/],
        ['a subject with spaces', withEvent({ subject: 'a b' }), {}, 400, /events\[0\]\.subject/],
        [
          'a category that is not a boolean',
          withEvent({ choices: { categories: { analytics: 'yes' } } }),
          {},
          400,
          /categories/,
        ],
        [
          'marketing without a channel',
          {
            events: [
              marketingEvent(newSubject(), { email: newEmail() }, { status: 'granted' } as never),
            ],
          },
          {},
          400,
          /events\[0\]\.choices\.channel/,
        ],
        [
          'email marketing without an address',
          {
            events: [
              {
                ...marketingEvent(newSubject(), {}, { channel: 'email', status: 'granted' }),
                contact: undefined,
              },
            ],
          },
          {},
          400,
          /events\[0\]\.contact\.email/,
        ],
        [
          'an invalid email address',
          {
            events: [
              marketingEvent(
                newSubject(),
                { email: 'not an email' },
                { channel: 'email', status: 'granted' },
              ),
            ],
          },
          {},
          400,
          /contact\.email/,
        ],
        [
          'an unsubscribe that grants',
          {
            events: [
              { ...good(), kind: 'unsubscribe', choices: { channel: 'email', status: 'granted' } },
            ],
          },
          {},
          400,
          /status/,
        ],
        [
          'deeply nested choices',
          withEvent({ choices: { categories: deepObject } }),
          {},
          400,
          /categories/,
        ],
        ['a deeply nested extra field', withEvent({ extra: deep }), {}, 400, /extra/],
        [
          'wording longer than 8000 characters',
          withEvent({ wording: 'x'.repeat(8001) }),
          {},
          400,
          /wording/,
        ],
        ['a __proto__ key', '{"events":[],"__proto__":{"polluted":true}}', {}, 400, /.+/],
        [
          'a 70 KiB body',
          { events: [{ ...good(), wording: 'x'.repeat(70 * 1024) }] },
          {},
          413,
          /too large/i,
        ],
        [
          'one bad event in a good batch',
          { events: [goodInBadBatch, { ...good(), at: 'never' }] },
          {},
          400,
          /events\[1\]\.at/,
        ],
      ];
      assert.ok(cases.length >= 15);
      for (const [name, body, headers, status, message] of cases) {
        const answer = await server.post('/v1/consents', body, headers);
        assert.equal(
          answer.status,
          status,
          `${name}: expected ${status}, got ${answer.status} ${answer.text}`,
        );
        assert.match(answer.json?.message ?? '', message, `${name}: ${answer.text}`);
      }

      assert.equal(await storedEvents(), eventsBefore, 'a refused batch stores nothing');
      assert.deepEqual((await server.request(`/v1/subjects/${kept}`)).json, stateBefore);
      assert.equal((await store.verify()).ok, true);
      // The good event of the refused batch was not stored: it is new when sent on its own.
      const retry = await server.post('/v1/consents', { events: [goodInBadBatch] });
      assert.deepEqual(retry.json, { accepted: 1, duplicates: 0 });
    });

    test('a client clock far in the past or future is kept and the server time recorded too', async () => {
      const email = newEmail();
      const subject = newSubject();
      const event = {
        ...marketingEvent(subject, { email }, { channel: 'email', status: 'granted' }),
        at: '1970-01-01T00:00:00.000Z',
      };
      const sentAt = Date.now();
      await server.post('/v1/consents', { events: [event] });
      const contact = await store.findContact('email', email);
      const [entry] = await store.history(contact!.id);
      assert.equal(entry!.at, '1970-01-01T00:00:00.000Z');
      assert.ok(Math.abs(Date.parse(entry!.receivedAt) - sentAt) < 60_000);
    });

    test('a database error answers 5xx so the client keeps the event queued', async () => {
      await store.close();
      const answer = await server.post('/v1/consents', {
        events: [cookiesEvent(newSubject(), { analytics: true })],
      });
      assert.ok(answer.status >= 500 && answer.status < 600, `got ${answer.status}`);
      assert.ok(
        !answer.text.includes('PGlite') && !answer.text.includes('pool'),
        'no internals leak',
      );
      const read = await server.request(`/v1/subjects/${randomUUID()}`);
      assert.ok(read.status >= 500);
    });
  });
}
