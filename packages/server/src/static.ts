import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyReply } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Resolves a URL path inside `root`, or undefined: no `..` escape, no dot-files, directories
 * give their index.html.
 */
export async function resolveStatic(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) {
    return undefined;
  }
  const base = resolve(root);
  let file = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return undefined;
    // A symlink may point anywhere: serve only what really lies inside the root.
    const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)]);
    return realFile.startsWith(realBase + sep) ? realFile : undefined;
  } catch {
    return undefined;
  }
}

/** Streams a file resolved by {@link resolveStatic}. */
export function sendFile(reply: FastifyReply, file: string) {
  return reply
    .type(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream')
    .header('cache-control', 'no-cache')
    .send(createReadStream(file));
}
