/** Server-rendered pages: every dynamic value goes through {@link escapeHtml}. */

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
 * Our own pages allow nothing inline and nothing from elsewhere; no referrer leaks the token
 * in a page's URL.
 */
export const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
} as const;

/** A whole HTML document around `main` (already escaped markup). */
export function page(title: string, main: string, options: { script?: string; lang?: string } = {}) {
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'en')}">
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
