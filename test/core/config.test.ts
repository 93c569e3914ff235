import { expect } from '@open-wc/testing';
import { ConsentManager, memoryStore, parseConfig, isSafeUrl, cookieMatches } from '@assent/core';
import { captureConsole } from '../helpers/console.js';

const valid = {
  revision: '2021-11',
  endpoint: '/v1/consents',
  categories: { analytics: {}, marketing: {} },
  services: {
    'google-analytics': { category: 'analytics', cookies: ['_ga', '/^_ga_/'] },
  },
  googleConsentMode: true,
};

/** Each case: a name, the config, and the path the console error must name. */
const malformed: Array<[string, unknown, string]> = [
  ['text that is not JSON', '{ "revision": ', '(config)'],
  ['an array instead of an object', [1, 2], '(config)'],
  ['a number instead of an object', 42, '(config)'],
  ['revision of the wrong type', { revision: { a: 1 } }, 'revision'],
  ['an empty revision', { revision: '' }, 'revision'],
  ['a negative expiry', { expiresAfterDays: -5 }, 'expiresAfterDays'],
  ['an expiry given as text', { expiresAfterDays: '365' }, 'expiresAfterDays'],
  ['categories as an array', { categories: ['analytics'] }, 'categories'],
  [
    'an unknown category without a title',
    { categories: { heatmaps: {} } },
    'categories.heatmaps.title',
  ],
  [
    'a category title that is a number',
    { categories: { analytics: { title: 5 } } },
    'categories.analytics.title',
  ],
  [
    'a category id with spaces',
    { categories: { 'my stats': { title: 'x' } } },
    'categories.my stats',
  ],
  [
    'a service pointing at a missing category',
    { services: { hotjar: { category: 'heatmaps' } } },
    'services.hotjar.category',
  ],
  ['a service without a category', { services: { hotjar: {} } }, 'services.hotjar.category'],
  [
    'service cookies that are not a list',
    { categories: { analytics: {} }, services: { ga: { category: 'analytics', cookies: '_ga' } } },
    'services.ga.cookies',
  ],
  ['a javascript: privacy link', { privacyPolicyUrl: 'javascript:alert(1)' }, 'privacyPolicyUrl'],
  ['a data: endpoint', { endpoint: 'data:text/html,hi' }, 'endpoint'],
  ['an unknown banner layout', { banner: { layout: 'popup' } }, 'banner.layout'],
  [
    'a button order missing reject',
    { banner: { buttonOrder: ['accept', 'manage'] } },
    'banner.buttonOrder',
  ],
  ['an unknown gpc mode', { gpc: 'sometimes' }, 'gpc'],
  ['consent mode as text', { googleConsentMode: 'yes' }, 'googleConsentMode'],
  [
    'a translation that is not text',
    { translations: { en: { 'banner.title': 5 } } },
    'translations.en.banner.title',
  ],
  ['an unknown marketing channel', { marketing: { fax: {} } }, 'marketing.fax'],
  [
    'a topic without a label',
    { marketing: { email: { topics: [{ id: 'news' }] } } },
    'marketing.email.topics.0.label',
  ],
  ['a misspelt setting', { categorys: {} }, 'categorys'],
  ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}'), '__proto__'],
  [
    'a constructor key in categories',
    { categories: { constructor: { prototype: { polluted: true } } } },
    'categories.constructor',
  ],
  ['a bad default country', { defaultCountry: 'gb' }, 'defaultCountry'],
];

describe('config', () => {
  it('accepts the config from the product contract without a console error', () => {
    const log = captureConsole();
    try {
      const config = parseConfig(valid);
      expect(log.errors).to.deep.equal([]);
      expect(config.revision).to.equal('2021-11');
      expect(Object.keys(config.categories)).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(config.services['google-analytics']!.cookies.map((c) => c.name)).to.deep.equal([
        '_ga',
        '/^_ga_/',
      ]);
      expect(config.googleConsentMode.enabled).to.equal(true);
      expect(config.expiresAfterDays).to.equal(365);
    } finally {
      log.restore();
    }
  });

  it('accepts config given as JSON text', () => {
    expect(parseConfig(JSON.stringify(valid)).revision).to.equal('2021-11');
  });

  for (const [name, input, path] of malformed) {
    it(`reports ${name} once, naming "${path}", and keeps working`, async () => {
      const log = captureConsole();
      try {
        // A document of its own: other test files' mirror cookies must not count as a decision.
        const page = document.implementation.createHTMLDocument('config test');
        const manager = new ConsentManager({
          config: input,
          storage: memoryStore(),
          syncTabs: false,
          document: page,
        });
        await manager.ready;
        const naming = log.errors.filter((line) => line.includes(`"${path}"`));
        expect(naming, log.errors.join('\n')).to.have.length(1);
        // Safe defaults: a decision is needed and nothing optional is granted.
        const state = manager.get();
        expect(state.categories.necessary).to.equal(true);
        expect(
          Object.entries(state.categories).filter(([id, on]) => on && id !== 'necessary'),
        ).to.deep.equal([]);
        expect(manager.needsDecision()).to.equal(true);
        manager.dispose();
      } finally {
        log.restore();
      }
    });
  }

  it('never lets a config pollute Object.prototype', () => {
    const log = captureConsole();
    try {
      parseConfig(
        '{"__proto__": {"polluted": true}, "categories": {"analytics": {"__proto__": {"polluted": true}}}}',
      );
      parseConfig({ constructor: { prototype: { polluted: true } } });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    } finally {
      log.restore();
    }
  });

  it('keeps the good fields of a config with one bad field', () => {
    const log = captureConsole();
    try {
      const config = parseConfig({ ...valid, expiresAfterDays: -1 });
      expect(config.revision).to.equal('2021-11');
      expect(config.expiresAfterDays).to.equal(365);
      expect(config.categories).to.have.property('analytics');
    } finally {
      log.restore();
    }
  });

  it('drops a service whose category is missing, so it is never allowed', async () => {
    const log = captureConsole();
    try {
      const manager = new ConsentManager({
        config: { cookieName: 'assent_config', services: { hotjar: { category: 'heatmaps' } } },
        storage: memoryStore(),
        syncTabs: false,
      });
      await manager.acceptAll();
      expect(manager.allowed('hotjar')).to.equal(false);
      manager.dispose();
    } finally {
      log.restore();
    }
  });

  it('accepts only https, http and relative links', () => {
    expect(isSafeUrl('https://example.org/privacy')).to.equal(true);
    expect(isSafeUrl('/privacy')).to.equal(true);
    expect(isSafeUrl('privacy.html')).to.equal(true);
    expect(isSafeUrl('javascript:alert(1)')).to.equal(false);
    expect(isSafeUrl(' JavaScript:alert(1)')).to.equal(false);
    expect(isSafeUrl('data:text/html,x')).to.equal(false);
    expect(isSafeUrl('vbscript:x')).to.equal(false);
    expect(isSafeUrl('java\tscript:alert(1)')).to.equal(false);
    expect(isSafeUrl('java\nscript:alert(1)')).to.equal(false);
  });

  it('matches cookie names exactly or by /regex/', () => {
    expect(cookieMatches('_ga', '_ga')).to.equal(true);
    expect(cookieMatches('_ga', '_gat')).to.equal(false);
    expect(cookieMatches('/^_ga_/', '_ga_ABC123')).to.equal(true);
    expect(cookieMatches('/^_ga_/', 'x_ga_')).to.equal(false);
    expect(cookieMatches('/[/', '[')).to.equal(false);
  });

  it('treats a service under necessary without a reason as analytics, with one warning', async () => {
    const log = captureConsole();
    let manager: ConsentManager;
    try {
      manager = new ConsentManager({
        config: {
          cookieName: 'assent_necessary',
          services: {
            'ad-tracker': { category: 'necessary' },
            'sign-in': { category: 'necessary', necessaryReason: 'Keeps you signed in.' },
          },
        },
        storage: memoryStore(),
        syncTabs: false,
      });
    } finally {
      log.restore();
    }
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('services.ad-tracker.necessaryReason');
    expect(log.errors).to.deep.equal([]);
    expect(manager.config.services['ad-tracker']!.category).to.equal('analytics');
    expect(manager.config.categories).to.have.property('analytics');
    expect(manager.config.services['sign-in']!.category).to.equal('necessary');
    await manager.ready;
    expect(manager.allowed('ad-tracker')).to.equal(false);
    expect(manager.allowed('sign-in')).to.equal(true);
    manager.dispose();
  });

  it('a catalogued necessary service brings its reason and stays necessary', async () => {
    const { serviceCatalogue } = await import('@assent/core/catalogue');
    const log = captureConsole();
    try {
      const config = parseConfig({ services: { recaptcha: {} } }, undefined, {
        catalogue: serviceCatalogue,
      });
      expect(config.services.recaptcha!.category).to.equal('necessary');
      expect(config.services.recaptcha!.necessaryReason).to.be.a('string');
    } finally {
      log.restore();
    }
    expect(log.warnings).to.deep.equal([]);
  });

  it('refuses basis "objection" for marketing and necessary, naming the field', () => {
    const problems: string[] = [];
    const config = parseConfig(
      { categories: { analytics: { basis: 'objection' }, marketing: { basis: 'objection' } } },
      (path, message) => problems.push(`${path}: ${message}`),
    );
    expect(config.categories.analytics!.basis).to.equal('objection');
    expect(config.categories.marketing!.basis).to.equal(undefined);
    expect(problems).to.deep.equal([
      'categories.marketing.basis: "objection" is not allowed for marketing',
    ]);
  });

  it('runs an objection category before a decision, records its basis, and "Reject all" objects', async () => {
    const events: Array<{ choices: Record<string, unknown> }> = [];
    const manager = new ConsentManager({
      config: {
        cookieName: 'assent_objection',
        categories: { analytics: { basis: 'objection' }, marketing: {} },
      },
      storage: memoryStore(),
      syncTabs: false,
      sink: { enqueue: async (batch) => void events.push(...batch) },
    });
    await manager.ready;
    expect(manager.needsDecision()).to.equal(true);
    expect(manager.allowed('analytics')).to.equal(true);
    expect(manager.allowed('marketing')).to.equal(false);
    await manager.set({ categories: { marketing: true } });
    expect(manager.allowed('analytics'), 'set() keeps what runs').to.equal(true);
    await manager.rejectAll();
    expect(manager.allowed('analytics')).to.equal(false);
    expect(events.at(-1)!.choices).to.deep.equal({
      categories: { necessary: true, analytics: false, marketing: false },
      services: {},
      basis: { analytics: 'objection' },
    });
    manager.dispose();
  });
});
