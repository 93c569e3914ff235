import {
  MARKETING_CHANNELS,
  NECESSARY,
  parseConfig,
  type ConfigReporter,
  type ParseOptions,
  type MarketingChannel,
  type ResolvedConfig,
} from './config.js';
import { AssentChangeEvent, AssentReadyEvent, Emitter } from './events.js';
import { pageLanguage } from './i18n/locale.js';
import {
  decisionIsCurrent,
  deriveState,
  isAllowed,
  isStoredDecision,
  recordFromMirror,
  undecided,
  type ConsentState,
  type DraftChoices,
  type MarketingChannelState,
  type MarketingStatus,
  type StoredDecision,
} from './state.js';
import { createStorage, type KeyValueStore } from './storage/index.js';
import { DECISION_KEY } from './storage/keys.js';
import { readMirror, writeMirror } from './storage/mirror.js';
import { connectTabs } from './tabs.js';
import type { Method, WireEvent } from './protocol.js';
import { randomId } from './uuid.js';

/** How a decision was made, as recorded with it. */
export type DecisionMethod = Method;

/** One entry of the consent ledger, as sent to the endpoint (the wire protocol's event). */
export interface ConsentEvent extends WireEvent {
  revision: string;
  locale: string;
  page: string;
  gpc: boolean;
}

/** Where recorded events go: the sync outbox, or anything a test provides. */
export interface EventSink {
  /** Persists the events for delivery; resolves once they are safely queued. */
  enqueue(events: ConsentEvent[]): Promise<void>;
  /** Switches later events to a new subject (after `identify`). */
  close?(): void;
}

/** What the manager tells its listeners (`assent.on(type, fn)`). */
export interface ManagerEvents extends Record<string, unknown> {
  change: ConsentState;
  ready: ConsentState;
  /** A request to show a view; the UI layer answers it. */
  show: { view: 'banner' | 'preferences'; opener?: Element | null };
  /** A ledger event was recorded (already handed to the sink). */
  record: ConsentEvent;
}

/** Options for how a decision is recorded. */
export interface DecisionOptions {
  /** Which control made it. @default "api" */
  method?: DecisionMethod;
  /** The exact text the visitor saw, recorded as proof. */
  wording?: string;
}

/** Choices for `set()`: only the ids given change. */
export interface ChoiceUpdate {
  categories?: Record<string, boolean>;
  services?: Record<string, boolean>;
}

/** One channel's change in a marketing decision. */
export interface MarketingChoice {
  channel: MarketingChannel;
  status: Exclude<MarketingStatus, 'unknown'>;
  topics?: string[];
  /**
   * The legal basis when it is not consent: `soft-opt-in` for an existing customer's or
   * supporter's details (UK PECR reg. 22(3) and 22(3A)), who may object at any time.
   */
  basis?: 'soft-opt-in';
}

/** Everything the manager needs from its surroundings; all optional. */
export interface ManagerOptions {
  /** The site's config (object or JSON text). Bad fields are reported and defaulted. */
  config?: unknown;
  /** Storage to use; by default IndexedDB with its fallbacks. */
  storage?: KeyValueStore | Promise<KeyValueStore>;
  /** Where recorded events go; by default nowhere (set by `createAssent` when there is an endpoint). */
  sink?: EventSink | ((manager: ConsentManager) => EventSink);
  /** The document to read `<html lang>` and cookies from and to fire events on. */
  document?: Document;
  /** The clock, for tests. */
  now?: () => Date;
  /** Overrides `navigator.globalPrivacyControl`. */
  gpc?: boolean;
  /** Receives config problems; by default a console error each. */
  reportConfig?: ConfigReporter;
  /** Well-known services the config may name by id (`@assent/core/catalogue`). */
  catalogue?: ParseOptions['catalogue'];
  /** Keep other tabs in step. @default true */
  syncTabs?: boolean;
  /** The pseudonymous subject to start with when nothing is stored. @default a new UUID */
  subject?: string;
  /**
   * The record someone else (the script tag's boot) has already loaded, applied and announced.
   * The manager starts from it instead of the mirror cookie, fires no `assent-ready` on the
   * document, and fires `change` while loading only if storage holds something else.
   */
  announced?: StoredDecision;
}

/**
 * The single source of truth: holds the committed decision and the preferences draft,
 * persists and mirrors them, tells listeners and other tabs, and records ledger events.
 * Elements and the script tag only ever talk to this.
 *
 * @example
 * const assent = new ConsentManager({ config: { categories: { analytics: {} } } });
 * await assent.ready;
 * if (assent.needsDecision()) assent.showBanner();
 */
export class ConsentManager {
  /** The validated config with every default filled in. */
  readonly config: ResolvedConfig;
  /** Resolves once the stored decision is loaded and applied. Never rejects. */
  readonly ready: Promise<ConsentState>;
  /** Whether `ready` has resolved. */
  isReady = false;

  private readonly emitter = new Emitter<ManagerEvents>();
  private readonly doc: Document | undefined;
  private readonly now: () => Date;
  private readonly gpc: boolean;
  private record: StoredDecision;
  private state: ConsentState;
  private draft: DraftChoices | null = null;
  /** This page's marketing events by id, so an endpoint's `pending` answer can name them. */
  private readonly marketingEvents = new Map<string, Pick<ConsentEvent, 'id' | 'at' | 'choices'>>();
  private storage: Promise<KeyValueStore>;
  private sink: EventSink | undefined;
  private tabs: { post(record: StoredDecision): void; close(): void } | undefined;
  private readonly announced: boolean;
  /** Writes happen one after another so an older decision never lands last. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(options: ManagerOptions = {}) {
    this.doc = options.document ?? (typeof document === 'undefined' ? undefined : document);
    this.now = options.now ?? (() => new Date());
    this.config = parseConfig(options.config, options.reportConfig, {
      catalogue: options.catalogue,
    });
    this.gpc =
      options.gpc ??
      (typeof navigator !== 'undefined' &&
        (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl ===
          true);

    const mirror = this.doc ? readMirror(this.config.cookieName, this.doc) : undefined;
    this.record =
      options.announced ??
      (mirror
        ? recordFromMirror(mirror, this.config, this.now())
        : undecided(options.subject ?? randomId(), this.config, this.now()));
    this.state = this.derive();
    this.storage = Promise.resolve(options.storage ?? createStorage()).catch(() =>
      createStorage({ indexedDB: null }),
    );
    this.sink = typeof options.sink === 'function' ? options.sink(this) : options.sink;
    this.announced = options.announced !== undefined;
    this.ready = this.load(options.syncTabs ?? true);
  }

  // ---- Reading -------------------------------------------------------------------------

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

  /** Listens to `change`, `ready`, `show` or `record`; returns the function that stops. */
  on<K extends keyof ManagerEvents>(
    type: K,
    listener: (payload: ManagerEvents[K]) => void,
  ): () => void {
    return this.emitter.on(type, listener);
  }

  // ---- Deciding ------------------------------------------------------------------------

  /** Grants every category (except marketing under a GPC signal, by default). */
  acceptAll(options: DecisionOptions = {}): Promise<ConsentState> {
    const categories: Record<string, boolean> = {};
    const deniedBy: Record<string, 'gpc'> = {};
    for (const category of Object.keys(this.config.categories)) {
      const heldByGpc =
        category === 'marketing' && this.gpc && this.config.gpc === 'deny-marketing';
      categories[category] = !heldByGpc;
      if (heldByGpc) deniedBy[category] = 'gpc';
    }
    return this.decide(categories, {}, deniedBy, options);
  }

  /** Denies every optional category and service. */
  rejectAll(options: DecisionOptions = {}): Promise<ConsentState> {
    const categories = Object.fromEntries(
      Object.keys(this.config.categories).map((category) => [category, category === NECESSARY]),
    );
    return this.decide(categories, {}, {}, options);
  }

  /**
   * Changes some choices and commits them: only the ids given change; the rest keep their
   * current value (denied when there is no decision yet). Setting a category resets the
   * one-by-one choices of its services. Unknown ids are reported and ignored.
   */
  set(update: ChoiceUpdate, options: DecisionOptions = {}): Promise<ConsentState> {
    const current = !this.needsDecision();
    // Before a decision the derived state already runs the categories open to objection.
    const categories: Record<string, boolean> = { ...this.derive().categories };
    const services: Record<string, boolean> = current ? { ...this.record.services } : {};
    const deniedBy: Record<string, 'gpc'> = current ? { ...this.record.deniedBy } : {};
    for (const [category, granted] of Object.entries(update.categories ?? {})) {
      if (!(category in this.config.categories)) {
        console.error(`[assent] set(): unknown category "${category}" ignored.`);
        continue;
      }
      if (category === NECESSARY || typeof granted !== 'boolean') continue;
      categories[category] = granted;
      delete deniedBy[category];
      for (const [service, config] of Object.entries(this.config.services)) {
        if (config.category === category) delete services[service];
      }
    }
    for (const [service, granted] of Object.entries(update.services ?? {})) {
      const config = this.config.services[service];
      if (!config) {
        console.error(`[assent] set(): unknown service "${service}" ignored.`);
        continue;
      }
      if (typeof granted !== 'boolean' || config.category === NECESSARY) continue;
      if (granted === categories[config.category]) delete services[service];
      else services[service] = granted;
    }
    return this.decide(categories, services, deniedBy, options);
  }

  // ---- The preferences draft -------------------------------------------------------------

  /** The choices being edited in the preferences centre (created from the committed state). */
  getDraft(): DraftChoices {
    if (!this.draft) {
      this.draft = {
        categories: { ...this.state.categories },
        services: { ...this.state.services },
      };
    }
    return structuredClone(this.draft);
  }

  /** Edits the draft; switching a category switches its services with it. Commits nothing. */
  updateDraft(update: ChoiceUpdate): DraftChoices {
    const draft = this.getDraft();
    for (const [category, granted] of Object.entries(update.categories ?? {})) {
      if (!(category in draft.categories) || category === NECESSARY) continue;
      draft.categories[category] = granted;
      for (const [service, config] of Object.entries(this.config.services)) {
        if (config.category === category) draft.services[service] = granted;
      }
    }
    for (const [service, granted] of Object.entries(update.services ?? {})) {
      const config = this.config.services[service];
      if (!config || config.category === NECESSARY) continue;
      draft.services[service] = granted;
    }
    this.draft = draft;
    return structuredClone(draft);
  }

  /** Commits the draft ("Save choices"). */
  commitDraft(options: DecisionOptions = {}): Promise<ConsentState> {
    const draft = this.getDraft();
    this.draft = null;
    return this.set(draft, { method: 'preferences', ...options });
  }

  /** Throws the draft away (closing the preferences without saving). */
  discardDraft(): void {
    this.draft = null;
  }

  // ---- Marketing -----------------------------------------------------------------------

  /**
   * Records a marketing decision: one ledger event per channel carrying the contact, the
   * choices and the exact wording shown. The contact is sent, never kept in the browser.
   */
  recordMarketing(
    choices: MarketingChoice[],
    options: DecisionOptions & {
      contact?: { email?: string; phone?: string };
      kind?: 'marketing' | 'unsubscribe';
    } = {},
  ): Promise<ConsentState> {
    const at = this.now().toISOString();
    const marketing = structuredClone(this.record.marketing);
    const kind = options.kind ?? 'marketing';
    const events: ConsentEvent[] = [];
    for (const choice of choices) {
      const previous: MarketingChannelState = marketing[choice.channel];
      const topics = choice.topics ?? [];
      let next: MarketingChannelState;
      if (kind === 'unsubscribe' && choice.topics && choice.topics.length > 0) {
        // Leaving some topics keeps the channel for the rest.
        const remaining = previous.topics.filter((topic) => !topics.includes(topic));
        next = {
          status: remaining.length > 0 ? previous.status : 'denied',
          topics: remaining,
          since: at,
        };
      } else {
        next = {
          status: choice.status,
          topics: choice.status === 'denied' ? [] : topics,
          since: at,
        };
      }
      marketing[choice.channel] = next;
      const contact = pickContact(choice.channel, options.contact);
      events.push(
        this.event(kind, options.method ?? (kind === 'unsubscribe' ? 'unsubscribe' : 'optin'), at, {
          choices: {
            channel: choice.channel,
            status: choice.status,
            ...(choice.topics ? { topics } : {}),
            ...(choice.basis ? { basis: choice.basis } : {}),
          },
          wording: options.wording,
          ...(contact ? { contact } : {}),
        }),
      );
    }
    for (const event of events) if (kind === 'marketing') this.marketingEvents.set(event.id, event);
    return this.commit({ ...this.record, marketing, updatedAt: at }, events);
  }

  /**
   * Marks marketing opt-ins as waiting for confirmation (double opt-in): call it with the ids
   * the endpoint listed in its answer's `pending` (or with the events themselves, e.g. from the
   * outbox after a reload). A channel becomes `pending` only while that opt-in is still its
   * latest decision, so a later choice of the visitor is never overwritten. Records no event.
   *
   * @example
   * const answer = await response.json(); // { accepted: 1, duplicates: 0, pending: ['…'] }
   * await manager.markPending(answer.pending ?? []);
   */
  markPending(
    events: Array<string | Pick<ConsentEvent, 'id' | 'at' | 'choices'>>,
  ): Promise<ConsentState> {
    const marketing = structuredClone(this.record.marketing);
    let changed = false;
    for (const item of events) {
      const event = typeof item === 'string' ? this.marketingEvents.get(item) : item;
      const channel = event?.choices.channel as MarketingChannel | undefined;
      const current = channel ? marketing[channel] : undefined;
      if (!event || !current || current.since !== event.at || current.status !== 'granted')
        continue;
      marketing[channel!] = { ...current, status: 'pending' };
      changed = true;
    }
    if (!changed) return Promise.resolve(this.get());
    return this.commit({ ...this.record, marketing, updatedAt: this.now().toISOString() }, []);
  }

  /** Updates marketing state from elsewhere (the endpoint's answer) without recording an event. */
  applyMarketing(
    update: Partial<Record<MarketingChannel, MarketingChannelState>>,
  ): Promise<ConsentState> {
    const marketing = structuredClone(this.record.marketing);
    for (const channel of MARKETING_CHANNELS) {
      const item = update[channel];
      if (item)
        marketing[channel] = { status: item.status, topics: [...item.topics], since: item.since };
    }
    return this.commit({ ...this.record, marketing, updatedAt: this.now().toISOString() }, []);
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

  // ---- Identity ------------------------------------------------------------------------

  /** The subject events are recorded under. */
  get subject(): string {
    return this.record.subject;
  }

  /**
   * Replaces the whole record, e.g. after `identify` merged a subject's state from the
   * endpoint. Records no event.
   */
  replaceRecord(record: StoredDecision): Promise<ConsentState> {
    return this.commit(record, []);
  }

  /** The committed record (for sync and identity merging). */
  getRecord(): StoredDecision {
    return structuredClone(this.record);
  }

  /** Stops listening to other tabs. */
  dispose(): void {
    this.tabs?.close();
    this.sink?.close?.();
  }

  // ---- Internals -----------------------------------------------------------------------

  private derive(): ConsentState {
    return deriveState(this.record, this.config, this.gpc, this.now());
  }

  private decide(
    categories: Record<string, boolean>,
    services: Record<string, boolean>,
    deniedBy: Record<string, 'gpc'>,
    options: DecisionOptions,
  ): Promise<ConsentState> {
    const at = this.now().toISOString();
    const record: StoredDecision = {
      ...this.record,
      revision: this.config.revision,
      decidedAt: at,
      categories,
      services,
      deniedBy,
      updatedAt: at,
    };
    this.draft = null;
    const state = deriveState(record, this.config, this.gpc, this.now());
    // Categories run on another legal basis than consent say so in the event.
    const basis = Object.fromEntries(
      Object.entries(this.config.categories)
        .filter(([, category]) => category.basis === 'objection')
        .map(([id]) => [id, 'objection' as const]),
    );
    const event = this.event('cookies', options.method ?? 'api', at, {
      choices: {
        categories: state.categories,
        services: state.services,
        ...(Object.keys(basis).length > 0 ? { basis } : {}),
      },
      wording: options.wording,
    });
    return this.commit(record, [event]);
  }

  private event(
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

  /** Applies a record at once, then persists it and queues its events, in order. */
  private commit(record: StoredDecision, events: ConsentEvent[]): Promise<ConsentState> {
    this.apply(record);
    this.tabs?.post(record);
    const state = this.get();
    const work = this.writes.then(async () => {
      await this.persist(record);
      if (events.length > 0) {
        try {
          await this.sink?.enqueue(events);
        } catch (error) {
          console.error('[assent] Could not queue the decision for sending:', error);
        }
        for (const event of events) this.emitter.emit('record', event);
      }
    });
    this.writes = work.catch(() => undefined);
    return work.then(() => state);
  }

  /**
   * Makes a record current in memory, the mirror and for listeners (with `quiet`, listeners
   * hear of it only if the state changed).
   */
  private apply(record: StoredDecision, quiet = false): void {
    const before = quiet ? JSON.stringify(this.state) : '';
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
    if (quiet && JSON.stringify(this.state) === before) return;
    this.emitter.emit('change', this.get());
    this.doc?.dispatchEvent(new AssentChangeEvent(this.get()));
  }

  private async persist(record: StoredDecision): Promise<void> {
    try {
      const storage = await this.storage;
      await storage.set(DECISION_KEY, record);
    } catch (error) {
      // The mirror cookie and the server ledger still hold the decision.
      console.error('[assent] Could not store the decision:', error);
    }
  }

  private async load(syncTabs: boolean): Promise<ConsentState> {
    const startedWith = this.record;
    try {
      const storage = await this.storage;
      let stored: unknown;
      try {
        stored = await storage.get(DECISION_KEY);
      } catch (error) {
        console.warn('[assent] Could not read the stored decision:', error);
      }
      if (stored !== undefined && !isStoredDecision(stored)) {
        console.warn('[assent] The stored decision was unreadable and has been discarded.');
        await storage.del(DECISION_KEY).catch(() => undefined);
        stored = undefined;
      }
      if (stored && this.record === startedWith) {
        const record = stored as StoredDecision;
        // The mirror may be newer (another tab wrote it, or a write to IndexedDB failed).
        const mirrorNewer = (this.record.decidedAt ?? '') > (record.decidedAt ?? '');
        const merged = mirrorNewer
          ? { ...record, ...this.pickDecision(this.record), marketing: record.marketing }
          : record;
        this.apply(merged, this.announced);
        if (mirrorNewer) void this.persist(merged);
      } else if (this.record !== startedWith) {
        // A decision was made while storage was loading: it wins and is already being written.
      } else if (this.record.decidedAt) {
        // Only the mirror knew the decision (storage was cleared): keep it and store it again.
        void this.persist(this.record);
      }
    } catch (error) {
      console.error('[assent] Could not load the stored decision:', error);
    }
    if (syncTabs) {
      try {
        this.tabs = connectTabs((record) => this.receiveFromTab(record), this.config.cookieName);
      } catch {
        // No cross-tab channel: each tab still reads the latest decision on load.
      }
    }
    this.isReady = true;
    const state = this.get();
    this.emitter.emit('ready', state);
    if (!this.announced) this.doc?.dispatchEvent(new AssentReadyEvent(state));
    return state;
  }

  private pickDecision(record: StoredDecision): Partial<StoredDecision> {
    const { subject, revision, decidedAt, categories, services, deniedBy, updatedAt } = record;
    return { subject, revision, decidedAt, categories, services, deniedBy, updatedAt };
  }

  private receiveFromTab(record: unknown): void {
    if (!isStoredDecision(record)) return;
    if (record.updatedAt < this.record.updatedAt) return;
    this.draft = null;
    this.apply(record);
  }
}

function pickContact(
  channel: MarketingChannel,
  contact: { email?: string; phone?: string } | undefined,
): { email?: string; phone?: string } | undefined {
  if (!contact) return undefined;
  if (channel === 'email' && contact.email) return { email: contact.email };
  if (channel === 'sms' && contact.phone) return { phone: contact.phone };
  if (channel === 'post') return { ...contact };
  return undefined;
}
