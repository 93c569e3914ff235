import { expect } from '@open-wc/testing';
import type { Assent } from '@assent/core';
import {
  TestEndpoint,
  emptyOutbox,
  forgetMirrorCookies,
  testAssent,
  waitUntil,
} from '../helpers/endpoint-client.js';

type Helpers = typeof import('../helpers/endpoint-client.js');

/**
 * A second "tab": a same-origin iframe with its own realm, its own copy of the library and its
 * own Assent — sharing IndexedDB and Web Locks with this page, as another tab would.
 */
async function openTab(): Promise<{ frame: HTMLIFrameElement; helpers: Helpers }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & { helpers?: Helpers };
  const script = win.document.createElement('script');
  script.type = 'module';
  script.textContent = `window.helpers = await import(${JSON.stringify(`${location.origin}/test/helpers/endpoint-client.ts`)});`;
  win.document.head.append(script);
  const helpers = await waitUntil(() => win.helpers, 'the second tab to load', 8000);
  return { frame, helpers };
}

const created: Assent[] = [];
const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const assent of created.splice(0)) assent.dispose();
  forgetMirrorCookies();
  for (const frame of frames.splice(0)) frame.remove();
});

describe('sync: several tabs', function () {
  this.timeout(20000);

  it('two tabs deciding at once: one sender at a time, every decision stored once', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ delayMs: 200 }, { delayMs: 200 }, { delayMs: 200 }, { delayMs: 200 }]);
    const tab = await openTab();
    frames.push(tab.frame);
    const here = testAssent(endpoint);
    // The other tab's Assent, built by its own copy of the library.
    const there = tab.helpers.testAssent(endpoint as never) as unknown as Assent;
    created.push(here, there);
    const ids: string[] = [];
    for (const assent of [here, there]) assent.on('record', (event) => ids.push(event.id));
    await Promise.all([here.acceptAll(), there.rejectAll()]);
    await Promise.all([
      here.set({ categories: { analytics: false } }),
      there.set({ categories: { marketing: true } }),
    ]);
    await Promise.all([here.rejectAll(), there.acceptAll()]);
    const log = await endpoint.waitForEvents(6, 10000);
    expect(log.events.map((event) => event.id).sort()).to.deep.equal([...ids].sort());
    // No event was carried twice and no two requests overlapped: the Web Lock kept one sender.
    for (const id of ids) expect(log.received[id], id).to.equal(1);
    expect(log.maxInFlight).to.equal(1);
    await emptyOutbox(here);
  });

  it('a tab closed mid-send: the next page load sends what was left, stored once', async () => {
    const endpoint = new TestEndpoint();
    // The first request hangs, then the connection dies without storing anything.
    await endpoint.script([{ delayMs: 1000, close: true }]);
    const tab = await openTab();
    const closing = tab.helpers.testAssent(endpoint as never) as unknown as Assent;
    const ids: string[] = [];
    closing.on('record', (event) => ids.push(event.id));
    await closing.acceptAll();
    await endpoint.waitFor((log) => log.requests.length === 1, 'the send to start');
    // Close the tab while its request is out.
    tab.frame.remove();
    await endpoint.waitFor(
      (log) => log.requests[0]!.outcome === 'closed',
      'the dead request to end',
    );
    expect((await endpoint.log()).events).to.deep.equal([]);

    const nextLoad = testAssent(endpoint);
    created.push(nextLoad);
    const log = await endpoint.waitForEvents(1);
    expect(log.events.map((event) => event.id)).to.deep.equal(ids);
    await emptyOutbox(nextLoad);
  });

  it('a tab closed before sending: its last flush delivers the decision', async () => {
    const endpoint = new TestEndpoint();
    // A second is asked between attempts, so only the last flush can send before the tab goes.
    await endpoint.script([{ status: 503 }]);
    const tab = await openTab();
    const closing = tab.helpers.testAssent(endpoint as never, {
      sync: { baseDelayMs: 10_000, maxDelayMs: 10_000, random: () => 0.99 },
    }) as unknown as Assent;
    const ids: string[] = [];
    closing.on('record', (event) => ids.push(event.id));
    await closing.acceptAll();
    await endpoint.waitFor((log) => log.requests[0]?.outcome === 503, 'the refused first attempt');
    await waitUntil(
      async () => ((await closing.sync!.pending()).length === 1 ? true : undefined),
      'a queued event',
    );
    tab.frame.remove();
    const log = await endpoint.waitForEvents(1);
    expect(log.events.map((event) => event.id)).to.deep.equal(ids);
  });
});
