import {
  AssentChangeEvent,
  AssentReadyEvent,
  Emitter,
  connectTabs,
  decisionIsCurrent,
  deriveState,
  isAllowed,
  isStoredDecision,
  pageLanguage,
  peekSaved,
  randomId,
  readMirror,
  readTolerantConfig,
  recordFromMirror,
  startGating,
  undecided,
  type Assent,
  type AssentConfig,
  type AssentOptions,
  type ChoiceUpdate,
  type ConsentEvent,
  type ConsentState,
  type CoreConfig,
  type DraftChoices,
  type FailedEvent,
  type GatingSource,
  type ManagerEvents,
  type StoredDecision,
  type SyncEvents,
} from '@assent/core';

/** `assent.sync` in the script tag: the engine's sender, loaded on first use. */
export interface SyncFacade {
  flush(): Promise<void>;
  pending(): Promise<ConsentEvent[]>;
  failed(): Promise<FailedEvent[]>;
  retryFailed(eventIds?: string[]): Promise<void>;
  /** Listens to `delivered` or `error` (loads the engine); returns the function that stops. */
  on<K extends keyof SyncEvents>(type: K, listener: (payload: SyncEvents[K]) => void): () => void;
}

/**
 * `window.assent` for the script tag: SPEC's JavaScript API, the same members as
 * `createAssent()`'s object. `ready`, `get()`, `allowed()`, `needsDecision()`, `on()`,
 * `subject`, `language`, `getRecord()` and `discardDraft()` answer from the boot until the
 * engine is there; every other member loads the engine and hands over to it.
 *
 * @remarks Differences from the engine's own object: `getDraft()` and `updateDraft()`
 * return promises; `config` is the boot's partial reading of the config until the engine has
 * loaded (then the validated one); `sync` is defined when the config has an `endpoint` and
 * its methods load the engine.
 */
export interface AssentFacade extends Pick<
  Assent,
  | 'ready'
  | 'get'
  | 'allowed'
  | 'needsDecision'
  | 'on'
  | 'acceptAll'
  | 'rejectAll'
  | 'set'
  | 'commitDraft'
  | 'discardDraft'
  | 'recordMarketing'
  | 'markPending'
  | 'applyMarketing'
  | 'replaceRecord'
  | 'getRecord'
  | 'identify'
  | 'showBanner'
  | 'showPreferences'
  | 'dispose'
> {
  /** Whether `ready` has resolved. */
  readonly isReady: boolean;
  /** The subject events are recorded under. */
  readonly subject: string;
  /** The language tag decisions are recorded under. */
  readonly language: string;
  /** The config: the boot's reading until the engine has loaded, then the validated one. */
  readonly config: CoreConfig;
  /** The sender, when the config has an `endpoint`. */
  readonly sync: SyncFacade | undefined;
  /** The preferences draft (loads the engine, so a promise). */
  getDraft(): Promise<DraftChoices>;
  /** Edits the preferences draft (loads the engine, so a promise). */
  updateDraft(update: ChoiceUpdate): Promise<DraftChoices>;
}

/** What the boot gives the facade. */
export interface FacadeOptions {
  /** The page's config, as found (object, JSON text or nothing). */
  config: unknown;
  /** Imports the engine module. */
  loadEngine(): Promise<{ createAssent(options: AssentOptions): Assent }>;
  /** Imports the UI module and mounts it on the engine (given as a promise). */
  loadUi(engine: Promise<Assent>): Promise<void>;
}

/** The boot: the public facade, plus what the script tag drives it with. */
export interface Boot {
  api: AssentFacade;
  /** Loads the engine and the UI (once). */
  loadUi(): Promise<void>;
  /** The page's language tag (the engine maps it to a shipped table). */
  lang: string;
}

/** How long the boot waits for IndexedDB before handing over to the engine. */
const PEEK_TIMEOUT_MS = 1500;

/** Members that need the engine: each loads it and hands over. */
const DELEGATED = [
  'acceptAll',
  'rejectAll',
  'set',
  'getDraft',
  'updateDraft',
  'commitDraft',
  'recordMarketing',
  'markPending',
  'applyMarketing',
  'replaceRecord',
  'identify',
] as const;

/**
 * Starts the boot: derives the state from the mirror cookie, starts gating and Consent Mode
 * on it, and builds `window.assent`, which loads the engine when it is needed and then
 * follows it. The boot's gate and Consent Mode stay the only ones: they follow the engine's
 * manager once it is there, so nothing gated runs twice and the default is pushed once.
 */
export function createFacade(options: FacadeOptions): Boot {
  // Errs towards denying: the boot never grants what the engine's validation would not.
  const { config, doubtful } = readTolerantConfig(options.config);
  const now = () => new Date();
  const gpc =
    (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const mirror = readMirror(config.cookieName, document);
  let record: StoredDecision = mirror
    ? recordFromMirror(mirror, config, now())
    : undecided(randomId(), config, now());
  let state: ConsentState = deriveState(record, config, gpc, now());

  const emitter = new Emitter<ManagerEvents>();
  /** The engine's manager once created; `live` once it answers for the page. */
  let engine: Assent | undefined;
  let live: Assent | undefined;
  let isReady = false;
  let resolveReady!: (state: ConsentState) => void;
  const ready = new Promise<ConsentState>((resolve) => (resolveReady = resolve));

  const announceChange = (next: ConsentState) => {
    emitter.emit('change', structuredClone(next));
    document.dispatchEvent(new AssentChangeEvent(structuredClone(next)));
  };
  const settle = (next: ConsentState, announce: boolean) => {
    if (isReady) return;
    isReady = true;
    resolveReady(next);
    emitter.emit('ready', structuredClone(next));
    if (announce) document.dispatchEvent(new AssentReadyEvent(structuredClone(next)));
  };

  // Other tabs' decisions, until the engine (with its own channel) takes over.
  let tabs: { close(): void } | undefined;
  try {
    tabs = connectTabs((incoming) => {
      if (engine || !isStoredDecision(incoming) || incoming.updatedAt < record.updatedAt) return;
      record = incoming;
      state = deriveState(record, config, gpc, now());
      announceChange(state);
    }, config.cookieName);
  } catch {
    // No cross-tab channel: the next page load reads the mirror cookie.
  }

  let engineLoad: Promise<Assent> | undefined;
  const loadEngine = (): Promise<Assent> =>
    (engineLoad ??= options.loadEngine().then(
      ({ createAssent }) => {
        const manager = createAssent({
          // The page's config is untyped JSON: the engine checks every field at run time.
          config: options.config as AssentConfig,
          subject: record.subject,
          // Already announced by the boot: the engine starts from it and loads quietly.
          announced: isReady ? record : undefined,
        });
        engine = manager;
        tabs?.close();
        manager.on('show', (payload) => emitter.emit('show', payload));
        manager.on('record', (payload) => emitter.emit('record', payload));
        // The manager fires `assent-change` on the document itself.
        manager.on('change', (next) => {
          live = manager;
          state = next;
          emitter.emit('change', next);
        });
        void manager.ready.then((loaded) => {
          if (!live) {
            live = manager;
            // Its validated config may read the mirror differently from the boot.
            if (JSON.stringify(loaded) !== JSON.stringify(state)) announceChange(loaded);
          }
          state = manager.get();
          // The manager has fired `assent-ready` unless the boot had.
          settle(state, false);
        });
        return manager;
      },
      (error: unknown) => {
        console.error('[assent] Could not load the consent engine:', error);
        // The page keeps the boot's answers; `ready` still resolves.
        settle(state, true);
        throw error;
      },
    ));

  const withEngine = <T>(use: (manager: Assent) => T | Promise<T>): Promise<T> =>
    loadEngine().then(use);

  let ui: Promise<void> | undefined;
  const loadUi = () => (ui ??= options.loadUi(loadEngine()));
  const show = (view: (manager: Assent) => void) =>
    void loadUi().then(
      () => view(engine!),
      () => undefined,
    );

  const sync: SyncFacade | undefined = config.endpoint
    ? {
        flush: () => withEngine((manager) => manager.sync?.flush()),
        pending: () => withEngine((manager) => manager.sync?.pending() ?? []),
        failed: () => withEngine((manager) => manager.sync?.failed() ?? []),
        retryFailed: (ids) => withEngine((manager) => manager.sync?.retryFailed(ids)),
        on: (type, listener) => {
          let stop: (() => void) | undefined;
          let stopped = false;
          void withEngine((manager) => {
            if (!stopped) stop = manager.sync?.on(type, listener);
          }).catch(() => undefined);
          return () => {
            stopped = true;
            stop?.();
          };
        },
      }
    : undefined;

  // Each of these loads the engine and calls its namesake (all return promises there).
  const delegated = Object.fromEntries(
    DELEGATED.map((name) => [
      name,
      (...args: unknown[]) =>
        withEngine((manager) => (manager[name] as (...args: unknown[]) => unknown)(...args)),
    ]),
  ) as Pick<AssentFacade, (typeof DELEGATED)[number]>;

  const api: AssentFacade = {
    ready,
    get isReady() {
      return isReady;
    },
    get: () => live?.get() ?? structuredClone(state),
    allowed: (id) => (live ? live.allowed(id) : isAllowed(state, id)),
    needsDecision: () => (live ? live.needsDecision() : !decisionIsCurrent(record, config, now())),
    on: (type, listener) => emitter.on(type, listener),
    ...delegated,
    discardDraft: () => engine?.discardDraft(),
    getRecord: () => live?.getRecord() ?? structuredClone(record),
    showBanner: () => show((manager) => manager.showBanner()),
    showPreferences: (opener) => {
      // Where focus returns to is known now, not after the download.
      const returnTo = opener ?? document.activeElement;
      show((manager) => manager.showPreferences(returnTo));
    },
    dispose: () => {
      tabs?.close();
      engine?.dispose();
    },
    get subject() {
      return live?.subject ?? record.subject;
    },
    get language() {
      return live?.language ?? pageLanguage(config, document);
    },
    get config() {
      return live?.config ?? config;
    },
    sync,
  };

  // The boot's gate and Consent Mode, following the engine once it answers.
  const source: GatingSource = {
    get config() {
      return api.config;
    },
    allowed: api.allowed,
    get: api.get,
    on: (type, listener) => emitter.on(type, listener),
  };
  startGating(source, window, {
    // A config the boot doubts is reported by the engine first; ids it lacks may be fine.
    reportUnknown: () => (live ? !live.config.defaulted : !config.defaulted && !doubtful),
  });

  // `assent.ready`: the mirror's decision confirmed from IndexedDB, or the engine's answer.
  const confirm = async (): Promise<boolean> => {
    if (!mirror || api.needsDecision() || doubtful) return false;
    const startedWith = record;
    let stored: unknown;
    try {
      const saved = await peekSaved(PEEK_TIMEOUT_MS);
      // Unsent events are the engine's to send.
      if (saved.unsent) return false;
      stored = saved.decision;
    } catch {
      return false; // the engine steps down to localStorage or memory
    }
    // Missing while the mirror exists (Safari's purge), unreadable, or changed meanwhile.
    if (!isStoredDecision(stored) || record !== startedWith || engineLoad) return false;
    const fromStore = deriveState(stored, config, gpc, now());
    const sameDecision =
      stored.subject === record.subject &&
      stored.revision === record.revision &&
      Math.floor(Date.parse(stored.decidedAt ?? '') / 1000) ===
        Math.floor(Date.parse(record.decidedAt ?? '') / 1000) &&
      JSON.stringify([fromStore.categories, fromStore.services]) ===
        JSON.stringify([state.categories, state.services]);
    if (!sameDecision) return false;
    // As the engine would: the stored record (with its marketing state) is applied.
    record = stored;
    state = fromStore;
    announceChange(state);
    settle(state, true);
    return true;
  };
  void confirm().then(
    (confirmed) => {
      if (!confirmed && !isReady) void loadEngine().catch(() => undefined);
    },
    () => void loadEngine().catch(() => undefined),
  );

  return {
    api,
    loadUi: () => loadUi().catch(() => undefined),
    lang: pageLanguage(config, document),
  };
}
