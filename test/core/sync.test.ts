import { expect } from '@open-wc/testing';
import {
  MAX_BATCH_BYTES,
  OutboxSync,
  backoffDelay,
  createAssent,
  parseRetryAfter,
  splitIntoBatches,
  type Assent,
  type AssentSyncErrorEvent,
} from '@assent/core';
import {
  TestEndpoint,
  emptyOutbox,
  forgetMirrorCookies,
  testAssent,
  testStore,
  waitUntil,
  type EndpointLog,
} from '../helpers/endpoint-client.js';

const created: Assent[] = [];
function track(assent: Assent): Assent {
  created.push(assent);
  return assent;
}

function idsOf(log: EndpointLog): string[] {
  return log.events.map((event) => event.id);
}

function expectEachOnce(log: EndpointLog, ids: string[]): void {
  expect(idsOf(log).sort()).to.deep.equal([...ids].sort());
}

/** The ids the manager recorded, in order. */
function recordedIds(assent: Assent): string[] {
  const ids: string[] = [];
  assent.on('record', (event) => ids.push(event.id));
  return ids;
}

afterEach(() => {
  for (const assent of created.splice(0)) assent.dispose();
  forgetMirrorCookies();
});

describe('sync: batches and backoff', () => {
  it('splits batches at 100 events and at 60 KiB of body', () => {
    const small = Array.from({ length: 250 }, (_, index) => ({ id: index, size: 100 }));
    expect(splitIntoBatches(small, (item) => item.size).map((batch) => batch.length)).to.deep.equal(
      [100, 100, 50],
    );
    const large = Array.from({ length: 5 }, (_, index) => ({ id: index, size: 25_000 }));
    const batches = splitIntoBatches(large, (item) => item.size);
    expect(batches.map((batch) => batch.length)).to.deep.equal([2, 2, 1]);
    for (const batch of batches) {
      const body = 13 + batch.reduce((sum, item) => sum + item.size, 0) + batch.length - 1;
      expect(body).to.be.at.most(MAX_BATCH_BYTES);
    }
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0.999)).to.equal(999);
    expect(backoffDelay(4, 1000, 60_000, () => 0.5)).to.equal(4000);
    expect(backoffDelay(20, 1000, 60_000, () => 0.999)).to.be.below(60_000);
    expect(backoffDelay(3, 1000, 60_000, () => 0)).to.equal(0);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:10 GMT', now)).to.equal(10_000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });
});

describe('sync: delivery to the endpoint', function () {
  this.timeout(15000);

  it('without an endpoint, decisions stay in the browser', async () => {
    const assent = track(
      createAssent({
        config: { categories: { analytics: {} }, cookieName: 'assent_tlocal' },
        storage: testStore('local'),
        syncTabs: false,
      }),
    );
    await assent.acceptAll();
    expect(assent.sync).to.equal(undefined);
    expect(assent.allowed('analytics')).to.equal(true);
  });

  it('a decision reaches the endpoint once and leaves the outbox', async () => {
    const endpoint = new TestEndpoint();
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    await assent.acceptAll({ method: 'banner', wording: 'We use cookies' });
    const log = await endpoint.waitForEvents(1);
    expectEachOnce(log, ids);
    expect(log.events[0]).to.include({
      kind: 'cookies',
      method: 'banner',
      wording: 'We use cookies',
      subject: assent.subject,
    });
    await waitUntil(
      async () => ((await assent.sync!.pending()).length === 0 ? true : undefined),
      'an empty outbox',
    );
  });

  it('503s then success: every decision is stored exactly once', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ status: 503 }, { status: 503 }, { status: 500 }]);
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    await assent.rejectAll();
    await assent.set({ categories: { analytics: true } });
    const log = await endpoint.waitForEvents(2);
    expectEachOnce(log, ids);
    expect(
      log.requests.filter(
        (request) => typeof request.outcome === 'number' && request.outcome >= 500,
      ),
    ).to.have.length(3);
    await emptyOutbox(assent);
    expect(await assent.sync!.failed()).to.deep.equal([]);
  });

  it('a 2xx that does not acknowledge every event (HTML, {"accepted":0}, 204, cut-off JSON) is retried', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([
      { raw: '<html>Welcome</html>' },
      { raw: '{"accepted":0}', type: 'application/json' },
      { status: 204, raw: '' },
      { raw: '{"accepted":1', type: 'application/json' },
    ]);
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    await assent.rejectAll();
    const log = await endpoint.waitForEvents(1);
    await emptyOutbox(assent);
    expect(log.requests.length).to.be.greaterThan(4);
    expect(Object.keys(log.received)).to.deep.equal(ids);
    expect(await assent.sync!.failed()).to.deep.equal([]);
  });

  it('a 404 or 403 is retried, not dropped, while the decision is less than a day old', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ status: 404 }, { status: 403 }]);
    const assent = track(testAssent(endpoint));
    await assent.rejectAll();
    await endpoint.waitForEvents(1);
    await emptyOutbox(assent);
    expect(await assent.sync!.failed()).to.deep.equal([]);
  });

  it('a header a browser cannot send is reported by name and left out, and sync goes on', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    let sync: OutboxSync | undefined;
    try {
      sync = new OutboxSync(
        {
          url: '/nowhere',
          headers: { 'X-Api-Key': 'ok', Cookie: 'a=b', 'X-Bad': 'line\nbreak' },
        },
        { flushOnStart: false, storage: testStore('headers') },
      );
    } finally {
      console.error = original;
      sync?.close();
    }
    expect(errors.some((e) => e.includes('headers["Cookie"]'))).to.equal(true);
    expect(errors.some((e) => e.includes('headers["X-Bad"]'))).to.equal(true);
    expect(errors.some((e) => e.includes('X-Api-Key'))).to.equal(false);
  });

  it('honours Retry-After before the next attempt', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ status: 429, retryAfter: 1 }]);
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    await assent.acceptAll();
    const log = await endpoint.waitForEvents(1, 6000);
    expectEachOnce(log, ids);
    const [refused, accepted] = log.requests;
    expect(accepted!.startedAt - refused!.endedAt!).to.be.at.least(900);
  });

  it('a refused connection keeps decisions queued, and the next page load sends them', async () => {
    const endpoint = new TestEndpoint();
    // Nothing listens on port 1: every attempt fails at the connection.
    const offline = testAssent(endpoint, { endpointUrl: 'http://127.0.0.1:1/v1/consents' });
    const ids = recordedIds(offline);
    await offline.acceptAll();
    await offline.recordMarketing([{ channel: 'email', status: 'granted', topics: ['news'] }], {
      contact: { email: 'ada@example.org' },
      wording: 'Send me news',
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await offline.sync!.pending()).map((event) => event.id)).to.deep.equal(ids);
    expect(await offline.sync!.failed()).to.deep.equal([]);
    offline.dispose();

    const nextLoad = track(testAssent(endpoint));
    const log = await endpoint.waitForEvents(2);
    expectEachOnce(log, ids);
    // The contact survived the reload (sealed in the outbox) and travelled with its event.
    expect(log.events.find((event) => event.kind === 'marketing')?.contact).to.deep.equal({
      email: 'ada@example.org',
    });
    await waitUntil(
      async () => ((await nextLoad.sync!.pending()).length === 0 ? true : undefined),
      'an empty outbox',
    );
  });

  it('a decision the outbox could not store is still sent while the page lives', async () => {
    const endpoint = new TestEndpoint();
    const store = testStore(endpoint.name);
    const refusing = {
      ...store,
      set: async (key: string, value: unknown) => {
        if (key.startsWith('outbox')) throw new Error('QuotaExceededError');
        return store.set(key, value);
      },
    };
    const assent = track(testAssent(endpoint, { storage: refusing }));
    const ids = recordedIds(assent);
    const original = console.error;
    console.error = () => undefined;
    try {
      await assent.acceptAll();
      const log = await endpoint.waitForEvents(1);
      expectEachOnce(log, ids);
    } finally {
      console.error = original;
    }
  });

  it('never keeps an email or phone in clear text in browser storage', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ status: 503, retryAfter: 30 }]);
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    await assent.recordMarketing([{ channel: 'sms', status: 'granted' }], {
      contact: { phone: '+447700900123' },
    });
    await endpoint.waitFor(
      (log) => log.requests.length === 1 && log.requests[0]!.outcome !== 'pending',
      'the first attempt',
    );
    const store = testStore(endpoint.name);
    const stored = JSON.stringify([
      await store.get('outbox'),
      await store.get(`outbox:${ids[0]}`),
      await store.get('decision'),
    ]);
    expect(stored).to.include(ids[0]);
    expect(stored).not.to.include('7700900123');
    expect((await assent.sync!.pending())[0]!.contact).to.deep.equal({ phone: '+447700900123' });
  });

  it('a timed-out request is retried and the decision stored once', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ delayMs: 1500 }]);
    const assent = track(testAssent(endpoint, { sync: { timeoutMs: 300 } }));
    const ids = recordedIds(assent);
    await assent.acceptAll();
    // The slow first request still stores after its delay: wait for both to end.
    const log = await endpoint.waitFor(
      (current) =>
        current.requests.length >= 2 &&
        current.requests.every((request) => request.outcome !== 'pending'),
      'the timed-out request and its retry',
    );
    expectEachOnce(log, ids);
    expect(log.received[ids[0]!]).to.be.at.least(2);
    await waitUntil(
      async () => ((await assent.sync!.pending()).length === 0 ? true : undefined),
      'an empty outbox',
    );
  });

  it('a slow answer is waited for, and nothing is sent twice meanwhile', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ delayMs: 800 }]);
    const assent = track(testAssent(endpoint, { sync: { timeoutMs: 5000 } }));
    const ids = recordedIds(assent);
    await assent.acceptAll();
    await endpoint.waitFor((log) => log.requests.length === 1, 'the slow request to start');
    await assent.rejectAll();
    await assent.set({ categories: { analytics: true } });
    const log = await endpoint.waitForEvents(3);
    expectEachOnce(log, ids);
    for (const id of ids) expect(log.received[id], id).to.equal(1);
    expect(log.maxInFlight).to.equal(1);
  });

  it('a lost 2xx: the retried event is still stored once', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ drop: true }]);
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    await assent.acceptAll();
    const log = await endpoint.waitFor(
      (current) => (current.received[ids[0]!] ?? 0) >= 2,
      'the retry after the lost answer',
    );
    expectEachOnce(log, ids);
    await waitUntil(
      async () => ((await assent.sync!.pending()).length === 0 ? true : undefined),
      'an empty outbox',
    );
  });

  it('a connection reset before storing is retried', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ close: true }, { close: true }]);
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    await assent.rejectAll();
    const log = await endpoint.waitForEvents(1);
    expectEachOnce(log, ids);
    expect(log.requests.map((request) => request.outcome)).to.deep.equal(['closed', 'closed', 200]);
  });

  it('a 400 for one event of a batch: the others land, the bad one is kept in failed()', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.invalid(['bad wording']);
    // The first attempt is put off for a second, so the three decisions travel as one batch.
    await endpoint.script([{ status: 503, retryAfter: 1 }]);
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    const errors: AssentSyncErrorEvent[] = [];
    const onError = (event: AssentSyncErrorEvent) => errors.push(event);
    document.addEventListener('assent-sync-error', onError);
    const listened: string[][] = [];
    assent.sync!.on('error', (detail) => listened.push(detail.eventIds));
    try {
      await assent.acceptAll();
      await assent.set({ categories: { analytics: false } }, { wording: 'bad wording' });
      await assent.rejectAll();
      const [good1, bad, good2] = ids as [string, string, string];
      const log = await endpoint.waitForEvents(2, 6000);
      expectEachOnce(log, [good1, good2]);
      expect(
        log.requests.some((request) => request.ids.length === 3 && request.outcome === 400),
      ).to.equal(true);
      await waitUntil(() => (errors.length > 0 ? true : undefined), 'assent-sync-error');
      const mine = errors.find((event) => event.detail.eventIds.includes(bad))!;
      expect(mine.detail).to.include({ status: 400 });
      expect(mine.detail.eventIds).to.deep.equal([bad]);
      expect(mine.detail.reason).to.equal('event 0 is invalid');
      expect(listened).to.deep.equal([[bad]]);
      const failed = await assent.sync!.failed();
      expect(failed.map((item) => item.event.id)).to.deep.equal([bad]);
      expect(failed[0]).to.include({ status: 400 });
      await emptyOutbox(assent);
    } finally {
      document.removeEventListener('assent-sync-error', onError);
    }
  });

  it('keeps every request within 100 events and 60 KiB', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ status: 503, retryAfter: 1 }]);
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    const wording = 'x'.repeat(7000);
    for (let index = 0; index < 20; index += 1)
      await assent.set({ categories: { analytics: index % 2 === 0 } }, { wording });
    const log = await endpoint.waitForEvents(20, 8000);
    expectEachOnce(log, ids);
    const sent = log.requests.filter((request) => request.outcome === 200);
    expect(sent.length).to.be.at.least(3);
    for (const request of sent) {
      expect(request.bytes).to.be.at.most(MAX_BATCH_BYTES);
      expect(request.ids.length).to.be.at.most(100);
    }
  });

  it('an opt-in the endpoint answers as pending (double opt-in) is reported, and shown as pending', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ pending: true }]);
    const assent = track(testAssent(endpoint));
    const ids = recordedIds(assent);
    const delivered: Array<{ eventIds: string[]; pending: Array<{ id: string }> }> = [];
    assent.sync!.on('delivered', (detail) => delivered.push(detail));
    await assent.recordMarketing([{ channel: 'email', status: 'granted', topics: ['news'] }], {
      contact: { email: 'ada@example.org' },
    });
    await waitUntil(() => (delivered.length > 0 ? true : undefined), 'the delivery');
    expect(delivered[0]!.eventIds).to.deep.equal(ids);
    expect(delivered[0]!.pending.map((event) => event.id)).to.deep.equal(ids);
    // The manager's markPending (double opt-in support) turns the channel to "pending".
    if ('markPending' in assent) {
      await waitUntil(
        () => (assent.get().marketing.email.status === 'pending' ? true : undefined),
        'a pending channel',
      );
    }
  });

  it('coming back online retries at once instead of waiting out the backoff', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ status: 503 }]);
    const assent = track(
      testAssent(endpoint, {
        sync: { baseDelayMs: 10_000, maxDelayMs: 10_000, random: () => 0.99 },
      }),
    );
    const ids = recordedIds(assent);
    await assent.acceptAll();
    await endpoint.waitFor((log) => log.requests[0]?.outcome === 503, 'the refused first attempt');
    window.dispatchEvent(new Event('online'));
    const log = await endpoint.waitForEvents(1, 3000);
    expectEachOnce(log, ids);
  });

  it('the last flush on pagehide sends what is queued with keepalive', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script([{ status: 503 }]);
    // After the 503 the next retry is ten seconds away: only the last flush can beat it.
    const assent = track(
      testAssent(endpoint, {
        sync: { baseDelayMs: 10_000, maxDelayMs: 10_000, random: () => 0.99 },
      }),
    );
    const ids = recordedIds(assent);
    const keepalive: boolean[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes(endpoint.url)) keepalive.push(init?.keepalive === true);
      return realFetch(input, init);
    };
    try {
      await assent.acceptAll();
      await endpoint.waitFor(
        (log) => log.requests[0]?.outcome === 503,
        'the refused first attempt',
      );
      await waitUntil(
        () => (keepalive.length === 1 ? true : undefined),
        'the first attempt to settle',
      );
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      const log = await endpoint.waitForEvents(1);
      expectEachOnce(log, ids);
      expect(keepalive).to.deep.equal([false, true]);
      await waitUntil(
        async () => ((await assent.sync!.pending()).length === 0 ? true : undefined),
        'an empty outbox',
      );
    } finally {
      window.fetch = realFetch;
    }
  });
});
