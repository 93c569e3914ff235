/** Server-rendered pages: every dynamic value goes through {@link escapeHtml}. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageStrings } from './i18n/index.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Our own pages allow nothing inline and nothing from elsewhere. `same-origin` keeps a token in
 * the page's URL from leaking to other sites, while our own form POSTs still carry a real
 * Origin (with `no-referrer` Chromium sends `Origin: null`, which the Origin check refuses).
 */
export const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
} as const;

/** A whole HTML document around `main` (already escaped markup). */
export function page(
  title: string,
  main: string,
  options: { script?: string; lang?: string; dir?: 'ltr' | 'rtl' } = {},
) {
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'en')}" dir="${options.dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/admin/admin.css">
${options.script ? `<script src="${escapeHtml(options.script)}" defer></script>` : ''}
</head>
<body>
<main id="main">
${main}
</main>
</body>
</html>
`;
}

/** Whether a request asks for a page (a browser following a link) rather than JSON. */
export const wantsHtml = (request: FastifyRequest) =>
  /text\/html/.test(request.headers.accept ?? '');

/**
 * Sends one of our pages in the language of `strings`. The language follows Accept-Language
 * when nothing recorded one, so caches must keep one copy per language (added to any Vary
 * already set, such as CORS's Origin).
 */
export function htmlPage(
  reply: FastifyReply,
  status: number,
  title: string,
  body: string,
  strings: PageStrings,
) {
  const vary = reply.getHeader('vary');
  return reply
    .code(status)
    .headers(PAGE_HEADERS)
    .header('content-language', strings.lang)
    .header('vary', vary ? `${String(vary)}, Accept-Language` : 'Accept-Language')
    .type('text/html; charset=utf-8')
    .send(page(title, body, { lang: strings.lang, dir: strings.dir }));
}
