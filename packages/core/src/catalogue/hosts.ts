/**
 * Whether a host name is one a service lists: exactly, or under a `.domain` entry
 * (`.doubleclick.net` covers `stats.g.doubleclick.net` and `doubleclick.net`).
 */
export function hostMatches(pattern: string, host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const wanted = pattern.toLowerCase();
  if (!wanted.startsWith('.')) return name === wanted;
  return name === wanted.slice(1) || name.endsWith(wanted);
}

/**
 * The first service whose hosts cover a URL's host, e.g. the service an iframe's `src` belongs
 * to. Exact host names win over `.domain` entries, so `www.google.com/maps` and reCAPTCHA's
 * `www.google.com` resolve in the order the services are listed.
 */
export function serviceForHost(
  url: string,
  services: Readonly<Record<string, { hosts?: readonly string[] }>>,
): string | undefined {
  let host: string;
  try {
    host = new URL(url, 'https://invalid.invalid').hostname;
  } catch {
    return undefined;
  }
  if (!host || host === 'invalid.invalid') return undefined;
  const entries = Object.entries(services);
  const exact = entries.find(([, service]) =>
    (service.hosts ?? []).some((pattern) => !pattern.startsWith('.') && hostMatches(pattern, host)),
  );
  if (exact) return exact[0];
  return entries.find(([, service]) =>
    (service.hosts ?? []).some((pattern) => hostMatches(pattern, host)),
  )?.[0];
}
