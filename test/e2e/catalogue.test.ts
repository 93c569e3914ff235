/**
 * Services named from the catalogue through the drop-in script: the built dist/assent.js
 * fetches the catalogue only for a page whose config names a catalogued service (beside the UI
 * when a service is named without a category), and a returning visitor never fetches it. Run `npm run build` first (npm test does).
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { startSite, type Site } from '../helpers/site.js';

const page = (config: unknown, body = '') => `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Catalogue fixture</title>
<script type="application/json" id="assent-config">${JSON.stringify(config)}</script>
<script src="/assent/assent.js" data-config="#assent-config" defer></script>
</head>
<body><main><h1>News</h1>${body}</main></body>
</html>`;

// With their categories written out, as `assent scan --write` does: the boot then gates them
// on a returning visit without the catalogue.
const NAMED = {
  revision: '1',
  categories: { analytics: {}, marketing: {} },
  services: { 'google-analytics': { category: 'analytics' }, youtube: { category: 'marketing' } },
};
const VIDEO = `<iframe title="Film" data-assent="youtube" data-src="/video.html"></iframe>`;

let browser: Browser;
let site: Site;
let context: BrowserContext;

async function open(path: string, html: string): Promise<{ tab: Page; errors: string[] }> {
  site.pages.set(path, { html });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await tab.goto(site.url + path);
  await tab.waitForFunction(() => window.assent !== undefined);
  await tab.evaluate(() => window.assent!.ready);
  return { tab, errors };
}

const catalogueRequests = () =>
  site.requests.filter((path) => /^\/assent\/assent-catalogue\.js$/.test(path));
const button = (tab: Page, name: string) => tab.getByRole('button', { name, exact: true });

describe('services named from the catalogue (script tag)', () => {
  before(async () => {
    browser = await launchChromium();
    site = await startSite();
    site.pages.set('/video.html', { html: '<!doctype html><title>Film</title><p>Film</p>' });
  });
  after(async () => {
    await browser.close();
    await site.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext();
    site.requests.length = 0;
  });

  it('describes a named service in the preferences from the catalogue', async () => {
    const { tab, errors } = await open('/named.html', page(NAMED, VIDEO));
    await button(tab, 'Manage preferences').click();
    const dialog = tab.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.getByText('YouTube', { exact: true }).waitFor();
    await dialog.getByText('Google Analytics', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Details for Google Analytics' }).click();
    const details = tab.getByRole('dialog', { name: 'Details for Google Analytics' });
    await details.locator('[part~="provider"]').getByText('Google LLC').waitFor();
    // Each cookie's row names its provider and lifetime.
    assert.ok(await details.getByRole('cell', { name: 'Google LLC' }).first().isVisible());
    assert.ok(await details.getByRole('cell', { name: '2 years' }).first().isVisible());
    assert.equal(catalogueRequests().length, 1);
    assert.deepEqual(errors, []);
  });

  it('adds the category a named service defaults to and gates it by that', async () => {
    const { tab, errors } = await open(
      '/implied.html',
      page({ revision: '1', services: { youtube: {} } }, VIDEO),
    );
    await button(tab, 'Manage preferences').click();
    const dialog = tab.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.getByRole('heading', { name: 'Marketing' }).waitFor();
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    await tab.locator('iframe[src="/video.html"]').waitFor({ state: 'attached' });
    assert.deepEqual(errors, []);
  });

  it('a page that names no services never fetches the catalogue', async () => {
    const { tab } = await open(
      '/plain.html',
      page({ revision: '1', categories: { analytics: {} } }),
    );
    await button(tab, 'Accept all').click();
    await button(tab, 'Accept all').waitFor({ state: 'hidden' });
    assert.deepEqual(catalogueRequests(), []);
  });

  it('a page that describes only its own services never fetches the catalogue', async () => {
    const { tab, errors } = await open(
      '/own.html',
      page({
        revision: '1',
        categories: { analytics: {} },
        services: { 'our-stats': { category: 'analytics', title: 'Our stats', cookies: ['_os'] } },
      }),
    );
    await button(tab, 'Manage preferences').click();
    const dialog = tab.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.getByText('Our stats', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(catalogueRequests(), []);
    assert.equal(await tab.locator('link[href$="/assent-catalogue.js"]').count(), 0);
    assert.deepEqual(errors, []);
  });

  it('a service named from the catalogue alone has it fetched beside the UI', async () => {
    const { tab } = await open('/beside.html', page({ revision: '1', services: { vimeo: {} } }));
    // The boot asks for it together with the UI (a preload), not after the UI has run.
    assert.equal(
      await tab.evaluate(
        () =>
          document.querySelectorAll('link[rel="modulepreload"][href$="/assent-catalogue.js"]')
            .length,
      ),
      1,
    );
    assert.equal(catalogueRequests().length, 1);
  });

  it('a returning visitor never fetches the catalogue', async () => {
    const tag = `<script type="text/plain" data-assent="google-analytics" src="/fake-analytics.js"></script>`;
    const first = await open('/first.html', page(NAMED, tag));
    await button(first.tab, 'Accept all').click();
    await button(first.tab, 'Accept all').waitFor({ state: 'hidden' });
    await first.tab.close();
    site.requests.length = 0;
    const { tab } = await open('/again.html', page(NAMED, tag));
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    assert.deepEqual(catalogueRequests(), []);
    assert.deepEqual(
      site.requests.filter((path) => path.startsWith('/assent/')),
      ['/assent/assent.js'],
    );
  });
});
