/**
 * The script tag's `window.assent.identify(id, { token })` against the real server: the token
 * minted by the site's backend travels with the read and the events, so the server stores the
 * signed-in user's decision; without the right token nothing is stored for that id.
 * Run `npm run build` first (npm test does).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import {
  destroyPlace,
  newPlace,
  openPlaceStore,
  startServer,
  backends,
  type Place,
  type TestServer,
} from '../server/helpers.js';
import type { Ledger } from '../../packages/server/src/app.js';

const IDENTITY_SECRET = 'site-identity-secret-0123456789';
const tokenFor = (id: string, secret = IDENTITY_SECRET) =>
  createHmac('sha256', secret).update(id).digest('base64url');
const DIST = new URL('../../packages/embed/dist/', import.meta.url).pathname;

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Signed in</title>
<script type="application/json" id="assent-config">${JSON.stringify({
  revision: '2026-01',
  endpoint: '/v1/consents',
  categories: { analytics: {}, marketing: {} },
})}</script>
<script src="/assent/assent.js" data-config="#assent-config" defer></script>
</head>
<body><main><h1>Your account</h1></main></body>
</html>`;

describe('script tag: identify with a token from the site’s backend', () => {
  let place: Place;
  let store: Ledger;
  let server: TestServer;
  let site: string;
  let browser: Browser;
  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'assent-identify-site-'));
    cpSync(DIST, join(site, 'assent'), { recursive: true });
    writeFileSync(join(site, 'index.html'), PAGE);
    place = newPlace(backends[0]!);
    store = await openPlaceStore(place);
    server = await startServer(store, { identitySecret: IDENTITY_SECRET, staticDir: site });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    await destroyPlace(place);
    rmSync(site, { recursive: true, force: true });
  });

  async function signedIn(id: string, token: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.assent !== undefined);
    await page.evaluate(() => window.assent!.ready);
    await page.evaluate(
      async ([user, signed]) => {
        await window.assent!.identify(user!, { token: signed! });
        await window.assent!.acceptAll();
        await window.assent!.sync?.flush();
      },
      [id, token],
    );
    return { context, page, errors };
  }

  const readAs = (id: string) =>
    server.request(`/v1/subjects/${encodeURIComponent(id)}`, {
      headers: { authorization: `Bearer ${tokenFor(id)}` },
    });

  async function until(check: () => Promise<boolean>, what: string) {
    const limit = Date.now() + 15000;
    while (Date.now() < limit) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  test('the token passes through: the signed-in user’s choice is stored under their id', async () => {
    const id = `user:${Date.now()}`;
    const { context, errors } = await signedIn(id, tokenFor(id));
    try {
      await until(async () => (await readAs(id)).status === 200, 'the decision to be stored');
      const state = (await readAs(id)).json;
      assert.equal(state.categories.analytics, true);
      assert.equal(state.categories.marketing, true);
      assert.deepEqual(errors, []);
      // Another device of the same user, signed in, gets the decision without asking again.
      const other = await browser.newContext();
      const page = await other.newPage();
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => window.assent !== undefined);
      const pulled = await page.evaluate(
        async ([user, signed]) => {
          await window.assent!.ready;
          const next = await window.assent!.identify(user!, { token: signed! });
          return next.categories;
        },
        [id, tokenFor(id)],
      );
      assert.equal(pulled.analytics, true);
      await other.close();
    } finally {
      await context.close();
    }
  });

  test('with a token for another id nothing is stored for the user', async () => {
    const id = `user:${Date.now()}-forged`;
    const { context } = await signedIn(id, tokenFor('user:someone-else'));
    try {
      // Give the sender time to try (it retries a refusal later, never with success).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal((await readAs(id)).status, 404, 'nothing stored for that id');
    } finally {
      await context.close();
    }
  });

  test('the README’s one-liners mint the token the server accepts', async (t) => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Identified users'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
    const lines = block.split('\n').filter((line) => line && !line.startsWith('#'));
    const id = `user:${Date.now()}-recipe`;
    let ran = 0;
    for (const line of lines) {
      const program = line.split(' ')[0]!;
      if (spawnSync('sh', ['-c', `command -v ${program}`]).status !== 0) {
        t.diagnostic(`${program} not installed: its one-liner not run`);
        continue;
      }
      // The recipe with the user id it ends on replaced by this test's.
      const command = line.replace(/ user:4711$/, ` '${id}'`);
      const minted = spawnSync('sh', ['-c', command], {
        encoding: 'utf8',
        env: { ...process.env, ASSENT_IDENTITY_SECRET: IDENTITY_SECRET },
      });
      assert.equal(minted.status, 0, minted.stderr);
      assert.equal(minted.stdout.trim(), tokenFor(id), `${program}'s token`);
      ran++;
    }
    assert.ok(ran >= 2, 'at least the Node and Python recipes ran');
    const event = {
      id: crypto.randomUUID(),
      subject: id,
      at: new Date().toISOString(),
      kind: 'cookies',
      method: 'api',
      revision: '2026-01',
      choices: { categories: { necessary: true, analytics: true }, services: {} },
      subjectToken: tokenFor(id),
    };
    assert.equal((await server.post('/v1/consents', { events: [event] })).status, 200);
  });
});
