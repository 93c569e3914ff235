// The fixture server of the comparison benchmark (bench/compare.ts): one page per consent tool
// built from bench/fixtures/layout.html, Assent's built drop-in (packages/embed/dist) at /assent/, the competitors' files
// straight from node_modules at /vendor/<package>/, and the fake analytics tag, whose requests
// are counted. Everything is sent uncompressed with `Cache-Control: no-store`, so what the
// browser fetches is what a cold cache fetches; compressed sizes are computed by the benchmark.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'bench', 'fixtures');

/** The packages whose files may be served from node_modules. */
export const VENDORS = ['vanilla-cookieconsent', 'klaro', 'orejime', 'tarteaucitronjs'] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  /** Requests for /fake-analytics.js since the last reset. */
  tagRequests(): number;
  resetTagRequests(): void;
  /** The body last sent for a path (no query string), to size it. */
  bodyOf(path: string): Buffer | undefined;
  /** Paths answered 404, for the report. */
  notFound: Set<string>;
  /** The HTML of a tool's page. */
  page(tool: string): Buffer;
  close(): Promise<void>;
}

/** A file below `base`, or undefined for a path that leaves it. */
function inside(base: string, rel: string): string | undefined {
  const full = normalize(join(base, decodeURIComponent(rel)));
  return full.startsWith(base + sep) ? full : undefined;
}

export async function startFixtureServer(pages: readonly string[]): Promise<FixtureServer> {
  const layout = readFileSync(join(fixtures, 'layout.html'), 'utf8');
  const built = new Map<string, Buffer>();
  for (const tool of pages) {
    const head = readFileSync(join(fixtures, `${tool}.html`), 'utf8').trim();
    built.set(tool, Buffer.from(layout.replace('<!-- @head -->', head)));
  }
  const bodies = new Map<string, Buffer>();
  const notFound = new Set<string>();
  let tagCount = 0;

  const locate = (path: string): string | undefined => {
    if (path === '/fake-analytics.js') return join(fixtures, 'fake-analytics.js');
    if (path.startsWith('/fixtures/') && path.endsWith('.js'))
      return inside(fixtures, path.slice('/fixtures/'.length));
    if (path.startsWith('/assent/'))
      return inside(join(root, 'packages', 'embed', 'dist'), path.slice(8));
    if (path.startsWith('/vendor/')) {
      const [pkg, ...rest] = path.slice(8).split('/');
      if (!(VENDORS as readonly string[]).includes(pkg ?? '')) return undefined;
      return inside(join(root, 'node_modules', pkg!), rest.join('/'));
    }
    return undefined;
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, type: string, body: Buffer) => {
      if (status === 200) bodies.set(path, body);
      res.writeHead(status, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(body);
    };
    if (path === '/fake-analytics.js') tagCount += 1;
    const page = /^\/page\/([a-z]+)$/.exec(path)?.[1];
    if (page && built.has(page)) return send(200, TYPES['.html']!, built.get(page)!);
    if (path === '/privacy')
      return send(200, TYPES['.html']!, Buffer.from('<!doctype html><title>Privacy</title>'));
    if (path === '/favicon.ico') return send(204, 'text/plain', Buffer.alloc(0));
    const file = locate(path);
    if (!file) {
      notFound.add(path);
      return send(404, 'text/plain', Buffer.from('not found'));
    }
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => {
        notFound.add(path);
        send(404, 'text/plain', Buffer.from('not found'));
      },
    );
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    tagRequests: () => tagCount,
    resetTagRequests: () => {
      tagCount = 0;
    },
    bodyOf: (path) => bodies.get(path),
    notFound,
    page: (tool) => built.get(tool)!,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
