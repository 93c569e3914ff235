import { cookieMatches } from '../config.js';

/**
 * The domains a cookie set by a script may live on: no Domain attribute, this host, and
 * each parent domain (`www.example.co.uk` → `.example.co.uk`, `.co.uk`). The browser
 * ignores deletions for a domain it would not have accepted, so trying them all is safe.
 */
function domainsOf(hostname: string): Array<string | undefined> {
  const labels = hostname.split('.');
  const domains: Array<string | undefined> = [undefined];
  if (labels.length < 2 || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return domains;
  for (let i = 0; i < labels.length - 1; i++) domains.push(`.${labels.slice(i).join('.')}`);
  return domains;
}

/** The paths a cookie may be scoped to: `/` and each prefix of the current path. */
function pathsOf(pathname: string): string[] {
  const paths = ['/'];
  const parts = pathname.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) paths.push(`/${parts.slice(0, i).join('/')}`);
  return paths;
}

/**
 * Deletes the cookies whose names match any pattern (exact names or `/regex/`), on this
 * host and its parent domains. Withdrawal cannot un-run a script, but it can take away
 * what the script stored. Returns the names deleted.
 */
export function deleteCookies(patterns: string[], doc: Document = document): string[] {
  if (patterns.length === 0) return [];
  let cookieText = '';
  try {
    cookieText = doc.cookie;
  } catch {
    return [];
  }
  const names = cookieText
    .split(/;\s*/)
    .map((part) => part.split('=')[0]!)
    .filter((name) => name && patterns.some((pattern) => cookieMatches(pattern, name)));
  const { hostname, pathname } = doc.location;
  for (const name of names) {
    for (const domain of domainsOf(hostname)) {
      for (const path of pathsOf(pathname)) {
        doc.cookie = `${name}=; Max-Age=0; Path=${path}${domain ? `; Domain=${domain}` : ''}`;
      }
    }
  }
  return names;
}
