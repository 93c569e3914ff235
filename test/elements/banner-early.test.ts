import { expect } from '@open-wc/testing';
import { ConsentManager, memoryStore, type KeyValueStore } from '@assent/core';
import '@assent/elements/define';
import type { AssentBanner } from '@assent/elements';
import { testConfig } from '../helpers/fixtures.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A banner on the page, without waiting for its update (that waits for storage too). */
function placeBanner(manager: ConsentManager): AssentBanner {
  const banner = document.createElement('assent-banner');
  banner.manager = manager;
  document.body.append(banner);
  return banner;
}

/** Storage that answers only when the test says so, as a slow IndexedDB would. */
function slowStorage(): { storage: Promise<KeyValueStore>; answer(store: KeyValueStore): void } {
  let answer!: (store: KeyValueStore) => void;
  const storage = new Promise<KeyValueStore>((resolve) => (answer = resolve));
  return { storage, answer };
}

describe('banner before storage answers', () => {
  it('shows on a first visit without waiting for storage', async () => {
    const slow = slowStorage();
    const manager = new ConsentManager({
      config: { ...testConfig, cookieName: 'assent_early_first' },
      storage: slow.storage,
      syncTabs: false,
    });
    const banner = placeBanner(manager);
    for (let i = 0; i < 50 && !banner.open; i++) await wait(20);
    expect(banner.open).to.equal(true);
    expect(manager.isReady).to.equal(false);
    slow.answer(memoryStore());
    await manager.ready;
    banner.remove();
  });

  it('steps back when storage knows a decision the mirror cookie lost', async () => {
    // A decision stored earlier, whose mirror cookie has since been cleared.
    const stored = memoryStore();
    const earlier = new ConsentManager({
      config: { ...testConfig, cookieName: 'assent_early_lost' },
      storage: stored,
      syncTabs: false,
    });
    await earlier.acceptAll();
    document.cookie = 'assent_early_lost=; Path=/; Max-Age=0';

    const slow = slowStorage();
    const manager = new ConsentManager({
      config: { ...testConfig, cookieName: 'assent_early_lost' },
      storage: slow.storage,
      syncTabs: false,
    });
    const banner = placeBanner(manager);
    for (let i = 0; i < 50 && !banner.open; i++) await wait(20);
    expect(banner.open).to.equal(true);
    slow.answer(stored);
    await manager.ready;
    await banner.updateComplete;
    expect(manager.needsDecision()).to.equal(false);
    expect(banner.open).to.equal(false);
    document.cookie = 'assent_early_lost=; Path=/; Max-Age=0';
    banner.remove();
  });
});
