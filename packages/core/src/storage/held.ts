/**
 * Events of decisions made before the engine (storage and the outbox) had joined the page,
 * kept at once in localStorage: a visitor who decides and leaves straight away must not lose
 * the record. The outbox takes them over when it starts or queues, on this page or the next.
 */
import type { ConsentEvent } from '../runtime/types.js';
import { safeLocalStorage } from './index.js';
import { HELD_KEY, LOCAL_PREFIX } from './keys.js';

const KEY = LOCAL_PREFIX + HELD_KEY;

/**
 * Adds events to the held ones. Returns false where localStorage cannot hold them (blocked or
 * full): the caller keeps them in memory.
 */
export function holdEvents(events: readonly ConsentEvent[]): boolean {
  try {
    const held: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    localStorage.setItem(KEY, JSON.stringify([...(Array.isArray(held) ? held : []), ...events]));
    return true;
  } catch {
    return false;
  }
}

/** The events held so far (each with an id), by this page or one left before. */
export function readHeld(): ConsentEvent[] {
  try {
    const held: unknown = JSON.parse(safeLocalStorage()?.getItem(KEY) ?? '[]');
    return Array.isArray(held)
      ? held.filter(
          (event): event is ConsentEvent =>
            typeof event === 'object' && event !== null && typeof event.id === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** Forgets held events once the outbox has them. */
export function releaseHeld(ids: readonly string[]): void {
  if (ids.length === 0) return;
  const done = new Set(ids);
  const left = readHeld().filter((event) => !done.has(event.id));
  try {
    if (left.length === 0) safeLocalStorage()?.removeItem(KEY);
    else safeLocalStorage()?.setItem(KEY, JSON.stringify(left));
  } catch {
    // Kept: queued again next time, and the endpoint drops the duplicate by its id.
  }
}
