/**
 * Real consumers of the packed tarballs (not the workspace links), as a developer would write
 * them: a React 19 app and a Vue 3 app (type-checked, built with Vite, used in Chromium) and a
 * server-rendered page that imports the packages in Node and serves the script tag from the
 * installed @assent/embed. Run after `npm run build` (npm test does).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { ROOT, installTarballs, packAll, run, type Packed } from '../helpers/packages.js';

const BIN = (tool: string) => join(ROOT, 'node_modules/.bin', tool);

let packed: Packed[] = [];
let app = '';
let browser: Browser;

before(async () => {
  packed = await packAll();
  app = await installTarballs(packed, 'consumers');
  // The apps sit inside the install, so they import the tarballs' packages; react, vue and
  // vite resolve from the repository's own node_modules further up.
  cpSync(join(ROOT, 'test/consumers'), app, { recursive: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (packed[0]) rmSync(dirname(packed[0].tarball), { recursive: true, force: true });
  if (app) rmSync(app, { recursive: true, force: true });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
};

/** Serves a built app's folder on 127.0.0.1 (a port the system picks). */
async function serve(folder: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(folder, path === '/' ? 'index.html' : path));
    if (!file.startsWith(folder)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function build(name: string, args: string[] = []) {
  await run(BIN('vite'), ['build', '--outDir', 'dist', '--emptyOutDir', '--base', './', ...args], {
    cwd: join(app, name),
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

async function openPage(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

/**
 * What both framework apps do: reject in the banner, allow the video in its placeholder (the
 * element's event reaches the framework's listener), opt in to email news (the opt-in event
 * reaches it too), then accept everything from the preferences the app opened with the API.
 */
async function walkThrough(page: Page) {
  const text = (selector: string) => page.locator(selector).textContent();
  await page.getByRole('button', { name: 'Reject all', exact: true }).click();
  await page.locator('#analytics', { hasText: 'analytics off' }).waitFor();
  assert.equal(await page.locator('#video').isVisible(), false, 'the video waits for consent');

  await page.getByRole('button', { name: /Allow and load/ }).click();
  await page.locator('#decisions', { hasText: 'decisions 1' }).waitFor();
  await page.locator('#video').waitFor({ state: 'visible' });

  await page.getByRole('checkbox', { name: /Email/ }).first().check();
  await page.getByRole('checkbox', { name: 'News and updates', exact: true }).check();
  await page.getByRole('textbox', { name: /Email address/ }).fill('reader@example.org');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.locator('#optins', { hasText: 'email:granted' }).waitFor();

  await page.getByRole('button', { name: 'Cookie settings' }).first().click();
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.locator('#analytics', { hasText: 'analytics on' }).waitFor();
  assert.equal(await text('#decisions'), 'decisions 1');
}

describe('consumers of the packed packages', () => {
  test('the React 19 app type-checks against the packed types (tags, events, config)', async () => {
    await run(BIN('tsc'), ['-p', join(app, 'react/tsconfig.json')], { cwd: app });
  });

  test('the React 19 app builds and works in Chromium', async () => {
    await build('react');
    const { url, server } = await serve(join(app, 'react/dist'));
    try {
      const { page, errors } = await openPage(url);
      await walkThrough(page);
      assert.deepEqual(errors, []);
    } finally {
      server.close();
    }
  });

  test('the Vue 3 app type-checks its templates against the packed types', async () => {
    await run(BIN('vue-tsc'), ['-p', join(app, 'vue/tsconfig.json')], { cwd: app });
  });

  test('the Vue 3 app builds and works in Chromium', async () => {
    await build('vue', ['--config', 'vite.config.mjs']);
    const { url, server } = await serve(join(app, 'vue/dist'));
    try {
      const { page, errors } = await openPage(url);
      await walkThrough(page);
      assert.deepEqual(errors, []);
    } finally {
      server.close();
    }
  });

  test('a server-rendered page imports the packages in Node and runs the installed script tag', async () => {
    const ssr = (await import(pathToFileURL(join(app, 'ssr/server.mjs')).href)) as {
      start(): Promise<{ url: string; close(): Promise<void> }>;
    };
    const site = await ssr.start();
    try {
      const { page, errors } = await openPage(site.url);
      assert.equal(
        await page.locator('#rendered-with').textContent(),
        'elements imported on the server',
      );
      assert.equal(
        await page.evaluate(() => (window as { analyticsRuns?: number }).analyticsRuns),
        undefined,
      );
      await page.getByRole('button', { name: 'Accept all', exact: true }).click();
      await page.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
      await page.locator('#video').waitFor({ state: 'visible' });
      await page.getByRole('checkbox', { name: /Email/ }).first().waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await site.close();
    }
  });
});
