import type { ConsentManager } from '@assent/core';

let defaultManager: ConsentManager | undefined;
const listeners = new Set<(manager: ConsentManager | undefined) => void>();

/**
 * Makes a manager the one every `assent-*` element uses when its own `manager` property is not
 * set. Elements already on the page pick it up at once.
 *
 * @example
 * const assent = new ConsentManager({ config });
 * setDefaultManager(assent);
 * document.body.append(document.createElement('assent-banner'));
 */
export function setDefaultManager(manager: ConsentManager | undefined): void {
  if (manager === defaultManager) return;
  defaultManager = manager;
  for (const listener of [...listeners]) listener(manager);
}

/** The manager elements fall back to, if one was set. */
export function getDefaultManager(): ConsentManager | undefined {
  return defaultManager;
}

/**
 * Calls `listener` whenever the default manager changes; returns the function that stops.
 * @remarks Elements written in the page's HTML may connect before the script sets a manager.
 */
export function onDefaultManagerChange(
  listener: (manager: ConsentManager | undefined) => void,
): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
