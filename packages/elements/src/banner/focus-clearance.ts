/**
 * Keeping the page's focused element visible beside a banner that overlays the page (WCAG
 * 2.2's 2.4.11 Focus Not Obscured): scroll padding as tall as the part of the viewport the
 * banner covers, so the browser scrolls a focused control clear of it, and a nudge for the
 * controls the browser's own scroll still leaves underneath.
 */
import type { BannerPosition } from './placement.js';

/**
 * Sets the page's scroll padding (and the banner's `--_reserve`, the room a bottom bar keeps
 * under the page) to what the banner's box covers along its edge, following its size. Returns
 * the function that stops and puts the page's own scroll padding back; nothing for a centred
 * box, which has no edge.
 */
export function reserveRoom(
  host: HTMLElement,
  base: HTMLElement | undefined,
  position: BannerPosition,
): (() => void) | undefined {
  if (!base || position === 'center' || typeof ResizeObserver === 'undefined') return undefined;
  const side = position.startsWith('top') ? 'top' : 'bottom';
  const root = document.documentElement;
  const property = side === 'top' ? 'scroll-padding-top' : 'scroll-padding-bottom';
  const previous = root.style.getPropertyValue(property);
  const measure = () => {
    const rect = base.getBoundingClientRect();
    const covered = side === 'top' ? rect.bottom : innerHeight - rect.top;
    const height = `${Math.max(0, Math.ceil(covered))}px`;
    // CSSOM writes: allowed under a strict style-src CSP, unlike style attributes.
    root.style.setProperty(property, height);
    host.style.setProperty('--_reserve', height);
  };
  measure();
  const observer = new ResizeObserver(measure);
  observer.observe(base);
  return () => {
    observer.disconnect();
    host.style.removeProperty('--_reserve');
    if (previous) root.style.setProperty(property, previous);
    else root.style.removeProperty(property);
  };
}

/**
 * Scrolls the page so that the control focused through `target` sits in the band of the
 * viewport the banner leaves uncovered (beside the banner, any height will do).
 */
export function scrollClearOf(target: Element, banner: HTMLElement, bottomBar: boolean): void {
  // The focus event names a shadow host (a whole opt-in form, say): measure the control
  // that really has the focus, inside however many shadow roots.
  let inner: Element = target;
  while (inner.shadowRoot?.activeElement) inner = inner.shadowRoot.activeElement;
  const focused = inner.getBoundingClientRect();
  const box = banner.getBoundingClientRect();
  // The browser's own scroll can leave it under the banner, or above the top at high zoom.
  const beside = focused.right <= box.left || focused.left >= box.right;
  const top = bottomBar || beside ? 0 : Math.max(0, box.bottom);
  const bottom = !bottomBar || beside ? innerHeight : Math.min(innerHeight, box.top);
  let by = 0;
  if (focused.top < top) by = focused.top - top - 8;
  else if (focused.bottom > bottom) by = focused.bottom - bottom + 8;
  if (by !== 0) window.scrollBy({ top: by, behavior: 'instant' });
}
