/**
 * The service catalogue: well-known third-party services as data, so a site can name one
 * (`services: { youtube: {} }`) instead of describing it. Its own module, loaded only where it
 * is used: the script tag fetches it with the engine only when the config names services,
 * and the npm path passes it to `createAssent({ catalogue: serviceCatalogue })`. Only data lives here: the
 * helpers that read it (`serviceForHost`, `formatDuration`) are in `@assent/core`.
 *
 * @example
 * import { serviceCatalogue } from '@assent/core/catalogue';
 * const assent = createAssent({
 *   config: { services: { youtube: {} } },
 *   catalogue: serviceCatalogue,
 * });
 */
import { advertisingServices } from './advertising.js';
import { analyticsServices } from './analytics.js';
import { embedServices } from './embeds.js';
import { toolServices } from './tools.js';
import { withCatalogue, type ServiceCatalogue } from './resolve.js';
import type { CatalogueEntry } from './types.js';

export type {
  CatalogueCategory,
  CatalogueCookie,
  CatalogueEntry,
  CookieDuration,
} from './types.js';

/** Every catalogued service by id. */
export const catalogue: Readonly<Record<string, CatalogueEntry>> = Object.freeze({
  ...analyticsServices,
  ...advertisingServices,
  ...embedServices,
  ...toolServices,
});

/** The ids of every catalogued service. */
export type CatalogueId =
  | keyof typeof analyticsServices
  | keyof typeof advertisingServices
  | keyof typeof embedServices
  | keyof typeof toolServices;

/** The catalogue as the config reader takes it (`createAssent({ catalogue })`). */
export const serviceCatalogue: ServiceCatalogue = {
  entries: catalogue,
  resolve: (services) => withCatalogue(services, catalogue),
};
export type { ServiceCatalogue, CataloguedServices } from './resolve.js';
export { withCatalogue } from './resolve.js';
