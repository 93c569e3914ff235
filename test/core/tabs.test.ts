import { expect } from '@open-wc/testing';
import { ConsentManager, memoryStore } from '@assent/core';

// Test files run side by side on one origin: this one keeps its own cookie and channel.
const config = { cookieName: 'assent_tabs', categories: { analytics: {}, marketing: {} } };

async function until(condition: () => boolean, timeoutMs = 1000): Promise<number> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - started;
}

describe('tabs in step', () => {
  afterEach(() => {
    document.cookie = 'assent_tabs=; Path=/; Max-Age=0';
  });

  it('a decision in one tab reaches another open tab within a second', async () => {
    const tabA = new ConsentManager({ config, storage: memoryStore() });
    const tabB = new ConsentManager({ config, storage: memoryStore() });
    await Promise.all([tabA.ready, tabB.ready]);
    let changes = 0;
    tabB.on('change', () => changes++);
    await tabA.acceptAll();
    const took = await until(() => tabB.allowed('analytics'));
    expect(took).to.be.below(1000);
    expect(changes).to.equal(1);
    await tabA.rejectAll();
    await until(() => !tabB.allowed('analytics'));
    tabA.dispose();
    tabB.dispose();
  });

  it('a decision reaches a tab in another browsing context (an iframe page)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/helpers/blank.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const tabA = new ConsentManager({ config, storage: memoryStore() });
    await tabA.ready;
    // The other context listens on the same channel the manager uses.
    const received = new Promise<{ type: string; record: { categories: Record<string, boolean> } }>(
      (resolve) => {
        const channel = new (frame.contentWindow as typeof window).BroadcastChannel('assent_tabs');
        channel.onmessage = (message) => resolve(message.data);
      },
    );
    await tabA.set({ categories: { marketing: true } });
    const message = await received;
    expect(message.type).to.equal('decision');
    expect(message.record.categories.marketing).to.equal(true);
    tabA.dispose();
    frame.remove();
  });

  it('an older decision from another tab does not overwrite a newer one', async () => {
    const tabA = new ConsentManager({
      config,
      storage: memoryStore(),
      now: () => new Date('2025-01-01'),
    });
    const tabB = new ConsentManager({ config, storage: memoryStore(), syncTabs: true });
    await Promise.all([tabA.ready, tabB.ready]);
    await tabB.acceptAll();
    await tabA.rejectAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(tabB.allowed('analytics')).to.equal(true);
    tabA.dispose();
    tabB.dispose();
  });
});
