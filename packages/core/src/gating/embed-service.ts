import { serviceForHost } from '../catalogue/hosts.js';

/** The parts of a config that say which service embedded content belongs to. */
export interface EmbedServiceConfig {
  categories: Readonly<Record<string, unknown>>;
  services: Readonly<Record<string, { category: string; hosts?: readonly string[] }>>;
}

/**
 * The one service a piece of embedded content belongs to: the service `data-assent` names, or,
 * when it names a category, the configured service of that category whose hosts serve the
 * content's URL (`data-src`). `undefined` when there is none: such content follows its
 * category, and "Allow and load" cannot offer to allow it (it never grants a whole category).
 *
 * @example
 * embedService('marketing', 'https://player.vimeo.com/video/1', config); // → 'vimeo'
 */
export function embedService(
  id: string,
  url: string | null | undefined,
  config: EmbedServiceConfig,
): string | undefined {
  if (Object.hasOwn(config.services, id)) return id;
  if (!url || !Object.hasOwn(config.categories, id)) return undefined;
  const inCategory = Object.fromEntries(
    Object.entries(config.services).filter(([, service]) => service.category === id),
  );
  return serviceForHost(url, inCategory);
}
