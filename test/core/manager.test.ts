import { expect } from '@open-wc/testing';
import {
  ConsentManager,
  ConsentRuntime,
  DECISION_KEY,
  memoryStore,
  parseConfig,
  readMirror,
  type ConsentEvent,
  type ConsentState,
  type KeyValueStore,
  type ManagerOptions,
} from '@assent/core';
import { captureConsole } from '../helpers/console.js';

const config = {
  revision: '2021-11',
  // Test files run side by side on one origin: each keeps its own mirror cookie.
  cookieName: 'assent_manager',
  categories: { analytics: {}, marketing: {}, functional: {} },
  services: {
    'google-analytics': { category: 'analytics', cookies: ['_ga', '/^_ga_/'] },
    hotjar: { category: 'analytics', title: 'Hotjar' },
    youtube: { category: 'marketing' },
  },
};

const DAY = 86_400_000;

function clearMirror() {
  document.cookie = 'assent_manager=; Path=/; Max-Age=0';
}

function make(options: ManagerOptions = {}) {
  return new ConsentManager({ config, storage: memoryStore(), syncTabs: false, ...options });
}

describe('consent manager', () => {
  beforeEach(clearMirror);
  afterEach(clearMirror);

  it('starts a first visit with every optional category denied and a decision needed', async () => {
    const manager = make();
    const state = await manager.ready;
    expect(state.decidedAt).to.equal(null);
    expect(state.categories).to.deep.equal({
      necessary: true,
      analytics: false,
      marketing: false,
      functional: false,
    });
    expect(state.services).to.deep.equal({
      'google-analytics': false,
      hotjar: false,
      youtube: false,
    });
    expect(state.revision).to.equal('2021-11');
    expect(state.subject).to.match(/^[0-9a-f-]{36}$/);
    expect(manager.needsDecision()).to.equal(true);
  });

  it('accepting all grants every category and service', async () => {
    const manager = make({ gpc: false });
    await manager.ready;
    const state = await manager.acceptAll();
    expect(Object.values(state.categories).every(Boolean)).to.equal(true);
    expect(Object.values(state.services).every(Boolean)).to.equal(true);
    expect(state.decidedAt).to.be.a('string');
    expect(manager.needsDecision()).to.equal(false);
    expect(manager.allowed('google-analytics')).to.equal(true);
    expect(manager.allowed('analytics')).to.equal(true);
  });

  it('rejecting all keeps only necessary', async () => {
    const manager = make();
    await manager.ready;
    await manager.acceptAll();
    const state = await manager.rejectAll();
    expect(state.categories).to.deep.equal({
      necessary: true,
      analytics: false,
      marketing: false,
      functional: false,
    });
    expect(manager.allowed('google-analytics')).to.equal(false);
    expect(manager.needsDecision()).to.equal(false);
  });

  it('necessary cannot be switched off', async () => {
    const manager = make();
    await manager.ready;
    const state = await manager.set({ categories: { necessary: false } });
    expect(state.categories.necessary).to.equal(true);
  });

  it('services follow their category unless chosen one by one', async () => {
    const manager = make();
    await manager.ready;
    await manager.set({ categories: { analytics: true } });
    expect(manager.allowed('google-analytics')).to.equal(true);
    expect(manager.allowed('hotjar')).to.equal(true);
    await manager.set({ services: { hotjar: false } });
    expect(manager.allowed('hotjar')).to.equal(false);
    expect(manager.allowed('google-analytics')).to.equal(true);
    // Granting one service of a denied category grants that service only.
    await manager.set({ services: { youtube: true } });
    expect(manager.allowed('youtube')).to.equal(true);
    expect(manager.allowed('marketing')).to.equal(false);
    // Setting the category again resets the one-by-one choices inside it.
    await manager.set({ categories: { analytics: false } });
    expect(manager.allowed('hotjar')).to.equal(false);
    expect(manager.allowed('google-analytics')).to.equal(false);
  });

  it('unknown ids are never allowed and set() reports them', async () => {
    const log = captureConsole();
    try {
      const manager = make();
      await manager.ready;
      await manager.set({ categories: { heatmaps: true }, services: { tiktok: true } });
      expect(manager.allowed('heatmaps')).to.equal(false);
      expect(manager.allowed('tiktok')).to.equal(false);
      expect(log.errors.some((line) => line.includes('"heatmaps"'))).to.equal(true);
      expect(log.errors.some((line) => line.includes('"tiktok"'))).to.equal(true);
    } finally {
      log.restore();
    }
  });

  it('a returning visitor gets the stored decision and no banner', async () => {
    const storage = memoryStore();
    const first = make({ storage });
    await first.ready;
    await first.set({ categories: { analytics: true } });
    clearMirror();
    const second = make({ storage });
    const state = await second.ready;
    expect(state.categories.analytics).to.equal(true);
    expect(state.subject).to.equal(first.get().subject);
    expect(second.needsDecision()).to.equal(false);
  });

  it("applies a returning visitor's choice from the mirror cookie before storage answers", async () => {
    const first = make();
    await first.ready;
    await first.set({ categories: { analytics: true }, services: { hotjar: false } });
    expect(readMirror('assent_manager')?.categories).to.deep.equal(['necessary', 'analytics']);
    let release!: (store: KeyValueStore) => void;
    const slow = new Promise<KeyValueStore>((resolve) => (release = resolve));
    const second = make({ storage: slow });
    // Synchronously, before ready:
    expect(second.allowed('analytics')).to.equal(true);
    expect(second.allowed('hotjar')).to.equal(false);
    expect(second.needsDecision()).to.equal(false);
    release(memoryStore());
    await second.ready;
    expect(second.allowed('analytics')).to.equal(true);
  });

  it('asks again after a revision change, with everything optional denied', async () => {
    const storage = memoryStore();
    const first = make({ storage });
    await first.ready;
    await first.acceptAll();
    const second = make({ storage, config: { ...config, revision: '2022-01' } });
    const state = await second.ready;
    expect(second.needsDecision()).to.equal(true);
    expect(state.decidedAt).to.equal(null);
    expect(state.categories.analytics).to.equal(false);
  });

  it('asks again when the decision is older than expiresAfterDays', async () => {
    const storage = memoryStore();
    const decidedOn = new Date('2025-01-01T12:00:00Z');
    const first = make({
      storage,
      now: () => decidedOn,
      config: { ...config, expiresAfterDays: 30 },
    });
    await first.ready;
    await first.acceptAll();
    clearMirror();
    const early = make({
      storage,
      now: () => new Date(decidedOn.getTime() + 29 * DAY),
      config: { ...config, expiresAfterDays: 30 },
    });
    await early.ready;
    expect(early.needsDecision()).to.equal(false);
    const late = make({
      storage,
      now: () => new Date(decidedOn.getTime() + 31 * DAY),
      config: { ...config, expiresAfterDays: 30 },
    });
    const state = await late.ready;
    expect(late.needsDecision()).to.equal(true);
    expect(state.categories.analytics).to.equal(false);
  });

  it('keeps the preferences draft apart until it is saved', async () => {
    const manager = make();
    await manager.ready;
    manager.updateDraft({ categories: { analytics: true } });
    expect(manager.getDraft().categories.analytics).to.equal(true);
    expect(manager.getDraft().services['google-analytics']).to.equal(true);
    expect(manager.allowed('analytics')).to.equal(false);
    expect(manager.needsDecision()).to.equal(true);
    manager.updateDraft({ services: { hotjar: false } });
    const state = await manager.commitDraft();
    expect(state.categories.analytics).to.equal(true);
    expect(state.services.hotjar).to.equal(false);
    expect(state.services['google-analytics']).to.equal(true);
  });

  it('discarding the draft leaves the decision as it was', async () => {
    const manager = make();
    await manager.ready;
    await manager.rejectAll();
    manager.updateDraft({ categories: { marketing: true } });
    manager.discardDraft();
    expect(manager.getDraft().categories.marketing).to.equal(false);
    expect(manager.allowed('marketing')).to.equal(false);
  });

  it('fires assent-change on document and change listeners with the new state', async () => {
    const manager = make({ document });
    await manager.ready;
    const seen: ConsentState[] = [];
    const fromDocument: ConsentState[] = [];
    const stop = manager.on('change', (state) => seen.push(state));
    const listener = (event: Event) =>
      fromDocument.push((event as CustomEvent<ConsentState>).detail);
    document.addEventListener('assent-change', listener);
    await manager.set({ categories: { analytics: true } });
    stop();
    await manager.set({ categories: { analytics: false } });
    document.removeEventListener('assent-change', listener);
    expect(seen).to.have.length(1);
    expect(seen[0]!.categories.analytics).to.equal(true);
    expect(fromDocument).to.have.length(2);
    expect(fromDocument[1]!.categories.analytics).to.equal(false);
  });

  it('fires assent-ready once with the loaded state', async () => {
    let count = 0;
    const listener = () => count++;
    document.addEventListener('assent-ready', listener);
    const manager = make({ document });
    await manager.ready;
    await manager.acceptAll();
    document.removeEventListener('assent-ready', listener);
    expect(count).to.equal(1);
  });

  it('starts a first visit under the subject it is given', async () => {
    const manager = make({ subject: 'boot-subject' });
    expect((await manager.ready).subject).to.equal('boot-subject');
  });

  it('a runtime whose parts join later announces ready once, and the full check changes nothing it read', async () => {
    const storage = memoryStore();
    const first = make({ storage, document });
    await first.ready;
    await first.acceptAll();
    first.dispose();
    let ready = 0;
    let changes = 0;
    const onReady = () => ready++;
    const onChange = () => changes++;
    document.addEventListener('assent-ready', onReady);
    document.addEventListener('assent-change', onChange);
    try {
      let joins = 0;
      const runtime = new ConsentRuntime({
        config,
        document,
        syncTabs: false,
        parts: async () => {
          joins++;
          return { storage, config: parseConfig(config) };
        },
      });
      // Before any part has joined, the mirror cookie already answers.
      expect(runtime.allowed('analytics')).to.equal(true);
      expect(runtime.configChecked).to.equal(false);
      const state = await runtime.ready;
      expect(state.categories.analytics).to.equal(true);
      expect(runtime.configChecked).to.equal(true);
      expect(ready).to.equal(1);
      // The stored record applied once; the checked config read the mirror as the early one did.
      expect(changes).to.equal(1);
      await runtime.join();
      expect(joins).to.equal(1);
      runtime.dispose();
    } finally {
      document.removeEventListener('assent-ready', onReady);
      document.removeEventListener('assent-change', onChange);
    }
  });

  it('a decision made before the parts join applies at once and is stored and sent when they do', async () => {
    const storage = memoryStore();
    const sent: ConsentEvent[] = [];
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const runtime = new ConsentRuntime({
      config,
      document,
      syncTabs: false,
      parts: async () => {
        await arrived;
        return { storage, sink: { enqueue: async (events) => void sent.push(...events) } };
      },
    });
    const decided = runtime.rejectAll({ method: 'banner', wording: 'Reject all' });
    expect(runtime.get().decidedAt).to.be.a('string');
    expect(runtime.allowed('analytics')).to.equal(false);
    expect(readMirror('assent_manager', document)?.categories).to.deep.equal(['necessary']);
    expect(sent).to.have.length(0);
    release();
    await decided;
    expect(sent).to.have.length(1);
    expect(sent[0]!.method).to.equal('banner');
    expect(sent[0]!.wording).to.equal('Reject all');
    expect(((await storage.get(DECISION_KEY)) as { decidedAt: string }).decidedAt).to.equal(
      runtime.get().decidedAt,
    );
    runtime.dispose();
  });

  it('a throwing listener does not stop the decision or other listeners', async () => {
    const log = captureConsole();
    try {
      const manager = make();
      await manager.ready;
      let reached = false;
      manager.on('change', () => {
        throw new Error('site bug');
      });
      manager.on('change', () => (reached = true));
      const state = await manager.acceptAll();
      expect(state.categories.analytics).to.equal(true);
      expect(reached).to.equal(true);
    } finally {
      log.restore();
    }
  });

  it('records each decision as a ledger event with the wording shown', async () => {
    const events: ConsentEvent[] = [];
    const manager = make({ sink: { enqueue: async (batch) => void events.push(...batch) } });
    await manager.ready;
    await manager.rejectAll({ method: 'banner', wording: 'We use cookies. Reject all' });
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event!.kind).to.equal('cookies');
    expect(event!.method).to.equal('banner');
    expect(event!.wording).to.equal('We use cookies. Reject all');
    expect(event!.revision).to.equal('2021-11');
    expect(event!.subject).to.equal(manager.get().subject);
    expect(event!.id).to.match(/^[0-9a-f-]{36}$/);
    expect(event!.choices).to.deep.equal({
      categories: { necessary: true, analytics: false, marketing: false, functional: false },
      services: { 'google-analytics': false, hotjar: false, youtube: false },
    });
  });

  it('never stores an email or phone in the browser', async () => {
    const storage = memoryStore();
    const manager = make({ storage, sink: { enqueue: async () => undefined } });
    await manager.ready;
    await manager.recordMarketing([{ channel: 'email', status: 'granted', topics: ['news'] }], {
      contact: { email: 'jo@example.org' },
      wording: 'Email me news',
    });
    expect(manager.get().marketing.email.status).to.equal('granted');
    expect(manager.get().marketing.email.topics).to.deep.equal(['news']);
    expect(JSON.stringify(await storage.get(DECISION_KEY))).not.to.contain('jo@example.org');
    expect(document.cookie).not.to.contain('example.org');
  });

  describe('Global Privacy Control', () => {
    it('is recorded in the state', async () => {
      const manager = make({ gpc: true });
      expect((await manager.ready).gpc).to.equal(true);
    });

    it('keeps marketing off when accepting all, and the state says why', async () => {
      const manager = make({ gpc: true });
      await manager.ready;
      const state = await manager.acceptAll();
      expect(state.categories.analytics).to.equal(true);
      expect(state.categories.marketing).to.equal(false);
      expect(state.services.youtube).to.equal(false);
      expect(state.deniedBy).to.deep.equal({ marketing: 'gpc' });
    });

    it('lets the visitor switch marketing on explicitly', async () => {
      const manager = make({ gpc: true });
      await manager.ready;
      await manager.acceptAll();
      const state = await manager.set({ categories: { marketing: true } });
      expect(state.categories.marketing).to.equal(true);
      expect(state.deniedBy).to.deep.equal({});
    });

    it('is ignored with gpc: "ignore"', async () => {
      const manager = make({ gpc: true, config: { ...config, gpc: 'ignore' } });
      await manager.ready;
      expect((await manager.acceptAll()).categories.marketing).to.equal(true);
    });
  });
});
