import { expect } from '@open-wc/testing';
import {
  ConsentManager,
  chainStores,
  createStorage,
  localStorageStore,
  memoryStore,
  type KeyValueStore,
} from '@assent/core';
import { captureConsole } from '../helpers/console.js';

/** An IndexedDB factory whose open() throws, as Firefox's does with history off. */
const throwingFactory = {
  open() {
    throw new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    );
  },
} as unknown as IDBFactory;

/** An IndexedDB factory that never answers, as Safari 14.6's sometimes did. */
const silentFactory = {
  open() {
    return {} as IDBOpenDBRequest;
  },
} as unknown as IDBFactory;

/** An IndexedDB factory whose open fails with a null error. */
const nullFactory = {
  open() {
    const request = { error: null } as unknown as IDBOpenDBRequest & { onerror?: () => void };
    setTimeout(() => request.onerror?.(), 0);
    return request;
  },
} as unknown as IDBFactory;

/** A localStorage whose every access throws, as when storage is blocked. */
const blockedLocalStorage = {
  getItem() {
    throw new DOMException('Access is denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('Access is denied', 'SecurityError');
  },
  removeItem() {
    throw new DOMException('Access is denied', 'SecurityError');
  },
} as unknown as Storage;

function failingStore(kind: KeyValueStore['kind'], error: Error): KeyValueStore {
  return {
    kind,
    get: () => Promise.reject(error),
    set: () => Promise.reject(error),
    del: () => Promise.reject(error),
  };
}

describe('storage', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    log = captureConsole();
    localStorage.clear();
  });
  afterEach(() => {
    log.restore();
    localStorage.clear();
    document.cookie = 'assent_storage=; Path=/; Max-Age=0';
  });

  it("uses IndexedDB under the library's own database name when it works", async () => {
    const storage = await createStorage();
    expect(storage.kind).to.equal('indexeddb');
    await storage.set('decision-test', { a: 1 });
    expect(await storage.get('decision-test')).to.deep.equal({ a: 1 });
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).to.include('assent');
    await storage.del('decision-test');
  });

  it('falls back to localStorage when IndexedDB is missing', async () => {
    const storage = await createStorage({ indexedDB: null });
    expect(storage.kind).to.equal('localstorage');
    await storage.set('k', [1, 2]);
    expect(await storage.get('k')).to.deep.equal([1, 2]);
  });

  it('falls back to localStorage when opening IndexedDB throws', async () => {
    const storage = await createStorage({ indexedDB: throwingFactory });
    expect(storage.kind).to.equal('localstorage');
  });

  it('falls back when IndexedDB never answers', async () => {
    const started = performance.now();
    const storage = await createStorage({ indexedDB: silentFactory, timeoutMs: 100 });
    expect(storage.kind).to.equal('localstorage');
    expect(performance.now() - started).to.be.below(1000);
    expect(log.warnings.some((line) => line.includes('did not answer'))).to.equal(true);
  });

  it('falls back when IndexedDB rejects with null', async () => {
    const storage = await createStorage({ indexedDB: nullFactory, timeoutMs: 500 });
    expect(storage.kind).to.equal('localstorage');
  });

  it('falls back to memory when both IndexedDB and localStorage are blocked', async () => {
    const storage = await createStorage({
      indexedDB: throwingFactory,
      localStorage: blockedLocalStorage,
    });
    expect(storage.kind).to.equal('memory');
    await storage.set('k', 'v');
    expect(await storage.get('k')).to.equal('v');
  });

  it('moves a write to the next store on a quota error instead of losing it', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const memory = memoryStore();
    const storage = chainStores([failingStore('indexeddb', quota), memory]);
    await storage.set('decision', { ok: true });
    expect(storage.kind).to.equal('memory');
    expect(await memory.get('decision')).to.deep.equal({ ok: true });
  });

  it("reports the last store's error when every store fails", async () => {
    const storage = chainStores([failingStore('memory', new Error('broken'))]);
    let caught: unknown;
    await storage.set('k', 1).catch((error) => (caught = error));
    expect((caught as Error).message).to.equal('broken');
  });

  it('refuses a localStorage that throws on access', () => {
    expect(localStorageStore(blockedLocalStorage)).to.equal(null);
  });

  it('a manager keeps deciding when every store fails, and warns instead of throwing', async () => {
    const manager = new ConsentManager({
      config: { cookieName: 'assent_storage', categories: { analytics: {} } },
      storage: failingStore('memory', new Error('disk on fire')),
      syncTabs: false,
    });
    await manager.ready;
    const state = await manager.acceptAll();
    expect(state.categories.analytics).to.equal(true);
    expect(manager.allowed('analytics')).to.equal(true);
    expect(log.errors.some((line) => line.includes('Could not store'))).to.equal(true);
  });

  it('discards corrupt stored data with a warning, never a crash', async () => {
    const storage = memoryStore();
    await storage.set('decision', { v: 1, subject: 42, categories: 'all' });
    const manager = new ConsentManager({
      config: { cookieName: 'assent_storage', categories: { analytics: {} } },
      storage,
      syncTabs: false,
    });
    const state = await manager.ready;
    expect(state.decidedAt).to.equal(null);
    expect(state.categories.analytics).to.equal(false);
    expect(log.warnings.some((line) => line.includes('unreadable'))).to.equal(true);
    expect(await storage.get('decision')).to.equal(undefined);
  });

  it('ignores a corrupt mirror cookie', async () => {
    document.cookie = 'assent_storage=%E0%A4%A|garbage; Path=/';
    const manager = new ConsentManager({
      config: { cookieName: 'assent_storage', categories: { analytics: {} } },
      storage: memoryStore(),
      syncTabs: false,
    });
    expect(manager.needsDecision()).to.equal(true);
    await manager.ready;
    expect(manager.allowed('analytics')).to.equal(false);
  });

  it("a decision survives in the mirror when IndexedDB lost it (Safari's 7-day purge)", async () => {
    const first = new ConsentManager({
      config: { cookieName: 'assent_storage', categories: { analytics: {} } },
      storage: memoryStore(),
      syncTabs: false,
    });
    await first.ready;
    await first.acceptAll();
    const emptied = memoryStore();
    const second = new ConsentManager({
      config: { cookieName: 'assent_storage', categories: { analytics: {} } },
      storage: emptied,
      syncTabs: false,
    });
    await second.ready;
    expect(second.allowed('analytics')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await emptied.get('decision')).to.have.property('decidedAt');
  });
});
