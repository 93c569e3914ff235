import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import twilio from 'twilio';
import type { Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  backends,
  destroyPlace,
  marketingEvent,
  newPlace,
  newSubject,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';

const AUTH_TOKEN = randomBytes(16).toString('hex');
const PUBLIC_URL = 'https://consent.example.com';
const newPhone = () => `+4477009${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
const sid = () => `SM${randomBytes(16).toString('hex')}`;

for (const backend of backends) {
  describe(`Twilio inbound SMS STOP (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    let proxied: TestServer;

    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      server = await startServer(store, { twilioAuthToken: AUTH_TOKEN });
      // The same store behind a proxy: Twilio signs the public URL it was given.
      proxied = await startServer(store, { twilioAuthToken: AUTH_TOKEN, publicUrl: PUBLIC_URL });
    });
    after(async () => {
      await server?.close();
      await proxied?.close();
      await store?.close();
      await destroyPlace(place);
    });

    /** POSTs a form exactly as Twilio does, signed by the twilio package's own helper. */
    function inbound(
      target: TestServer,
      params: Record<string, string>,
      signedUrl = `${target.url}/v1/inbound/sms/twilio`,
      token = AUTH_TOKEN,
    ) {
      const signature = twilio.getExpectedTwilioSignature(token, signedUrl, params);
      return target.request('/v1/inbound/sms/twilio', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signature,
        },
        body: new URLSearchParams(params).toString(),
      });
    }
    /** The contact's own SMS state (a browser's subject only shows its own, unverified, claim). */
    async function smsStatus(phone: string) {
      const contact = await store.findContact('phone', phone);
      return contact ? (await store.marketingState(contact.id)).sms?.status : undefined;
    }

    async function optIn(phone: string) {
      const subject = newSubject();
      const answer = await server.post('/v1/consents', {
        events: [marketingEvent(subject, { phone }, { channel: 'sms', status: 'granted' })],
      });
      assert.equal(answer.status, 200);
    }

    test('every STOP word, in any case and with spaces, denies sms with method sms-stop', async () => {
      for (const word of ['STOP', 'stopall', ' Unsubscribe ', 'cancel', 'End', 'QUIT\n']) {
        const phone = newPhone();
        await optIn(phone);
        assert.equal(await smsStatus(phone), 'granted');
        const answer = await inbound(server, {
          From: phone,
          To: '+15005550006',
          Body: word,
          MessageSid: sid(),
          AccountSid: `AC${randomBytes(16).toString('hex')}`,
        });
        assert.equal(answer.status, 200, answer.text);
        assert.match(answer.headers.get('content-type')!, /text\/xml/);
        assert.equal(answer.text, '<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
        assert.equal(await smsStatus(phone), 'denied', `"${word}" stops`);
        const contact = (
          await server.request(`/v1/admin/contacts?q=${encodeURIComponent(phone)}`, {
            headers: adminHeaders,
          })
        ).json.contacts[0];
        const history = (
          await server.request(`/v1/admin/contacts/${contact.id}`, { headers: adminHeaders })
        ).json.history;
        assert.equal(history.at(-1).method, 'sms-stop');
        assert.equal(history.at(-1).status, 'denied');
      }
    });

    test('other messages change nothing; a retried webhook is stored once', async () => {
      const phone = newPhone();
      await optIn(phone);
      for (const text of ['stop please', 'Hello', 'STOP STOP', '']) {
        const answer = await inbound(server, { From: phone, Body: text, MessageSid: sid() });
        assert.equal(answer.status, 200);
      }
      assert.equal(await smsStatus(phone), 'granted');
      const messageSid = sid();
      const first = await inbound(server, { From: phone, Body: 'STOP', MessageSid: messageSid });
      const retry = await inbound(server, { From: phone, Body: 'STOP', MessageSid: messageSid });
      assert.equal(first.status, 200);
      assert.equal(retry.status, 200);
      const { rows } = await store.database.query<{ n: unknown }>(
        `SELECT count(*) AS n FROM events WHERE record LIKE '%sms-stop%' AND contact_id =
           (SELECT id FROM contacts WHERE kind = 'phone' AND value = $1)`,
        [phone],
      );
      assert.equal(Number(rows[0]!.n), 1);
    });

    test('a missing or wrong signature is refused with 403 and stores nothing', async () => {
      const phone = newPhone();
      await optIn(phone);
      const params = { From: phone, Body: 'STOP', MessageSid: sid() };
      const missing = await server.request('/v1/inbound/sms/twilio', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(params).toString(),
      });
      assert.equal(missing.status, 403);
      assert.match(missing.json.message, /X-Twilio-Signature/);
      const otherToken = await inbound(server, params, undefined, 'not-the-auth-token');
      assert.equal(otherToken.status, 403);
      // Signed for one body, sent with another.
      const signature = twilio.getExpectedTwilioSignature(
        AUTH_TOKEN,
        `${server.url}/v1/inbound/sms/twilio`,
        { ...params, Body: 'Hello' },
      );
      const swapped = await server.request('/v1/inbound/sms/twilio', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signature,
        },
        body: new URLSearchParams(params).toString(),
      });
      assert.equal(swapped.status, 403);
      assert.equal(await smsStatus(phone), 'granted');
      // Validly signed but without a sender: 400 with a message.
      const noFrom = await inbound(server, { Body: 'STOP' });
      assert.equal(noFrom.status, 400);
      assert.match(noFrom.json.message, /From/);
    });

    test('behind a proxy the signature is checked against ASSENT_PUBLIC_URL', async () => {
      const phone = newPhone();
      await optIn(phone);
      const params = { From: phone, Body: 'stop', MessageSid: sid() };
      // Signed for the address the server sees: not what Twilio called, refused.
      const local = await inbound(proxied, params);
      assert.equal(local.status, 403);
      const answer = await inbound(proxied, params, `${PUBLIC_URL}/v1/inbound/sms/twilio`);
      assert.equal(answer.status, 200, answer.text);
      assert.equal(await smsStatus(phone), 'denied');
    });
  });
}

test('without ASSENT_TWILIO_AUTH_TOKEN the route says it is off', async () => {
  const place = newPlace(backends[0]!);
  const store = await openPlaceStore(place);
  const server = await startServer(store);
  try {
    const answer = await server.request('/v1/inbound/sms/twilio', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'x' },
      body: 'From=%2B447700900123&Body=STOP',
    });
    assert.equal(answer.status, 503);
    assert.match(answer.json.message, /ASSENT_TWILIO_AUTH_TOKEN/);
  } finally {
    await server.close();
    await store.close();
    await destroyPlace(place);
  }
});
