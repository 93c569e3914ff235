/**
 * The engine the drop-in script loads on demand (`dist/assent-engine.js`): config validation,
 * the consent manager with its storage and tabs, the sync outbox and sender, and identity.
 * It never touches the page itself: the boot keeps its gate and Consent Mode, and follows the
 * manager this creates (see index.ts).
 *
 * When the page's config names services, the service catalogue (`assent-catalogue` chunk)
 * loads beside it, so `services: { youtube: {} }` is enough; other pages never fetch it.
 */
import {
  createAssent as createManager,
  type AssentOptions,
  type ServiceCatalogue,
} from '@assent/core';

export { resolveLocale } from '@assent/core';

/** Whether a config (as the page gave it: object or JSON text) names any services. */
function namesServices(config: unknown): boolean {
  try {
    const services = (
      (typeof config === 'string' ? JSON.parse(config) : config) as { services?: unknown } | null
    )?.services;
    return typeof services === 'object' && services !== null && Object.keys(services).length > 0;
  } catch {
    return false;
  }
}

let catalogue: ServiceCatalogue | undefined;

/** `createAssent` with the catalogue, when the page needed it. */
export function createAssent(options: AssentOptions = {}) {
  return createManager({ catalogue, ...options });
}

/**
 * This module, once the catalogue has loaded when `config` names services (a failure costs
 * only the catalogue's names and is reported).
 */
export async function prepare(config: unknown): Promise<{ createAssent: typeof createAssent }> {
  if (namesServices(config) && !catalogue) {
    try {
      catalogue = (await import('@assent/core/catalogue')).serviceCatalogue;
    } catch (error) {
      console.error('[assent] Could not load the service catalogue:', error);
    }
  }
  return { createAssent };
}
