import type { CatalogueEntry } from './types.js';

/**
 * Well-known services for the config reader: their entries, and how a site's `services`
 * take them in. It comes with the catalogue's data, so the reader itself stays small.
 */
export interface ServiceCatalogue {
  entries: Readonly<Record<string, CatalogueEntry>>;
  /** {@link withCatalogue} over these entries. */
  resolve(services: unknown): CataloguedServices;
}

/** A site's `services` with catalogued entries filled in, and the categories they imply. */
export interface CataloguedServices {
  /** The `services` value to validate: each catalogued id's fields under the site's own. */
  services: unknown;
  /**
   * Well-known categories that catalogued services default to and the site did not list
   * (`services: { youtube: {} }` needs `marketing`), to add before the services are checked.
   */
  impliedCategories: string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/**
 * Fills in the catalogue's fields for each service the site names by a catalogued id; the
 * site's fields win, field by field (`cookies` as a whole). Anything else passes through
 * untouched for the config's validation to judge.
 *
 * @example
 * withCatalogue({ youtube: { title: 'Our videos' } }, catalogue).services
 * // { youtube: { title: 'Our videos', category: 'marketing', cookies: [...], hosts: [...] } }
 */
export function withCatalogue(
  services: unknown,
  catalogue: Readonly<Record<string, CatalogueEntry>>,
): CataloguedServices {
  if (!isPlainObject(services)) return { services, impliedCategories: [] };
  const implied = new Set<string>();
  const out: Record<string, unknown> = {};
  for (const [id, site] of Object.entries(services)) {
    const entry = Object.hasOwn(catalogue, id) ? catalogue[id] : undefined;
    const own = site ?? {};
    if (!entry || !isPlainObject(own)) {
      out[id] = site;
      continue;
    }
    if (own.category === undefined) implied.add(entry.category);
    out[id] = {
      category: entry.category,
      title: entry.title,
      description: entry.purpose,
      provider: entry.provider,
      privacyPolicyUrl: entry.privacyPolicyUrl,
      // What a necessary service is for is why the site needs it.
      ...(entry.category === 'necessary' ? { necessaryReason: entry.purpose } : {}),
      cookies: entry.cookies.map((cookie) => ({ ...cookie, duration: { ...cookie.duration } })),
      hosts: [...entry.hosts],
      ...(entry.embedTitle ? { embedTitle: entry.embedTitle } : {}),
      ...own,
    };
  }
  return { services: out, impliedCategories: [...implied] };
}
