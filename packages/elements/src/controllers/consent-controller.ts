import {
  loadTranslator,
  type ConsentManager,
  type ConsentState,
  type ManagerEvents,
  type Translator,
} from '@assent/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaultManager, onDefaultManagerChange } from './manager.js';

/** An element driven by a consent manager (its own, or the default one). */
export type ConsentHost = ReactiveControllerHost & HTMLElement & { manager?: ConsentManager };

// One translator per manager and language, shared by every element on the page.
const translators = new WeakMap<ConsentManager, Map<string, Promise<Translator>>>();
const loadedTranslators = new WeakMap<ConsentManager, Map<string, Translator>>();

function translatorFor(manager: ConsentManager, lang: string): Promise<Translator> {
  let byLang = translators.get(manager);
  if (!byLang) translators.set(manager, (byLang = new Map()));
  let pending = byLang.get(lang);
  if (!pending) {
    pending = loadTranslator(manager.config, lang).then((translator) => {
      let loaded = loadedTranslators.get(manager);
      if (!loaded) loadedTranslators.set(manager, (loaded = new Map()));
      loaded.set(lang, translator);
      return translator;
    });
    byLang.set(lang, pending);
  }
  return pending;
}

/**
 * Starts loading the strings for the manager's language, so they arrive while the elements'
 * own code and the stored decision are still loading rather than after them.
 */
export function preloadStrings(manager: ConsentManager): Promise<Translator> {
  return translatorFor(manager, manager.language);
}

/**
 * Connects an element to the consent manager: follows its state, loads the strings for the
 * page's language and re-renders the host when either changes.
 *
 * @example
 * class MyElement extends LitElement {
 *   private consent = new ConsentController(this);
 *   override render() {
 *     const t = this.consent.translator;
 *     return t ? html`<p>${t.t('banner.title')}</p>` : nothing;
 *   }
 * }
 */
export class ConsentController implements ReactiveController {
  /** The manager in use: the host's own `manager`, else the default one. */
  manager: ConsentManager | undefined;
  /** The manager's current state (`undefined` until there is a manager). */
  state: ConsentState | undefined;
  /** Strings for the page's language; `undefined` until loaded. */
  translator: Translator | undefined;
  /** Whether the manager has loaded the stored decision. */
  ready = false;

  private readonly host: ConsentHost;
  private readonly onChange?: (state: ConsentState) => void;
  private readonly onShow?: (request: ManagerEvents['show']) => void;
  private stops: Array<() => void> = [];
  private loading: Promise<unknown> = Promise.resolve();
  private langObserver: MutationObserver | undefined;

  /**
   * @param options.onChange - called on every state change, before the host re-renders
   * @param options.onShow - called when the manager asks the UI to show a view
   */
  constructor(
    host: ConsentHost,
    options: {
      onChange?: (state: ConsentState) => void;
      onShow?: (request: ManagerEvents['show']) => void;
    } = {},
  ) {
    this.host = host;
    this.onChange = options.onChange;
    this.onShow = options.onShow;
    host.addController(this);
  }

  /** Resolves once the strings (and the stored decision) are loaded for the current manager. */
  get loaded(): Promise<void> {
    return this.loading.then(() => undefined);
  }

  hostConnected(): void {
    this.stops.push(onDefaultManagerChange(() => this.connectManager()));
    // A page that switches language (client-side routers do) gets new strings.
    if (typeof MutationObserver !== 'undefined') {
      this.langObserver = new MutationObserver(() => this.loadStrings());
      this.langObserver.observe(document.documentElement, { attributeFilter: ['lang'] });
    }
    this.connectManager(true);
  }

  hostDisconnected(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
    this.langObserver?.disconnect();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.manager = undefined;
  }

  hostUpdate(): void {
    // The host's `manager` property may have been set or replaced.
    if ((this.host.manager ?? getDefaultManager()) !== this.manager) this.connectManager();
  }

  private unsubscribe: (() => void) | undefined;

  private connectManager(force = false): void {
    const manager = this.host.manager ?? getDefaultManager();
    if (!force && manager === this.manager) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.manager = manager;
    this.state = manager?.get();
    this.translator = undefined;
    this.ready = manager?.isReady ?? false;
    if (!manager) {
      this.loading = Promise.resolve();
      this.host.requestUpdate();
      return;
    }
    const stopChange = manager.on('change', (state) => {
      this.state = state;
      this.onChange?.(state);
      this.host.requestUpdate();
    });
    const stopReady = manager.on('ready', (state) => {
      this.state = state;
      this.ready = true;
      this.host.requestUpdate();
    });
    const onShow = this.onShow;
    const stopShow = onShow ? manager.on('show', (request) => onShow(request)) : undefined;
    this.unsubscribe = () => {
      stopChange();
      stopReady();
      stopShow?.();
    };
    this.loadStrings();
  }

  private loadStrings(): void {
    const manager = this.manager;
    if (!manager) return;
    const lang = manager.language;
    const cached = loadedTranslators.get(manager)?.get(lang);
    if (cached) {
      // Already loaded by another element: render in the same frame, no flash.
      this.translator = cached;
      this.loading = manager.ready;
      this.host.requestUpdate();
      return;
    }
    const strings = translatorFor(manager, lang);
    // Strings may arrive before the stored decision: a first visit's banner can render then.
    void strings.then(
      (translator) => {
        if (this.manager !== manager || this.translator) return;
        this.translator = translator;
        this.host.requestUpdate();
      },
      () => undefined,
    );
    this.loading = Promise.all([strings, manager.ready]).then(
      ([translator]) => {
        if (this.manager !== manager) return;
        this.translator = translator;
        this.ready = true;
        this.state = manager.get();
        this.host.requestUpdate();
      },
      (error: unknown) => console.error('[assent] Could not load the strings:', error),
    );
  }
}
