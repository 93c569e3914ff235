import { aTimeout } from '@open-wc/testing';

/**
 * Lets layout, observers and promises settle. A timer, not requestAnimationFrame: test files run
 * side by side in one browser, and a page in a background tab gets no animation frames.
 */
export function settle(ms = 30): Promise<void> {
  return aTimeout(ms);
}
