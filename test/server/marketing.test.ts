import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signToken, type Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  backends,
  marketingEvent,
  mintToken,
  newEmail,
  newSubject,
  SECRET,
  startServer,
  type TestServer,
  serveOn,
} from './helpers.js';

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const oneClick = (server: TestServer, token: string) =>
  server.request(`/v1/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: form,
    body: 'List-Unsubscribe=One-Click',
  });

for (const backend of backends) {
  describe(`marketing opt-ins and unsubscribes (${backend.name})`, { skip: backend.skip }, () => {
    let store: Ledger;
    let server: TestServer;

    serveOn(backend, (served) => ({ store, server } = served));

    async function optIn(email: string, topics = ['news', 'offers']) {
      const subject = newSubject();
      const answer = await server.post('/v1/consents', {
        events: [
          marketingEvent(subject, { email }, { channel: 'email', status: 'granted', topics }),
        ],
      });
      assert.equal(answer.status, 200);
      return subject;
    }
    const optedIn = async (topic?: string) =>
      (
        await server.request(`/v1/optins?channel=email${topic ? `&topic=${topic}` : ''}`, {
          headers: adminHeaders,
        })
      ).json.optins.map((row: { email: string }) => row.email) as string[];
    const preferences = async (token: string) =>
      (await server.request(`/v1/preferences?token=${encodeURIComponent(token)}`)).json;

    test('an opt-in then an unsubscribe from one topic shows at once in preferences and opt-ins', async () => {
      const email = newEmail();
      const subject = await optIn(email);
      assert.ok((await optedIn('news')).includes(email));
      const { token } = await mintToken(server, { email }, { channel: 'email', topic: 'news' });
      const answer = await oneClick(server, token);
      assert.equal(answer.status, 200);
      assert.ok(!(await optedIn('news')).includes(email), 'gone from news');
      assert.ok((await optedIn('offers')).includes(email), 'still on offers');
      const prefs = await preferences(token);
      assert.equal(prefs.contact.email, `${email[0]}***@example.com`);
      assert.equal(prefs.channels.email.status, 'granted');
      assert.deepEqual(prefs.channels.email.topics, [
        { id: 'news', status: 'denied' },
        { id: 'offers', status: 'granted' },
      ]);
      // The address was never verified under this subject: it sees its own decision only.
      const state = (await server.request(`/v1/subjects/${subject}`)).json;
      assert.deepEqual(state.marketing.email.topics, ['news', 'offers']);
    });

    test('an unsubscribe from the whole channel removes every topic', async () => {
      const email = newEmail();
      await optIn(email);
      const { token } = await mintToken(server, { email });
      assert.equal((await oneClick(server, token)).status, 200);
      assert.ok(!(await optedIn()).includes(email));
      assert.ok(!(await optedIn('offers')).includes(email));
      const prefs = await preferences(token);
      assert.equal(prefs.channels.email.status, 'denied');
      assert.ok(
        prefs.channels.email.topics.every((t: { status: string }) => t.status === 'denied'),
      );
    });

    test('repeating the RFC 8058 one-click POST is harmless', async () => {
      const email = newEmail();
      await optIn(email);
      const { token } = await mintToken(server, { email }, { channel: 'email' });
      const first = await oneClick(server, token);
      const since = (await preferences(token)).channels.email.since;
      const second = await oneClick(server, token);
      assert.equal(first.status, 200);
      assert.equal(second.status, 200);
      assert.deepEqual(second.json, first.json);
      const prefs = await preferences(token);
      assert.equal(prefs.channels.email.status, 'denied');
      assert.equal(prefs.channels.email.since, since, 'the denial keeps its first time');
    });

    test('opening the unsubscribe link (GET) only shows a confirmation page and changes nothing', async () => {
      const email = newEmail();
      await optIn(email);
      const { token, url } = await mintToken(server, { email }, { channel: 'email' });
      for (const path of [
        new URL(url).pathname + new URL(url).search,
        `/v1/unsubscribe?token=${encodeURIComponent(token)}`,
      ]) {
        const page = await server.request(path);
        assert.equal(page.status, 200);
        assert.match(page.headers.get('content-type') ?? '', /text\/html/);
        assert.match(page.text, /<form method="post" action="\/v1\/unsubscribe\?token=/);
        assert.match(page.text, /<button type="submit">Unsubscribe<\/button>/);
        assert.ok(!page.text.includes(email), 'the page shows a masked address only');
      }
      assert.ok((await optedIn('news')).includes(email), 'still subscribed after the GETs');
    });

    test('the confirmation page button unsubscribes and says so', async () => {
      const email = newEmail();
      await optIn(email);
      const { token } = await mintToken(server, { email });
      const answer = await server.request(`/v1/unsubscribe?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { ...form, accept: 'text/html', origin: server.url },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(answer.status, 200);
      assert.match(answer.text, /You are unsubscribed/);
      assert.ok(!(await optedIn()).includes(email));
    });

    test('tampered, truncated, expired and wrong-scope tokens are refused with a 4xx', async () => {
      const email = newEmail();
      await optIn(email);
      const { token } = await mintToken(server, { email }, { channel: 'email', topic: 'news' });
      const middle = Math.floor(token.length / 2);
      const flipped =
        token.slice(0, middle) + (token[middle] === 'A' ? 'B' : 'A') + token.slice(middle + 1);
      const macFlipped = token.slice(0, -5) + (token.at(-5) === 'A' ? 'B' : 'A') + token.slice(-4);
      const contact = await store.findContact('email', email);
      const expired = signToken(SECRET, {
        contact: contact!.id,
        purpose: 'preferences',
        expiresAt: Date.now() - 1000,
      });
      const otherSecret = signToken('another-secret-0123456789abcdef', {
        contact: contact!.id,
        purpose: 'preferences',
        expiresAt: Date.now() + 60_000,
      });
      const confirmToken = signToken(SECRET, {
        contact: contact!.id,
        purpose: 'confirm',
        expiresAt: Date.now() + 60_000,
      });
      const bad: [string, string, number][] = [
        ['one flipped character in the payload', flipped, 401],
        ['one flipped character in the MAC', macFlipped, 401],
        ['truncated', token.slice(0, -10), 401],
        ['only the payload', token.split('.').slice(0, 2).join('.'), 401],
        ['expired', expired, 410],
        ['signed with another secret', otherSecret, 401],
        ['meant for another purpose', confirmToken, 403],
        ['garbage', '%%%', 401],
      ];
      for (const [name, value, status] of bad) {
        for (const answer of [
          await server.request(`/v1/preferences?token=${encodeURIComponent(value)}`),
          await oneClick(server, value),
          await server.post('/v1/preferences', {
            token: value,
            changes: [{ channel: 'email', status: 'denied' }],
          }),
        ]) {
          assert.equal(answer.status, status, `${name}: ${answer.text}`);
          assert.ok(answer.json.message, `${name} has a message`);
        }
      }
      // Scope: the token covers email/news only.
      const sms = await server.post('/v1/preferences', {
        token,
        changes: [{ channel: 'sms', status: 'denied' }],
      });
      assert.equal(sms.status, 403);
      const otherTopic = await server.post('/v1/preferences', {
        token,
        changes: [{ channel: 'email', topics: ['offers'], status: 'denied' }],
      });
      assert.equal(otherTopic.status, 403);
      const wholeChannel = await server.post('/v1/preferences', {
        token,
        changes: [{ channel: 'email', status: 'denied' }],
      });
      assert.equal(wholeChannel.status, 403);
      assert.ok(
        (await optedIn('news')).includes(email),
        'none of the refused requests changed anything',
      );
      assert.ok((await optedIn('offers')).includes(email));
    });

    test('the preferences page can unsubscribe one topic and undo it', async () => {
      const email = newEmail();
      await optIn(email);
      const { token } = await mintToken(server, { email });
      const off = await server.post('/v1/preferences', {
        token,
        changes: [{ channel: 'email', topics: ['offers'], status: 'denied' }],
      });
      assert.equal(off.status, 200);
      assert.deepEqual(off.json.channels.email.topics, [
        { id: 'news', status: 'granted' },
        { id: 'offers', status: 'denied' },
      ]);
      const undo = await server.post(`/v1/preferences?token=${encodeURIComponent(token)}`, {
        changes: [{ channel: 'email', topics: ['offers'], status: 'granted' }],
      });
      assert.equal(undo.status, 200);
      assert.ok(
        undo.json.channels.email.topics.every((t: { status: string }) => t.status === 'granted'),
      );
      assert.ok((await optedIn('offers')).includes(email));
    });

    test('SMS opt-ins are kept per phone number and unsubscribed by an SMS link', async () => {
      const phone = `+44 7700 9${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
      const normalized = phone.replace(/ /g, '');
      await server.post('/v1/consents', {
        events: [
          marketingEvent(
            newSubject(),
            { phone },
            { channel: 'sms', status: 'granted', topics: ['alerts'] },
          ),
        ],
      });
      const list = await server.request('/v1/optins?channel=sms&topic=alerts', {
        headers: adminHeaders,
      });
      assert.ok(list.json.optins.some((row: { phone: string }) => row.phone === normalized));
      const { token } = await mintToken(server, { phone });
      assert.equal((await oneClick(server, token)).status, 200);
      const after = await server.request('/v1/optins?channel=sms&topic=alerts', {
        headers: adminHeaders,
      });
      assert.ok(!after.json.optins.some((row: { phone: string }) => row.phone === normalized));
    });

    test('a browser unsubscribe without a contact applies to the contact its subject opted in with', async () => {
      const email = newEmail();
      const subject = await optIn(email);
      const unsubscribe = {
        ...marketingEvent(subject, {}, { channel: 'email', status: 'denied', topics: ['news'] }),
        kind: 'unsubscribe',
        method: 'unsubscribe',
        contact: undefined,
      };
      assert.equal((await server.post('/v1/consents', { events: [unsubscribe] })).status, 200);
      assert.ok(!(await optedIn('news')).includes(email));
      assert.ok((await optedIn('offers')).includes(email));
    });

    test('double opt-in keeps an email pending until the confirmation link is POSTed', async () => {
      const links: string[] = [];
      const doubleOptIn = await startServer(store, {
        doubleOptIn: true,
        onConfirmationLink: (link) => links.push(link.url),
      });
      try {
        const email = newEmail();
        const event = marketingEvent(
          newSubject(),
          { email },
          { channel: 'email', status: 'granted', topics: ['news'] },
        );
        const answer = await doubleOptIn.post('/v1/consents', { events: [event] });
        assert.deepEqual(answer.json, { accepted: 1, duplicates: 0, pending: [event.id] });
        assert.equal(links.length, 1);
        assert.ok(!(await optedIn('news')).includes(email), 'pending is not opted in');
        const path = new URL(links[0]!).pathname + new URL(links[0]!).search;
        const page = await doubleOptIn.request(path);
        assert.equal(page.status, 200);
        assert.match(page.text, /Confirm subscription/);
        assert.ok(!(await optedIn('news')).includes(email), 'a GET confirms nothing');
        const confirm = await doubleOptIn.request(path, { method: 'POST' });
        assert.deepEqual(confirm.json, { confirmed: true, status: 'granted' });
        const rows = (
          await doubleOptIn.request('/v1/optins?channel=email&topic=news', {
            headers: adminHeaders,
          })
        ).json.optins;
        const row = rows.find((r: { email: string }) => r.email === email);
        assert.ok(row, 'opted in once confirmed');
        assert.equal(row.wording, event.wording, 'the proof is the wording the visitor saw');
        const again = await doubleOptIn.request(path, { method: 'POST' });
        assert.equal(again.json.confirmed, false, 'a second click changes nothing');
        assert.ok(
          !doubleOptIn.logs.join('').includes(email),
          'the confirmation log line carries no address',
        );
      } finally {
        await doubleOptIn.close();
      }
    });
  });
}
