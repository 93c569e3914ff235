/**
 * Nobody can write or read someone else's consent through the public routes: a browser's
 * POST /v1/consents only ever affects its own subject.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Ledger } from '../../packages/server/src/app.js';
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
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';

const unsubscribeEvent = (subject: string, contact: object | undefined, topics?: string[]) => ({
  ...marketingEvent(subject, {}, { channel: 'email', status: 'denied' }),
  kind: 'unsubscribe',
  method: 'unsubscribe',
  choices: { channel: 'email', status: 'denied', ...(topics ? { topics } : {}) },
  contact,
});

for (const backend of backends) {
  describe(`consent nobody can forge (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    let doubleOptIn: TestServer;
    const links: { url: string; eventId: string }[] = [];

    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      server = await startServer(store);
      doubleOptIn = await startServer(store, {
        doubleOptIn: true,
        onConfirmationLink: (link) => links.push(link),
      });
    });
    after(async () => {
      await server?.close();
      await doubleOptIn?.close();
      await store?.close();
      await destroyPlace(place);
    });

    const optins = async (on: TestServer, topic = 'news') =>
      (await on.request(`/v1/optins?channel=email&topic=${topic}`, { headers: adminHeaders })).json
        .optins as { email: string; verified: boolean }[];
    const post = (on: TestServer, ...events: object[]) => on.post('/v1/consents', { events });
    const confirm = async (eventId: string) => {
      const link = links.find((l) => l.eventId === eventId)!;
      const url = new URL(link.url);
      return doubleOptIn.request(url.pathname + url.search, { method: 'POST' });
    };

    /** A victim who opted in under double opt-in and confirmed. */
    async function confirmedVictim(topics = ['news']) {
      const email = newEmail('victim');
      const subject = newSubject();
      const event = marketingEvent(
        subject,
        { email },
        { channel: 'email', status: 'granted', topics },
      );
      assert.equal((await post(doubleOptIn, event)).status, 200);
      assert.equal((await confirm(event.id)).json.confirmed, true);
      return { email, subject };
    }

    test('a public opt-in is listed as unverified, and left out when verified opt-ins are required', async () => {
      const email = newEmail();
      await post(
        server,
        marketingEvent(
          newSubject(),
          { email },
          { channel: 'email', status: 'granted', topics: ['news'] },
        ),
      );
      const row = (await optins(server)).find((r) => r.email === email);
      assert.equal(row?.verified, false);
      const strict = await startServer(store, { requireVerified: true });
      try {
        assert.ok(!(await optins(strict)).some((r) => r.email === email), 'not in the list');
        const csv = await strict.request('/v1/optins?channel=email&topic=news', {
          headers: { ...adminHeaders, accept: 'text/csv' },
        });
        assert.ok(!csv.text.includes(email), 'not in the export');
      } finally {
        await strict.close();
      }
      const counts = (await server.request('/v1/admin/counts', { headers: adminHeaders })).json
        .counts as { topic: string | null; status: string; verified: boolean; count: number }[];
      assert.ok(counts.some((c) => c.topic === 'news' && c.status === 'granted' && !c.verified));
    });

    test('a confirmed opt-in is listed as verified; the site backend can vouch for one with its admin token', async () => {
      const { email } = await confirmedVictim();
      assert.equal((await optins(server)).find((r) => r.email === email)?.verified, true);
      const vouched = newEmail('vouched');
      const answer = await server.post(
        '/v1/consents',
        {
          events: [
            marketingEvent(
              newSubject(),
              { email: vouched },
              { channel: 'email', status: 'granted', topics: ['news'] },
            ),
          ],
        },
        adminHeaders,
      );
      assert.equal(answer.status, 200);
      assert.equal((await optins(server)).find((r) => r.email === vouched)?.verified, true);
    });

    test("an unsubscribe or a denial naming someone else's address changes nothing and is kept as a request", async () => {
      const { email } = await confirmedVictim();
      const attacker = newSubject();
      assert.equal((await post(server, unsubscribeEvent(attacker, { email }))).status, 200);
      assert.equal(
        (
          await post(
            server,
            marketingEvent(attacker, { email }, { channel: 'email', status: 'denied' }),
          )
        ).status,
        200,
      );
      assert.ok(
        (await optins(server)).some((r) => r.email === email),
        'still opted in',
      );
      const contact = (
        await server.request(`/v1/admin/contacts?q=${encodeURIComponent(email)}`, {
          headers: adminHeaders,
        })
      ).json.contacts[0];
      const history = (
        await server.request(`/v1/admin/contacts/${contact.id}`, { headers: adminHeaders })
      ).json.history as { subject: string; request: boolean }[];
      const attempts = history.filter((entry) => entry.subject === attacker);
      assert.equal(attempts.length, 2, 'both attempts are in the ledger');
      assert.ok(
        attempts.every((entry) => entry.request),
        'as requests',
      );
    });

    test('the subject an address was verified under can unsubscribe it; so can a subject withdraw its own unverified opt-in', async () => {
      const { email, subject } = await confirmedVictim();
      assert.equal((await post(server, unsubscribeEvent(subject, { email }))).status, 200);
      assert.ok(!(await optins(server)).some((r) => r.email === email));
      const own = newEmail('own');
      const mine = newSubject();
      await post(
        server,
        marketingEvent(
          mine,
          { email: own },
          { channel: 'email', status: 'granted', topics: ['news'] },
        ),
      );
      await post(server, unsubscribeEvent(mine, { email: own }));
      assert.ok(!(await optins(server)).some((r) => r.email === own));
    });

    test('a re-posted opt-in never moves a confirmed address back to pending, nor replaces its topics', async () => {
      const { email } = await confirmedVictim(['news', 'offers']);
      const attacker = newSubject();
      const repost = marketingEvent(
        attacker,
        { email },
        { channel: 'email', status: 'granted', topics: ['deals'] },
      );
      assert.equal((await post(doubleOptIn, repost)).status, 200);
      assert.ok(
        (await optins(server, 'news')).some((r) => r.email === email),
        'news stays granted',
      );
      assert.ok(
        (await optins(server, 'offers')).some((r) => r.email === email),
        'offers too',
      );
      const contact = await store.findContact('email', email);
      const state = await store.marketingState(contact!.id);
      assert.equal(state.email?.status, 'granted', 'the channel is not pending');
      assert.equal(state.email?.topics.find((t) => t.id === 'deals')?.status, 'pending');
    });

    test('a confirmation link confirms only what its own event asked for, not topics others added', async () => {
      const email = newEmail('victim');
      const victim = marketingEvent(
        newSubject(),
        { email },
        { channel: 'email', status: 'granted', topics: ['news'] },
      );
      await post(doubleOptIn, victim);
      await post(
        doubleOptIn,
        marketingEvent(
          newSubject(),
          { email },
          { channel: 'email', status: 'granted', topics: ['deals'] },
        ),
      );
      assert.equal((await confirm(victim.id)).json.confirmed, true);
      const contact = await store.findContact('email', email);
      const topics = (await store.marketingState(contact!.id)).email!.topics;
      assert.equal(topics.find((t) => t.id === 'news')?.status, 'granted');
      assert.equal(
        topics.find((t) => t.id === 'deals')?.status,
        'pending',
        'still waiting for its own',
      );
    });

    test('an unsubscribe from a topic the contact never had does not deny the whole channel', async () => {
      const email = newEmail();
      const subject = newSubject();
      await post(
        server,
        marketingEvent(subject, { email }, { channel: 'email', status: 'granted' }),
      );
      const { token } = await mintToken(server, { email }, { channel: 'email', topic: 'offers' });
      const answer = await server.request(`/v1/unsubscribe?token=${encodeURIComponent(token)}`, {
        method: 'POST',
      });
      assert.equal(answer.status, 200);
      const contact = await store.findContact('email', email);
      assert.equal((await store.marketingState(contact!.id)).email?.status, 'granted');
      assert.equal(
        (await post(server, unsubscribeEvent(subject, undefined, ['offers']))).status,
        200,
      );
      assert.equal((await store.marketingState(contact!.id)).email?.status, 'granted');
    });

    test("a subject's state shows its own decisions only, never another person's topics", async () => {
      const { email } = await confirmedVictim(['news', 'secret-topic']);
      const attacker = newSubject();
      await post(
        server,
        marketingEvent(
          attacker,
          { email },
          { channel: 'email', status: 'granted', topics: ['news'] },
        ),
      );
      const state = (await server.request(`/v1/subjects/${attacker}`)).json;
      assert.deepEqual(state.marketing.email.topics, ['news']);
      assert.ok(!JSON.stringify(state).includes('secret-topic'));
    });

    test('a client may not send the status "pending" itself', async () => {
      const answer = await post(
        server,
        marketingEvent(
          newSubject(),
          { email: newEmail() },
          { channel: 'email', status: 'pending' },
        ),
      );
      assert.equal(answer.status, 400);
      assert.match(answer.json.message, /status/);
    });

    test('a link carries no readable contact id', async () => {
      const email = newEmail();
      const { token } = await mintToken(server, { email });
      const contact = await store.findContact('email', email);
      const [, payload] = token.split('.');
      const decoded = Buffer.from(payload!, 'base64url').toString('latin1');
      assert.ok(!decoded.includes(contact!.id), 'the id is not in the payload');
      assert.ok(!token.includes(contact!.id));
      assert.equal(
        (await server.request(`/v1/preferences?token=${encodeURIComponent(token)}`)).status,
        200,
      );
    });

    test('contact: ids can be neither written nor read through public routes', async () => {
      const email = newEmail();
      await post(
        server,
        marketingEvent(newSubject(), { email }, { channel: 'email', status: 'granted' }),
      );
      const contact = await store.findContact('email', email);
      const subject = `contact:${contact!.id}`;
      const read = await server.request(`/v1/subjects/${subject}`);
      assert.equal(read.status, 404);
      assert.ok(!read.text.includes('granted'));
      const write = await post(server, unsubscribeEvent(subject, undefined));
      assert.equal(write.status, 403);
      assert.match(write.json.message, /events\[0\]\.subject/);
      const forged = {
        ...unsubscribeEvent(newSubject(), undefined),
        subject: `Contact:${randomUUID()}`,
      };
      assert.equal((await post(server, forged)).status, 403);
    });
  });
}
