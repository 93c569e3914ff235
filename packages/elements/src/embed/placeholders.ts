import { embedService, type ConsentManager } from '@assent/core';
import type { AssentEmbed } from './embed.js';
import { boxOf } from './size.js';

/** How long to wait for a framework to hydrate an iframe before standing in for it anyway. */
const HYDRATION_TIMEOUT_MS = 10_000;

/**
 * Whether an iframe sits in a React root that has not hydrated it yet: React marks its root
 * container at `hydrateRoot` and each node as it claims it. Inserting a node before React has
 * walked past would break its hydration (Vue's hydration patches a mismatch instead).
 */
function awaitingHydration(iframe: HTMLIFrameElement): boolean {
  if (Object.keys(iframe).some((key) => key.startsWith('__reactFiber$'))) return false;
  for (let node = iframe.parentElement; node; node = node.parentElement) {
    if (Object.keys(node).some((key) => key.startsWith('__reactContainer$'))) return true;
  }
  return false;
}

/**
 * A placeholder (`<assent-embed>`) before each blocked `<iframe data-assent data-src>`, shaped
 * like it, for as long as it is blocked and in the page:
 * - it takes the iframe's width and aspect ratio, or fills the responsive wrapper the iframe
 *   was positioned in;
 * - it goes when the service is allowed, and when the iframe leaves the page (a single-page
 *   app re-rendering);
 * - an iframe React is about to hydrate (`hydrateRoot`, a lazy part of the page) is left alone
 *   until React has claimed it, so the placeholder never breaks hydration.
 * Returns the function that removes them all.
 */
export function guardIframes(
  manager: ConsentManager,
  options: { theme?: string; ready: Promise<unknown> },
): () => void {
  const placeholders = new Map<
    HTMLIFrameElement,
    { embed: AssentEmbed; wasHidden: HTMLElement['hidden'] }
  >();
  const waiting = new Set<HTMLIFrameElement>();
  let stopped = false;

  const blocked = (iframe: HTMLIFrameElement) => {
    const id = iframe.dataset.assent ?? '';
    const service = embedService(id, iframe.dataset.src, manager.config);
    return !manager.allowed(service ?? id);
  };

  const place = (iframe: HTMLIFrameElement) => {
    const embed = document.createElement('assent-embed');
    embed.service = iframe.dataset.assent!;
    embed.src = iframe.dataset.src ?? '';
    if (options.theme) embed.setAttribute('theme', options.theme);
    const box = boxOf(iframe);
    embed.box = box;
    // CSSOM, not a style attribute: fine under a strict CSP.
    if (box.fill) {
      Object.assign(embed.style, {
        position: 'absolute',
        inset: '0',
        width: '100%',
        height: '100%',
      });
    }
    placeholders.set(iframe, { embed, wasHidden: iframe.hidden });
    iframe.hidden = true;
    iframe.before(embed);
  };

  const waitForHydration = (iframe: HTMLIFrameElement) => {
    waiting.add(iframe);
    const started = Date.now();
    const check = () => {
      if (stopped || !waiting.has(iframe)) return;
      if (!iframe.isConnected) return void waiting.delete(iframe);
      if (awaitingHydration(iframe) && Date.now() - started < HYDRATION_TIMEOUT_MS) {
        setTimeout(check, 50);
        return;
      }
      waiting.delete(iframe);
      guard(iframe);
    };
    setTimeout(check, 50);
  };

  const guard = (iframe: HTMLIFrameElement) => {
    // Only iframes still waiting for their src: a loaded one is not ours to hide.
    if (!iframe.dataset.assent || placeholders.has(iframe) || waiting.has(iframe)) return;
    if (iframe.getAttribute('src') || !blocked(iframe)) return;
    if (awaitingHydration(iframe)) waitForHydration(iframe);
    else place(iframe);
  };

  const scan = (root: ParentNode) => {
    if (root instanceof HTMLIFrameElement && root.matches('iframe[data-assent]')) guard(root);
    root.querySelectorAll?.<HTMLIFrameElement>('iframe[data-assent]').forEach(guard);
  };

  /** Placeholders go with their iframe, or once it may load. */
  const release = () => {
    for (const [iframe, { embed, wasHidden }] of placeholders) {
      if (!iframe.isConnected || !blocked(iframe)) {
        embed.remove();
        if (iframe.isConnected) iframe.hidden = wasHidden;
        placeholders.delete(iframe);
      }
    }
  };

  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      removed ||= record.removedNodes.length > 0;
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (removed) release();
  });

  const stopChange = manager.on('change', () => {
    release();
    scan(document);
  });
  void options.ready.then(() => {
    if (stopped) return;
    scan(document);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });

  return () => {
    stopped = true;
    stopChange();
    observer.disconnect();
    waiting.clear();
    for (const [iframe, { embed, wasHidden }] of placeholders) {
      embed.remove();
      iframe.hidden = wasHidden;
    }
    placeholders.clear();
  };
}
