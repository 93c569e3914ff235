/**
 * Single-page apps built from the real react, react-dom and vue packages from npm, in
 * Chromium: a React 19 page rendered on the server and hydrated in the browser with the script
 * tag on it, and a Vue 3 app using Assent from npm as the README's recipe does. Placeholders
 * must never break hydration, must go with the iframe they stand for, and embedded content
 * must make no request before it is allowed. Run `npm run build` first (npm test does).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { startSite, type Site } from '../helpers/site.js';
import { Video, createApp } from '../fixtures/spa/react-app.js';

const FIXTURES = new URL('../fixtures/spa/', import.meta.url).pathname;

let browser: Browser;
let site: Site;

/** Bundles a fixture for the browser as an app's build would (production React, Vue with its compiler). */
async function bundle(entry: string, production: boolean): Promise<string> {
  const result = await build({
    entryPoints: [FIXTURES + entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

async function serverHtml(): Promise<string> {
  const App = createApp(() => Promise.resolve({ default: Video }));
  const { prelude } = await prerenderToNodeStream(createElement(App));
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

async function open(path: string): Promise<{ page: Page; errors: string[]; warnings: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(site.url + path);
  return { page, errors, warnings };
}

const hits = (path: string) => site.requests.filter((request) => request === path).length;

describe('single-page apps', () => {
  before(async () => {
    browser = await launchChromium();
    site = await startSite();
    const js = { 'content-type': 'text/javascript; charset=utf-8' };
    site.pages.set('/react-client.js', {
      html: await bundle('react-client.ts', process.env.REACT_DEV !== '1'),
      headers: js,
    });
    site.pages.set('/vue-app.js', { html: await bundle('vue-app.ts', false), headers: js });
    for (const video of ['/react-video.html', '/vue-video.html'])
      site.pages.set(video, { html: '<!doctype html><title>Video</title><p>Playing</p>' });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('React 19: a placeholder never breaks hydration, and goes when React removes its iframe', async () => {
    const config = {
      revision: 'react-1',
      categories: { marketing: {} },
      services: { youtube: { category: 'marketing', title: 'YouTube' } },
    };
    site.pages.set('/react.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>React</title>
<script type="application/json" id="assent-config">${JSON.stringify(config)}</script>
<script src="/assent/assent.js" data-config="#assent-config" defer></script>
<script type="module" src="/react-client.js"></script>
</head><body><div id="root">${await serverHtml()}</div>
<script>window.serverIframe = document.querySelector('iframe');</script></body></html>`,
    });
    site.requests.length = 0;
    const { page, errors } = await open('/react.html');
    await page.waitForFunction(() => (window as { videoHydrated?: boolean }).videoHydrated);
    await page.locator('assent-embed').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(
      await page.evaluate(() => (window as { hydrationErrors?: string[] }).hydrationErrors),
      [],
    );
    assert.equal(
      await page.evaluate(
        () =>
          document.querySelector('iframe') === (window as { serverIframe?: Element }).serverIframe,
      ),
      true,
      'React kept the server-rendered iframe',
    );
    assert.equal(await page.locator('assent-embed').count(), 1);
    assert.equal(hits('/react-video.html'), 0, 'nothing loads before consent');
    assert.ok(await page.getByRole('button', { name: 'Allow and load' }).isVisible());

    for (let round = 0; round < 2; round++) {
      await page.getByRole('button', { name: 'Hide video' }).click();
      await page.waitForFunction(() => !document.querySelector('iframe'));
      await page.waitForFunction(() => document.querySelectorAll('assent-embed').length === 0);
      await page.getByRole('button', { name: 'Show video' }).click();
      await page.waitForFunction(() => document.querySelectorAll('assent-embed').length === 1);
    }

    await page.getByRole('button', { name: 'Allow and load' }).click();
    await page.waitForFunction(() => document.querySelectorAll('assent-embed').length === 0);
    await page.waitForFunction(() => document.querySelector('iframe')?.getAttribute('src'));
    assert.equal(hits('/react-video.html'), 1);
    assert.deepEqual(errors, []);
  });

  it('Vue 3 (the README recipe): tags are custom elements, content stays inert until allowed, placeholders follow v-if', async () => {
    site.pages.set('/vue.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Vue</title>
<script type="module" src="/vue-app.js"></script></head><body><div id="app"></div></body></html>`,
    });
    site.requests.length = 0;
    const { page, errors, warnings } = await open('/vue.html');
    await page.getByRole('button', { name: 'Reject all', exact: true }).click();
    await page.getByRole('button', { name: 'Allow and load' }).first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('assent-embed').length === 2);
    assert.equal(hits('/vue-video.html'), 0, 'nothing loads before consent');
    assert.ok(!site.requests.some((path) => path.includes('vimeo')));

    // The bare iframe's placeholder goes when Vue removes the iframe, and comes back once.
    await page.getByRole('button', { name: 'Toggle the second video' }).click();
    await page.waitForFunction(() => document.querySelectorAll('assent-embed').length === 1);
    await page.getByRole('button', { name: 'Toggle the second video' }).click();
    await page.waitForFunction(() => document.querySelectorAll('assent-embed').length === 2);

    const iframe = await page.evaluateHandle(() => document.querySelector('assent-embed iframe'));
    await page
      .locator('assent-embed[service="youtube"]')
      .getByRole('button', { name: 'Allow and load' })
      .click();
    await page.locator('#decisions', { hasText: 'decisions 1' }).waitFor();
    await page.waitForFunction(() =>
      document.querySelector('assent-embed iframe')?.getAttribute('src'),
    );
    assert.equal(
      await page.evaluate((node) => node === document.querySelector('assent-embed iframe'), iframe),
      true,
      "Vue's own iframe node got its src",
    );
    await page.waitForFunction(() =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.endsWith('/vue-video.html')),
    );
    assert.equal(hits('/vue-video.html'), 1);
    // Allowing YouTube left the other marketing video blocked.
    assert.equal(
      await page.evaluate(
        () => document.querySelectorAll('assent-embed:not([service="youtube"])').length,
      ),
      1,
    );
    assert.deepEqual(
      warnings.filter((line) => /Failed to resolve component/.test(line)),
      [],
    );
    assert.deepEqual(errors, []);
  });

  it('the script tag: <assent-embed> content in a <template> makes no request until allowed; a live src is a console error', async () => {
    const config = {
      revision: 'embeds-1',
      categories: { marketing: {} },
      services: { youtube: { category: 'marketing', title: 'YouTube' } },
    };
    site.pages.set('/embeds.html', {
      html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Embeds</title>
<script type="application/json" id="assent-config">${JSON.stringify(config)}</script>
<script src="/assent/assent.js" data-config="#assent-config" defer></script></head><body>
<assent-embed service="youtube"><template><iframe src="/template-video.html" title="Video"></iframe></template></assent-embed>
<assent-embed service="youtube"><iframe src="/live-video.html" title="Live video"></iframe></assent-embed>
</body></html>`,
    });
    site.pages.set('/template-video.html', { html: '<!doctype html><title>Video</title>' });
    site.pages.set('/live-video.html', { html: '<!doctype html><title>Video</title>' });
    site.requests.length = 0;
    const { page, errors } = await open('/embeds.html');
    await page.getByRole('button', { name: 'Allow and load' }).first().waitFor();
    await page.waitForTimeout(300);
    assert.equal(hits('/template-video.html'), 0, 'the template is inert');
    // A live child was requested by the browser before any script ran: the author is told.
    assert.equal(hits('/live-video.html'), 1);
    assert.equal(errors.filter((line) => /holds a <iframe> with a live src/.test(line)).length, 1);
    await page.getByRole('button', { name: 'Allow and load' }).first().click();
    await page.waitForFunction(() => document.querySelector('iframe[src="/template-video.html"]'));
    await page.waitForTimeout(200);
    assert.equal(hits('/template-video.html'), 1);
  });
});
