/**
 * The script-tag entry (`dist/assent.js`): a small boot that applies a returning visitor's
 * choice on its own, and loads the engine (`assent-engine.js`: validation, the manager, its
 * storage and the sync outbox) and the UI (`assent-ui.js`) beside it only when needed.
 * Order matters:
 * 1. the config is read tolerantly (no validation: see `readTolerantConfig`);
 * 2. the Consent Mode default is pushed synchronously, before any gated tag can run;
 * 3. a returning visitor's choice applies at once from the mirror cookie (Consent Mode update,
 *    gated content that is allowed runs), and is confirmed from IndexedDB for `assent.ready`;
 * 4. the engine loads when a decision is needed, the config looks wrong, the outbox holds
 *    unsent events, IndexedDB does not confirm the mirror, or any member of `window.assent`
 *    other than reading the state is used; the UI loads with it when something is to be shown.
 * Nothing here throws into the host page.
 */
import { createFacade, type AssentFacade } from './facade.js';
import { findOwnScript, readPageConfig } from './page-config.js';

type UiModule = typeof import('./ui.js');
type EngineModule = typeof import('./engine.js');

declare global {
  interface Window {
    /** The consent API (SPEC's JavaScript API); see `AssentFacade` for the script tag's. */
    assent?: AssentFacade;
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

  let ui: Promise<UiModule> | undefined;
  const config = readPageConfig(script, window);
  const engineModule = () =>
    import(/* webpackIgnore: true */ `${base}assent-engine.js`) as Promise<EngineModule>;
  const {
    api: facade,
    loadUi,
    lang,
  } = createFacade({
    config,
    loadEngine: () => engineModule().then((engine) => engine.prepare(config)),
    // Until the UI is here, a request to show it loads it and is then answered by the engine.
    loadUi: (engine) => {
      // The language table loads beside the UI; the engine (already on its way) knows which
      // table a tag maps to, so the boot itself carries no list of languages.
      if (!ui)
        void engineModule().then(
          (module) => preload(`${base}assent-lang-${module.resolveLocale(lang)}.js`),
          () => undefined,
        );
      ui ??= Promise.all([
        import(/* webpackIgnore: true */ `${base}assent-ui.js`) as Promise<UiModule>,
        engine,
      ]).then(([module, manager]) => {
        module.mount(manager);
        return module;
      });
      ui.catch((error: unknown) => console.error('[assent] Could not load the consent UI:', error));
      return ui.then(() => undefined);
    },
  });
  window.assent = facade;

  document.addEventListener('click', (event) => {
    if (ui) return; // mounted, the UI answers these links itself
    const target = (event.target as Element | null)?.closest?.('[data-assent-show]');
    if (!target) return;
    event.preventDefault();
    if (target.getAttribute('data-assent-show') === 'banner') facade.showBanner();
    else facade.showPreferences(target);
  });

  const pageNeedsUi = () => document.querySelector(NEEDS_UI) !== null;

  // The mirror cookie already says whether a decision is needed: start loading the engine and
  // the UI now, in parallel, rather than after storage answers.
  if (facade.needsDecision() || pageNeedsUi()) void loadUi();
  void facade.ready.then(() => {
    if (facade.needsDecision() || pageNeedsUi()) {
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
