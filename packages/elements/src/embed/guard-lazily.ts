import type { ConsentManager } from '@assent/core';

const GATED_IFRAME = 'iframe[data-assent]';

/**
 * Loads the placeholders' code (`placeholders.ts`) only once the page has a gated iframe, so
 * the banner's path stays light on pages without embeds. Returns the function that stops.
 */
export function guardIframesLazily(
  manager: ConsentManager,
  options: { theme?: string; ready: Promise<unknown> },
): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  const load = () => {
    watcher.disconnect();
    void import('./placeholders.js').then(({ guardIframes }) => {
      if (!stopped) stop = guardIframes(manager, options);
    });
  };
  const watcher = new MutationObserver((records) => {
    const found = records.some((record) =>
      Array.from(record.addedNodes).some(
        (node) =>
          node instanceof Element &&
          (node.matches(GATED_IFRAME) || !!node.querySelector(GATED_IFRAME)),
      ),
    );
    if (found) load();
  });
  void options.ready.then(() => {
    if (stopped) return;
    if (document.querySelector(GATED_IFRAME)) load();
    else watcher.observe(document.documentElement, { childList: true, subtree: true });
  });
  return () => {
    stopped = true;
    watcher.disconnect();
    stop?.();
  };
}
