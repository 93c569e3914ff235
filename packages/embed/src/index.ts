/**
 * The script-tag entry (`dist/assent.js`). Order matters:
 * 1. the Consent Mode default is pushed synchronously, before any gated tag can run;
 * 2. a returning visitor's choice applies at once from the mirror cookie, and gated content
 *    that is allowed runs;
 * 3. the UI (banner, preferences, elements) is downloaded only when it is needed: a first
 *    visit, a new revision or an expired decision, the preferences being opened, or an
 *    `assent-*` element on the page.
 * Nothing here throws into the host page.
 */
import { createAssent, resolveLocale, startGating, type Assent } from '@assent/core';
import { findOwnScript, readPageConfig } from './page-config.js';

type UiModule = typeof import('./ui.js');

declare global {
  interface Window {
    /** The consent API (SPEC's JavaScript API). */
    assent?: Assent;
    /** Config for the script tag, as an alternative to `data-config`. */
    assentConfig?: unknown;
  }
}

const UI_TAGS = [
  'assent-banner',
  'assent-preferences',
  'assent-trigger',
  'assent-embed',
  'assent-optin',
  'assent-unsubscribe',
];

/** Fetches the page language's strings in parallel with the UI module that will import them. */
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
  const manager = createAssent({ config: readPageConfig(script, window) });
  window.assent = manager;
  startGating(manager);

  const base = script?.src ? new URL('.', script.src).href : new URL('.', document.baseURI).href;
  let ui: Promise<UiModule> | undefined;
  const loadUi = (): Promise<UiModule> => {
    if (!ui) preload(`${base}assent-lang-${resolveLocale(manager.language)}.js`);
    ui ??= (import(/* webpackIgnore: true */ `${base}assent-ui.js`) as Promise<UiModule>).then(
      (module) => {
        module.mount(manager);
        return module;
      },
    );
    ui.catch((error: unknown) => console.error('[assent] Could not load the consent UI:', error));
    return ui;
  };

  // Until the UI is here, a request to show it loads it and is then answered by it.
  const stopShow = manager.on('show', ({ view, opener }) => {
    stopShow();
    void loadUi().then(() =>
      view === 'banner' ? manager.showBanner() : manager.showPreferences(opener),
    );
  });
  document.addEventListener('click', (event) => {
    if (ui) return;
    const target = (event.target as Element | null)?.closest?.('[data-assent-show]');
    if (!target) return;
    event.preventDefault();
    if (target.getAttribute('data-assent-show') === 'banner') manager.showBanner();
    else manager.showPreferences(target);
  });

  const pageNeedsUi = () =>
    UI_TAGS.some((tag) => document.querySelector(`${tag}:not(:defined)`)) ||
    // A blocked iframe gets a placeholder with "Allow and load".
    Array.from(
      document.querySelectorAll('iframe[data-assent][data-src]:not([data-assent-activated])'),
    ).some((frame) => frame.getAttribute('data-assent') !== null);

  // The mirror cookie already says whether a decision is needed: start loading the UI now,
  // alongside reading storage, rather than after it.
  if (manager.needsDecision() || pageNeedsUi()) void loadUi();
  void manager.ready.then(() => {
    if (manager.needsDecision() || pageNeedsUi()) {
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
