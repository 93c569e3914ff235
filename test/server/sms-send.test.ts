import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Ledger } from '../../packages/server/src/app.js';
import { parseSmsConfig } from '../../packages/server/src/sms/sender.js';
import {
  adminHeaders,
  backends,
  destroyPlace,
  newPlace,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';
import { startHttpReceiver, until, type HttpReceiver, type ReceivedRequest } from './receivers.js';

const ACCOUNT = `AC${'0123456789abcdef'.repeat(2)}`;
const AUTH_TOKEN = 'twilio-auth-token-for-tests';
const FROM = '+447700900000';

let phoneCounter = 0;
/** A fresh UK mobile number (Ofcom's drama range) in international form. */
const newPhone = () =>
  `+4477009${String(Math.floor(Math.random() * 90_000) + 10_000 + phoneCounter++).padStart(5, '0')}`;

/** A Twilio "Message resource" answer, as the real API gives on 201. */
const created = (request: ReceivedRequest, index: number) => {
  const form = new URLSearchParams(request.body);
  return {
    sid: `SM${String(index).padStart(32, '0')}`,
    to: form.get('To'),
    from: form.get('From'),
    status: 'queued',
  };
};

for (const backend of backends) {
  describe(
    `SMS verification of requests made with a phone (${backend.name})`,
    { skip: backend.skip },
    () => {
      let place: Place;
      let store: Ledger;
      let server: TestServer;
      let twilio: HttpReceiver;

      before(async () => {
        place = newPlace(backend);
        store = await openPlaceStore(place);
        twilio = await startHttpReceiver();
        twilio.respond = () => 201;
        twilio.answerBody = (request, index) => created(request, index);
        server = await startServer(store, {
          twilioAccountSid: ACCOUNT,
          twilioAuthToken: AUTH_TOKEN,
          smsFrom: FROM,
          twilioApiUrl: new URL(twilio.url).origin,
          outboxPollMs: 200,
          retryDelays: [0.3, 0.3, 0.3],
        });
      });
      after(async () => {
        await server?.close();
        await twilio?.close();
        await store?.close();
        await destroyPlace(place);
      });

      const textsTo = (phone: string) =>
        twilio.received.filter((r) => new URLSearchParams(r.body).get('To') === phone);
      const linkIn = (body: string, path: string) => {
        const match = new RegExp(
          `http://127\\.0\\.0\\.1:\\d+${path.replace(/[/?]/g, '\\$&')}[A-Za-z0-9_-]+`,
        ).exec(body);
        assert.ok(match, `a link to ${path} in ${body}`);
        return match[0];
      };
      const queue = async () =>
        (await server.request('/v1/requests', { headers: adminHeaders })).json.requests as {
          id: string;
          status: string;
          contact: { kind: string; value: string };
          steps: { step: string }[];
        }[];
      const outbox = async () =>
        (
          await store.database.query<{
            recipient: string;
            body: string;
            status: string;
            attempts: number;
            provider_id: string | null;
          }>('SELECT recipient, body, status, attempts, provider_id FROM sms_outbox ORDER BY seq')
        ).rows;

      test('an access request with only a phone is verified by a text message in the visitor’s language', async () => {
        const phone = newPhone();
        const asked = await server.post('/v1/requests', {
          type: 'access',
          contact: { phone },
          locale: 'pl-PL',
        });
        assert.equal(asked.status, 202, asked.text);
        assert.match(asked.json.message, /Prosimy sprawdzić SMS-y/);
        const sent = await until(() => textsTo(phone)[0], 'the verification text');

        // Twilio's REST API, as its documentation describes it.
        assert.equal(sent.method, 'POST');
        assert.equal(sent.url, `/2010-04-01/Accounts/${ACCOUNT}/Messages.json`);
        assert.equal(
          sent.headers.authorization,
          `Basic ${Buffer.from(`${ACCOUNT}:${AUTH_TOKEN}`).toString('base64')}`,
        );
        assert.match(String(sent.headers['content-type']), /application\/x-www-form-urlencoded/);
        const form = new URLSearchParams(sent.body);
        assert.equal(form.get('From'), FROM);
        const body = form.get('Body')!;
        assert.match(body, /^Otrzymaliśmy żądanie kopii danych, które przechowujemy o \+4477/);
        assert.match(body, /\(ważny 7 dni\)/);

        const link = linkIn(body, '/v1/requests/verify?token=');
        assert.equal((await fetch(link)).status, 200);
        assert.equal((await queue()).find((r) => r.contact.value === phone)?.status, 'unverified');
        const confirmed = await fetch(link, { method: 'POST' });
        assert.deepEqual(await confirmed.json(), { verified: true, already: false });
        const row = (await queue()).find((r) => r.contact.value === phone)!;
        assert.equal(row.status, 'verified');
        assert.equal(row.contact.kind, 'phone');

        // Fulfilled: the download link goes out by text message too.
        const fulfil = await server.post(`/v1/requests/${row.id}/fulfil`, {}, adminHeaders);
        assert.equal(fulfil.status, 200, fulfil.text);
        const ready = await until(() => textsTo(phone)[1], 'the download text');
        const readyBody = new URLSearchParams(ready.body).get('Body')!;
        assert.match(readyBody, /^Państwa dane są gotowe\. Prosimy pobrać je w ciągu 7 dni: /);
        const download = await fetch(linkIn(readyBody, '/v1/requests/download?token='));
        assert.equal(download.status, 200);
        const copy = await download.json();
        assert.equal(copy.contact, null, 'no consent data was held for this number');

        // Sent messages keep neither the link nor the whole number.
        const stored = (await outbox()).filter((r) => r.recipient.endsWith(phone.slice(-2)));
        assert.ok(stored.length >= 2);
        for (const row of stored) {
          assert.equal(row.status, 'sent');
          assert.equal(row.body, '');
          assert.notEqual(row.recipient, phone);
          assert.match(row.provider_id!, /^SM\d{32}$/);
        }
      });

      test('an erasure by phone in Arabic keeps the number left to right', async () => {
        const phone = newPhone();
        assert.equal(
          (await server.post('/v1/requests', { type: 'erasure', contact: { phone }, locale: 'ar' }))
            .status,
          202,
        );
        const sent = await until(() => textsTo(phone)[0], 'the verification text');
        const body = new URLSearchParams(sent.body).get('Body')!;
        assert.ok(body.includes(`\u2068${phone}\u2069`), body);
        assert.match(body, /^تلقّينا طلبًا لحذف البيانات/);
      });

      test('a provider answering 503 is retried with the same message until it takes it', async () => {
        const phone = newPhone();
        let refused = 0;
        twilio.respond = (request) => {
          if (new URLSearchParams(request.body).get('To') === phone && refused < 2) {
            refused++;
            return 503;
          }
          return 201;
        };
        try {
          await server.post('/v1/requests', {
            type: 'access',
            contact: { phone },
            locale: 'en-GB',
          });
          const taken = await until(
            () => textsTo(phone).find((r) => r.answered === 201),
            'the text taken after retries',
            15_000,
          );
          const tries = textsTo(phone);
          assert.equal(tries.length, 3);
          assert.deepEqual(
            tries.map((t) => t.answered),
            [503, 503, 201],
          );
          assert.ok(
            tries.every((t) => t.body === taken.body),
            'the same message each time',
          );
          assert.ok(tries[1]!.at - tries[0]!.at >= 250, 'with a pause between tries');
        } finally {
          twilio.respond = () => 201;
        }
      });

      test('a number the provider refuses (400) is not retried and is marked failed', async () => {
        const phone = newPhone();
        twilio.respond = (request) =>
          new URLSearchParams(request.body).get('To') === phone ? 400 : 201;
        try {
          await server.post('/v1/requests', { type: 'access', contact: { phone } });
          await until(() => textsTo(phone)[0], 'the attempt');
          const failed = await until(
            async () =>
              (await outbox()).find((r) => r.recipient === phone && r.status === 'failed'),
            'the failed row',
          );
          assert.equal(failed.attempts, 1);
          await new Promise((resolve) => setTimeout(resolve, 900));
          assert.equal(textsTo(phone).length, 1, 'no retry after a permanent refusal');
        } finally {
          twilio.respond = () => 201;
        }
      });

      test('a phone that is not a full international number is refused with a message, and nothing is sent', async () => {
        const before = twilio.received.length;
        const national = await server.post('/v1/requests', {
          type: 'access',
          contact: { phone: '07700 900123' },
        });
        assert.equal(national.status, 400);
        assert.match(national.json.message, /international form/);
        const both = await server.post('/v1/requests', {
          type: 'access',
          contact: { phone: '+447700900123', email: 'a@example.org' },
        });
        assert.equal(both.status, 400);
        await new Promise((resolve) => setTimeout(resolve, 400));
        assert.equal(twilio.received.length, before);
      });
    },
  );
}

test('SMS settings are checked at start, naming the setting', () => {
  assert.equal(parseSmsConfig({}), undefined, 'off when nothing is set');
  assert.throws(() => parseSmsConfig({ from: FROM }), /ASSENT_TWILIO_ACCOUNT_SID is required/);
  assert.throws(
    () => parseSmsConfig({ accountSid: 'AC123', authToken: AUTH_TOKEN, from: FROM }),
    /ASSENT_TWILIO_ACCOUNT_SID must be/,
  );
  assert.throws(
    () => parseSmsConfig({ accountSid: ACCOUNT, from: FROM }),
    /ASSENT_TWILIO_AUTH_TOKEN is required/,
  );
  assert.throws(
    () => parseSmsConfig({ accountSid: ACCOUNT, authToken: AUTH_TOKEN }),
    /ASSENT_SMS_FROM is required/,
  );
  assert.throws(
    () => parseSmsConfig({ accountSid: ACCOUNT, authToken: AUTH_TOKEN, from: '07700 900000' }),
    /ASSENT_SMS_FROM must be/,
  );
  assert.throws(
    () =>
      parseSmsConfig({ accountSid: ACCOUNT, authToken: AUTH_TOKEN, from: FROM, apiUrl: 'ftp://x' }),
    /ASSENT_TWILIO_API_URL must/,
  );
  assert.deepEqual(
    parseSmsConfig({ accountSid: ACCOUNT, authToken: AUTH_TOKEN, from: `MG${'a'.repeat(32)}` }),
    {
      accountSid: ACCOUNT,
      authToken: AUTH_TOKEN,
      from: `MG${'a'.repeat(32)}`,
      apiUrl: 'https://api.twilio.com',
    },
  );
});
