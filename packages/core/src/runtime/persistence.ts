/**
 * The runtime's stored copy of the decision: reading it when a page starts and writing each
 * commit. The mirror cookie answers first; this is the record IndexedDB (or its fallbacks)
 * keeps, and the only module that names the decision's storage key.
 */
import { isStoredDecision, type StoredDecision } from '../state.js';
import type { KeyValueStore } from '../storage/index.js';
import { peekSaved, safeLocalStorage } from '../storage/index.js';
import { DECISION_KEY, LOCAL_PREFIX } from '../storage/keys.js';

/** Writes a decision; a failure is reported, never thrown (the mirror and the ledger hold it). */
export async function persistDecision(
  storage: KeyValueStore,
  record: StoredDecision,
): Promise<void> {
  try {
    await storage.set(DECISION_KEY, record);
  } catch (error) {
    console.error('[assent] Could not store the decision:', error);
  }
}

/**
 * Reads the stored decision. An unreadable one is reported, deleted and read as nothing; a
 * storage that cannot answer reads as nothing.
 */
export async function readStoredDecision(
  storage: KeyValueStore,
): Promise<StoredDecision | undefined> {
  let stored: unknown;
  try {
    stored = await storage.get(DECISION_KEY);
  } catch (error) {
    console.warn('[assent] Could not read the stored decision:', error);
  }
  if (stored !== undefined && !isStoredDecision(stored)) {
    console.warn('[assent] The stored decision was unreadable and has been discarded.');
    await storage.del(DECISION_KEY).catch(() => undefined);
    return undefined;
  }
  return stored as StoredDecision | undefined;
}

/**
 * What a page starts from once storage has answered: the stored decision, unless the mirror
 * cookie holds a newer one (another tab wrote it, or a write to storage failed), in which case
 * the mirror's choices win over the stored record's and `rewrite` is set.
 */
export function mergeWithMirror(
  stored: StoredDecision,
  fromMirror: StoredDecision,
): { record: StoredDecision; rewrite: boolean } {
  const mirrorNewer = (fromMirror.decidedAt ?? '') > (stored.decidedAt ?? '');
  if (!mirrorNewer) return { record: stored, rewrite: false };
  const { subject, revision, decidedAt, categories, services, deniedBy, updatedAt } = fromMirror;
  return {
    record: {
      ...stored,
      ...{ subject, revision, decidedAt, categories, services, deniedBy, updatedAt },
      marketing: stored.marketing,
    },
    rewrite: true,
  };
}

/** How long the early look into IndexedDB may take before the full storage takes over. */
const PEEK_TIMEOUT_MS = 1500;

/**
 * The early look the script tag's boot takes, without loading the storage module: what
 * IndexedDB holds for the decision, and whether events wait unsent. `undefined` when it could
 * not tell (no IndexedDB, an error, no answer in time, or a decision stepped down to
 * localStorage, which only the full storage reads).
 */
export async function peekDecision(): Promise<{ decision: unknown; unsent: boolean } | undefined> {
  try {
    const saved = await peekSaved(PEEK_TIMEOUT_MS);
    if (saved.decision === undefined && safeLocalStorage()?.getItem(LOCAL_PREFIX + DECISION_KEY))
      return undefined;
    return saved;
  } catch {
    return undefined;
  }
}
