import type { AssentConfig } from './config-input.js';
import { identify, type IdentifyOptions } from './identity.js';
import { ConsentManager, type EventSink, type ManagerOptions } from './manager.js';
import type { ConsentState } from './state.js';
import { createStorage } from './storage/index.js';
import { connectSender } from './runtime/sender.js';
import type { OutboxSync, SyncOptions } from './sync/outbox-sync.js';

/** Options for {@link createAssent}: the manager's, plus tuning for sync. */
export interface AssentOptions extends Omit<ManagerOptions, 'config'> {
  /**
   * The site's config: an {@link AssentConfig}, or its JSON text (a page's
   * `<script type="application/json">`). Bad values are reported and defaulted.
   */
  config?: AssentConfig | string | null;
  /**
   * Tuning for sending decisions to `config.endpoint` (backoff, timeouts, batch limits).
   * Its `storage` and `document` default to the manager's.
   */
  sync?: SyncOptions;
  /** Tuning for `identify`. */
  identify?: IdentifyOptions;
}

// Without an endpoint decisions stay in the browser: the manager gets a sink that keeps nothing.
const LOCAL_ONLY: EventSink = { enqueue: async () => undefined };

/**
 * SPEC's JavaScript API — `window.assent` for the script tag, and the same from
 * `@assent/core`: the {@link ConsentManager} (`ready`, `get`, `allowed`, `acceptAll`,
 * `rejectAll`, `set`, `showBanner`, `showPreferences`, `on`, …) with every decision sent to
 * `config.endpoint` through a persisted outbox, plus `identify`.
 *
 * @example
 * const assent = createAssent({ config: { endpoint: '/v1/consents', categories: { analytics: {} } } });
 * await assent.ready;
 * await assent.identify('user-4711');
 */
export class Assent extends ConsentManager {
  /**
   * Delivery of decisions to the endpoint: `flush()`, `pending()`, `failed()`,
   * `retryFailed()`, `on('delivered' | 'error', fn)`. `undefined` without an endpoint (or when
   * a custom `sink` was given).
   */
  override get sync(): OutboxSync | undefined {
    return this.sender;
  }

  private readonly sender: OutboxSync | undefined;
  private readonly identifyOptions: IdentifyOptions;

  constructor(options: AssentOptions = {}) {
    // One store for the decision and the outbox, so they fall back together.
    const storage = Promise.resolve(options.storage ?? createStorage()).catch(() =>
      createStorage({ indexedDB: null }),
    );
    let sync: OutboxSync | undefined;
    super({
      ...options,
      storage,
      sink:
        options.sink ??
        ((manager) => {
          sync = connectSender(manager, manager.config, storage, {
            ...(options.document ? { document: options.document } : {}),
            ...options.sync,
          });
          return sync ?? LOCAL_ONLY;
        }),
    });
    this.sender = sync;
    this.identifyOptions = { timeoutMs: options.sync?.timeoutMs, ...options.identify };
  }

  /**
   * Links this browser to a known user: pulls that subject's state from the endpoint
   * (`GET /v1/subjects/:id`, or `config.subjectsEndpoint`), keeps the newest decision, and
   * sends later events under `subjectId`. Works offline (keeps the local state). A bad id
   * (empty, not a string, over 128 characters, or characters other than letters, digits and
   * `._:-` — so never an email) gets a console error and changes nothing.
   */
  override identify(
    subjectId: string,
    options: Pick<IdentifyOptions, 'token'> = {},
  ): Promise<ConsentState> {
    return identify(this, subjectId, { ...this.identifyOptions, ...options });
  }
}

/**
 * Creates the `assent` object: a {@link ConsentManager} wired to the outbox when the config
 * has an `endpoint`, with `identify` and `sync`.
 *
 * @example
 * const assent = createAssent({ config: document.querySelector('#assent-config')?.textContent });
 */
export function createAssent(options: AssentOptions = {}): Assent {
  return new Assent(options);
}
