import { createStore, del, get, getMany, set, type UseStore } from 'idb-keyval';
import { DECISION_KEY, HELD_KEY, LOCAL_PREFIX, OUTBOX_KEY } from './keys.js';

/**
 * A small async key-value store. The manager and the outbox only need these three calls,
 * so tests and other backends can swap the store.
 */
export interface KeyValueStore {
  /** Which backend is answering: for diagnostics and tests. */
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/** The library's own IndexedDB database name. */
export const DATABASE_NAME = 'assent';

/** Options for {@link createStorage}. */
export interface StorageOptions {
  /** How long to wait for IndexedDB before falling back. @default 1500 */
  timeoutMs?: number;
  /** Tests pass a fake; defaults to the global `indexedDB`. */
  indexedDB?: IDBFactory | null;
  /** Tests pass a fake; defaults to the global `localStorage`. */
  localStorage?: Storage | null;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        // Some engines reject with null: give the fallback a real error to log.
        reject(error instanceof Error ? error : new Error(`${what} failed: ${String(error)}`));
      },
    );
  });
}

/** An in-memory store: the last resort, which lasts as long as the page. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    kind: 'memory',
    get: async <T>(key: string) => {
      const text = map.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    },
    set: async (key, value) => void map.set(key, JSON.stringify(value)),
    del: async (key) => void map.delete(key),
  };
}

/** A localStorage store, or null when localStorage is missing or refuses access. */
export function localStorageStore(
  storage: Storage | null | undefined = safeLocalStorage(),
): KeyValueStore | null {
  if (!storage) return null;
  try {
    const probe = `${LOCAL_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
  } catch {
    return null;
  }
  return {
    kind: 'localstorage',
    get: async <T>(key: string) => {
      const text = storage.getItem(LOCAL_PREFIX + key);
      return text === null ? undefined : (JSON.parse(text) as T);
    },
    set: async (key, value) => storage.setItem(LOCAL_PREFIX + key, JSON.stringify(value)),
    del: async (key) => storage.removeItem(LOCAL_PREFIX + key),
  };
}

/** Reading `window.localStorage` itself throws where storage is blocked. */
export function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** IndexedDB through idb-keyval, reopening once when the connection was closed under us. */
function indexedDbStore(factory: IDBFactory, timeoutMs: number): KeyValueStore {
  let store: UseStore = openStore(factory);
  const run = async <T>(operation: (store: UseStore) => Promise<T>): Promise<T> => {
    try {
      return await withTimeout(operation(store), timeoutMs, 'IndexedDB');
    } catch (error) {
      // "The database connection is closing": a fresh connection usually works.
      if ((error as Error)?.name !== 'InvalidStateError') throw error;
      store = openStore(factory);
      return withTimeout(operation(store), timeoutMs, 'IndexedDB');
    }
  };
  return {
    kind: 'indexeddb',
    get: <T>(key: string) => run((s) => get<T>(key, s)),
    set: (key, value) => run((s) => set(key, value, s)),
    del: (key) => run((s) => del(key, s)),
  };
}

function openStore(factory: IDBFactory): UseStore {
  if (factory === globalThis.indexedDB) return createStore(DATABASE_NAME, 'kv');
  // idb-keyval always uses the global factory; a fake one (tests) gets its own small adapter.
  const request = factory.open(DATABASE_NAME);
  request.onupgradeneeded = () => request.result.createObjectStore('kv');
  const db = new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return (mode, callback) =>
    db.then((database) => callback(database.transaction('kv', mode).objectStore('kv')));
}

/**
 * Reads keys straight from the library's IndexedDB database, without the fallbacks of
 * {@link createStorage}: for a quick look (the script tag's boot confirming the mirror cookie)
 * that hands over to the full storage when anything is amiss. Rejects when IndexedDB is
 * missing, fails or does not answer within `timeoutMs`.
 */
export function peekStored(keys: string[], timeoutMs = 1500): Promise<unknown[]> {
  try {
    return withTimeout(getMany(keys, createStore(DATABASE_NAME, 'kv')), timeoutMs, 'IndexedDB');
  } catch (error) {
    // `indexedDB` itself can throw (blocked storage, some private modes).
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** What {@link peekSaved} found without opening a full store. */
export interface SavedAtStart {
  /** The stored decision as found (unchecked), or undefined. */
  decision: unknown;
  /** Whether the outbox (in IndexedDB, or stepped down to localStorage) holds unsent events. */
  unsent: boolean;
}

const nonEmptyList = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * Looks up, in one IndexedDB read, the stored decision and whether events wait to be sent:
 * what the script tag needs to confirm a returning visitor's mirror cookie. Rejects when
 * IndexedDB fails or does not answer in time.
 */
export async function peekSaved(timeoutMs = 1500): Promise<SavedAtStart> {
  const [decision, outbox] = await peekStored([DECISION_KEY, OUTBOX_KEY], timeoutMs);
  let unsent = nonEmptyList(outbox);
  for (const key of [OUTBOX_KEY, HELD_KEY]) {
    if (unsent) break;
    try {
      const text = safeLocalStorage()?.getItem(LOCAL_PREFIX + key);
      unsent = text ? nonEmptyList(JSON.parse(text)) : false;
    } catch {
      unsent = false;
    }
  }
  return { decision, unsent };
}

/**
 * A store that starts on the best backend that answers and steps down when one fails:
 * IndexedDB → localStorage → memory. A failing write (quota, closed database) moves the
 * value to the next backend instead of losing it.
 */
export async function createStorage(options: StorageOptions = {}): Promise<KeyValueStore> {
  const timeoutMs = options.timeoutMs ?? 1500;
  const candidates: Array<() => KeyValueStore | null> = [
    () => {
      let factory: IDBFactory | null | undefined = options.indexedDB;
      if (factory === undefined) {
        try {
          factory = typeof indexedDB === 'undefined' ? null : indexedDB;
        } catch {
          factory = null;
        }
      }
      return factory ? indexedDbStore(factory, timeoutMs) : null;
    },
    () =>
      localStorageStore(
        options.localStorage === undefined ? safeLocalStorage() : options.localStorage,
      ),
    () => memoryStore(),
  ];
  const backends: KeyValueStore[] = [];
  for (const candidate of candidates) {
    let backend: KeyValueStore | null = null;
    try {
      backend = candidate();
    } catch {
      backend = null;
    }
    if (!backend) continue;
    if (backends.length === 0) {
      try {
        // Probe: a backend that throws on open or never answers is skipped now, not later.
        await backend.get('probe');
      } catch (error) {
        console.warn(
          `[assent] ${backend.kind} storage is unavailable (${(error as Error).message}); falling back.`,
        );
        continue;
      }
    }
    backends.push(backend);
  }
  return chainStores(backends);
}

/**
 * Chains stores so that a failing call moves to the next one and stays there.
 * The last store's errors reach the caller.
 */
export function chainStores(backends: KeyValueStore[]): KeyValueStore {
  let index = 0;
  const step = (error: unknown) => {
    const failed = backends[index]!;
    if (index >= backends.length - 1) throw error;
    index += 1;
    console.warn(
      `[assent] ${failed.kind} storage failed (${(error as Error)?.message ?? error}); using ${backends[index]!.kind}.`,
    );
  };
  const attempt = async <T>(operation: (backend: KeyValueStore) => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await operation(backends[index]!);
      } catch (error) {
        step(error);
      }
    }
  };
  return {
    get kind() {
      return backends[index]!.kind;
    },
    get: (key) => attempt((backend) => backend.get(key)),
    set: (key, value) => attempt((backend) => backend.set(key, value)),
    del: (key) => attempt((backend) => backend.del(key)),
  };
}
