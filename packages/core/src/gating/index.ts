import type { ConsentManager } from '../manager.js';
import type { ConsentState } from '../state.js';
import { Gate } from './activate.js';
import { pushConsentDefault, pushConsentUpdate } from './consent-mode.js';
import { deleteCookies } from './cookies.js';

export { Gate, type GateOptions } from './activate.js';
export { consentModeValues, pushConsentDefault, pushConsentUpdate } from './consent-mode.js';
export { deleteCookies } from './cookies.js';

/**
 * Connects a manager to the page: Consent Mode default at once (and an update for a
 * returning visitor's choice), gated scripts, iframes and images run when allowed, and a
 * withdrawal deletes the withdrawn services' cookies (and reloads, if configured, when
 * something withdrawn had already run). Returns the function that disconnects.
 */
export function startGating(manager: ConsentManager, win: Window = window): () => void {
  const { config } = manager;
  pushConsentDefault(config, win as never);
  let previous: ConsentState = manager.get();
  if (previous.decidedAt) pushConsentUpdate(config, previous, win as never);

  const gate = new Gate({
    allowed: (id) => manager.allowed(id),
    known: (id) => id in config.categories || id in config.services,
    // A config that failed as a whole has had its error; every id it lacks would repeat it.
    reportUnknown: !config.defaulted,
    root: win.document,
  });
  gate.start();
  void gate.update();

  const stop = manager.on('change', (state) => {
    if (
      JSON.stringify(state.categories) !== JSON.stringify(previous.categories) ||
      !previous.decidedAt
    ) {
      pushConsentUpdate(config, state, win as never);
    }
    const withdrawn = Object.keys(config.services).filter(
      (service) => previous.services[service] && !state.services[service],
    );
    const withdrawnCategories = Object.keys(config.categories).filter(
      (category) => previous.categories[category] && !state.categories[category],
    );
    previous = state;
    if (withdrawn.length > 0) {
      deleteCookies(
        withdrawn.flatMap((service) =>
          config.services[service]!.cookies.map((cookie) => cookie.name),
        ),
        win.document,
      );
    }
    void gate.update();
    const ranWithdrawn = [...withdrawn, ...withdrawnCategories].some((id) => gate.ran.has(id));
    if (config.reloadOnWithdraw && ranWithdrawn) win.location.reload();
  });

  return () => {
    stop();
    gate.stop();
  };
}
