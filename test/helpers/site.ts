/**
 * A static site for end-to-end tests of the script tag: serves the built drop-in (`packages/embed/dist/`) under
 * `/assent/`, pages the test defines, a fake analytics tag, a consent endpoint at
 * `/v1/consents` (answering `consents.status`, recording each delivered body), and records
 * every request.
 * Listens on 127.0.0.1 on a port the system picks; `close()` stops it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const DIST = new URL('../../packages/embed/dist/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** A fake analytics tag: counts its runs and sets the cookies Google Analytics would. */
export const FAKE_ANALYTICS = `
window.analyticsRuns = (window.analyticsRuns || 0) + 1;
document.cookie = '_ga=GA1.1.42.42; Path=/; Max-Age=3600';
document.cookie = '_ga_ABC123=GS1.1.42; Path=/; Max-Age=3600';
`;

export interface Page {
  html: string;
  headers?: Record<string, string>;
}

/** The fake consent endpoint: what it answers, and the bodies it accepted. */
export interface ConsentsEndpoint {
  /** The status to answer with (a 2xx accepts). @default 200 */
  status: number;
  /** The events of each accepted POST, in order. */
  received: Array<{ id: string; kind: string }>;
}

export interface Site {
  url: string;
  pages: Map<string, Page>;
  requests: string[];
  consents: ConsentsEndpoint;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const pages = new Map<string, Page>();
  const requests: string[] = [];
  const consents: ConsentsEndpoint = { status: 200, received: [] };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push(path);
    if (path === '/v1/consents' && request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += String(chunk);
      const status = consents.status;
      if (status >= 200 && status < 300) {
        const { events } = JSON.parse(body) as { events: ConsentsEndpoint['received'] };
        consents.received.push(...events);
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ accepted: events.length, duplicates: 0 }));
      } else {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'unavailable' }));
      }
      return;
    }
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { 'content-type': TYPES['.html']!, ...page.headers });
      response.end(page.html);
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    if (path.startsWith('/fake-analytics')) {
      response.writeHead(200, { 'content-type': TYPES['.js']! });
      response.end(FAKE_ANALYTICS);
      return;
    }
    if (path.startsWith('/assent/')) {
      const file = normalize(join(DIST, path.slice('/assent/'.length)));
      if (file.startsWith(DIST)) {
        try {
          const body = await readFile(file);
          response.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          });
          response.end(body);
          return;
        } catch {
          // fall through to 404
        }
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  };
  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    requests,
    consents,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
