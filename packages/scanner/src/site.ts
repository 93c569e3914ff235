import { getDomain } from 'tldts';

/**
 * The site a URL belongs to: its registrable domain (`www.example.co.uk` → `example.co.uk`),
 * or for IP addresses and single-label hosts (`localhost`) the host itself.
 */
export function siteOf(url: string): string {
  const { hostname } = new URL(url);
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname;
}

/** Whether a cookie domain (`.example.org`, `example.org`) belongs to a site. */
export function domainInSite(domain: string, site: string): boolean {
  const host = domain.replace(/^\./, '').toLowerCase();
  return host === site || host.endsWith(`.${site}`);
}
