import { expect, waitUntil } from '@open-wc/testing';
import { memoryStore, startAssent, type Assent, type AssentConfig } from '@assent/core';

type Win = Window & { dataLayer?: IArguments[]; ran?: string[]; assent?: unknown };
const win = window as Win;
const layer = () => (win.dataLayer ?? []).map((entry) => Array.from(entry));
/** The `gtag('consent', …)` commands only (dataLayer also carries `assent_consent_update`). */
const consentCommands = () => layer().filter((entry) => entry[0] === 'consent');

let cookies = 0;
/** A config of its own per test: test files share one origin's cookies. */
function siteConfig(extra: AssentConfig = {}): AssentConfig {
  return {
    revision: '2021-11',
    cookieName: `assent_start_${Date.now().toString(36)}_${(cookies += 1)}`,
    categories: { analytics: {}, marketing: {} },
    services: { 'google-analytics': { category: 'analytics', cookies: ['_ga'] } },
    googleConsentMode: true,
    ...extra,
  };
}

describe('startAssent', () => {
  let host: HTMLElement;
  let assent: Assent | undefined;
  beforeEach(() => {
    delete win.dataLayer;
    delete (window as { gtag?: unknown }).gtag;
    win.ran = [];
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    if (assent) document.cookie = `${assent.config.cookieName}=; Path=/; Max-Age=0`;
    assent?.dispose();
    assent = undefined;
    host.remove();
  });

  function gatedScript(id: string, code: string) {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.assent = id;
    script.textContent = code;
    host.append(script);
    return script;
  }

  const start = (config: AssentConfig, ui?: (assent: Assent) => unknown) =>
    (assent = startAssent({ config, storage: memoryStore(), syncTabs: false, ui }));

  it('pushes the Consent Mode default, all denied, before anything else on dataLayer', () => {
    start(siteConfig());
    const [first] = layer();
    expect(first?.slice(0, 2)).to.deep.equal(['consent', 'default']);
    expect(first?.[2]).to.include({ analytics_storage: 'denied', ad_storage: 'denied' });
  });

  it('keeps a gated script inert until its category is granted, then runs it once', async () => {
    gatedScript('analytics', 'window.ran.push("analytics")');
    start(siteConfig());
    await assent!.ready;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(win.ran).to.deep.equal([]);
    await assent!.acceptAll();
    await waitUntil(() => win.ran!.length > 0, 'the granted script runs');
    expect(win.ran).to.deep.equal(['analytics']);
    expect(consentCommands().at(-1)?.slice(0, 2)).to.deep.equal(['consent', 'update']);
    expect(consentCommands().at(-1)?.[2]).to.include({ analytics_storage: 'granted' });
    expect(win.dataLayer!.at(-1)).to.deep.include({ event: 'assent_consent_update' });
  });

  it('rejecting all keeps the gated script from running', async () => {
    gatedScript('analytics', 'window.ran.push("analytics")');
    start(siteConfig());
    await assent!.rejectAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(win.ran).to.deep.equal([]);
    expect(assent!.allowed('google-analytics')).to.be.false;
  });

  it('applies a returning visitor’s choice at start: the tag runs, Consent Mode updates', async () => {
    const config = siteConfig();
    start(config);
    await assent!.acceptAll();
    assent!.dispose();
    delete win.dataLayer;
    delete (window as { gtag?: unknown }).gtag;
    win.ran = [];
    gatedScript('google-analytics', 'window.ran.push("ga")');
    start(config);
    expect(layer().map((entry) => entry.slice(0, 2))).to.deep.equal([
      ['consent', 'default'],
      ['consent', 'update'],
      [], // { event: 'assent_consent_update', … }
    ]);
    expect(win.dataLayer![2]).to.deep.include({ event: 'assent_consent_update' });
    await waitUntil(() => win.ran!.length > 0, 'the allowed script runs');
    expect(assent!.needsDecision()).to.be.false;
  });

  it('is window.assent, the same API, until disposed', () => {
    start(siteConfig());
    expect(win.assent).to.equal(assent);
    for (const member of ['ready', 'get', 'allowed', 'acceptAll', 'rejectAll', 'set'] as const)
      expect(assent![member]).to.exist;
    assent!.dispose();
    expect(win.assent).to.be.undefined;
    assent = undefined;
  });

  it('hands itself to the UI and removes the UI on dispose', () => {
    let mountedWith: unknown;
    let removed = false;
    start(siteConfig(), (runtime) => {
      mountedWith = runtime;
      return () => (removed = true);
    });
    expect(mountedWith).to.equal(assent);
    assent!.dispose();
    expect(removed).to.be.true;
    assent = undefined;
  });

  it('a UI that throws is reported and never breaks the start', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      start(siteConfig(), () => {
        throw new Error('boom');
      });
    } finally {
      console.error = original;
    }
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      '[assent] Could not mount the consent UI:',
    ]);
    expect((await assent!.ready).decidedAt).to.equal(null);
  });

  it('a bad field gets one console error naming it, and everything optional stays denied', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      start(siteConfig({ expiresAfterDays: 'soon' as unknown as number }));
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('expiresAfterDays');
    expect(assent!.allowed('analytics')).to.be.false;
    expect(assent!.needsDecision()).to.be.true;
  });
});
