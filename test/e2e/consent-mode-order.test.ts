/**
 * Google Consent Mode's order on `dataLayer` with the README's tags, in Chromium: the blocking
 * `assent-consent-default.js` before the Google Tag Manager container snippet or the gtag.js
 * snippet, then the deferred (or module) `assent.js`. Google's own scripts are served empty,
 * so what is on `dataLayer` is exactly what the page and Assent pushed.
 * Run `npm run build` first (npm test does).
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { startSite, type Site } from '../helpers/site.js';

const CONFIG = {
  revision: '2026-01',
  privacyPolicyUrl: '/privacy',
  categories: { analytics: {}, marketing: {} },
  services: { 'google-analytics': { category: 'analytics', cookies: ['_ga', '/^_ga_/'] } },
  googleConsentMode: true,
};

/** Google Tag Manager's container snippet, as Tag Manager hands it out. */
const GTM_SNIPPET = `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-TEST');</script>`;

/** The gtag.js snippet, as Google Analytics hands it out. */
const GTAG_SNIPPET = `<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-TEST');</script>`;

interface Options {
  snippet: string;
  module?: boolean;
  early?: boolean;
  /** Inline script before everything else (a site's own Consent Mode default). */
  first?: string;
}

function html({ snippet, module = false, early = true, first = '' }: Options) {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Tag Manager</title>
${first}
<script type="application/json" id="assent-config">${JSON.stringify(CONFIG)}</script>
${early ? '<script src="/assent/assent-consent-default.js" data-config="#assent-config"></script>' : ''}
${snippet}
<script src="/assent/assent.js" data-config="#assent-config" ${module ? 'type="module"' : 'defer'}></script>
</head><body><main><h1>Rents</h1></main></body></html>`;
}

let browser: Browser;
let site: Site;
let context: BrowserContext;

/** Each `dataLayer` entry as a short label: `consent default`, `config G-TEST`, `gtm.js`… */
async function layer(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer: unknown[] }).dataLayer ?? []).map((entry) => {
      if (entry && typeof entry === 'object' && 'event' in entry)
        return String((entry as { event: unknown }).event);
      const args = Array.from(entry as ArrayLike<unknown>);
      return args[0] === 'consent' || args[0] === 'config'
        ? `${String(args[0])} ${String(args[1])}`
        : String(args[0]);
    }),
  );
}

async function open(path: string, page: string): Promise<{ tab: Page; warnings: string[] }> {
  site.pages.set(path, { html: page });
  const tab = await context.newPage();
  const warnings: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await tab.goto(site.url + path);
  await tab.waitForFunction(() => window.assent !== undefined);
  await tab.evaluate(() => window.assent!.ready);
  // Anything the boot would still push on its own.
  await tab.waitForTimeout(150);
  return { tab, warnings };
}

/** A new browser profile: no cookie, no storage. */
async function freshVisitor() {
  await context?.close();
  context = await browser.newContext();
  // Google's scripts, served empty: the order tested is the page's and Assent's own.
  await context.route('https://www.googletagmanager.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
}

const button = (tab: Page, name: string) => tab.getByRole('button', { name, exact: true });

describe('Consent Mode order on dataLayer', () => {
  before(async () => {
    browser = await launchChromium();
    site = await startSite();
  });
  after(async () => {
    await browser.close();
    await site.close();
  });
  beforeEach(freshVisitor);

  for (const module of [false, true]) {
    const loading = module ? 'a module script' : 'a classic deferred script';

    it(`Tag Manager: the default comes before gtm.js, first and returning visits (${loading})`, async () => {
      const page = html({ snippet: GTM_SNIPPET, module });
      const first = await open(`/gtm-${module}.html`, page);
      assert.deepEqual(await layer(first.tab), ['consent default', 'gtm.js']);
      await button(first.tab, 'Accept all').click();
      await first.tab.waitForFunction(() => window.assent!.allowed('analytics'));
      assert.deepEqual(await layer(first.tab), [
        'consent default',
        'gtm.js',
        'consent update',
        'assent_consent_update',
      ]);
      assert.deepEqual(first.warnings, []);
      await first.tab.close();

      const again = await open(`/gtm-${module}.html`, page);
      assert.deepEqual(await layer(again.tab), [
        'consent default',
        'consent update',
        'gtm.js',
        'assent_consent_update',
      ]);
      const update = await again.tab.evaluate(
        () => (window as unknown as { dataLayer: IArguments[] }).dataLayer[1]![2],
      );
      assert.equal((update as Record<string, string>).analytics_storage, 'granted');
      const event = await again.tab.evaluate(
        () => (window as unknown as { dataLayer: unknown[] }).dataLayer[3],
      );
      assert.deepEqual(event, {
        event: 'assent_consent_update',
        assent_categories: ['necessary', 'analytics', 'marketing'],
        assent_services: ['google-analytics'],
      });
      assert.deepEqual(again.warnings, []);
    });

    it(`gtag.js: the default comes before js and config, first and returning visits (${loading})`, async () => {
      const page = html({ snippet: GTAG_SNIPPET, module });
      const first = await open(`/gtag-${module}.html`, page);
      assert.deepEqual(await layer(first.tab), ['consent default', 'js', 'config G-TEST']);
      await button(first.tab, 'Reject all').click();
      await first.tab.waitForFunction(() => window.assent!.get().decidedAt !== null);
      assert.deepEqual(await layer(first.tab), [
        'consent default',
        'js',
        'config G-TEST',
        'consent update',
        'assent_consent_update',
      ]);
      await first.tab.close();

      const again = await open(`/gtag-${module}.html`, page);
      assert.deepEqual(await layer(again.tab), [
        'consent default',
        'consent update',
        'js',
        'config G-TEST',
        'assent_consent_update',
      ]);
      const event = await again.tab.evaluate(() =>
        (window as unknown as { dataLayer: unknown[] }).dataLayer.at(-1),
      );
      assert.deepEqual(event, {
        event: 'assent_consent_update',
        assent_categories: ['necessary'],
        assent_services: [],
      });
    });
  }

  it('a default the site pushed itself is kept: no second default, one warning, updates still sent', async () => {
    const own = `<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 800 });</script>`;
    for (const early of [true, false]) {
      const { tab, warnings } = await open(
        `/own-${early}.html`,
        html({ snippet: GTM_SNIPPET, first: own, early }),
      );
      assert.deepEqual(await layer(tab), ['consent default', 'gtm.js']);
      const kept = await tab.evaluate(
        () => (window as unknown as { dataLayer: IArguments[] }).dataLayer[0]![2],
      );
      assert.equal((kept as { wait_for_update: number }).wait_for_update, 800);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0]!, /already set a Google Consent Mode default/);
      await button(tab, 'Accept all').click();
      await tab.waitForFunction(() => window.assent!.allowed('analytics'));
      assert.deepEqual((await layer(tab)).slice(2), ['consent update', 'assent_consent_update']);
      await freshVisitor();
    }
  });

  it('a regional default of the site leaves room for the global one', async () => {
    const own = `<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('consent', 'default', { analytics_storage: 'granted', region: ['US-CA'] });</script>`;
    const { tab, warnings } = await open(
      '/regional.html',
      html({ snippet: GTM_SNIPPET, first: own }),
    );
    assert.deepEqual(await layer(tab), ['consent default', 'consent default', 'gtm.js']);
    assert.deepEqual(warnings, []);
  });
});
