import { createAssent, type Assent, type AssentOptions } from './assent.js';
import type { AssentConfig } from './config-input.js';
import { startGating } from './gating/index.js';

/** Puts the consent UI on the page for a runtime; returns what removes it (or nothing). */
export type MountUi = (assent: Assent) => unknown;

/** Options for {@link startAssent}. */
export interface StartOptions extends Omit<AssentOptions, 'config'> {
  /** The site's config: an object, or its JSON text. */
  config?: AssentConfig | string;
  /**
   * The UI: `mountConsentUI` from `@assent/elements/mount` (the banner when a decision is
   * needed, the preferences centre when asked for, the trigger, placeholders), or a function
   * that loads it. Without one the runtime is headless: gating and Consent Mode only.
   */
  ui?: MountUi;
  /** Also make the runtime `window.assent`, for inline handlers. @default true */
  global?: boolean;
  /** The window whose page is gated. @default window */
  window?: Window;
}

/**
 * Starts Assent on a page from npm, as the script tag does: pushes the Consent Mode default
 * (before any tag the page adds later), keeps every `data-assent` script, iframe and image
 * inert until its category or service is granted, applies a returning visitor's choice, and
 * shows the banner through `ui` when a decision is needed. Returns the `assent` object (the
 * same API as `window.assent`); its `dispose()` stops gating and removes the UI as well.
 *
 * @remarks Call it early, before the page's Google tag pushes its own commands, so the
 * Consent Mode default comes first. Calling it twice on one page starts two runtimes: don't.
 * @example
 * import { startAssent } from '@assent/core';
 * import { mountConsentUI } from '@assent/elements/mount';
 * const assent = startAssent({ config: { categories: { analytics: {} } }, ui: mountConsentUI });
 */
export function startAssent(options: StartOptions = {}): Assent {
  const { ui, global = true, window: win = window, ...rest } = options;
  const assent = createAssent({ document: win.document, ...rest });
  const stops: Array<() => void> = [startGating(assent, win)];
  if (ui) {
    try {
      const unmount = ui(assent);
      if (typeof unmount === 'function') stops.push(unmount as () => void);
    } catch (error) {
      console.error('[assent] Could not mount the consent UI:', error);
    }
  }
  // Typed loosely: the script tag declares its own `window.assent`.
  const host = win as unknown as { assent?: unknown };
  const dispose = assent.dispose.bind(assent);
  assent.dispose = () => {
    for (const stop of stops.splice(0)) stop();
    dispose();
    if (host.assent === assent) delete host.assent;
  };
  if (global && host.assent === undefined) host.assent = assent;
  return assent;
}
