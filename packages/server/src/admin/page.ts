/**
 * The `/admin` page: a static shell around `<assent-workspace>`, whose code is the workspace
 * bundle built by rollup (`dist/admin/workspace.js`, Lit included). Everything it shows is
 * written by Lit as text, so addresses and wording (visitor input) stay inert.
 *
 * Sign-in choice: the admin token is kept in sessionStorage (gone when the tab closes) and sent
 * as `Authorization: Bearer` by the script, never in a URL. No cookie means no ambient authority
 * a cross-site form could ride on, so the admin routes need no CSRF defence beyond that.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { page } from '../html.js';

export function adminPage(enabled: boolean): string {
  if (!enabled) {
    return page(
      'Assent workspace',
      `<h1>Assent workspace</h1>
<p role="alert">The admin page is off. Set ASSENT_ADMIN_TOKEN (16 characters or more) or ASSENT_ADMIN_TOKENS and restart the server.</p>`,
    );
  }
  return page(
    'Assent workspace',
    `<assent-workspace><p>The workspace needs JavaScript.</p></assent-workspace>`,
    { script: '/admin/workspace.js' },
  );
}

// From the sources (src/admin/page.ts) and from the bundled server (dist/app.js).
const BUNDLE_PLACES = [
  '../../dist/admin/workspace.js',
  './admin/workspace.js',
  '../admin/workspace.js',
];

let bundle: Promise<string | null> | undefined;

/** The built workspace script, or null when the package was not built (`npm run build`). */
export function workspaceBundle(): Promise<string | null> {
  bundle ??= (async () => {
    for (const place of BUNDLE_PLACES) {
      try {
        return await readFile(fileURLToPath(new URL(place, import.meta.url)), 'utf8');
      } catch {
        // try the next place
      }
    }
    bundle = undefined;
    return null;
  })();
  return bundle;
}
