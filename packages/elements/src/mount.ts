import './define.js';
import {
  startAssent as startRuntime,
  type Assent,
  type ConsentManager,
  type StartOptions,
} from '@assent/core';
import type { AssentBanner } from './banner/banner.js';
import { guardIframesLazily } from './embed/guard-lazily.js';
import type { AssentPreferences } from './preferences/preferences.js';
import { preloadStrings } from './controllers/consent-controller.js';
import { getDefaultManager, setDefaultManager } from './controllers/manager.js';

/** Options for `mountConsentUI`. */
export interface MountOptions {
  /** Colour scheme of every element it adds. @default "light" */
  theme?: 'auto' | 'light' | 'dark';
  /** Where the banner, preferences and trigger go. @default document.body */
  container?: HTMLElement;
}

/** Loads the preferences centre's code (its own chunk) and registers the element. */
export function loadPreferences(): Promise<unknown> {
  return import('./preferences/define-preferences.js');
}

/**
 * Puts the consent UI on the page for a manager: the banner when a decision is needed, the
 * preferences centre when asked for (its code loads then), the trigger after a decision,
 * `data-assent-show` links, and a placeholder before each blocked `<iframe data-assent>`.
 * The elements only ask the manager; storage and sending stay in the core.
 *
 * @returns a function that removes everything it added
 * @example
 * const assent = new ConsentManager({ config });
 * const unmount = mountConsentUI(assent);
 * // <a href="#" data-assent-show="preferences">Cookie settings</a> now opens the centre.
 */
export function mountConsentUI(manager: ConsentManager, options: MountOptions = {}): () => void {
  setDefaultManager(manager);
  void preloadStrings(manager);
  const container = options.container ?? document.body;
  const added = new Set<Element>();
  const stops: Array<() => void> = [];
  let preferences: Promise<AssentPreferences> | undefined;
  let disposed = false;

  const create = <K extends 'assent-banner' | 'assent-preferences' | 'assent-trigger'>(
    tag: K,
    first = false,
  ) => {
    const element = document.createElement(tag);
    if (options.theme) element.setAttribute('theme', options.theme);
    if (first) container.prepend(element);
    else container.append(element);
    added.add(element);
    return element;
  };

  // An inline banner goes first in the container: before the skip link in the focus order.
  const banner = (): AssentBanner =>
    document.querySelector('assent-banner') ??
    create('assent-banner', manager.config.banner.layout === 'inline');

  const preferencesCentre = (): Promise<AssentPreferences> =>
    (preferences ??= loadPreferences().then(
      () => document.querySelector('assent-preferences') ?? create('assent-preferences'),
    ));

  const showTrigger = () => {
    if (manager.config.trigger === false || manager.needsDecision()) return;
    if (!document.querySelector('assent-trigger')) create('assent-trigger');
  };

  // ---- Wiring --------------------------------------------------------------------------
  stops.push(
    manager.on('show', ({ view, opener }) => {
      if (view === 'banner') banner().show();
      else void preferencesCentre().then((centre) => !disposed && centre.show(opener));
    }),
    manager.on('change', showTrigger),
    // A placeholder before each blocked `<iframe data-assent>` (see placeholders.ts).
    guardIframesLazily(manager, { theme: options.theme, ready: manager.ready }),
  );

  const onClick = (event: MouseEvent) => {
    const target =
      event.target instanceof Element ? event.target.closest('[data-assent-show]') : null;
    const view = target?.getAttribute('data-assent-show');
    if (view !== 'preferences' && view !== 'banner') return;
    event.preventDefault();
    if (view === 'preferences') manager.showPreferences(target);
    else manager.showBanner();
  };
  document.addEventListener('click', onClick);
  stops.push(() => document.removeEventListener('click', onClick));

  // The banner goes in at once (it renders when the decision and strings are loaded); should
  // storage know a decision the mirror cookie did not, it leaves again unseen.
  const early = manager.needsDecision() ? banner() : undefined;
  void manager.ready.then(() => {
    if (disposed) return;
    if (manager.needsDecision()) banner();
    else if (early && added.has(early)) {
      early.remove();
      added.delete(early);
    }
    showTrigger();
  });

  return () => {
    disposed = true;
    for (const stop of stops) stop();
    for (const element of added) element.remove();
    added.clear();
    if (getDefaultManager() === manager) setDefaultManager(undefined);
  };
}

/**
 * Starts Assent with its UI in one call: `startAssent` from `@assent/core` (Consent Mode
 * default, `data-assent` gating, the same `assent` API as the script tag) with
 * {@link mountConsentUI} as its UI, so the banner shows when a decision is needed.
 *
 * @example
 * import { startAssent } from '@assent/elements/mount';
 * const assent = startAssent({ config: { categories: { analytics: {} }, googleConsentMode: true } });
 */
export function startAssent(
  options: StartOptions & { theme?: MountOptions['theme'] } = {},
): Assent {
  const { theme, ...rest } = options;
  return startRuntime({ ui: (assent) => mountConsentUI(assent, { theme }), ...rest });
}
