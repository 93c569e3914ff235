import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { signToken, verifyToken, type Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  backends,
  destroyPlace,
  marketingEvent,
  newEmail,
  newPlace,
  newSubject,
  openPlaceStore,
  SECRET,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';
import {
  startHttpReceiver,
  mailParts as parts,
  startSmtpReceiver,
  until,
  type HttpReceiver,
  type ReceivedMail,
  type SmtpReceiver,
} from './receivers.js';

const WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const FROM = 'Example News <no-reply@example.com>';

const header = (raw: string, name: string) =>
  new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(raw)?.[1]?.trim();

for (const backend of backends) {
  describe(`confirmation mail over real SMTP (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    let smtp: SmtpReceiver;
    let hooks: HttpReceiver;

    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      smtp = await startSmtpReceiver();
      hooks = await startHttpReceiver();
      server = await startServer(store, {
        doubleOptIn: true,
        smtpUrl: smtp.url,
        mailFrom: FROM,
        webhookUrl: hooks.url,
        webhookSecret: WEBHOOK_SECRET,
        outboxPollMs: 200,
      });
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
      await hooks?.close();
      await store?.close();
      await destroyPlace(place);
    });

    const mailTo = (email: string) =>
      until(() => smtp.mails.find((m) => m.to.includes(email)), `a mail to ${email}`);
    const emailStatus = async (subject: string) =>
      (await server.request(`/v1/subjects/${subject}`)).json?.marketing?.email?.status;

    test('an email opt-in sends a confirmation; GET shows a button, only its POST confirms, twice is harmless', async () => {
      const email = newEmail('confirm');
      const subject = newSubject();
      const posted = await server.post('/v1/consents', {
        events: [
          marketingEvent(
            subject,
            { email },
            { channel: 'email', status: 'granted', topics: ['news'] },
          ),
        ],
      });
      assert.equal(posted.status, 200);
      assert.equal(posted.json.pending.length, 1);
      assert.equal(await emailStatus(subject), 'pending');

      const mail: ReceivedMail = await mailTo(email);
      assert.match(header(mail.raw, 'From')!, /no-reply@example\.com/);
      assert.match(header(mail.raw, 'Subject')!, /confirm your subscription/i);
      const { 'text/plain': text, 'text/html': html } = parts(mail.raw);
      assert.ok(text && html, 'a plain-text and an HTML part');
      assert.match(html!, /<html lang="en" dir="ltr">/);
      assert.match(text!, /works for 7 days/);
      const link = /(http:\/\/127\.0\.0\.1:\d+\/v1\/confirm\?token=\S+)/.exec(text!)?.[1];
      assert.ok(link, 'the text part carries the link');
      assert.ok(
        html!.includes(link!.replace(/&/g, '&amp;')),
        'the HTML part carries the same link',
      );

      // A mail scanner following the link changes nothing.
      const page = await fetch(link!);
      const body = await page.text();
      assert.equal(page.status, 200);
      assert.match(body, /<button type="submit">Confirm subscription<\/button>/);
      assert.equal(await emailStatus(subject), 'pending', 'a GET does not confirm');

      const action = /<form method="post" action="([^"]+)"/.exec(body)![1]!.replace(/&amp;/g, '&');
      const confirm = await fetch(new URL(action, link), {
        method: 'POST',
        headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      assert.equal(confirm.status, 200);
      assert.match(await confirm.text(), /Your subscription is confirmed/);
      assert.equal(await emailStatus(subject), 'granted');

      const again = await fetch(new URL(action, link), { method: 'POST' });
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { confirmed: false, status: 'granted' });

      // Webhooks tell the pending opt-in, then its confirmation.
      const verifier = new Webhook(WEBHOOK_SECRET);
      const statuses = await until(() => {
        const mine = hooks.received
          .map(
            (r) =>
              verifier.verify(r.body, r.headers as Record<string, string>) as {
                data: { contact: { email?: string }; status: string };
              },
          )
          .filter((p) => p.data.contact.email === email);
        return mine.length >= 2 ? mine.map((p) => p.data.status) : null;
      }, 'two webhooks');
      assert.deepEqual(statuses, ['pending', 'granted']);
    });

    test('an expired or tampered link shows a page that says so, and confirms nothing', async () => {
      const email = newEmail('late');
      const subject = newSubject();
      await server.post('/v1/consents', {
        events: [marketingEvent(subject, { email }, { channel: 'email', status: 'granted' })],
      });
      const mail = await mailTo(email);
      const link = /(http:\/\/\S+\/v1\/confirm\?token=\S+)/.exec(
        parts(mail.raw)['text/plain']!,
      )![1]!;
      const contact = (
        await server.request(`/v1/admin/contacts?q=${encodeURIComponent(email)}`, {
          headers: adminHeaders,
        })
      ).json.contacts[0];
      const expired = signToken(SECRET, {
        contact: contact.id,
        purpose: 'confirm',
        channel: 'email',
        expiresAt: Date.now() - 1000,
      });
      const expiredPage = await server.request(`/v1/confirm?token=${encodeURIComponent(expired)}`);
      assert.equal(expiredPage.status, 410);
      assert.match(expiredPage.text, /no longer valid/);
      const post = await server.request(`/v1/confirm?token=${encodeURIComponent(expired)}`, {
        method: 'POST',
      });
      assert.equal(post.status, 410);
      const tampered = link.slice(0, -3) + (link.endsWith('A') ? 'BBB' : 'AAA');
      assert.equal((await fetch(tampered, { method: 'POST' })).status, 401);
      assert.equal(await emailStatus(subject), 'pending');
      // The real link was minted for 7 days.
      const token = decodeURIComponent(new URL(link).searchParams.get('token')!);
      const { expiresAt } = verifyToken(SECRET, token, 'confirm');
      const days = (expiresAt! - Date.now()) / 86_400_000;
      assert.ok(days > 6.9 && days <= 7, `expires in 7 days (${days})`);
    });

    test('a mail the SMTP server refuses for now is retried until it is taken', async () => {
      smtp.refuseWith = 451;
      const email = newEmail('retry');
      await server.post('/v1/consents', {
        events: [marketingEvent(newSubject(), { email }, { channel: 'email', status: 'granted' })],
      });
      await until(async () => {
        const { rows } = await store.database.query<{ attempts: number }>(
          `SELECT attempts FROM mail_outbox WHERE status = 'pending' AND attempts > 0`,
        );
        return rows.length > 0;
      }, 'a refused attempt');
      smtp.refuseWith = 0;
      await mailTo(email);
      const { rows } = await store.database.query<{
        attempts: number;
        recipient: string;
        text_body: string;
      }>(
        `SELECT attempts, recipient, text_body FROM mail_outbox WHERE status = 'sent' ORDER BY seq DESC LIMIT 1`,
      );
      assert.ok(rows[0]!.attempts >= 2);
      assert.equal(rows[0]!.text_body, '', 'the body (with its link) is not kept once sent');
      assert.ok(!rows[0]!.recipient.includes(email.split('@')[0]!), 'the recipient is masked');
    });
  });

  describe(`mail survives a restart (${backend.name})`, { skip: backend.skip }, () => {
    test('mail queued while SMTP is down is sent by the next server; an erased contact gets none', async () => {
      const place = newPlace(backend);
      const store = await openPlaceStore(place);
      const smtp = await startSmtpReceiver();
      const port = smtp.port;
      await smtp.close(); // nothing listens there now
      let second: TestServer | undefined;
      let live: SmtpReceiver | undefined;
      try {
        const first = await startServer(store, {
          doubleOptIn: true,
          smtpUrl: `smtp://127.0.0.1:${port}`,
          mailFrom: FROM,
        });
        const kept = newEmail('kept');
        const erased = newEmail('erased');
        for (const email of [kept, erased]) {
          await first.post('/v1/consents', {
            events: [
              marketingEvent(newSubject(), { email }, { channel: 'email', status: 'granted' }),
            ],
          });
        }
        const erase = await first.request('/v1/contacts', {
          method: 'DELETE',
          headers: { ...adminHeaders, 'content-type': 'application/json' },
          body: JSON.stringify({ email: erased }),
        });
        assert.equal(erase.json.erased, true);
        await first.close();
        live = await startSmtpReceiver();
        second = await startServer(store, {
          doubleOptIn: true,
          smtpUrl: live.url,
          mailFrom: FROM,
        });
        const smtpLive = live;
        await until(
          () => smtpLive.mails.some((m) => m.to.includes(kept)),
          'the queued mail',
          20_000,
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
        assert.ok(!live.mails.some((m) => m.to.includes(erased)), 'nothing for the erased contact');
      } finally {
        await second?.close();
        await live?.close();
        await store.close();
        await destroyPlace(place);
      }
    });
  });
}

test('SMTP settings are checked at start, naming the setting', async () => {
  const { buildApp } = await import('../../packages/server/src/app.js');
  for (const [smtpUrl, mailFrom, pattern] of [
    ['smtp://127.0.0.1:25', undefined, /ASSENT_MAIL_FROM is required/],
    [undefined, 'no-reply@example.com', /ASSENT_SMTP_URL is required/],
    ['http://127.0.0.1:25', 'no-reply@example.com', /smtp:\/\/ or smtps:\/\//],
    ['smtp://127.0.0.1:25', 'nobody', /ASSENT_MAIL_FROM must be an address/],
  ] as const) {
    await assert.rejects(buildApp({ secret: SECRET, smtpUrl, mailFrom }), pattern);
  }
});
