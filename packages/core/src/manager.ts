import {
  parseConfig,
  type ConfigReporter,
  type ParseOptions,
  type ResolvedConfig,
} from './config.js';
import { ConsentRuntime, type RuntimeOptions } from './runtime/runtime.js';
import type { EventSink } from './runtime/types.js';
import { createStorage, type KeyValueStore } from './storage/index.js';

export type { ChoiceUpdate, MarketingChoice } from './runtime/choices.js';
export type {
  ConsentEvent,
  DecisionMethod,
  DecisionOptions,
  EventSink,
  ManagerEvents,
  RuntimeParts,
  SyncFacade,
} from './runtime/types.js';
export { ConsentRuntime, type RuntimeOptions } from './runtime/runtime.js';

/** Everything the manager needs from its surroundings; all optional. */
export interface ManagerOptions extends Omit<
  RuntimeOptions,
  'config' | 'checked' | 'parts' | 'peek'
> {
  /** The site's config (object or JSON text). Bad fields are reported and defaulted. */
  config?: unknown;
  /** Storage to use; by default IndexedDB with its fallbacks. */
  storage?: KeyValueStore | Promise<KeyValueStore>;
  /** Where recorded events go; by default nowhere (set by `createAssent` when there is an endpoint). */
  sink?: EventSink | ((manager: ConsentManager) => EventSink);
  /** Receives config problems; by default a console error each. */
  reportConfig?: ConfigReporter;
  /** Well-known services the config may name by id (`@assent/core/catalogue`). */
  catalogue?: ParseOptions['catalogue'];
}

/**
 * The runtime with every part joined from the start: the config checked in full, storage
 * (IndexedDB with its fallbacks) and a sink for recorded events. The single source of truth:
 * elements and the script tag only ever talk to it.
 *
 * @example
 * const assent = new ConsentManager({ config: { categories: { analytics: {} } } });
 * await assent.ready;
 * if (assent.needsDecision()) assent.showBanner();
 */
export class ConsentManager extends ConsentRuntime<ResolvedConfig> {
  constructor(options: ManagerOptions = {}) {
    const { config, storage, sink, reportConfig, catalogue, ...rest } = options;
    const store = Promise.resolve(storage ?? createStorage()).catch(() =>
      createStorage({ indexedDB: null }),
    );
    // The sink may need the manager itself; the parts are taken after construction.
    const joined: { sink?: EventSink } = {};
    super({
      ...rest,
      checked: parseConfig(config, reportConfig, { catalogue }),
      parts: async () => ({ storage: await store, sink: joined.sink }),
    });
    joined.sink = typeof sink === 'function' ? sink(this) : sink;
  }
}
