import { expect } from '@open-wc/testing';
import {
  earlyConsentMode,
  earlyGrantedCategories,
  embedService,
  pushConsentDefault,
  writeMirror,
} from '@assent/core';
import { captureConsole } from '../helpers/console.js';

const COOKIE = 'assent_early';
const config = {
  revision: '2026-02',
  cookieName: COOKIE,
  categories: { analytics: {}, marketing: {} },
  googleConsentMode: { waitForUpdate: 300, mapping: { ad_storage: ['marketing', 'analytics'] } },
};

function mirror(revision: string, decidedAt: Date, categories: string[]) {
  writeMirror(
    { revision, decidedAt: decidedAt.toISOString(), subject: 's-1', categories, services: {} },
    { name: COOKIE, maxAgeDays: 1 },
  );
}

describe('the early Consent Mode default', () => {
  afterEach(() => {
    document.cookie = `${COOKIE}=; Path=/; Max-Age=0`;
  });

  it('reads the Consent Mode settings the way the full check resolves them', () => {
    const mode = earlyConsentMode(config)!;
    expect(mode.waitForUpdate).to.equal(300);
    expect(mode.mapping.ad_storage).to.deep.equal(['marketing', 'analytics']);
    expect(mode.mapping.analytics_storage).to.deep.equal(['analytics']);
    expect(earlyConsentMode({ googleConsentMode: false })).to.equal(undefined);
    expect(earlyConsentMode('not a config')).to.equal(undefined);
    // Unreadable parts take their defaults; the full check reports them later.
    expect(earlyConsentMode({ googleConsentMode: { waitForUpdate: -4 } })!.waitForUpdate).to.equal(
      500,
    );
  });

  it("applies a returning visitor's current decision, and nothing else", () => {
    const now = Date.now();
    mirror('2026-02', new Date(now - 86_400_000), ['analytics']);
    expect(earlyGrantedCategories(config, document, now)).to.deep.equal({
      necessary: true,
      analytics: true,
      marketing: false,
    });
    // Another revision asks again: no early update.
    mirror('2025-01', new Date(now - 1000), ['analytics']);
    expect(earlyGrantedCategories(config, document, now)).to.equal(undefined);
    // Expired (older than expiresAfterDays).
    mirror('2026-02', new Date(now - 3 * 86_400_000), ['analytics']);
    expect(earlyGrantedCategories({ ...config, expiresAfterDays: 2 }, document, now)).to.equal(
      undefined,
    );
    // A category the config no longer has is not granted.
    mirror('2026-02', new Date(now - 1000), ['analytics', 'heatmaps']);
    expect(earlyGrantedCategories(config, document, now)).to.not.have.property('heatmaps');
  });

  it('keeps a default the page already pushed for the same region, warning once', () => {
    const win = { dataLayer: [] as unknown[] } as { dataLayer: unknown[] };
    (function gtag(..._args: unknown[]) {
      // eslint-disable-next-line prefer-rest-params -- as Google's snippet pushes it
      win.dataLayer.push(arguments);
    })('consent', 'default', { ad_storage: 'granted' });
    const logs = captureConsole();
    try {
      const settings = { googleConsentMode: earlyConsentMode({ googleConsentMode: true })! };
      expect(pushConsentDefault(settings, win)).to.equal(undefined);
      expect(pushConsentDefault(settings, win)).to.equal(undefined);
      expect(win.dataLayer).to.have.length(1);
      // A regional default of ours does not collide with the page's global one… nor the reverse.
      const regional = { googleConsentMode: { ...settings.googleConsentMode, region: ['GB'] } };
      expect(pushConsentDefault(regional, win)).to.include({ ad_storage: 'denied' });
    } finally {
      logs.restore();
    }
    expect(logs.warnings.filter((line) => line.includes('already set'))).to.have.length(1);
  });
});

describe('embedService', () => {
  const services = {
    youtube: { category: 'marketing', hosts: ['www.youtube-nocookie.com'] },
    stats: { category: 'analytics', hosts: ['.example.net'] },
  };
  const categories = { marketing: {}, analytics: {} };

  it('is the service named, or the one of the named category whose hosts serve the URL', () => {
    expect(embedService('youtube', null, { categories, services })).to.equal('youtube');
    expect(
      embedService('marketing', 'https://www.youtube-nocookie.com/embed/x', {
        categories,
        services,
      }),
    ).to.equal('youtube');
    // Never a service of another category, and nothing for an unknown host.
    expect(
      embedService('marketing', 'https://cdn.example.net/x', { categories, services }),
    ).to.equal(undefined);
    expect(embedService('marketing', 'https://elsewhere.test/', { categories, services })).to.equal(
      undefined,
    );
  });
});
