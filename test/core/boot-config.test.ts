import { expect } from '@open-wc/testing';
import {
  BOOT_FIELDS,
  ConsentRuntime,
  memoryStore,
  parseConfig,
  readBootConfig,
} from '@assent/core';
import { captureConsole } from '../helpers/console.js';

const valid = {
  revision: '2021-11',
  endpoint: '/v1/consents',
  expiresAfterDays: 30,
  cookieName: 'consent',
  categories: { analytics: {}, marketing: {}, heatmaps: { title: 'Heatmaps' } },
  services: {
    'google-analytics': { category: 'analytics', cookies: ['_ga', { name: '/^_ga_/' }] },
    hotjar: { category: 'heatmaps', title: { en: 'Hotjar' } },
  },
  googleConsentMode: { waitForUpdate: 200, mapping: { ad_storage: ['marketing'] } },
};

/** Configs with problems the boot must never read more generously than `parseConfig`. */
const doubtful: Array<[string, unknown]> = [
  ['broken JSON', '{ "revision": '],
  ['an array', [1, 2]],
  ['revision of the wrong type', { ...valid, revision: { a: 1 } }],
  ['an empty revision', { ...valid, revision: '' }],
  ['an expiry as text', { ...valid, expiresAfterDays: '365' }],
  ['categories as an array', { ...valid, categories: ['analytics'] }],
  ['an unknown category without a title', { ...valid, categories: { heatmaps: {} } }],
  ['a category title of the wrong type', { ...valid, categories: { analytics: { title: 1 } } }],
  ['a bad category id', { ...valid, categories: { 'bad id': { title: 'x' } } }],
  ['a service in a missing category', { ...valid, services: { x: { category: 'nope' } } }],
  [
    'a service sharing a category id',
    { ...valid, services: { analytics: { category: 'analytics' } } },
  ],
  [
    'service cookies of the wrong type',
    { ...valid, services: { x: { category: 'analytics', cookies: 'a' } } },
  ],
  [
    'a cookie without a name',
    { ...valid, services: { x: { category: 'analytics', cookies: [{}] } } },
  ],
  [
    'a Consent Mode mapping to an unknown type',
    { ...valid, googleConsentMode: { mapping: { nope: ['marketing'] } } },
  ],
  [
    'a Consent Mode wait that is too long',
    { ...valid, googleConsentMode: { waitForUpdate: 20000 } },
  ],
  ['a bad cookie name', { ...valid, cookieName: 'a b' }],
];

describe('readBootConfig (the runtime before its full check)', () => {
  it('reads a valid config as parseConfig does, without doubt', () => {
    const { config, doubtful: doubt } = readBootConfig(JSON.stringify(valid));
    const parsed = parseConfig(valid);
    expect(doubt).to.equal(false);
    expect(Object.keys(config.categories)).to.deep.equal(Object.keys(parsed.categories));
    expect(config.services).to.deep.equal(
      Object.fromEntries(
        Object.entries(parsed.services).map(([id, { category, cookies }]) => [
          id,
          { category, cookies: cookies.map(({ name }) => ({ name })) },
        ]),
      ),
    );
    for (const key of [
      'revision',
      'endpoint',
      'expiresAfterDays',
      'cookieName',
      'googleConsentMode',
    ] as const)
      expect(config[key], key).to.deep.equal(parsed[key]);
  });

  for (const [name, input] of doubtful) {
    it(`never reads more than parseConfig from ${name}, and says it doubts`, () => {
      const capture = captureConsole();
      let parsed;
      try {
        parsed = parseConfig(input);
      } finally {
        capture.restore();
      }
      const { config, doubtful: doubt } = readBootConfig(input);
      expect(doubt).to.equal(true);
      for (const id of Object.keys(config.categories))
        expect(parsed.categories).to.have.property(id);
      for (const [id, service] of Object.entries(config.services))
        expect(parsed.services[id]?.category).to.equal(service.category);
      // A revision it cannot read never matches a stored one.
      if (config.revision !== parsed.revision) expect(config.revision).to.equal('');
    });
  }

  it('reads every field it needs by the same rules as parseConfig (one field table)', () => {
    for (const [name, input] of [['a valid config', valid] as [string, unknown], ...doubtful]) {
      const capture = captureConsole();
      let parsed;
      try {
        parsed = parseConfig(input);
      } finally {
        capture.restore();
      }
      const { config } = readBootConfig(input);
      for (const key of Object.keys(BOOT_FIELDS) as Array<keyof typeof BOOT_FIELDS>) {
        if (key === 'categories' || key === 'services') {
          expect(Object.keys(config[key]), `${name}: ${key}`).to.deep.equal(
            Object.keys(parsed[key]),
          );
        } else if (key === 'revision' && config.revision !== parsed.revision) {
          expect(config.revision, name).to.equal('');
        } else expect(config[key], `${name}: ${key}`).to.deep.equal(parsed[key]);
      }
    }
  });

  it('never throws, even on a hostile object', () => {
    const hostile = {
      get categories(): never {
        throw new Error('boom');
      },
    };
    const { config, doubtful: doubt } = readBootConfig(hostile);
    expect(doubt).to.equal(true);
    expect(Object.keys(config.categories)).to.deep.equal(['necessary']);
  });

  it('is what a runtime reads before its full check, and never throws at it', () => {
    for (const [name, input] of [['a valid config', valid] as [string, unknown], ...doubtful]) {
      const runtime = new ConsentRuntime({
        config: input,
        parts: () => ({ storage: memoryStore() }),
        syncTabs: false,
      });
      const { config, doubtful: doubt } = readBootConfig(input);
      expect(runtime.config, name).to.deep.equal(config);
      expect(runtime.doubtful, name).to.equal(doubt);
      expect(runtime.configChecked, name).to.equal(false);
      runtime.dispose();
    }
  });
});
