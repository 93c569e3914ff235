// A server-rendered page: Node imports @assent/core and @assent/elements while rendering (as
// Next.js or Astro do), checks the config on the server, and serves the script tag from the
// installed @assent/embed. `start()` listens on 127.0.0.1 on a port the system picks.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@assent/core';
import { AssentOptin } from '@assent/elements';
import '@assent/elements/define';

// The drop-in's folder inside the installed package.
const dropIn = dirname(fileURLToPath(import.meta.resolve('@assent/embed/assent.js')));

const config = {
  revision: 'ssr-1',
  categories: { analytics: {}, marketing: {} },
  services: { youtube: { category: 'marketing', title: 'YouTube' } },
  marketing: { email: { topics: [{ id: 'news', label: 'News and updates' }] } },
};

/** Renders the page; the config is checked first, so a bad field fails on the server. */
export function render() {
  const problems = [];
  parseConfig(config, (path, message) => problems.push(`${path} ${message}`));
  if (problems.length > 0) throw new Error(`Bad config: ${problems.join('; ')}`);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Server-rendered consumer</title>
<script type="application/json" id="assent-config">${JSON.stringify(config).replaceAll('<', '\\u003c')}</script>
<script src="/assent/assent.js" data-config="#assent-config" defer></script>
</head>
<body>
<main>
<h1>Server-rendered consumer</h1>
<p id="rendered-with">${typeof AssentOptin === 'function' ? 'elements imported on the server' : ''}</p>
<assent-optin channels="email"></assent-optin>
<assent-embed service="youtube"><p id="video">The video</p></assent-embed>
</main>
<script type="text/plain" data-assent="analytics">window.analyticsRuns = (window.analyticsRuns || 0) + 1;</script>
</body>
</html>`;
}

export async function start() {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(render());
      return;
    }
    const file = normalize(join(dropIn, path.replace(/^\/assent\//, '')));
    if (path.startsWith('/assent/') && file.startsWith(dropIn)) {
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        response.end(body);
        return;
      } catch {
        // fall through to 404
      }
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
