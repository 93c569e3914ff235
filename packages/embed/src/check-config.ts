import { parseConfig, type ResolvedConfig, type ServiceCatalogue } from '@assent/core';
import { namesCatalogued } from '@assent/core/catalogue/helpers';

/** Whether a config (as the page gave it: object or JSON text) names a catalogued service. */
function needsCatalogue(config: unknown): boolean {
  try {
    const parsed = (typeof config === 'string' ? JSON.parse(config) : config) as {
      services?: unknown;
    } | null;
    return namesCatalogued(parsed?.services);
  } catch {
    return false;
  }
}

let catalogue: Promise<ServiceCatalogue | undefined> | undefined;

/**
 * The full check of the page's config, each bad field reported by name, with the service
 * catalogue when the config names a catalogued service (a failure to load it costs only the catalogue's
 * names and is reported).
 */
export async function checkConfig(config: unknown): Promise<ResolvedConfig> {
  catalogue ??= needsCatalogue(config)
    ? import('@assent/core/catalogue').then(
        (module) => module.serviceCatalogue,
        (error: unknown) => {
          console.error('[assent] Could not load the service catalogue:', error);
          return undefined;
        },
      )
    : Promise.resolve(undefined);
  return parseConfig(config, undefined, { catalogue: await catalogue });
}
