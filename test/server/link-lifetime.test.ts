import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signToken, verifyToken, type Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  backends,
  marketingEvent,
  newEmail,
  newSubject,
  SECRET,
  type TestServer,
  serveOn,
} from './helpers.js';

const DAY = 86_400_000;

for (const backend of backends) {
  describe(`unsubscribe links do not expire (${backend.name})`, { skip: backend.skip }, () => {
    let store: Ledger;
    let server: TestServer;

    serveOn(backend, (served) => ({ store, server } = served));

    test('a link minted without ttlDays still unsubscribes five years later', async () => {
      const email = newEmail();
      const subscribed = await server.post('/v1/consents', {
        events: [marketingEvent(newSubject(), { email }, { channel: 'email', status: 'granted' })],
      });
      assert.equal(subscribed.status, 200);
      const minted = await server.post('/v1/tokens', { contact: { email } }, adminHeaders);
      assert.equal(minted.status, 201);
      const { token, expiresAt } = minted.json as { token: string; expiresAt: string | null };
      assert.equal(expiresAt, null);
      // The server's clock cannot be moved: the check it runs is run at a later "now".
      const claims = verifyToken(SECRET, token, 'preferences', Date.now() + 5 * 365 * DAY);
      assert.equal(claims.expiresAt, undefined);
      const view = await server.request(`/v1/preferences?token=${encodeURIComponent(token)}`);
      assert.equal(view.status, 200);
      assert.equal((JSON.parse(view.text) as { expiresAt: unknown }).expiresAt, null);
      const oneClick = await server.request(`/v1/unsubscribe?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(oneClick.status, 200);
    });

    test('a link minted with ttlDays expires then, and a confirmation link always expires', async () => {
      const email = newEmail();
      const minted = await server.post(
        '/v1/tokens',
        { contact: { email }, ttlDays: 30 },
        adminHeaders,
      );
      const { token, expiresAt } = minted.json as { token: string; expiresAt: string };
      assert.ok(Math.abs(Date.parse(expiresAt) - (Date.now() + 30 * DAY)) < 60_000);
      assert.throws(
        () => verifyToken(SECRET, token, 'preferences', Date.now() + 31 * DAY),
        /expired/,
      );
      const contact = await store.findContact('email', email);
      const confirm = signToken(SECRET, { contact: contact!.id, purpose: 'confirm' });
      assert.throws(() => verifyToken(SECRET, confirm, 'confirm'), /expired/);
    });
  });
}
