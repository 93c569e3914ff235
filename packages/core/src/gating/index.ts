import type { CoreConfig } from '../config.js';
import type { ConsentState } from '../state.js';
import { Gate } from './activate.js';
import { pushConsentEvent, repeatsEarlyUpdate } from './consent-default.js';
import { consentModeValues, pushConsentDefault, pushConsentUpdate } from './consent-mode.js';
import { deleteCookies } from './cookies.js';
import { embedService } from './embed-service.js';

export { Gate, type GateOptions } from './activate.js';
export { consentModeValues, pushConsentDefault, pushConsentUpdate } from './consent-mode.js';
export { deleteCookies } from './cookies.js';
export { embedService, type EmbedServiceConfig } from './embed-service.js';
export {
  earlyConsentMode,
  earlyGrantedCategories,
  pushConsentEvent,
  type EarlyConsentMode,
} from './consent-default.js';

/**
 * What gating needs to follow: a {@link ConsentManager}, or the script tag's boot before its
 * engine has loaded. `config` is read again at every use, so a source may switch to a fuller
 * config later.
 */
export interface GatingSource {
  readonly config: Pick<
    CoreConfig,
    'categories' | 'services' | 'googleConsentMode' | 'reloadOnWithdraw' | 'defaulted'
  >;
  /** Whether a category or service is granted. */
  allowed(id: string): boolean;
  get(): Pick<ConsentState, 'decidedAt' | 'categories' | 'services'>;
  on(type: 'change', listener: (state: ConsentState) => void): () => void;
  /** Resolves once every decision so far is stored and queued for sending. */
  settled?(): Promise<unknown>;
}

/** Options for {@link startGating}. */
export interface GatingOptions {
  /**
   * Whether to report `data-assent` ids the config does not name (read at each check).
   * @default unless the whole config was unusable (its one error says enough)
   */
  reportUnknown?: () => boolean;
}

/**
 * Connects a manager (or any {@link GatingSource}) to the page: Consent Mode default at once
 * (and an update for a returning visitor's choice), gated scripts, iframes and images run when
 * allowed, and a withdrawal deletes the withdrawn services' cookies (and reloads, if
 * configured, when something withdrawn had already run). Returns the function that disconnects.
 */
export function startGating(
  manager: GatingSource,
  win: Window = window,
  options: GatingOptions = {},
): () => void {
  pushConsentDefault(manager.config, win as never);
  let previous = manager.get();
  const consentMode = manager.config.googleConsentMode.enabled;
  if (previous.decidedAt) {
    // The early script may have applied this very choice before the page's tags.
    if (!repeatsEarlyUpdate(consentModeValues(manager.config, previous), win as never))
      pushConsentUpdate(manager.config, previous, win as never);
    pushConsentEvent(previous, win as never, consentMode);
  }

  const gate = new Gate({
    allowed: (id) => manager.allowed(id),
    known: (id) => id in manager.config.categories || id in manager.config.services,
    serviceOf: (id, url) => embedService(id, url, manager.config),
    // A config that failed as a whole has had its error; every id it lacks would repeat it.
    get reportUnknown() {
      return options.reportUnknown?.() ?? !manager.config.defaulted;
    },
    root: win.document,
  });
  gate.start();
  void gate.update();

  const stop = manager.on('change', (state) => {
    const { config } = manager;
    if (
      JSON.stringify(state.categories) !== JSON.stringify(previous.categories) ||
      !previous.decidedAt
    ) {
      pushConsentUpdate(config, state, win as never);
    }
    if (
      !previous.decidedAt ||
      JSON.stringify([state.categories, state.services]) !==
        JSON.stringify([previous.categories, previous.services])
    )
      pushConsentEvent(state, win as never, config.googleConsentMode.enabled);
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
    // Reloads only once the withdrawal is stored and queued: its record must outlive the page
    // (asked a tick later, when the decision that announced this change has started its write).
    if (config.reloadOnWithdraw && ranWithdrawn)
      void Promise.resolve()
        .then(() => manager.settled?.())
        .then(() => win.location.reload());
  });

  return () => {
    stop();
    gate.stop();
  };
}
