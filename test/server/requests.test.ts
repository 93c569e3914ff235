import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  backends,
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
import { startSmtpReceiver, until, type SmtpReceiver } from './receivers.js';

/** The first link to `path` in a received message (quoted-printable soft breaks undone). */
function linkIn(raw: string, path: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = new RegExp(
    `(http://127\\.0\\.0\\.1:\\d+${path.replace(/[/?]/g, '\\$&')}[A-Za-z0-9_-]+)`,
  ).exec(text);
  assert.ok(match, `a link to ${path}`);
  return match[1]!;
}

for (const backend of backends) {
  describe(`data-subject requests (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    let smtp: SmtpReceiver;

    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      smtp = await startSmtpReceiver();
      server = await startServer(store, {
        smtpUrl: smtp.url,
        mailFrom: 'privacy@example.com',
        outboxPollMs: 200,
      });
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
      await store?.close();
      await destroyPlace(place);
    });

    const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));
    const queue = async () =>
      (await server.request('/v1/requests', { headers: adminHeaders })).json.requests as {
        id: string;
        type: string;
        status: string;
        contact: { value: string };
        steps: { step: string }[];
        dueAt: string | null;
      }[];

    async function requestAndVerify(type: 'access' | 'erasure', email: string) {
      const before = mailsTo(email).length;
      const asked = await server.post('/v1/requests', { type, contact: { email } });
      assert.equal(asked.status, 202);
      const mail = await until(() => mailsTo(email)[before], 'the verification mail');
      const link = linkIn(mail.raw, '/v1/requests/verify?token=');
      const shown = await fetch(link);
      assert.equal(shown.status, 200);
      assert.match(await shown.text(), /<button type="submit">Confirm my request<\/button>/);
      assert.equal(
        (await queue()).find((r) => r.contact.value === email)?.status,
        'unverified',
        'opening the link verifies nothing',
      );
      const confirmed = await fetch(link, { method: 'POST' });
      assert.equal(confirmed.status, 200);
      assert.deepEqual(await confirmed.json(), { verified: true, already: false });
      const again = await fetch(link, { method: 'POST' });
      assert.deepEqual(await again.json(), { verified: true, already: true });
      const row = (await queue()).find((r) => r.contact.value === email)!;
      assert.equal(row.status, 'verified');
      assert.ok(row.dueAt);
      return row;
    }

    test('access: verified by mail, queued for the admin, answered with a JSON copy of the ledger entries and state', async () => {
      const email = newEmail('access');
      const subject = newSubject();
      await server.post('/v1/consents', {
        events: [
          marketingEvent(
            subject,
            { email },
            { channel: 'email', status: 'granted', topics: ['news'] },
          ),
        ],
      });
      const row = await requestAndVerify('access', email);
      assert.equal(row.type, 'access');
      const fulfil = await server.post(`/v1/requests/${row.id}/fulfil`, {}, adminHeaders);
      assert.equal(fulfil.status, 200, fulfil.text);
      const mail = await until(
        () => mailsTo(email).find((m) => /Your data is ready/.test(m.raw)),
        'the copy',
      );
      const download = await fetch(linkIn(mail.raw, '/v1/requests/download?token='));
      assert.equal(download.status, 200);
      assert.match(download.headers.get('content-disposition')!, /attachment/);
      const copy = await download.json();
      assert.equal(copy.contact.email, email);
      assert.equal(copy.state.email.status, 'granted');
      assert.equal(copy.history.length, 1);
      assert.equal(
        copy.history[0].wording,
        marketingEvent(subject, {}, { channel: 'email', status: 'granted' }).wording,
      );
      const steps = (await queue()).find((r) => r.id === row.id)!.steps.map((s) => s.step);
      assert.deepEqual(steps, [
        'requested',
        'verification-sent',
        'verified',
        'fulfilled',
        'downloaded',
      ]);
      // A second fulfilment is refused.
      assert.equal(
        (await server.post(`/v1/requests/${row.id}/fulfil`, {}, adminHeaders)).status,
        409,
      );
    });

    test('erasure: uses the existing erasure, the chain still verifies, the address is masked in the record', async () => {
      const email = newEmail('erase');
      await server.post('/v1/consents', {
        events: [marketingEvent(newSubject(), { email }, { channel: 'email', status: 'granted' })],
      });
      const row = await requestAndVerify('erasure', email);
      const fulfil = await server.post(`/v1/requests/${row.id}/fulfil`, {}, adminHeaders);
      assert.equal(fulfil.status, 200);
      assert.equal(fulfil.json.request.status, 'fulfilled');
      assert.notEqual(fulfil.json.request.contact.value, email);
      assert.equal(await store.findContact('email', email), null);
      assert.ok((await store.verify()).ok);
      await until(() => mailsTo(email).find((m) => /has been deleted/.test(m.raw)), 'the notice');
    });

    test('the same answer for unknown addresses; bad input is 400 with a message; admin only queue', async () => {
      const unknown = await server.post('/v1/requests', {
        type: 'access',
        contact: { email: newEmail('nobody') },
      });
      const known = await server.post('/v1/requests', {
        type: 'access',
        contact: { email: newEmail('x') },
      });
      assert.equal(unknown.status, 202);
      assert.deepEqual(unknown.json, known.json);
      for (const [body, pattern] of [
        [{ type: 'steal', contact: { email: 'a@example.com' } }, /type/],
        [{ type: 'access' }, /contact/],
        [{ type: 'access', contact: { email: 'not-an-address' } }, /email/],
        [{ type: 'access', contact: { phone: '+447700900123' } }, /email/],
      ] as const) {
        const answer = await server.post('/v1/requests', body);
        assert.equal(answer.status, 400, JSON.stringify(body));
        assert.match(answer.json.message, pattern);
      }
      const big = await server.post('/v1/requests', {
        type: 'access',
        contact: { email: 'a@example.com' },
        pad: 'x'.repeat(5000),
      });
      assert.equal(big.status, 413);
      assert.equal((await server.request('/v1/requests')).status, 401);
      assert.equal((await server.request('/v1/requests/verify?token=short')).status, 400);
      const fake = 'A'.repeat(43);
      assert.equal(
        (await server.request(`/v1/requests/verify?token=${fake}`, { method: 'POST' })).status,
        404,
      );
    });

    test('an unverified request expires and forgets its address', async () => {
      const email = newEmail('expire');
      await server.post('/v1/requests', { type: 'erasure', contact: { email } });
      const mail = await until(() => mailsTo(email)[0], 'the verification mail');
      await store.database.query(
        `UPDATE data_requests SET expires_at = now() - interval '1 minute' WHERE contact_value = $1`,
        [email],
      );
      const link = linkIn(mail.raw, '/v1/requests/verify?token=');
      assert.equal((await fetch(link)).status, 410);
      assert.equal((await fetch(link, { method: 'POST' })).status, 410, 'and confirms nothing');
      const expired = (await queue()).filter((r) => r.status === 'expired');
      assert.ok(expired.length >= 1);
      assert.ok(expired.every((r) => r.contact.value === ''));
      assert.ok(expired.some((r) => r.steps.at(-1)!.step === 'expired'));
    });
  });
}

test('requests are rate-limited per address', async () => {
  const place = newPlace(backends[0]!);
  const store = await openPlaceStore(place);
  const smtp = await startSmtpReceiver();
  const server = await startServer(store, {
    smtpUrl: smtp.url,
    mailFrom: 'privacy@example.com',
    rateLimit: 1000,
  });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await server.post('/v1/requests', { type: 'access', contact: { email: newEmail('rl') } }))
          .status,
      );
    }
    assert.deepEqual(statuses.slice(0, 5), [202, 202, 202, 202, 202]);
    assert.equal(statuses[5], 429);
  } finally {
    await server.close();
    await smtp.close();
    await store.close();
    await destroyPlace(place);
  }
});
