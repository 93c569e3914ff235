import type { CoreConfig, ResolvedConfig } from '../config.js';
import { readBootConfig } from '../config-read.js';
import { AssentChangeEvent, AssentReadyEvent, Emitter } from '../events.js';
import { pageLanguage } from '../i18n/locale.js';
import {
  decisionIsCurrent,
  deriveState,
  isAllowed,
  isStoredDecision,
  recordFromMirror,
  undecided,
  type ConsentState,
  type DraftChoices,
  type StoredDecision,
} from '../state.js';
import { readMirror, writeMirror } from '../storage/mirror.js';
import { connectTabs } from '../tabs.js';
import { randomId } from '../uuid.js';
import {
  mergeWithMirror,
  peekDecision,
  persistDecision,
  readStoredDecision,
} from './persistence.js';
import { holdEvents } from '../storage/held.js';
import type { ConsentRuntime } from './runtime.js';
import type {
  ConsentEvent,
  DecisionMethod,
  ManagerEvents,
  RuntimeOptions,
  RuntimeParts,
} from './types.js';

/**
 * The runtime's record keeping, under the decisions of {@link ConsentRuntime}: mirror cookie →
 * record → state, other tabs, `ready`, the parts that join later, and the commit of each
 * change (at once in memory, the mirror and for listeners; stored and sent once the parts
 * have joined).
 */
export class RuntimeCore<Config extends CoreConfig = CoreConfig> {
  /** Resolves once the stored decision is loaded and applied. Never rejects. */
  readonly ready: Promise<ConsentState>;
  /** Whether `ready` has resolved. */
  isReady = false;
  /** Whether the early reading of the config doubted a field (the full check will name it). */
  readonly doubtful: boolean;

  private currentConfig: Config;
  private checked: boolean;
  private readonly emitter = new Emitter<ManagerEvents>();
  protected readonly doc: Document | undefined;
  protected readonly now: () => Date;
  protected readonly gpc: boolean;
  private readonly fromMirror: StoredDecision | undefined;
  protected record: StoredDecision;
  protected state: ConsentState;
  protected draft: DraftChoices | null = null;
  private readonly loadParts: RuntimeOptions['parts'];
  private joining: Promise<RuntimeParts> | undefined;
  private joined: RuntimeParts | undefined;
  private checking: Promise<ResolvedConfig> | undefined;
  /** Events recorded while the parts could not load, sent once they do. */
  private held: ConsentEvent[] = [];
  /** Started by the script tag's boot, on the browser's own storage, its engine still to come. */
  private readonly peeks: boolean;
  private tabs: { post(record: StoredDecision): void; close(): void } | undefined;
  /** Writes happen one after another so an older decision never lands last. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(options: RuntimeOptions) {
    this.doc = options.document ?? (typeof document === 'undefined' ? undefined : document);
    this.now = options.now ?? (() => new Date());
    const early = options.checked ? undefined : readBootConfig(options.config);
    this.checked = !early;
    this.currentConfig = (options.checked ?? early!.config) as Config;
    this.doubtful = early?.doubtful ?? false;
    this.gpc =
      options.gpc ??
      (typeof navigator !== 'undefined' &&
        (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl ===
          true);
    const mirror = this.doc ? readMirror(this.config.cookieName, this.doc) : undefined;
    this.fromMirror = mirror ? recordFromMirror(mirror, this.config, this.now()) : undefined;
    this.record =
      this.fromMirror ?? undecided(options.subject ?? randomId(), this.config, this.now());
    this.state = this.derive();
    this.loadParts = options.parts;
    if (options.syncTabs ?? true) {
      try {
        this.tabs = connectTabs((record) => this.receiveFromTab(record), this.config.cookieName);
      } catch {
        // No cross-tab channel: each tab still reads the latest decision on load.
      }
    }
    this.peeks = options.peek === true;
    this.ready = this.start(this.peeks);
  }

  // ---- Reading -------------------------------------------------------------------------

  /** The config: the early reading until the full check has joined, then the checked one. */
  get config(): Config {
    return this.currentConfig;
  }

  /** Whether the config is the full check's (it has reported every bad field). */
  get configChecked(): boolean {
    return this.checked;
  }

  /** The current state (a copy: changing it changes nothing). */
  get(): ConsentState {
    return structuredClone(this.state);
  }

  /** Whether a category or a service is granted. Unknown ids are never allowed. */
  allowed(idOrCategory: string): boolean {
    return isAllowed(this.state, idOrCategory);
  }

  /** Whether the banner should show: no decision yet, a new revision, or an expired decision. */
  needsDecision(): boolean {
    return !decisionIsCurrent(this.record, this.config, this.now());
  }

  /** The language tag decisions are recorded under (`<html lang>` or the config's `language`). */
  get language(): string {
    return pageLanguage(this.config, this.doc);
  }

  /** The subject events are recorded under. */
  get subject(): string {
    return this.record.subject;
  }

  /** The committed record (for sync and identity merging). */
  getRecord(): StoredDecision {
    return structuredClone(this.record);
  }

  /** Listens to `change`, `ready`, `show` or `record`; returns the function that stops. */
  on<K extends keyof ManagerEvents>(
    type: K,
    listener: (payload: ManagerEvents[K]) => void,
  ): () => void {
    return this.emitter.on(type, listener);
  }

  // ---- Views ---------------------------------------------------------------------------

  /** Asks the UI to show the banner. */
  showBanner(): void {
    this.emitter.emit('show', { view: 'banner' });
  }

  /** Asks the UI to open the preferences centre; focus returns to `opener` when it closes. */
  showPreferences(opener?: Element | null): void {
    this.emitter.emit('show', {
      view: 'preferences',
      opener: opener ?? (this.doc?.activeElement as Element | null | undefined) ?? null,
    });
  }

  /** Stops listening to other tabs and closes the sender. */
  dispose(): void {
    this.tabs?.close();
    this.joined?.sink?.close?.();
  }

  // ---- The parts that join later ---------------------------------------------------------

  /** Loads the later parts once (storage, sender, identity, the full config check). */
  join(): Promise<RuntimeParts> {
    return (this.joining ??= Promise.resolve()
      .then(() => this.loadParts(this as unknown as ConsentRuntime))
      .then(
        (parts) => {
          if (parts.config) this.useConfig(parts.config);
          this.joined = parts;
          return parts;
        },
        (error: unknown) => {
          this.joining = undefined; // the next need tries again
          throw error;
        },
      ));
  }

  /**
   * Runs the full config check once, whoever asks first (the UI or the engine), so each bad
   * field is reported once; resolves with the checked config.
   */
  checkConfig(check: () => ResolvedConfig | Promise<ResolvedConfig>): Promise<ResolvedConfig> {
    return (this.checking ??= this.checked
      ? Promise.resolve(this.config as unknown as ResolvedConfig)
      : Promise.resolve()
          .then(check)
          .then((config) => {
            this.useConfig(config);
            return config;
          }));
  }

  /**
   * Takes the config after the full check (the first one given wins). The state is derived
   * again, and listeners hear of it only if it changed.
   */
  useConfig(config: ResolvedConfig): void {
    if (this.checked) return;
    this.checked = true;
    this.currentConfig = config as unknown as Config;
    const before = JSON.stringify(this.state);
    this.state = this.derive();
    if (JSON.stringify(this.state) !== before) this.announce();
  }

  // ---- Internals -----------------------------------------------------------------------

  protected derive(): ConsentState {
    return deriveState(this.record, this.config, this.gpc, this.now());
  }

  private announce(): void {
    this.emitter.emit('change', this.get());
    this.doc?.dispatchEvent(new AssentChangeEvent(this.get()));
  }

  private async start(peek: boolean): Promise<ConsentState> {
    if (!(peek && (await this.confirmFromPeek()))) {
      try {
        await this.loadStored((await this.join()).storage);
      } catch (error) {
        // The page keeps the mirror's answers; `ready` still resolves.
        console.error('[assent] Could not load the consent engine:', error);
      }
    }
    this.isReady = true;
    const state = this.get();
    this.emitter.emit('ready', state);
    this.doc?.dispatchEvent(new AssentReadyEvent(state));
    return state;
  }

  /**
   * Whether IndexedDB, read directly, holds exactly what the mirror cookie says (or nothing,
   * with no cookie either) and no unsent events: then storage has nothing to add, and the
   * stored record (with its marketing state) applies without loading the parts.
   */
  private async confirmFromPeek(): Promise<boolean> {
    if (this.doubtful || (this.fromMirror && this.needsDecision())) return false;
    const startedWith = this.record;
    const saved = await peekDecision();
    if (!saved || saved.unsent || this.record !== startedWith || this.joining) return false;
    const stored = saved.decision;
    if (!this.fromMirror) return stored === undefined;
    if (!isStoredDecision(stored)) return false; // purged while the cookie lives (Safari)
    const fromStore = deriveState(stored, this.config, this.gpc, this.now());
    const second = (time: string | null) => Math.floor(Date.parse(time ?? '') / 1000);
    const same =
      stored.subject === startedWith.subject &&
      stored.revision === startedWith.revision &&
      second(stored.decidedAt) === second(startedWith.decidedAt) &&
      JSON.stringify([fromStore.categories, fromStore.services]) ===
        JSON.stringify([this.state.categories, this.state.services]);
    if (!same) return false;
    this.record = stored;
    this.state = fromStore;
    this.announce();
    return true;
  }

  private async loadStored(storage: RuntimeParts['storage']): Promise<void> {
    const startedWith = this.record;
    const stored = await readStoredDecision(storage);
    if (this.record !== startedWith) {
      // A decision was made while storage was loading: it wins and is already being written.
    } else if (stored) {
      const { record, rewrite } = mergeWithMirror(stored, this.record);
      this.apply(record);
      if (rewrite) void persistDecision(storage, record);
    } else if (this.record.decidedAt) {
      // Only the mirror knew the decision (storage was cleared): keep it and store it again.
      void persistDecision(storage, this.record);
    }
  }

  protected event(
    kind: ConsentEvent['kind'],
    method: DecisionMethod,
    at: string,
    rest: Pick<ConsentEvent, 'choices' | 'wording' | 'contact'>,
  ): ConsentEvent {
    const event: ConsentEvent = {
      id: randomId(),
      subject: this.record.subject,
      at,
      kind,
      method,
      revision: this.config.revision,
      locale: this.language,
      page: this.doc?.location?.href ?? '',
      gpc: this.gpc,
      choices: rest.choices,
    };
    if (this.record.subjectToken) event.subjectToken = this.record.subjectToken;
    if (rest.wording !== undefined) event.wording = rest.wording;
    if (rest.contact) event.contact = rest.contact;
    return event;
  }

  /**
   * Applies a record at once (state, mirror cookie, listeners, other tabs), then stores it and
   * queues its events once the parts have joined, in order.
   */
  protected commit(record: StoredDecision, events: ConsentEvent[]): Promise<ConsentState> {
    this.apply(record);
    this.tabs?.post(record);
    const state = this.get();
    // Before the script tag's engine has joined (a first decision), kept at once where there
    // is an endpoint, so a page left before the engine arrives still sends them from the next
    // page: its outbox takes them over. Never an event with a contact: browser storage holds
    // no email or phone in the clear.
    const toHold =
      this.peeks && this.config.endpoint && !this.joined
        ? events.filter((event) => !event.contact)
        : [];
    const journaled = toHold.length > 0 && holdEvents(toHold);
    const inMemory = journaled ? events.filter((event) => event.contact) : events;
    const work = this.writes.then(async () => {
      let parts: RuntimeParts;
      try {
        parts = await this.join();
      } catch (error) {
        // The mirror cookie holds the decision; its events wait for the next try.
        this.held.push(...inMemory);
        console.error('[assent] Could not load the consent engine to store the decision:', error);
        return;
      }
      await persistDecision(parts.storage, record);
      const earlier = this.held.splice(0);
      const queued = earlier.concat(inMemory);
      if (queued.length === 0 && !journaled) return;
      try {
        await parts.sink?.enqueue(queued);
      } catch (error) {
        console.error('[assent] Could not queue the decision for sending:', error);
      }
      for (const event of earlier.concat(events)) this.emitter.emit('record', event);
    });
    this.writes = work.catch(() => undefined);
    return work.then(() => state);
  }

  /** Resolves once every decision so far is stored and queued for sending (or held). */
  settled(): Promise<unknown> {
    return this.writes;
  }

  /** Makes a record current in memory, the mirror cookie and for listeners. */
  private apply(record: StoredDecision): void {
    this.record = record;
    this.state = this.derive();
    if (this.doc) {
      const decided = decisionIsCurrent(record, this.config, this.now());
      writeMirror(
        decided
          ? {
              revision: record.revision,
              decidedAt: record.decidedAt!,
              subject: record.subject,
              categories: Object.keys(record.categories).filter(
                (category) => record.categories[category],
              ),
              services: record.services,
            }
          : undefined,
        {
          name: this.config.cookieName,
          domain: this.config.cookieDomain,
          maxAgeDays: this.config.expiresAfterDays,
        },
        this.doc,
      );
    }
    this.announce();
  }

  private receiveFromTab(record: unknown): void {
    if (!isStoredDecision(record) || record.updatedAt < this.record.updatedAt) return;
    this.draft = null;
    this.apply(record);
  }
}
