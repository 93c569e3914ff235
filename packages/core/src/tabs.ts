import { safeLocalStorage } from './storage/index.js';
import type { StoredDecision } from './state.js';

/**
 * Keeps open tabs of a site in step: a decision committed in one tab is posted to the others
 * (BroadcastChannel, or a localStorage `storage` event where BroadcastChannel is missing).
 * `name` separates independent consent setups on one origin (it is the mirror cookie's name).
 */
export function connectTabs(
  onRecord: (record: StoredDecision) => void,
  name = 'assent',
): { post(record: StoredDecision): void; close(): void } {
  const storageKey = `${name}:tab-sync`;
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (message: MessageEvent<unknown>) => {
      const data = message.data as { type?: string; record?: StoredDecision } | null;
      if (data?.type === 'decision' && data.record) onRecord(data.record);
    };
    return {
      post: (record) => channel.postMessage({ type: 'decision', record }),
      close: () => channel.close(),
    };
  }
  const storage = safeLocalStorage();
  const listener = (event: StorageEvent) => {
    if (event.key !== storageKey || !event.newValue) return;
    try {
      onRecord((JSON.parse(event.newValue) as { record: StoredDecision }).record);
    } catch {
      // A malformed message from another script: ignore it.
    }
  };
  addEventListener('storage', listener);
  return {
    post: (record) => {
      try {
        // The nonce makes every post a change, so a repeated decision still fires.
        storage?.setItem(storageKey, JSON.stringify({ record, nonce: Math.random() }));
      } catch {
        // Storage blocked: other tabs pick the decision up on their next load.
      }
    },
    close: () => removeEventListener('storage', listener),
  };
}
