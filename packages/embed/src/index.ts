/**
 * The script-tag entry (`dist/assent.js`): boots the one consent runtime of `@assent/core` on
 * the page and loads what joins it later only when needed. Order matters:
 * 1. the config is read tolerantly (a field it cannot read takes its safe default);
 * 2. the Consent Mode default is pushed synchronously, before any gated tag can run;
 * 3. a returning visitor's choice applies at once from the mirror cookie (Consent Mode update,
 *    gated content that is allowed runs), and is confirmed straight from IndexedDB for
 *    `assent.ready`;
 * 4. the UI (`assent-ui.js`: Lit, the banner, the full config check) loads when something is
 *    to be shown; the engine (`assent-engine.js`: storage, the outbox and sender, identity)
 *    joins the runtime when a decision is to be stored, events wait unsent, IndexedDB does not
 *    confirm the mirror, the config looks wrong, or at idle after the banner.
 * Nothing here throws into the host page.
 */
import { ConsentRuntime, resolveLocale, startGating, type ManagerEvents } from '@assent/core';
import { findOwnScript, readPageConfig } from './page-config.js';

type UiModule = typeof import('./ui.js');
type EngineModule = typeof import('./engine.js');

declare global {
  interface Window {
    /** The consent API (the same object as `startAssent()` returns on the npm path). */
    assent?: ConsentRuntime;
    /** Config for the script tag, as an alternative to `data-config`. */
    assentConfig?: unknown;
  }
}

/**
 * What on a page needs the UI: an `assent-*` element not yet defined, or a blocked iframe
 * (it gets a placeholder with "Allow and load"). One selector, so the check that runs on
 * every DOM change of a single-page app is one query.
 */
const NEEDS_UI = [
  'assent-banner',
  'assent-preferences',
  'assent-trigger',
  'assent-embed',
  'assent-optin',
  'assent-unsubscribe',
]
  .map((tag) => `${tag}:not(:defined)`)
  .concat('iframe[data-assent][data-src]:not([data-assent-activated])')
  .join(', ');

/** Fetches a module in parallel with the module that will import it. */
function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

function boot(): void {
  if (window.assent) {
    console.error('[assent] The script was included twice; the second copy does nothing.');
    return;
  }
  const script = findOwnScript();
  const base = script?.src ? new URL('.', script.src).href : new URL('.', document.baseURI).href;
  const config = readPageConfig(script, window);
  const load = <T>(file: string) =>
    import(/* webpackIgnore: true */ `${base}${file}`) as Promise<T>;

  const runtime = new ConsentRuntime({
    config,
    peek: true,
    parts: (joining) =>
      load<EngineModule>('assent-engine.js').then((engine) => engine.join(joining, config)),
  });
  window.assent = runtime;
  let ui: Promise<UiModule> | undefined;
  /** A request to show something made before the UI was there: answered once it is. */
  let waiting: ManagerEvents['show'] | undefined;
  const stopWaiting = runtime.on('show', (request) => {
    waiting = request;
    void loadUi();
  });
  const loadUi = () => {
    if (!ui) {
      // The page's language table beside the UI (English is inside it).
      const locale = resolveLocale(runtime.language);
      if (locale !== 'en') preload(`${base}assent-lang-${locale}.js`);
      // A service named from the catalogue (`youtube: {}`) has no category of its own, which
      // is what the early reading doubts: fetch the catalogue beside the UI for the full check.
      // (A config that writes categories out loads it only if the check finds a catalogued id.)
      if (runtime.doubtful) preload(`${base}assent-catalogue.js`);
      ui = load<UiModule>('assent-ui.js');
      ui.then(
        async (module) => {
          await module.mount(runtime, config);
          stopWaiting();
          if (waiting?.view === 'banner') runtime.showBanner();
          else if (waiting) runtime.showPreferences(waiting.opener);
        },
        (error: unknown) => console.error('[assent] Could not load the consent UI:', error),
      );
    }
    return ui;
  };

  document.addEventListener('click', (event) => {
    if (ui) return; // mounted, the UI answers these links itself
    const target = (event.target as Element | null)?.closest?.('[data-assent-show]');
    if (!target) return;
    event.preventDefault();
    if (target.getAttribute('data-assent-show') === 'banner') runtime.showBanner();
    else runtime.showPreferences(target);
  });

  const pageNeedsUi = () => document.querySelector(NEEDS_UI) !== null;

  // The mirror cookie already says whether a decision is needed: start loading the UI now,
  // rather than after storage answers, and before gating runs (still in this task, so before
  // any gated tag could), so the banner's one request leaves as early as it can.
  if (runtime.needsDecision() || pageNeedsUi()) void loadUi();
  startGating(runtime, window, {
    // A config the early reading doubts is reported by the full check first.
    reportUnknown: () => !runtime.config.defaulted && (runtime.configChecked || !runtime.doubtful),
  });
  void runtime.ready.then(() => {
    if (runtime.needsDecision() || pageNeedsUi()) {
      void loadUi();
      return;
    }
    // Elements added later (single-page apps) still get their code.
    const observer = new MutationObserver(() => {
      if (pageNeedsUi()) {
        observer.disconnect();
        void loadUi();
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
}

try {
  boot();
} catch (error) {
  console.error('[assent] Could not start:', error);
}
