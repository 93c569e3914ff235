import { WELL_KNOWN_CATEGORIES, cookieMatches, isPlainObject } from '@assent/core';
import { catalogue } from '@assent/core/catalogue';
import { hostMatches } from '@assent/core/catalogue/helpers';
import type { RawFinding } from './crawl.js';
import type { Finding, FoundService } from './types.js';

/** What matching needs to know of a service. */
interface Known {
  id: string;
  title: string;
  category: string;
  cookies: string[];
  hosts: string[];
  catalogued: boolean;
  /** The site's own description (from its config) wins over the catalogue's. */
  fromSite: boolean;
}

/** Assent's own storage: the decision cookie, its localStorage fallback and IndexedDB. */
function assentItself(cookieName: string): Known {
  return {
    id: 'assent',
    title: 'Assent (consent choices)',
    category: 'necessary',
    cookies: [cookieName, '/^assent:/', 'assent'],
    hosts: [],
    catalogued: false,
    fromSite: true,
  };
}

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string'
    ? value
    : isPlainObject(value) && typeof Object.values(value)[0] === 'string'
      ? (Object.values(value)[0] as string)
      : fallback;

/**
 * The services a scan can recognise: the site's own (from its Assent config, as given or as
 * the page's Assent resolved it), the catalogue's, and Assent itself.
 */
export function knownServices(siteConfig: unknown): Known[] {
  const config = isPlainObject(siteConfig) ? siteConfig : {};
  const services = isPlainObject(config.services) ? config.services : {};
  const cookieName = typeof config.cookieName === 'string' ? config.cookieName : 'assent';
  const own: Known[] = Object.entries(services).flatMap(([id, raw]) => {
    const service = isPlainObject(raw) ? raw : {};
    const entry = Object.hasOwn(catalogue, id) ? catalogue[id] : undefined;
    const cookies = Array.isArray(service.cookies)
      ? service.cookies.map((cookie: unknown) =>
          typeof cookie === 'string' ? cookie : isPlainObject(cookie) ? String(cookie.name) : '',
        )
      : (entry?.cookies.map((cookie) => cookie.name) ?? []);
    const hosts = Array.isArray(service.hosts)
      ? service.hosts.filter((host): host is string => typeof host === 'string')
      : (entry?.hosts ?? []);
    return [
      {
        id,
        title: text(service.title, entry?.title ?? id),
        category:
          typeof service.category === 'string' ? service.category : (entry?.category ?? 'unknown'),
        cookies: cookies.filter(Boolean),
        hosts,
        catalogued: !!entry,
        fromSite: true,
      },
    ];
  });
  const ids = new Set(own.map((service) => service.id));
  const fromCatalogue: Known[] = Object.entries(catalogue)
    .filter(([id]) => !ids.has(id))
    .map(([id, entry]) => ({
      id,
      title: entry.title,
      category: entry.category,
      cookies: entry.cookies.map((cookie) => cookie.name),
      hosts: entry.hosts,
      catalogued: true,
      fromSite: false,
    }));
  return [assentItself(cookieName), ...own, ...fromCatalogue];
}

const hostOf = (domain: string) => {
  try {
    return new URL(domain.includes('://') ? domain : `http://${domain.replace(/^\./, '')}`)
      .hostname;
  } catch {
    return domain;
  }
};

/** The service a finding belongs to, if any: by cookie or key name, else by host. */
function match(finding: RawFinding, services: Known[]): Known | undefined {
  if (finding.kind === 'activated') return services.find((service) => service.id === finding.name);
  const host = hostOf(finding.domain);
  const byHost = (service: Known) => service.hosts.some((pattern) => hostMatches(pattern, host));
  if (finding.kind === 'request') {
    const exact = services.find((service) =>
      service.hosts.some((pattern) => !pattern.startsWith('.') && hostMatches(pattern, host)),
    );
    return exact ?? services.find(byHost);
  }
  const byName = services.filter((service) =>
    service.cookies.some((pattern) => cookieMatches(pattern, finding.name)),
  );
  if (byName.length <= 1) return byName[0];
  // Several services use one name (`__cf_bm`, `MUID`): the one serving that domain wins,
  // then the site's own.
  return byName.find(byHost) ?? byName.find((service) => service.fromSite) ?? byName[0];
}

/** Whether something seen before consent breaks it: optional, or an unknown third party. */
export function isViolation(finding: Finding): boolean {
  if (finding.phase !== 'before') return false;
  if (finding.category === 'necessary') return false;
  return finding.category !== 'unknown' || finding.thirdParty;
}

/** Names each finding's service and category, and sums up the services found. */
export function classify(
  raw: RawFinding[],
  siteConfig: unknown,
): { findings: Finding[]; services: FoundService[] } {
  const services = knownServices(siteConfig);
  const config = isPlainObject(siteConfig) ? siteConfig : {};
  const categories = new Set([
    ...WELL_KNOWN_CATEGORIES,
    ...(isPlainObject(config.categories) ? Object.keys(config.categories) : []),
  ]);
  const found = new Map<string, FoundService>();
  const findings = raw.map((item): Finding => {
    const service = match(item, services);
    if (service && service.id !== 'assent') {
      const entry = found.get(service.id) ?? {
        id: service.id,
        title: service.title,
        category: service.category,
        catalogued: service.catalogued,
        before: 0,
        after: 0,
      };
      entry[item.phase] += 1;
      found.set(service.id, entry);
    }
    if (service) return { ...item, service: service.id, category: service.category };
    // Content gated by a whole category (`data-assent="analytics"`) belongs to that category.
    if (item.kind === 'activated' && categories.has(item.name))
      return { ...item, category: item.name };
    return { ...item, category: 'unknown' };
  });
  return { findings, services: [...found.values()] };
}
