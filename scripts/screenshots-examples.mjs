// `npm run screenshots:examples`: draws the README's pictures with the built drop-in script in
// Debian's Chromium: the banner with the GOV.UK theme on a page built from govuk-frontend (before
// and after a choice), and the compact first layer on two phone screens (375×740 and 320×568).
// Writes docs/govuk-banner.png, docs/govuk-confirmation.png, docs/phone-375x740.png and
// docs/phone-320x568.png, and prints how much of each phone screen the banner takes.
// Run after `npm run build` (it builds when dist/ is missing).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

if (!existsSync('packages/embed/dist/assent.js')) execSync('npm run build', { stdio: 'inherit' });

const config = (banner) => ({
  revision: 'docs',
  privacyPolicyUrl: '/privacy',
  categories: { necessary: {}, analytics: {} },
  services: { 'google-analytics': { category: 'analytics', cookies: ['_ga'] } },
  banner,
});

const govukPage = `<!doctype html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Report a repair – Riverside Homes</title>
<link rel="stylesheet" href="/govuk/govuk-frontend.min.css">
<link rel="stylesheet" href="/themes/govuk.css">
</head><body class="govuk-template__body">
<script type="application/json" id="assent-config">${JSON.stringify(config({ layout: 'inline', confirmation: true }))}</script>
<script src="/assent.js" data-config="#assent-config" defer></script>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container">
<a href="/" class="govuk-header__link govuk-header__link--homepage">Riverside Homes</a></div></header>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
<h1 class="govuk-heading-xl">Report a repair</h1>
<p class="govuk-body">Tell us about a repair in your home. It takes about 5 minutes.</p>
<a href="#start" class="govuk-button govuk-button--start">Start now</a></main></div>
</body></html>`;

const phonePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 16px; color: #222 }</style>
</head><body><h1>Riverside Homes</h1>
<p>Report a repair, pay your rent or find a new home.</p>
<p>${'Our tenants can report a repair at any time of day. '.repeat(6)}</p>
<script type="application/json" id="assent-config">${JSON.stringify(config(undefined))}</script>
<script src="/assent.js" data-config="#assent-config" defer></script>
</body></html>`;

const roots = {
  '/govuk/': 'node_modules/govuk-frontend/dist/govuk',
  '/themes/': 'packages/elements/src/themes',
  '/': 'packages/embed/dist',
};
const types = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  const pages = { '/govuk-page': govukPage, '/phone-page': phonePage };
  if (pages[pathname]) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(pages[pathname]);
  }
  const prefix = Object.keys(roots).find((root) => pathname.startsWith(root));
  const root = roots[prefix];
  const file = join(root, normalize(pathname.slice(prefix.length)).replace(/^([/\\])+/, ''));
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
mkdirSync('docs', { recursive: true });
const bannerShown = () =>
  document.querySelector('assent-banner')?.shadowRoot?.querySelector('[part~="base"]');
try {
  const desktop = await browser.newContext({
    viewport: { width: 1024, height: 560 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const tab = await desktop.newPage();
  await tab.goto(`${base}/govuk-page`);
  await tab.waitForFunction(bannerShown, undefined, { timeout: 10_000 });
  // The keyboard's first stop is the banner: show "Accept all" in GOV.UK's focus state.
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Tab');
  await tab.screenshot({ path: 'docs/govuk-banner.png' });
  await tab.locator('assent-banner').locator('[part~="reject-button"]').click();
  await tab.locator('assent-banner').locator('[part~="hide-button"]').waitFor();
  await tab.mouse.move(0, 0);
  await tab.screenshot({ path: 'docs/govuk-confirmation.png' });
  console.log('GOV.UK theme → docs/govuk-banner.png, docs/govuk-confirmation.png');

  for (const [width, height] of [
    [375, 740],
    [320, 568],
  ]) {
    const phone = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      reducedMotion: 'reduce',
    });
    const page = await phone.newPage();
    await page.goto(`${base}/phone-page`);
    await page.waitForFunction(bannerShown, undefined, { timeout: 10_000 });
    await page.waitForTimeout(200);
    const share = await page.evaluate(() => {
      const banner = document
        .querySelector('assent-banner')
        .shadowRoot.querySelector('[part~="base"]');
      return banner.getBoundingClientRect().height / innerHeight;
    });
    const file = `docs/phone-${width}x${height}.png`;
    await page.screenshot({ path: file });
    console.log(
      `${width}×${height}: the banner takes ${(share * 100).toFixed(1)} % of the screen → ${file}`,
    );
    await phone.close();
  }
} finally {
  await browser.close();
  server.close();
}
