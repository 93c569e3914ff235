import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { buildApp, type Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  backends,
  destroyPlace,
  marketingEvent,
  mintToken,
  newEmail,
  newPlace,
  newSubject,
  openPlaceStore,
  SECRET,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';
import { startHttpReceiver, until, type HttpReceiver, type ReceivedRequest } from './receivers.js';

const WEBHOOK_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const verifier = new Webhook(WEBHOOK_SECRET);

interface Delivered {
  id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are checked field by field
  payload: any;
  request: ReceivedRequest;
}

/** Verifies a received request exactly as a receiver would; throws if the signature is wrong. */
function verified(request: ReceivedRequest): Delivered {
  const payload = verifier.verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  });
  return { id: String(request.headers['webhook-id']), payload, request };
}

for (const backend of backends) {
  describe(`signed webhooks (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    let receiver: HttpReceiver;

    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      receiver = await startHttpReceiver();
      server = await startServer(store, {
        webhookUrl: receiver.url,
        webhookSecret: WEBHOOK_SECRET,
        outboxPollMs: 200,
      });
    });
    after(async () => {
      await server?.close();
      await receiver?.close();
      await store?.close();
      await destroyPlace(place);
    });

    const accepted = (email: string) =>
      receiver.received
        .filter((r) => r.answered < 300)
        .map(verified)
        .filter((d) => d.payload.data.contact.email === email);

    test('an opt-in is signed, retried after a 503 with the same webhook-id, and later changes wait their turn', async () => {
      const email = newEmail('hook');
      const subject = newSubject();
      let refused = 0;
      receiver.respond = (request) => {
        const body = JSON.parse(request.body) as { data: { contact: { email?: string } } };
        if (body.data.contact.email === email && refused === 0) {
          refused++;
          return 503;
        }
        return 204;
      };
      const optin = marketingEvent(
        subject,
        { email },
        { channel: 'email', status: 'granted', topics: ['news'] },
      );
      const posted = Date.now();
      assert.equal((await server.post('/v1/consents', { events: [optin] })).status, 200);
      // The unsubscribe is stored while the opt-in is still waiting for its retry.
      await until(() => refused === 1, 'the first (refused) attempt');
      const { token } = await mintToken(server, { email }, { channel: 'email' });
      const unsubscribe = await server.request(
        `/v1/unsubscribe?token=${encodeURIComponent(token)}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        },
      );
      assert.equal(unsubscribe.status, 200);

      const delivered = await until(
        () => (accepted(email).length >= 2 ? accepted(email) : null),
        'both deliveries',
      );
      const attempts = receiver.received
        .map(verified)
        .filter((d) => d.payload.data.contact.email === email);
      assert.equal(attempts.length, 3, 'one refused attempt, its retry, the unsubscribe');
      const [first, retry, second] = attempts as [Delivered, Delivered, Delivered];
      assert.equal(first.request.answered, 503);
      assert.equal(retry.id, first.id, 'the retry keeps the webhook-id');
      assert.equal(retry.request.body, first.request.body, 'and the same body');
      assert.ok(retry.request.at - first.request.at <= 5000, 'first retry within 5 s');
      assert.ok(first.request.at - posted < 3000, 'first attempt right away');
      assert.notEqual(second.id, first.id);
      assert.deepEqual(
        delivered.map((d) => d.payload.data.status),
        ['granted', 'denied'],
        'in order per contact: the unsubscribe only after the opt-in got through',
      );

      assert.equal(first.payload.type, 'marketing.changed');
      assert.equal(typeof first.payload.timestamp, 'string');
      const data = first.payload.data;
      assert.equal(data.eventId, optin.id);
      assert.equal(data.subject, subject);
      assert.equal(data.contact.email, email);
      assert.match(data.contact.id, /^[0-9a-f-]{36}$/);
      assert.equal(data.channel, 'email');
      assert.equal(data.status, 'granted');
      assert.deepEqual(data.topics, ['news']);
      assert.equal(data.at, optin.at);
      assert.equal(second.payload.data.method, 'unsubscribe');
      assert.equal(second.payload.data.topics, null, 'the whole channel');

      // A tampered body does not verify with the receiver's library.
      assert.throws(() =>
        verified({ ...first.request, body: first.request.body.replace('granted', 'denied') }),
      );

      const log = await server.request('/v1/webhooks/deliveries', { headers: adminHeaders });
      assert.equal(log.status, 200);
      assert.equal(log.json.configured, true);
      const row = log.json.deliveries.find((d: { webhookId: string }) => d.webhookId === first.id);
      assert.equal(row.status, 'delivered');
      assert.equal(row.attempts, 2);
      assert.equal(row.lastStatus, 204);
      assert.equal(row.eventId, optin.id);
      assert.ok(log.json.counts.delivered >= 2);
    });

    test('writes that do not come through the sync route (erasure, the store itself) are sent too', async () => {
      receiver.respond = () => 200;
      const email = newEmail('direct');
      // Any writer of the ledger: here the store API that tools and imports use.
      await store.ingest([
        {
          ...marketingEvent(
            `contact:${randomUUID()}`,
            { email },
            { channel: 'email', status: 'granted' },
          ),
          method: 'import',
        },
      ] as Parameters<Ledger['ingest']>[0]);
      await until(() => accepted(email).length === 1, 'the stored change');
      const erase = await server.request('/v1/contacts', {
        method: 'DELETE',
        headers: { ...adminHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      assert.equal(erase.json.erased, true);
      const [imported, erased] = await until(
        () => (accepted(email).length === 2 ? accepted(email) : null),
        'the erasure',
      );
      assert.equal(imported!.payload.data.method, 'import');
      assert.equal(erased!.payload.type, 'contact.erased');
      assert.equal(erased!.payload.data.contact.email, email, 'the receiver learns whom to erase');
      assert.ok((await store.verify()).ok, 'the chain still verifies');
      // Once the erasure is delivered no stored payload holds the address any more.
      await until(async () => {
        const { rows } = await store.database.query<{ n: unknown }>(
          `SELECT count(*) AS n FROM webhook_outbox WHERE payload LIKE $1`,
          [`%${email}%`],
        );
        return Number(rows[0]!.n) === 0;
      }, 'the address to leave the outbox');
    });

    test('cookie choices send nothing; a failed listing query is refused with 400', async () => {
      const before = receiver.received.length;
      const cookies = {
        id: randomUUID(),
        subject: newSubject(),
        at: new Date().toISOString(),
        kind: 'cookies',
        method: 'banner',
        choices: { categories: { analytics: true }, services: {} },
      };
      assert.equal((await server.post('/v1/consents', { events: [cookies] })).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(receiver.received.length, before);
      const bad = await server.request('/v1/webhooks/deliveries?status=lost', {
        headers: adminHeaders,
      });
      assert.equal(bad.status, 400);
      assert.match(bad.json.message, /status/);
      const noAuth = await server.request('/v1/webhooks/deliveries');
      assert.equal(noAuth.status, 401);
    });
  });

  describe(`webhooks survive a restart (${backend.name})`, { skip: backend.skip }, () => {
    test('what was queued while the receiver was down is delivered by the next server, same id', async () => {
      const place = newPlace(backend);
      const store = await openPlaceStore(place);
      const receiver = await startHttpReceiver();
      try {
        receiver.respond = () => 500;
        const first = await startServer(store, {
          webhookUrl: receiver.url,
          webhookSecret: WEBHOOK_SECRET,
        });
        const email = newEmail('restart');
        await first.post('/v1/consents', {
          events: [
            marketingEvent(newSubject(), { email }, { channel: 'email', status: 'granted' }),
          ],
        });
        await until(() => receiver.received.length >= 1, 'a first attempt');
        await first.close();
        receiver.respond = () => 200;
        const second = await startServer(store, {
          webhookUrl: receiver.url,
          webhookSecret: WEBHOOK_SECRET,
        });
        try {
          await until(() => receiver.received.some((r) => r.answered === 200), 'the redelivery');
          const ids = new Set(receiver.received.map((r) => verified(r).id));
          assert.equal(ids.size, 1, 'one message, one webhook-id');
        } finally {
          await second.close();
        }
      } finally {
        await receiver.close();
        await store.close();
        await destroyPlace(place);
      }
    });
  });
}

test('a webhook URL without a valid whsec_ secret stops the server with a message naming it', async () => {
  for (const [webhookSecret, pattern] of [
    [undefined, /ASSENT_WEBHOOK_SECRET is required/],
    ['secret', /ASSENT_WEBHOOK_SECRET must be whsec_/],
    ['whsec_c2hvcnQ=', /at least 16 bytes/],
  ] as const) {
    await assert.rejects(
      buildApp({
        dataDir: `/tmp/assent-never-${randomUUID()}`,
        secret: SECRET,
        webhookUrl: 'https://hooks.example.com/assent',
        webhookSecret,
      }),
      pattern,
    );
  }
  await assert.rejects(
    buildApp({
      dataDir: `/tmp/assent-never-${randomUUID()}`,
      secret: SECRET,
      webhookUrl: 'ftp://hooks.example.com/',
      webhookSecret: WEBHOOK_SECRET,
    }),
    /http:\/\/ or https:\/\//,
  );
});
