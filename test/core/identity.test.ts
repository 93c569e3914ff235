import { expect } from '@open-wc/testing';
import { mergeSubjectState, subjectsUrl, type Assent, type StoredDecision } from '@assent/core';
import { TestEndpoint, forgetMirrorCookies, testAssent } from '../helpers/endpoint-client.js';

const created: Assent[] = [];
afterEach(() => {
  for (const assent of created.splice(0)) assent.dispose();
  forgetMirrorCookies();
});

function assentFor(endpoint: TestEndpoint, options: Parameters<typeof testAssent>[1] = {}): Assent {
  const assent = testAssent(endpoint, options);
  created.push(assent);
  return assent;
}

describe('identify', function () {
  this.timeout(10000);

  it('derives the subjects URL from the endpoint, or takes the configured one', () => {
    const base = 'https://shop.example/page';
    expect(subjectsUrl({ endpoint: '/v1/consents' }, 'user 1', base)).to.equal(
      'https://shop.example/v1/subjects/user%201',
    );
    expect(subjectsUrl({ endpoint: 'https://api.example/v1/consents/?k=1' }, 'u', base)).to.equal(
      'https://api.example/v1/subjects/u',
    );
    expect(
      subjectsUrl(
        { endpoint: '/v1/consents', subjectsEndpoint: '/people/:subject/consent' },
        'a/b',
        base,
      ),
    ).to.equal('https://shop.example/people/a%2Fb/consent');
    expect(
      subjectsUrl({ subjectsEndpoint: 'https://api.example/v2/subjects/' }, 'u', base),
    ).to.equal('https://api.example/v2/subjects/u');
    expect(subjectsUrl({}, 'u', base)).to.equal(undefined);
  });

  it('pulls a newer decision from the endpoint and sends later events under the user', async () => {
    const endpoint = new TestEndpoint();
    const assent = assentFor(endpoint);
    await assent.rejectAll();
    const browserSubject = assent.subject;
    await endpoint.setSubject('user-4711', {
      subject: 'user-4711',
      revision: assent.config.revision,
      decidedAt: new Date(Date.now() + 60_000).toISOString(),
      categories: { necessary: true, analytics: true, marketing: false },
      services: {},
      marketing: {
        email: { status: 'granted', topics: ['news'], since: '2024-05-01T10:00:00.000Z' },
      },
    });
    const state = await assent.identify('user-4711');
    expect(state.subject).to.equal('user-4711');
    expect(state.categories).to.include({ analytics: true, marketing: false });
    expect(state.marketing.email).to.deep.equal({
      status: 'granted',
      topics: ['news'],
      since: '2024-05-01T10:00:00.000Z',
    });
    await assent.set({ categories: { marketing: true } });
    const log = await endpoint.waitForEvents(2);
    expect(log.subjectRequests).to.deep.equal(['user-4711']);
    expect(log.events.map((event) => event.subject)).to.deep.equal([browserSubject, 'user-4711']);
  });

  it('with a token, reads with it as Bearer and sends it as subjectToken on later events', async () => {
    const endpoint = new TestEndpoint();
    const assent = assentFor(endpoint);
    await assent.identify('user:4712', { token: 'c2lnbmVkLWJ5LXRoZS1zaXRlcy1iYWNrZW5kLTAxMjM0' });
    await assent.acceptAll();
    const log = await endpoint.waitForEvents(1);
    expect(log.subjectAuthorizations).to.deep.equal([
      'Bearer c2lnbmVkLWJ5LXRoZS1zaXRlcy1iYWNrZW5kLTAxMjM0',
    ]);
    expect(log.events[0]).to.include({
      subject: 'user:4712',
      subjectToken: 'c2lnbmVkLWJ5LXRoZS1zaXRlcy1iYWNrZW5kLTAxMjM0',
    });
  });

  it('refuses a UUID as a user id: it would pass for a browser id', async () => {
    const endpoint = new TestEndpoint();
    const assent = assentFor(endpoint);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const before = assent.subject;
      await assent.identify('0b7b3a52-4f0e-4c3a-9d55-1f6e3f2a9b10', { token: 'x' });
      expect(assent.subject).to.equal(before);
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).to.match(/UUID/);
  });

  it('keeps a newer local decision; marketing merges per channel, newest first', () => {
    const local: StoredDecision = {
      v: 1,
      subject: 'browser',
      revision: '1',
      decidedAt: '2024-06-01T00:00:00.000Z',
      categories: { analytics: false },
      services: {},
      marketing: {
        email: { status: 'denied', topics: [], since: '2024-06-01T00:00:00.000Z' },
        sms: { status: 'unknown', topics: [], since: null },
        post: { status: 'unknown', topics: [], since: null },
      },
      deniedBy: {},
      updatedAt: '2024-06-01T00:00:00.000Z',
    };
    const merged = mergeSubjectState(
      local,
      {
        decidedAt: '2024-01-01T00:00:00.000Z',
        categories: { analytics: true },
        marketing: {
          email: { status: 'granted', topics: ['news'], since: '2024-01-01T00:00:00.000Z' },
          sms: { status: 'granted', topics: ['alerts'], since: '2024-02-01T00:00:00.000Z' },
        },
      },
      'user-1',
      new Date('2024-07-01T00:00:00.000Z'),
    );
    expect(merged.subject).to.equal('user-1');
    expect(merged.categories).to.deep.equal({ analytics: false });
    expect(merged.marketing.email.status).to.equal('denied');
    expect(merged.marketing.sms).to.deep.equal({
      status: 'granted',
      topics: ['alerts'],
      since: '2024-02-01T00:00:00.000Z',
    });
    expect(merged.updatedAt).to.equal('2024-07-01T00:00:00.000Z');
  });

  it('offline, keeps the local state and still switches the subject', async () => {
    const endpoint = new TestEndpoint();
    const assent = assentFor(endpoint, {
      endpointUrl: 'http://127.0.0.1:1/v1/consents',
      sync: { timeoutMs: 500 },
    });
    await assent.acceptAll();
    const state = await assent.identify('user-offline');
    expect(state.subject).to.equal('user-offline');
    expect(state.categories.analytics).to.equal(true);
    const recorded: string[] = [];
    assent.on('record', (event) => recorded.push(event.subject));
    await assent.rejectAll();
    expect(recorded).to.deep.equal(['user-offline']);
  });

  it('an unknown subject (404) keeps the local state', async () => {
    const endpoint = new TestEndpoint();
    const assent = assentFor(endpoint);
    await assent.acceptAll();
    const state = await assent.identify('new-user');
    expect(state.subject).to.equal('new-user');
    expect(state.categories.analytics).to.equal(true);
    expect((await endpoint.log()).subjectRequests).to.deep.equal(['new-user']);
  });

  it('refuses a bad subject id (empty, too long, an email, not a string) with a console error', async () => {
    const endpoint = new TestEndpoint();
    const assent = assentFor(endpoint);
    await assent.ready;
    const before = assent.subject;
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await assent.identify('');
      await assent.identify('x'.repeat(129));
      await assent.identify('ada@example.org');
      await assent.identify(42 as unknown as string);
    } finally {
      console.error = original;
    }
    expect(assent.subject).to.equal(before);
    expect(errors).to.have.length(4);
    expect(String(errors[0]![0])).to.include('identify()');
  });
});
