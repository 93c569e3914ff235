import { expect } from '@open-wc/testing';
import { createAssent, memoryStore, parseConfig, type AssentConfig } from '@assent/core';

/**
 * Every field of the typed config, filled in: `Required` makes the compiler insist on each
 * one, so a field added to the type but not to the validation (or the reverse) shows here.
 */
const everyField: Required<AssentConfig> = {
  revision: '2026-01',
  expiresAfterDays: 180,
  categories: {
    analytics: {
      title: 'Statistics',
      description: { en: 'Counts', cy: 'Cyfrif' },
      basis: 'objection',
    },
  },
  services: {
    'google-analytics': {
      category: 'analytics',
      title: 'Google Analytics',
      description: 'Visits',
      cookies: ['_ga', '/^_ga_/', { name: '_gid', duration: '1 day', description: 'Sessions' }],
      provider: 'Google LLC',
    },
    'sign-in': {
      category: 'necessary',
      necessaryReason: 'Keeps you signed in to your account.',
    },
  },
  endpoint: '/v1/consents',
  subjectsEndpoint: '/v1/subjects',
  headers: { 'x-site': 'housing' },
  credentials: 'include',
  googleConsentMode: {
    mapping: { analytics_storage: ['analytics'] },
    region: ['GB'],
    waitForUpdate: 300,
    urlPassthrough: true,
    adsDataRedaction: true,
  },
  gpc: 'ignore',
  privacyPolicyUrl: 'https://example.org/privacy',
  controller: 'Acme Homes Ltd',
  language: 'cy',
  translations: { en: { 'banner.title': 'Cookies on our site' } },
  marketing: {
    email: {
      topics: [{ id: 'news', label: 'News', description: 'Monthly' }],
      frequency: 'About once a month',
    },
    sms: { topics: [{ id: 'alerts', label: 'Alerts' }] },
    post: {},
  },
  defaultCountry: 'GB',
  banner: {
    layout: 'box',
    position: 'bottom-start',
    buttonOrder: ['accept', 'reject', 'manage'],
    modal: true,
    confirmation: true,
    safeArea: 'auto',
  },
  trigger: { position: 'top-end' },
  reloadOnWithdraw: true,
  cookieName: 'consent',
  cookieDomain: 'example.org',
};

describe('AssentConfig, the typed config', () => {
  it('every field the type offers is a setting the validation accepts', () => {
    const problems: string[] = [];
    const config = parseConfig(everyField, (path, message) => problems.push(`${path} ${message}`));
    expect(problems).to.deep.equal([]);
    expect(config.banner).to.deep.equal(everyField.banner);
    expect(config.marketing.sms?.topics[0]?.id).to.equal('alerts');
    expect(config.cookieDomain).to.equal('example.org');
  });

  it('createAssent takes the typed config, or its JSON text', () => {
    const typed = createAssent({ config: { revision: 7 }, storage: memoryStore() });
    const text = createAssent({ config: '{"revision": "from-json"}', storage: memoryStore() });
    expect(typed.config.revision).to.equal('7');
    expect(text.config.revision).to.equal('from-json');
  });
});
