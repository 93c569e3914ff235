import { expect } from '@open-wc/testing';
import {
  ConsentManager,
  consentModeValues,
  deleteCookies,
  memoryStore,
  parseConfig,
  pushConsentDefault,
  startGating,
} from '@assent/core';
import { captureConsole } from '../helpers/console.js';

const config = {
  cookieName: 'assent_gating',
  // Reloading would reload the test page: the default is tested with a window of its own.
  reloadOnWithdraw: false,
  categories: { analytics: {}, marketing: {}, functional: {} },
  services: {
    'google-analytics': { category: 'analytics', cookies: ['_ga', '/^_ga_/'] },
    youtube: { category: 'marketing' },
  },
  googleConsentMode: {
    waitForUpdate: 800,
    region: ['GB', 'ES'],
    urlPassthrough: true,
    adsDataRedaction: true,
  },
};

type Win = { dataLayer?: IArguments[]; ran?: string[] };
const win = window as unknown as Win;
const layer = () => (win.dataLayer ?? []).map((entry) => Array.from(entry));
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('gating', () => {
  let host: HTMLElement;
  let stop: (() => void) | undefined;
  beforeEach(() => {
    delete win.dataLayer;
    delete (window as { gtag?: unknown }).gtag;
    win.ran = [];
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    stop?.();
    host.remove();
    document.cookie = 'assent_gating=; Path=/; Max-Age=0';
  });

  function gatedScript(id: string, code: string, extra: Record<string, string> = {}) {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.assent = id;
    for (const [name, value] of Object.entries(extra)) script.setAttribute(name, value);
    script.textContent = code;
    host.append(script);
    return script;
  }

  async function started() {
    const manager = new ConsentManager({
      config,
      storage: memoryStore(),
      syncTabs: false,
      gpc: false,
    });
    stop = startGating(manager);
    await manager.ready;
    await nextTask();
    return manager;
  }

  it('pushes the Consent Mode default with region, wait_for_update and the set commands', () => {
    pushConsentDefault(parseConfig(config), win as never);
    expect(layer()).to.deep.equal([
      [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          analytics_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          functionality_storage: 'denied',
          personalization_storage: 'denied',
          security_storage: 'granted',
          wait_for_update: 800,
          region: ['GB', 'ES'],
        },
      ],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
  });

  it('maps categories to Consent Mode types, and the mapping can be overridden', () => {
    const values = consentModeValues(parseConfig(config), {
      categories: { necessary: true, analytics: true },
    });
    expect(values.analytics_storage).to.equal('granted');
    expect(values.ad_storage).to.equal('denied');
    const custom = parseConfig({
      ...config,
      googleConsentMode: { mapping: { ad_storage: ['analytics'] } },
    });
    expect(consentModeValues(custom, { categories: { analytics: true } }).ad_storage).to.equal(
      'granted',
    );
  });

  it('does not touch dataLayer when Consent Mode is off', async () => {
    const manager = new ConsentManager({
      config: { cookieName: 'assent_gating', categories: { analytics: {} } },
      storage: memoryStore(),
      syncTabs: false,
    });
    stop = startGating(manager);
    await manager.acceptAll();
    expect(win.dataLayer).to.equal(undefined);
  });

  it('sends a Consent Mode update on every change', async () => {
    const manager = await started();
    await manager.set({ categories: { analytics: true } });
    await manager.rejectAll();
    const updates = layer().filter((entry) => entry[1] === 'update');
    expect(
      updates.map((entry) => (entry[2] as Record<string, string>).analytics_storage),
    ).to.deep.equal(['granted', 'denied']);
  });

  it('keeps a gated script inert until its category is granted, then runs it once', async () => {
    gatedScript('analytics', 'window.ran.push("analytics")');
    const manager = await started();
    expect(win.ran).to.deep.equal([]);
    await manager.acceptAll();
    await nextTask();
    expect(win.ran).to.deep.equal(['analytics']);
    await manager.rejectAll();
    await manager.acceptAll();
    await nextTask();
    expect(win.ran).to.deep.equal(['analytics']);
  });

  it('reloads the page by default when a withdrawn script had already run', async () => {
    gatedScript('analytics', 'window.ran.push("analytics")');
    const defaults = { ...config, reloadOnWithdraw: undefined };
    const manager = new ConsentManager({
      config: defaults,
      storage: memoryStore(),
      syncTabs: false,
    });
    expect(manager.config.reloadOnWithdraw).to.be.true;
    let reloads = 0;
    // The real document, and a location whose reload is counted instead of leaving the test.
    const page = { document, location: { reload: () => (reloads += 1) } } as unknown as Window;
    stop = startGating(manager, page);
    await manager.ready;
    await manager.set({ categories: { marketing: true } });
    await manager.set({ categories: { marketing: false } });
    expect(reloads, 'nothing that ran was withdrawn').to.equal(0);
    await manager.acceptAll();
    await nextTask();
    expect(win.ran).to.deep.equal(['analytics']);
    await manager.rejectAll();
    // The reload waits until the withdrawal is stored and queued.
    await manager.settled();
    await nextTask();
    expect(reloads).to.equal(1);
  });

  it('runs scripts gated by a service id when that service alone is granted', async () => {
    gatedScript('youtube', 'window.ran.push("youtube")');
    gatedScript('marketing', 'window.ran.push("marketing")');
    const manager = await started();
    await manager.set({ services: { youtube: true } });
    await nextTask();
    expect(win.ran).to.deep.equal(['youtube']);
  });

  it('keeps document order across inline and external scripts', async () => {
    const blob = URL.createObjectURL(
      new Blob(['window.ran.push("external")'], { type: 'text/javascript' }),
    );
    gatedScript('analytics', 'window.ran.push("one")');
    gatedScript('analytics', '', { src: blob });
    gatedScript('analytics', 'window.ran.push("three")');
    const manager = await started();
    await manager.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.ran).to.deep.equal(['one', 'external', 'three']);
  });

  it('sets iframe and image sources only once allowed', async () => {
    const frame = document.createElement('iframe');
    frame.dataset.assent = 'youtube';
    frame.dataset.src = 'about:blank#video';
    frame.title = 'Video';
    host.append(frame);
    const manager = await started();
    expect(frame.getAttribute('src')).to.equal(null);
    await manager.set({ categories: { marketing: true } });
    await nextTask();
    expect(frame.getAttribute('src')).to.equal('about:blank#video');
  });

  it('catches gated scripts added after a decision', async () => {
    const manager = await started();
    await manager.acceptAll();
    gatedScript('analytics', 'window.ran.push("late")');
    await nextTask();
    expect(win.ran).to.deep.equal(['late']);
  });

  it('reports an unknown data-assent id once and keeps it blocked', async () => {
    const log = captureConsole();
    try {
      gatedScript('heatmaps', 'window.ran.push("heatmaps")');
      gatedScript('heatmaps', 'window.ran.push("heatmaps")');
      const manager = await started();
      await manager.acceptAll();
      await nextTask();
      expect(win.ran).to.deep.equal([]);
      expect(log.errors.filter((line) => line.includes('data-assent="heatmaps"'))).to.have.length(
        1,
      );
    } finally {
      log.restore();
    }
  });

  it('withdrawal deletes the service cookies, exact and by pattern, and keeps others', async () => {
    const manager = await started();
    await manager.acceptAll();
    document.cookie = '_ga=1; Path=/';
    document.cookie = '_ga_XYZ=1; Path=/';
    document.cookie = 'site_session=1; Path=/';
    await manager.set({ categories: { analytics: false } });
    expect(document.cookie).not.to.match(/(^|; )_ga=/);
    expect(document.cookie).not.to.contain('_ga_XYZ');
    expect(document.cookie).to.contain('site_session=1');
    document.cookie = 'site_session=; Path=/; Max-Age=0';
  });

  it('deleteCookies returns what it removed', () => {
    document.cookie = 'tracker_a=1; Path=/';
    expect(deleteCookies(['/^tracker_/'])).to.deep.equal(['tracker_a']);
    expect(document.cookie).not.to.contain('tracker_a');
  });
});
