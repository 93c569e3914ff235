// `npm run screenshots:languages`: draws the first-layer banner of every shipped language at
// 320 px (the narrowest phone WCAG 1.4.10 asks for) with the built drop-in script, in Debian's
// Chromium, and puts them side by side on one sheet for a reviewer who reads the language.
// Writes bench/results/languages/<lang>.png and bench/results/languages.png. Run after
// `npm run build` (it builds when dist/ is missing).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const out = 'bench/results/languages';
const width = 320;
const height = 640;

if (!existsSync('dist/assent.js')) execSync('npm run build', { stdio: 'inherit' });
// The shipped list, read from the source so the sheet never misses a language.
const source = readFileSync('packages/core/src/i18n/locale.ts', 'utf8');
const locales = [...source.match(/SHIPPED_LOCALES = \[([^\]]+)\]/)[1].matchAll(/'([\w-]+)'/g)].map(
  (match) => match[1],
);

const config = {
  revision: 'sheet',
  privacyPolicyUrl: '/privacy',
  categories: { necessary: {}, analytics: {}, marketing: {} },
  services: { 'google-analytics': { category: 'analytics', cookies: ['_ga'] } },
};
const page = (lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 1rem; color: #222 }</style>
</head><body><p>${lang}</p>
<script type="application/json" id="config">${JSON.stringify(config)}</script>
<script src="/assent.js" data-config="#config"></script>
</body></html>`;

const types = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/page') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(page(url.searchParams.get('lang') ?? 'en'));
  }
  const file = join('dist', normalize(url.pathname).replace(/^([/\\])+/, ''));
  if (!file.startsWith('dist') || !existsSync(file)) {
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
mkdirSync(out, { recursive: true });
const shots = [];
try {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  for (const lang of locales) {
    const tab = await context.newPage();
    await tab.goto(`${base}/page?lang=${encodeURIComponent(lang)}`);
    await tab.waitForFunction(
      () => document.querySelector('assent-banner')?.shadowRoot?.querySelector('[part~="base"]'),
      undefined,
      { timeout: 10_000 },
    );
    await tab.waitForTimeout(300); // the slide-in, unless reduced motion
    const file = `${out}/${lang}.png`;
    await tab.screenshot({ path: file });
    shots.push({ lang, data: readFileSync(file).toString('base64') });
    await tab.close();
  }
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 8 * (width + 16), height });
  await sheet.setContent(`<!doctype html><meta charset="utf-8">
<style>
  body { margin: 8px; font: 14px system-ui, sans-serif; display: grid; gap: 8px;
    grid-template-columns: repeat(8, ${width}px) }
  figure { margin: 0 } img { display: block; border: 1px solid #999 }
  figcaption { font-weight: bold; padding: 2px 0 }
</style>
${shots.map(({ lang, data }) => `<figure><figcaption>${lang}</figcaption><img src="data:image/png;base64,${data}" width="${width}" height="${height}" alt=""></figure>`).join('\n')}`);
  await sheet.screenshot({ path: 'bench/results/languages.png', fullPage: true });
} finally {
  await browser.close();
  server.close();
}
writeFileSync(`${out}/index.json`, JSON.stringify(locales, null, 2));
console.log(`${shots.length} languages → bench/results/languages.png (one each in ${out}/)`);
