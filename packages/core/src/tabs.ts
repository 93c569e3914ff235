import { safeLocalStorage } from './storage/index.js';
import type { StoredDecision } from './state.js';

const CHANNEL = 'assent';
const STORAGE_KEY = 'assent:tab-sync';

/**
 * Keeps open tabs of a site in step: a decision committed in one tab is posted to the others
 * (BroadcastChannel, or a localStorage `storage` event where BroadcastChannel is missing).
 * Returns the function that stops listening.
 */
export function connectTabs(
  onRecord: (record: StoredDecision) => void,
): { post(record: StoredDecision): void; close(): void } {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL);
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
    if (event.key !== STORAGE_KEY || !event.newValue) return;
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
        storage?.setItem(STORAGE_KEY, JSON.stringify({ record, nonce: Math.random() }));
      } catch {
        // Storage blocked: other tabs pick the decision up on their next load.
      }
    },
    close: () => removeEventListener('storage', listener),
  };
}
