import type { CookieDuration } from './types.js';

/** Whether a value has the shape of a {@link CookieDuration}. */
export const isCookieDuration = (value: unknown): value is CookieDuration =>
  typeof value === 'object' &&
  value !== null &&
  ((value as { session?: unknown }).session === true || (value as { days?: number }).days! >= 0);

/** A duration in days (a session counts as 0), for comparing with what a browser holds. */
export function durationInDays(duration: CookieDuration): number {
  return 'session' in duration ? 0 : duration.days;
}
