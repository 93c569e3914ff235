/** The small ways bad input used to hurt: each answered with a named 4xx, nothing lost. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Ledger } from '../../packages/server/src/app.js';
import { csvCell } from '../../packages/server/src/csv.js';
import { resolveStatic } from '../../packages/server/src/static.js';
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

for (const backend of backends) {
  describe(`hardening (${backend.name})`, { skip: backend.skip }, () => {
    let place: Place;
    let store: Ledger;
    let server: TestServer;
    before(async () => {
      place = newPlace(backend);
      store = await openPlaceStore(place);
      server = await startServer(store, { requestTimeoutMs: 1500 });
    });
    after(async () => {
      await server?.close();
      await store?.close();
      await destroyPlace(place);
    });

    test('a NUL byte or a lone surrogate gets a 400 naming the field, and the batch stores nothing', async () => {
      for (const [field, value] of [
        ['wording', 'Yes\u0000please'],
        ['page', 'https://example.com/\ud800'],
      ] as const) {
        const good = cookiesEvent(newSubject(), { analytics: true });
        const bad = { ...cookiesEvent(newSubject(), { analytics: true }), [field]: value };
        const answer = await server.post('/v1/consents', { events: [good, bad] });
        assert.equal(answer.status, 400, answer.text);
        assert.match(answer.json.message, new RegExp(`events\\[1\\]\\.${field}`));
        assert.equal((await server.request(`/v1/subjects/${good.subject}`)).status, 404);
      }
    });

    test('a phone number without enough digits, like +1(((((, is refused', async () => {
      for (const phone of ['+1(((((', '+1 2', '((((((((']) {
        const event = marketingEvent(
          newSubject(),
          { phone },
          { channel: 'sms', status: 'granted' },
        );
        const answer = await server.post('/v1/consents', { events: [event] });
        assert.equal(answer.status, 400, phone);
        assert.match(answer.json.message, /contact\.phone/);
      }
      const fine = marketingEvent(
        newSubject(),
        { phone: '+44 (7700) 900-123' },
        { channel: 'sms', status: 'granted' },
      );
      assert.equal((await server.post('/v1/consents', { events: [fine] })).status, 200);
    });

    test('a request body that stalls is answered 408 and its connection closed', async () => {
      const { port } = new URL(server.url);
      const started = Date.now();
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1');
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
        socket.write(
          'POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"events":',
        );
      });
      assert.match(answer, /^HTTP\/1\.1 408/);
      assert.ok(Date.now() - started < 30_000);
    });

    test('the confirmation link, with its token, is not logged at info', async () => {
      const doubleOptIn = await startServer(store, { doubleOptIn: true });
      try {
        const event = marketingEvent(
          newSubject(),
          { email: newEmail() },
          { channel: 'email', status: 'granted' },
        );
        assert.equal((await doubleOptIn.post('/v1/consents', { events: [event] })).status, 200);
        const logs = doubleOptIn.logs.join('');
        assert.match(logs, /confirmation link is waiting/);
        assert.doesNotMatch(logs, /token=|\/v1\/confirm/);
      } finally {
        await doubleOptIn.close();
      }
    });
  });
}

describe('exports and files', () => {
  test('CSV neutralises formulas behind leading spaces or line breaks too', () => {
    for (const cell of ['=1+1', ' =1+1', '\n=1+1', '\r\n@SUM(A1)', '  +1', '\t-1', '\u00a0=x']) {
      assert.match(csvCell(cell), /^"'/, JSON.stringify(cell));
    }
    assert.equal(csvCell('plain@example.com'), '"plain@example.com"');
  });

  test('the static server does not follow a symlink out of its root', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-static-'));
    try {
      mkdirSync(join(dir, 'root'));
      writeFileSync(join(dir, 'secret.txt'), 'outside');
      writeFileSync(join(dir, 'root', 'index.html'), 'inside');
      symlinkSync(join(dir, 'secret.txt'), join(dir, 'root', 'leak.txt'));
      symlinkSync(dir, join(dir, 'root', 'up'));
      assert.equal(await resolveStatic(join(dir, 'root'), '/leak.txt'), undefined);
      assert.equal(await resolveStatic(join(dir, 'root'), '/up/secret.txt'), undefined);
      assert.ok(await resolveStatic(join(dir, 'root'), '/'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
