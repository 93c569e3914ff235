/**
 * The drop-in script end to end: the built dist/assent.js on fixture pages in Chromium.
 * Run `npm run build` first (npm test does).
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { startSite, type Site } from '../helpers/site.js';

const CONFIG = {
  revision: '2021-11',
  categories: { analytics: {}, marketing: {} },
  services: {
    'google-analytics': { category: 'analytics', cookies: ['_ga', '/^_ga_/'] },
    youtube: { category: 'marketing', title: 'YouTube' },
  },
  googleConsentMode: true,
};

interface PageOptions {
  config?: unknown;
  configText?: string;
  module?: boolean;
  scriptAttributes?: string;
  head?: string;
  body?: string;
  nonce?: string;
}

function page({
  config = CONFIG,
  configText,
  module = false,
  scriptAttributes = '',
  head = '',
  body = '',
  nonce,
}: PageOptions = {}) {
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : '';
  const json = configText ?? JSON.stringify(config);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Fixture</title>
<script type="application/json" id="assent-config">${json}</script>
<script src="/assent/assent.js" data-config="#assent-config" ${module ? 'type="module"' : 'defer'} ${scriptAttributes}${nonceAttribute}></script>
${head}
</head>
<body>
<main><h1>Housing news</h1><p>Welcome.</p><a href="#end">A link</a></main>
<script type="text/plain" data-assent="analytics" src="/fake-analytics.js"></script>
${body}
</body>
</html>`;
}

let browser: Browser;
let site: Site;
let context: BrowserContext;

async function open(
  path: string,
  html: string,
  headers?: Record<string, string>,
): Promise<{ page: Page; errors: string[] }> {
  site.pages.set(path, { html, headers });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await tab.goto(site.url + path);
  await tab.waitForFunction(() => window.assent !== undefined);
  await tab.evaluate(() => window.assent!.ready);
  return { page: tab, errors };
}

/** Counts the document events, from before the script runs (it is deferred). */
const COUNT_EVENTS = `<script>
window.readyEvents = 0; window.changeEvents = 0;
document.addEventListener('assent-ready', () => window.readyEvents++);
document.addEventListener('assent-change', () => window.changeEvents++);
</script>`;
const eventCounts = (tab: Page) =>
  tab.evaluate(() => {
    const counts = window as unknown as { readyEvents: number; changeEvents: number };
    return { ready: counts.readyEvents, change: counts.changeEvents };
  });
const assentFiles = () => site.requests.filter((path) => path.startsWith('/assent/'));
const analyticsRuns = (tab: Page) =>
  tab.evaluate(() => (window as { analyticsRuns?: number }).analyticsRuns ?? 0);

/** A first visit that decides, so the next page in the context is a returning visit. */
async function decideFirst(path: string, html: string, button: 'Accept all' | 'Reject all') {
  const first = await open(path, html);
  await bannerButton(first.page, button).click();
  await bannerButton(first.page, button).waitFor({ state: 'hidden' });
  // Left only once the decision is stored and queued (a page left sooner has its record sent
  // by the next one, which then loads the engine: tested on its own).
  await first.page.evaluate(() => window.assent!.settled());
  await first.page.close();
  site.requests.length = 0;
}

const bannerButton = (tab: Page, name: string) => tab.getByRole('button', { name, exact: true });
const analyticsRequests = () =>
  site.requests.filter((path) => path.startsWith('/fake-analytics')).length;

describe('the script tag', () => {
  before(async () => {
    browser = await launchChromium();
    site = await startSite();
  });
  after(async () => {
    await browser.close();
    await site.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext();
    site.requests.length = 0;
    site.consents.status = 200;
    site.consents.received.length = 0;
  });

  it('shows the banner on a first visit and requests no gated URL before consent', async () => {
    const { page: tab, errors } = await open('/first.html', page());
    await bannerButton(tab, 'Accept all').waitFor();
    assert.ok(await bannerButton(tab, 'Reject all').isVisible());
    assert.ok(await bannerButton(tab, 'Manage preferences').isVisible());
    assert.equal(analyticsRequests(), 0);
    assert.equal(
      await tab.evaluate(() => (window as { analyticsRuns?: number }).analyticsRuns ?? 0),
      0,
    );
    assert.deepEqual(errors, []);
  });

  it('runs analytics on the objection basis before a decision, says so, and "Reject all" objects', async () => {
    const config = {
      ...CONFIG,
      endpoint: '/v1/consents',
      categories: { analytics: { basis: 'objection' }, marketing: {} },
    };
    const { page: tab, errors } = await open('/objection.html', page({ config }));
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    assert.equal(await tab.evaluate(() => window.assent!.get().decidedAt), null);
    assert.equal(await tab.evaluate(() => window.assent!.allowed('marketing')), false);
    await tab.getByText('unless you object').waitFor();
    // The script that ran cannot be stopped: the page reloads without it, once the objection
    // is stored and queued.
    await Promise.all([tab.waitForEvent('load'), bannerButton(tab, 'Reject all').click()]);
    await tab.waitForFunction(() => window.assent?.get().decidedAt != null);
    await tab.evaluate(() => window.assent!.ready);
    assert.equal(await tab.evaluate(() => window.assent!.allowed('analytics')), false);
    assert.equal(await analyticsRuns(tab), 0);
    const sent = () =>
      (site.consents.received as Array<{ kind: string; choices?: { basis?: unknown } }>).find(
        (event) => event.kind === 'cookies',
      );
    for (let waited = 0; !sent() && waited < 5000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(sent()?.choices?.basis, { analytics: 'objection' });
    assert.deepEqual(errors, []);
  });

  it('pushes the Consent Mode default, all denied, before anything else', async () => {
    const { page: tab } = await open('/gcm.html', page());
    const first = await tab.evaluate(() =>
      Array.from((window as unknown as { dataLayer: IArguments[] }).dataLayer[0]!),
    );
    assert.deepEqual(first, [
      'consent',
      'default',
      {
        ad_storage: 'denied',
        analytics_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
  });

  it('accepting all runs Google Analytics once and updates Consent Mode', async () => {
    const { page: tab } = await open('/accept.html', page());
    await bannerButton(tab, 'Accept all').click();
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    assert.equal(analyticsRequests(), 1);
    const update = await tab.evaluate(() => {
      const layer = (window as unknown as { dataLayer: IArguments[] }).dataLayer.map((entry) =>
        Array.from(entry),
      );
      return layer.filter((entry) => entry[1] === 'update').at(-1);
    });
    assert.equal((update?.[2] as Record<string, string>).analytics_storage, 'granted');
    assert.equal((update?.[2] as Record<string, string>).ad_storage, 'granted');
    await bannerButton(tab, 'Accept all').waitFor({ state: 'hidden' });
    // A second change must not run the script again.
    await tab.evaluate(() => window.assent!.set({ categories: { marketing: false } }));
    await tab.waitForTimeout(100);
    assert.equal(await tab.evaluate(() => (window as { analyticsRuns?: number }).analyticsRuns), 1);
  });

  it('rejecting all keeps Google Analytics from loading', async () => {
    const { page: tab } = await open('/reject.html', page());
    await bannerButton(tab, 'Reject all').click();
    await bannerButton(tab, 'Reject all').waitFor({ state: 'hidden' });
    await tab.waitForTimeout(200);
    assert.equal(analyticsRequests(), 0);
    const state = await tab.evaluate(() => window.assent!.get());
    assert.equal(state.categories.analytics, false);
    assert.ok(state.decidedAt);
  });

  it('a returning visitor gets no banner, downloads no UI code and the tag runs at once', async () => {
    const first = await open('/return.html', page());
    await bannerButton(first.page, 'Accept all').click();
    await first.page.waitForFunction(
      () => (window as { analyticsRuns?: number }).analyticsRuns === 1,
    );
    site.requests.length = 0;
    const { page: tab } = await open('/return.html', page());
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    await tab.waitForTimeout(200);
    assert.equal(await tab.locator('assent-banner').count(), 0);
    const assentFiles = site.requests.filter((path) => path.startsWith('/assent/'));
    assert.deepEqual(assentFiles, ['/assent/assent.js']);
  });

  it('asks again after a revision change and holds the tag until then', async () => {
    const first = await open('/revision.html', page());
    await bannerButton(first.page, 'Accept all').click();
    await first.page.waitForFunction(
      () => (window as { analyticsRuns?: number }).analyticsRuns === 1,
    );
    const { page: tab } = await open(
      '/revision.html',
      page({ config: { ...CONFIG, revision: '2022-06' } }),
    );
    await bannerButton(tab, 'Accept all').waitFor();
    assert.equal(
      await tab.evaluate(() => (window as { analyticsRuns?: number }).analyticsRuns ?? 0),
      0,
    );
  });

  it('granular choices in the preferences grant analytics only', async () => {
    const { page: tab } = await open(
      '/granular.html',
      page({
        body: '<iframe title="Video" data-assent="youtube" data-src="/video.html"></iframe>',
      }),
    );
    await bannerButton(tab, 'Manage preferences').click();
    await tab.getByRole('switch', { name: 'Analytics', exact: true }).click();
    await tab.getByRole('button', { name: 'Save choices' }).click();
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    const state = await tab.evaluate(() => window.assent!.get());
    assert.equal(state.categories.analytics, true);
    assert.equal(state.categories.marketing, false);
    assert.equal(await tab.locator('iframe[data-assent]').getAttribute('src'), null);
    assert.ok(!site.requests.includes('/video.html'));
  });

  it('withdrawing analytics deletes its cookies', async () => {
    const { page: tab } = await open('/withdraw.html', page());
    await bannerButton(tab, 'Accept all').click();
    await tab.waitForFunction(() => document.cookie.includes('_ga_ABC123'));
    // The analytics script already ran, so withdrawing reloads the page (reloadOnWithdraw).
    await Promise.all([
      tab.waitForEvent('load'),
      tab.evaluate(() => void window.assent!.set({ categories: { analytics: false } })),
    ]);
    const cookies = await tab.evaluate(() => document.cookie);
    assert.ok(!/(^|; )_ga=/.test(cookies), cookies);
    assert.ok(!cookies.includes('_ga_ABC123'), cookies);
    assert.ok(cookies.includes('assent='), 'the consent cookie itself stays');
  });

  it('runs gated nodes added later, in document order, once', async () => {
    const { page: tab } = await open('/late.html', page());
    await tab.evaluate(() => window.assent!.acceptAll());
    await tab.evaluate(() => {
      const order: string[] = [];
      (window as unknown as { order: string[] }).order = order;
      for (const name of ['first', 'second']) {
        const script = document.createElement('script');
        script.type = 'text/plain';
        script.dataset.assent = 'analytics';
        script.textContent = `window.order.push('${name}')`;
        document.body.append(script);
      }
      const module = document.createElement('script');
      module.type = 'text/plain';
      module.dataset.assent = 'google-analytics';
      module.dataset.type = 'module';
      module.textContent = `window.order.push(typeof import.meta === 'object' ? 'module' : 'classic')`;
      document.body.append(module);
    });
    await tab.waitForFunction(() => (window as unknown as { order: string[] }).order.length === 3);
    assert.deepEqual(await tab.evaluate(() => (window as unknown as { order: string[] }).order), [
      'first',
      'second',
      'module',
    ]);
  });

  it('works when loaded as a module', async () => {
    const { page: tab, errors } = await open('/module.html', page({ module: true }));
    await bannerButton(tab, 'Reject all').waitFor();
    await bannerButton(tab, 'Accept all').click();
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    assert.deepEqual(errors, []);
  });

  it('reads a config from data-* attributes', async () => {
    const html = `<!doctype html><html lang="en"><head><title>x</title>
<script src="/assent/assent.js" defer data-revision="7" data-categories="analytics marketing"></script></head>
<body><script type="text/plain" data-assent="analytics" src="/fake-analytics.js"></script></body></html>`;
    const { page: tab } = await open('/attributes.html', html);
    await bannerButton(tab, 'Accept all').click();
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    assert.equal(await tab.evaluate(() => window.assent!.get().revision), '7');
  });

  it('reads a config from window.assentConfig', async () => {
    const html = `<!doctype html><html lang="en"><head><title>x</title>
<script src="/config.js"></script><script src="/assent/assent.js" defer></script></head><body></body></html>`;
    site.pages.set('/config.js', {
      html: 'window.assentConfig = { revision: "from-window", categories: { analytics: {} } };',
      headers: { 'content-type': 'text/javascript' },
    });
    const { page: tab } = await open('/window-config.html', html);
    assert.equal(await tab.evaluate(() => window.assent!.get().revision), 'from-window');
  });

  it('broken JSON gets one clear console error and a working banner with everything denied', async () => {
    const { page: tab, errors } = await open(
      '/broken.html',
      page({ configText: '{ "revision": ' }),
    );
    await bannerButton(tab, 'Reject all').waitFor();
    assert.equal(errors.filter((line) => line.includes('[assent]')).length, 1, errors.join('\n'));
    assert.match(errors[0]!, /not valid JSON/);
    assert.equal(await tab.evaluate(() => window.assent!.allowed('analytics')), false);
  });

  it('an unknown id in data-assent gets a console error and stays blocked', async () => {
    const { page: tab, errors } = await open(
      '/unknown.html',
      page({
        body: '<script type="text/plain" data-assent="heatmaps">window.heatmaps = true</script>',
      }),
    );
    await tab.evaluate(() => window.assent!.acceptAll());
    await tab.waitForTimeout(100);
    assert.equal(
      await tab.evaluate(() => (window as { heatmaps?: boolean }).heatmaps ?? false),
      false,
    );
    assert.equal(errors.filter((line) => line.includes('data-assent="heatmaps"')).length, 1);
  });

  it('works under a strict CSP with nonces and Trusted Types', async () => {
    const nonce = 'r4nd0mN0nce';
    const csp = `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; require-trusted-types-for 'script'; frame-src 'self'`;
    const html = page({
      nonce,
      body: `<script type="text/plain" data-assent="analytics" nonce="${nonce}">window.inlineRan = true</script>`,
    });
    const violations: string[] = [];
    const { page: tab, errors } = await open('/csp.html', html, { 'content-security-policy': csp });
    await tab.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        ((window as unknown as { violations: string[] }).violations ??= []).push(
          event.violatedDirective,
        ),
      ),
    );
    await bannerButton(tab, 'Accept all').click();
    await tab.waitForFunction(() => (window as { inlineRan?: boolean }).inlineRan === true);
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    violations.push(
      ...(await tab.evaluate(
        () => (window as unknown as { violations?: string[] }).violations ?? [],
      )),
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(
      errors.filter((line) => /Content Security Policy|Trusted Type/i.test(line)),
      [],
    );
  });

  it('opens the preferences from any element with data-assent-show', async () => {
    const first = await open(
      '/show.html',
      page({
        body: '<button type="button" data-assent-show="preferences">Cookie settings</button>',
      }),
    );
    await bannerButton(first.page, 'Reject all').click();
    const { page: tab } = await open(
      '/show.html',
      page({
        body: '<button type="button" data-assent-show="preferences">Cookie settings</button>',
      }),
    );
    await tab.getByRole('button', { name: 'Cookie settings', exact: true }).first().click();
    await tab.getByRole('button', { name: 'Save choices' }).waitFor();
  });
  it("a returning visitor's assent.ready resolves from the boot, without the engine", async () => {
    await decideFirst('/ready.html', page({ head: COUNT_EVENTS }), 'Accept all');
    const { page: tab, errors } = await open('/ready.html', page({ head: COUNT_EVENTS }));
    const state = await tab.evaluate(() => window.assent!.ready);
    assert.ok(state.decidedAt);
    assert.equal(state.categories.analytics, true);
    assert.equal(await tab.evaluate(() => window.assent!.isReady), true);
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    await tab.waitForTimeout(300);
    assert.deepEqual(assentFiles(), ['/assent/assent.js']);
    assert.deepEqual(await eventCounts(tab), { ready: 1, change: 1 });
    assert.deepEqual(errors, []);
  });

  it('assent.acceptAll() on a returning page loads the engine (not the UI) and applies', async () => {
    await decideFirst('/late-accept.html', page({ head: COUNT_EVENTS }), 'Reject all');
    const { page: tab, errors } = await open('/late-accept.html', page({ head: COUNT_EVENTS }));
    assert.equal(await tab.evaluate(() => window.assent!.allowed('analytics')), false);
    assert.deepEqual(assentFiles(), ['/assent/assent.js']);
    // Loading the engine without a decision changes nothing the page can see.
    const draft = await tab.evaluate(() => window.assent!.getDraft());
    assert.equal(draft.categories.analytics, false);
    await tab.waitForTimeout(300);
    assert.deepEqual(await eventCounts(tab), { ready: 1, change: 1 });
    const state = await tab.evaluate(() => window.assent!.acceptAll());
    assert.equal(state.categories.analytics, true);
    await tab.waitForFunction(() => (window as { analyticsRuns?: number }).analyticsRuns === 1);
    assert.equal(await tab.evaluate(() => window.assent!.allowed('analytics')), true);
    assert.ok(assentFiles().includes('/assent/assent-engine.js'), assentFiles().join());
    assert.ok(!assentFiles().includes('/assent/assent-ui.js'), assentFiles().join());
    // One `assent-ready` in all; the boot's confirmation and the decision each changed once.
    assert.deepEqual(await eventCounts(tab), { ready: 1, change: 2 });
    // The Consent Mode default was pushed once.
    const defaults = await tab.evaluate(
      () =>
        (window as unknown as { dataLayer: IArguments[] }).dataLayer.filter(
          (entry) => entry[1] === 'default',
        ).length,
    );
    assert.equal(defaults, 1);
    assert.deepEqual(errors, []);
    // The next page applies the new decision at once, again from the boot alone.
    site.requests.length = 0;
    const next = await open('/late-accept.html', page());
    await next.page.waitForFunction(
      () => (window as { analyticsRuns?: number }).analyticsRuns === 1,
    );
    assert.deepEqual(assentFiles(), ['/assent/assent.js']);
    assert.equal(await analyticsRuns(next.page), 1);
  });

  it('a change listener added before the engine loads hears the decision', async () => {
    await decideFirst('/listener.html', page(), 'Reject all');
    const { page: tab } = await open('/listener.html', page());
    await tab.evaluate(() => {
      const heard: boolean[] = [];
      (window as unknown as { heard: boolean[] }).heard = heard;
      window.assent!.on('change', (state) => heard.push(state.categories.analytics === true));
    });
    assert.deepEqual(assentFiles(), ['/assent/assent.js']);
    await tab.evaluate(() => window.assent!.set({ categories: { analytics: true } }));
    await tab.waitForFunction(() => (window as unknown as { heard: boolean[] }).heard.length > 0);
    assert.deepEqual(await tab.evaluate(() => (window as unknown as { heard: boolean[] }).heard), [
      true,
    ]);
    assert.equal(await analyticsRuns(tab), 1);
  });

  it('an outbox left unsent by an earlier page is sent on the next load', async () => {
    const config = { ...CONFIG, endpoint: '/v1/consents' };
    site.consents.status = 503;
    const first = await open('/outbox.html', page({ config }));
    await bannerButton(first.page, 'Accept all').click();
    await first.page.waitForFunction(() =>
      window.assent!.sync!.pending().then((events) => events.length === 1),
    );
    const tried = Date.now() + 10_000;
    while (!site.requests.includes('/v1/consents') && Date.now() < tried)
      await first.page.waitForTimeout(50);
    assert.ok(site.requests.includes('/v1/consents'), 'the endpoint was tried');
    assert.equal(site.consents.received.length, 0);
    await first.page.close();

    site.consents.status = 200;
    site.requests.length = 0;
    const { page: tab } = await open('/outbox.html', page({ config }));
    assert.equal(await tab.evaluate(() => window.assent!.needsDecision()), false);
    const deadline = Date.now() + 10_000;
    while (site.consents.received.length === 0 && Date.now() < deadline)
      await tab.waitForTimeout(100);
    assert.equal(site.consents.received.length, 1);
    assert.equal(site.consents.received[0]!.kind, 'cookies');
    assert.ok(assentFiles().includes('/assent/assent-engine.js'));
    assert.ok(!assentFiles().includes('/assent/assent-ui.js'));
    assert.equal(await tab.locator('assent-banner').count(), 0);
  });

  it('a first visit gets the banner in one request after the boot; the engine comes later and a decision made before it arrives is sent', async () => {
    const config = {
      revision: CONFIG.revision,
      categories: CONFIG.categories,
      googleConsentMode: true,
      endpoint: '/v1/consents',
    };
    let releaseEngine!: () => void;
    const engineHeld = new Promise<void>((resolve) => (releaseEngine = resolve));
    await context.route('**/assent/assent-engine.js', async (route) => {
      await engineHeld;
      await route.continue();
    });
    const { page: tab, errors } = await open('/one-request.html', page({ config }));
    await bannerButton(tab, 'Reject all').waitFor();
    // The boot, then one file: Lit, the banner, the config check and the English strings.
    assert.deepEqual(assentFiles(), ['/assent/assent.js', '/assent/assent-ui.js']);
    await bannerButton(tab, 'Reject all').click();
    await bannerButton(tab, 'Reject all').waitFor({ state: 'hidden' });
    const state = await tab.evaluate(() => window.assent!.get());
    assert.ok(state.decidedAt, 'the decision applies before the engine is there');
    assert.equal(state.categories.analytics, false);
    assert.match(
      (await context.cookies()).find((cookie) => cookie.name === 'assent')?.value ?? '',
      /2021-11/,
    );
    assert.equal(site.consents.received.length, 0);
    releaseEngine();
    const deadline = Date.now() + 10_000;
    while (site.consents.received.length === 0 && Date.now() < deadline)
      await tab.waitForTimeout(50);
    assert.equal(site.consents.received.length, 1);
    assert.equal((site.consents.received[0] as { method?: string }).method, 'banner');
    assert.equal(site.consents.received[0]!.kind, 'cookies');
    assert.ok(assentFiles().includes('/assent/assent-engine.js'));
    // The preferences centre and floating-ui were never needed.
    assert.ok(
      !assentFiles().some((path) => /preferences|positioning/.test(path)),
      assentFiles().join(),
    );
    assert.deepEqual(errors, []);
  });

  it('a decision made just before the page is left, before the engine came, is sent by the next page', async () => {
    const config = {
      revision: CONFIG.revision,
      categories: CONFIG.categories,
      endpoint: '/v1/consents',
    };
    // The engine never reaches the first page.
    await context.route('**/assent/assent-engine.js', (route) => route.abort());
    const { page: tab } = await open('/left-at-once.html', page({ config }));
    await bannerButton(tab, 'Reject all').click();
    await bannerButton(tab, 'Reject all').waitFor({ state: 'hidden' });
    await tab.close();
    assert.equal(site.consents.received.length, 0);
    await context.unroute('**/assent/assent-engine.js');
    // The next page is a returning visit: the boot sees the held record and brings the engine.
    const next = await open('/left-at-once.html', page({ config }));
    const deadline = Date.now() + 10_000;
    while (site.consents.received.length === 0 && Date.now() < deadline)
      await next.page.waitForTimeout(50);
    assert.equal(site.consents.received.length, 1);
    const event = site.consents.received[0] as {
      method?: string;
      wording?: string;
      choices?: { categories?: Record<string, boolean> };
    };
    assert.equal(event.method, 'banner');
    assert.equal(event.choices?.categories?.analytics, false);
    assert.match(event.wording ?? '', /Reject all/);
    assert.equal(await bannerButton(next.page, 'Reject all').count(), 0);
    // Sent once: the held copy is gone once the outbox has it.
    await next.page.waitForTimeout(300);
    assert.equal(await next.page.evaluate(() => localStorage.getItem('assent:held')), null);
    assert.equal(site.consents.received.length, 1);
  });

  it("a first visit in another language fetches that language's strings beside the UI", async () => {
    const { page: tab } = await open(
      '/french.html',
      page().replace('<html lang="en-GB">', '<html lang="fr">'),
    );
    await bannerButton(tab, 'Tout refuser').waitFor();
    const before = assentFiles().filter((path) => path !== '/assent/assent-engine.js');
    // Named services take their fields from the catalogue: it comes in parallel too.
    assert.deepEqual(before.sort(), [
      '/assent/assent-catalogue.js',
      '/assent/assent-lang-fr.js',
      '/assent/assent-ui.js',
      '/assent/assent.js',
    ]);
  });
});
