/** The runtime's vocabulary: its events, what it records, and the parts that join it later. */
import type { ResolvedConfig } from '../config.js';
import type { ConsentRuntime } from './runtime.js';
import type { Method, WireEvent } from '../protocol.js';
import type { ConsentState } from '../state.js';
import type { KeyValueStore } from '../storage/index.js';
import type { FailedEvent } from '../sync/outbox.js';
import type { SyncEvents } from '../sync/outbox-sync.js';

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

/** What the runtime tells its listeners (`assent.on(type, fn)`). */
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

/** `assent.sync`: delivery of decisions to the endpoint. */
export interface SyncFacade {
  flush(): Promise<void>;
  pending(): Promise<ConsentEvent[]>;
  failed(): Promise<FailedEvent[]>;
  retryFailed(eventIds?: string[]): Promise<void>;
  /** Listens to `delivered` or `error`; returns the function that stops. */
  on<K extends keyof SyncEvents>(type: K, listener: (payload: SyncEvents[K]) => void): () => void;
}

/**
 * What joins the runtime after it has started (at once on the npm path, as a lazily loaded
 * module in the script tag): storage, the full config check, the sender and identity.
 */
export interface RuntimeParts {
  /** Where the decision is kept (IndexedDB with its fallbacks). */
  storage: KeyValueStore;
  /** The config after the full check, which has reported each bad field by name. */
  config?: ResolvedConfig;
  /** Where recorded events go. */
  sink?: EventSink;
  /** The sender behind `assent.sync`. */
  sync?: SyncFacade;
  /** Links the browser to a known user (pulls and merges that subject's state). */
  identify?(subjectId: string, options: { token?: string }): Promise<ConsentState>;
}

/** How a {@link ConsentRuntime} starts. */
export interface RuntimeOptions {
  /**
   * The site's config (object or JSON text), read tolerantly at once: a field it cannot read
   * takes its safe default, so doubt never grants. Ignored when `checked` is given.
   */
  config?: unknown;
  /** The config after the full check, when it is already known (the npm path). */
  checked?: ResolvedConfig;
  /** Loads what joins later (storage, sender, identity, the full check); called once. */
  parts: (runtime: ConsentRuntime) => RuntimeParts | Promise<RuntimeParts>;
  /**
   * Confirms the mirror cookie (or that nothing is stored) straight from IndexedDB before
   * loading the parts, so a returning visitor's page needs nothing more. @default false
   */
  peek?: boolean;
  /** The document to read `<html lang>` and cookies from and to fire events on. */
  document?: Document;
  /** The clock, for tests. */
  now?: () => Date;
  /** Overrides `navigator.globalPrivacyControl`. */
  gpc?: boolean;
  /** Keep other tabs in step. @default true */
  syncTabs?: boolean;
  /** The pseudonymous subject to start with when nothing is stored. @default a new UUID */
  subject?: string;
}
