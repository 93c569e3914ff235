/**
 * Fixture sites for the scanner, imitating real tags: a first-party site on 127.0.0.1 and a
 * "third party" reached as analytics.localhost and video.localhost (Chromium resolves every
 * *.localhost name to the loopback address, so both hit one server listening on 127.0.0.1):
 * - a GA-like tag setting `_ga` / `_ga_*` first-party cookies and sending a pixel request;
 * - a YouTube-like iframe whose player writes `yt-remote-*` keys to its own localStorage;
 * - a chat widget writing a Hotjar-like key to the site's localStorage.
 * Each comes in three versions: without Assent, with Assent gating everything, and with Assent
 * but one tag left ungated (it fires before consent on purpose).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSite, type Site } from './site.js';

export interface ScanSites {
  site: Site;
  /** The third party's port (on analytics.localhost and video.localhost). */
  thirdPartyPort: number;
  /** Hits on the third party, by path. */
  thirdPartyHits: string[];
  /** The site's Assent config, with the fixture's local hosts overriding the catalogue's. */
  config: Record<string, unknown>;
  close(): Promise<void>;
}

const js = { 'content-type': 'text/javascript; charset=utf-8' };

export async function startScanSites(): Promise<ScanSites> {
  const thirdPartyHits: string[] = [];
  const thirdParty = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    thirdPartyHits.push(`${request.headers.host?.split(':')[0]}${path}`);
    if (path.startsWith('/embed/')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Player</title><p>Video player</p>
<script>localStorage.setItem('yt-remote-device-id', String(Math.random()));</script>`);
      return;
    }
    // The pixel: a 1×1 GIF.
    response.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
    response.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
  });
  await new Promise<void>((resolve) => thirdParty.listen(0, '127.0.0.1', resolve));
  const port = (thirdParty.address() as AddressInfo).port;
  const site = await startSite();

  const analytics = `document.cookie = '_ga=GA1.1.' + Date.now() + '; Path=/; Max-Age=63072000; SameSite=Lax';
document.cookie = '_ga_FIXTURE=GS1.1.' + Date.now() + '; Path=/; Max-Age=63072000; SameSite=Lax';
new Image().src = 'http://analytics.localhost:${port}/collect?v=2&tid=G-FIXTURE&dl=' + encodeURIComponent(location.href);`;
  const widget = `localStorage.setItem('_hjSessionUser_4242', JSON.stringify({ id: 'fixture', created: Date.now() }));`;
  site.pages.set('/tags/analytics.js', { html: analytics, headers: js });
  site.pages.set('/widgets/chat.js', { html: widget, headers: js });

  const config = {
    revision: 'fixture-1',
    categories: { analytics: {}, marketing: {} },
    services: {
      'google-analytics': { category: 'analytics', hosts: ['analytics.localhost'] },
      hotjar: { category: 'analytics' },
      youtube: { category: 'marketing', hosts: ['video.localhost'] },
    },
  };
  const video = `http://video.localhost:${port}/embed/fixture`;
  const head = (assent: boolean) =>
    assent
      ? `<script type="application/json" id="assent-config">${JSON.stringify(config)}</script>
<script src="/assent/assent.js" data-config="#assent-config" defer></script>`
      : '';
  const tag = (gated: boolean, id: string, src: string) =>
    gated
      ? `<script type="text/plain" data-assent="${id}" src="${src}"></script>`
      : `<script src="${src}"></script>`;
  const frame = (gated: boolean) =>
    gated
      ? `<iframe title="Our video" data-assent="youtube" data-src="${video}"></iframe>`
      : `<iframe title="Our video" src="${video}"></iframe>`;
  const page = (
    title: string,
    { assent, gateAnalytics }: { assent: boolean; gateAnalytics: boolean },
    body: string,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
${head(assent)}</head><body><main><h1>${title}</h1>${body}
${tag(gateAnalytics, 'google-analytics', '/tags/analytics.js')}
</main></body></html>`;

  for (const [prefix, assent, gateAnalytics, gateRest] of [
    ['bare', false, false, false],
    ['protected', true, true, true],
    ['leaky', true, false, true],
  ] as const) {
    const options = { assent, gateAnalytics };
    site.pages.set(`/${prefix}/index.html`, {
      html: page(
        'Riverside news',
        options,
        `<p><a href="/${prefix}/video.html">Our video</a> · <a href="/${prefix}/contact.html">Contact</a>
· <a href="https://example.invalid/elsewhere">Elsewhere</a></p>`,
      ),
    });
    site.pages.set(`/${prefix}/video.html`, { html: page('Our video', options, frame(gateRest)) });
    site.pages.set(`/${prefix}/contact.html`, {
      html: page('Contact', options, tag(gateRest, 'hotjar', '/widgets/chat.js')),
    });
  }

  return {
    site,
    thirdPartyPort: port,
    thirdPartyHits,
    config,
    async close() {
      thirdParty.closeAllConnections();
      await new Promise<void>((resolve) => thirdParty.close(() => resolve()));
      await site.close();
    },
  };
}
