import { expect } from '@open-wc/testing';
import { ConsentManager, WELL_KNOWN_CATEGORIES, memoryStore, parseConfig } from '@assent/core';
import { catalogue, serviceCatalogue, type CatalogueEntry } from '@assent/core/catalogue';
import {
  CATALOGUE_IDS,
  durationInDays,
  formatDuration,
  hostMatches,
  namesCatalogued,
  serviceForHost,
} from '@assent/core/catalogue/helpers';
import { captureConsole } from '../helpers/console.js';

/** Whether a cookie name from the catalogue is an exact name or a `/regex/` that compiles. */
function isUsableCookieName(name: string): boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(name);
  if (!regex) return /^[!#$%&'*+\-.^_`|~0-9A-Za-z:]+$/.test(name);
  try {
    new RegExp(regex[1]!, regex[2]!);
    return true;
  } catch {
    return false;
  }
}

const parse = (config: unknown) => {
  const errors: string[] = [];
  const resolved = parseConfig(config, (path, message) => errors.push(`${path}: ${message}`), {
    catalogue: serviceCatalogue,
  });
  return { resolved, errors };
};

describe('the service catalogue', () => {
  it('lists its ids apart from its data, the same ids', () => {
    expect([...CATALOGUE_IDS].sort()).to.deep.equal(Object.keys(catalogue).sort());
    expect(namesCatalogued({ youtube: {}, 'own-tool': { category: 'analytics' } })).to.equal(true);
    expect(namesCatalogued({ 'own-tool': { category: 'analytics' } })).to.equal(false);
    expect(namesCatalogued(undefined)).to.equal(false);
  });

  it('lists at least 40 services', () => {
    expect(Object.keys(catalogue).length).to.be.at.least(40);
  });

  for (const [id, entry] of Object.entries(catalogue) as Array<[string, CatalogueEntry]>) {
    it(`describes ${id} completely`, () => {
      expect(id).to.match(/^[a-z0-9][a-z0-9-]{0,63}$/);
      for (const field of ['title', 'provider', 'purpose'] as const) {
        expect(entry[field].trim(), field).to.have.length.above(2);
      }
      expect(WELL_KNOWN_CATEGORIES as readonly string[]).to.include(entry.category);
      expect(new URL(entry.privacyPolicyUrl).protocol, 'privacyPolicyUrl').to.equal('https:');
      expect(new URL(entry.source).protocol, 'source').to.equal('https:');
      expect(entry.hosts, 'hosts').to.not.be.empty;
      for (const host of entry.hosts) {
        expect(host, 'host').to.match(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      }
      for (const cookie of entry.cookies) {
        expect(isUsableCookieName(cookie.name), `cookie ${cookie.name}`).to.be.true;
        expect(cookie.description.trim(), `${cookie.name} description`).to.have.length.above(5);
        const days = 'session' in cookie.duration ? 0 : cookie.duration.days;
        if ('session' in cookie.duration) expect(cookie.duration.session).to.equal(true);
        else expect(Number.isInteger(days) && days > 0 && days <= 3650, cookie.name).to.be.true;
      }
      if (entry.embedTitle !== undefined) expect(entry.embedTitle.trim()).to.not.equal('');
      // Named on its own, it is a valid service with nothing to report.
      const { resolved, errors } = parse({ services: { [id]: {} } });
      expect(errors).to.deep.equal([]);
      expect(resolved.services[id]?.category).to.equal(entry.category);
      expect(resolved.services[id]?.cookies.length).to.equal(entry.cookies.length);
    });
  }
});

describe('naming a catalogued service in the config', () => {
  it('fills in provider, purpose, category, policy, cookies, hosts and embed title', () => {
    const { resolved, errors } = parse({
      categories: { marketing: {} },
      services: { youtube: {} },
    });
    expect(errors).to.deep.equal([]);
    const youtube = resolved.services.youtube!;
    expect(youtube.title).to.equal('YouTube');
    expect(youtube.provider).to.equal('Google LLC');
    expect(youtube.description).to.equal(catalogue.youtube!.purpose);
    expect(youtube.category).to.equal('marketing');
    expect(youtube.privacyPolicyUrl).to.equal('https://policies.google.com/privacy');
    expect(youtube.hosts).to.include('www.youtube-nocookie.com');
    expect(youtube.embedTitle).to.equal('YouTube video');
    expect(youtube.cookies.find((cookie) => cookie.name === 'YSC')?.duration).to.deep.equal({
      session: true,
    });
  });

  it('lets the site override any field', () => {
    const { resolved } = parse({
      categories: { analytics: {} },
      services: {
        'google-analytics': {
          title: 'Site statistics',
          category: 'analytics',
          cookies: [{ name: '_ga', duration: { days: 400 } }],
          hosts: ['stats.example.org'],
        },
      },
    });
    const service = resolved.services['google-analytics']!;
    expect(service.title).to.equal('Site statistics');
    expect(service.provider).to.equal('Google LLC');
    expect(service.cookies).to.deep.equal([{ name: '_ga', duration: { days: 400 } }]);
    expect(service.hosts).to.deep.equal(['stats.example.org']);
  });

  it('adds the well-known category a service defaults to when the site did not list it', () => {
    const { resolved, errors } = parse({ services: { 'meta-pixel': {}, stripe: {} } });
    expect(errors).to.deep.equal([]);
    expect(Object.keys(resolved.categories)).to.deep.equal(['necessary', 'marketing']);
    expect(resolved.services.stripe!.category).to.equal('necessary');
  });

  it('still refuses a category the site names but did not configure', () => {
    const { resolved, errors } = parse({ services: { youtube: { category: 'videos' } } });
    expect(resolved.services.youtube).to.be.undefined;
    expect(errors).to.deep.equal([
      'services.youtube.category: names the category "videos", which is not configured',
    ]);
  });

  it('still requires a category for a service that is not catalogued', () => {
    const { resolved, errors } = parse({ services: { 'our-chat': {} } });
    expect(resolved.services['our-chat']).to.be.undefined;
    expect(errors[0]).to.match(/^services\.our-chat\.category: /);
  });

  it('leaves services as they are without the catalogue', () => {
    const errors: string[] = [];
    const resolved = parseConfig({ services: { youtube: {} } }, (path) => errors.push(path));
    expect(resolved.services.youtube).to.be.undefined;
    expect(errors).to.deep.equal(['services.youtube.category']);
  });

  it('ignores __proto__ inside a catalogued service', () => {
    const { resolved } = parse(JSON.parse('{"services":{"vimeo":{"__proto__":{"polluted":1}}}}'));
    expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    expect(resolved.services.vimeo!.title).to.equal('Vimeo');
  });

  it('reports a bad cookie duration and keeps the service and the cookie', () => {
    const { resolved, errors } = parse({
      categories: { analytics: {} },
      services: { matomo: { cookies: [{ name: '_pk_id', duration: { weeks: 3 } }] } },
    });
    expect(errors).to.deep.equal([
      'services.matomo.cookies.0.duration: must be text, { days: n } or { session: true }',
    ]);
    expect(resolved.services.matomo!.cookies).to.deep.equal([{ name: '_pk_id' }]);
  });

  it('reports an unsafe privacy policy link a site gives', () => {
    const { resolved, errors } = parse({
      services: { hotjar: { privacyPolicyUrl: 'javascript:alert(1)' } },
    });
    expect(resolved.services.hotjar).to.be.undefined;
    expect(errors[0]).to.match(/^services\.hotjar\.privacyPolicyUrl: /);
  });

  it('reaches the manager through its catalogue option', () => {
    const manager = new ConsentManager({
      config: { services: { youtube: {} }, cookieName: 'assent_catalogue_test' },
      catalogue: serviceCatalogue,
      storage: memoryStore(),
      syncTabs: false,
    });
    expect(manager.config.services.youtube?.category).to.equal('marketing');
    expect(manager.allowed('youtube')).to.be.false;
  });

  it('adds nothing to a console when every service is named correctly', () => {
    const console = captureConsole();
    try {
      parseConfig({ services: { youtube: {}, vimeo: {} } }, undefined, {
        catalogue: serviceCatalogue,
      });
      expect(console.errors).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });
});

describe('catalogue helpers', () => {
  it('formats durations in the visitor’s language', () => {
    expect(formatDuration({ days: 730 }, 'en')).to.equal('2 years');
    expect(formatDuration({ days: 1 }, 'en')).to.equal('1 day');
    expect(formatDuration({ days: 90 }, 'en')).to.equal('3 months');
    expect(formatDuration({ days: 400 }, 'en')).to.equal('400 days');
    expect(formatDuration({ days: 730 }, 'de')).to.equal('2 Jahre');
    expect(formatDuration({ session: true }, 'fr-CA')).to.equal('Session');
    expect(formatDuration({ session: true }, 'de')).to.equal('Sitzung');
    expect(formatDuration('2 years', 'de')).to.equal('2 years');
    expect(durationInDays({ session: true })).to.equal(0);
  });

  it('matches hosts exactly or under a .domain entry', () => {
    expect(hostMatches('.doubleclick.net', 'stats.g.doubleclick.net')).to.be.true;
    expect(hostMatches('.doubleclick.net', 'doubleclick.net')).to.be.true;
    expect(hostMatches('.doubleclick.net', 'notdoubleclick.net')).to.be.false;
    expect(hostMatches('www.youtube.com', 'WWW.YOUTUBE.COM.')).to.be.true;
    expect(hostMatches('www.youtube.com', 'm.youtube.com')).to.be.false;
  });

  it('finds the service an iframe’s URL belongs to', () => {
    expect(serviceForHost('https://www.youtube-nocookie.com/embed/x', catalogue)).to.equal(
      'youtube',
    );
    expect(serviceForHost('https://player.vimeo.com/video/1', catalogue)).to.equal('vimeo');
    expect(serviceForHost('/video.html', catalogue)).to.be.undefined;
    expect(serviceForHost('not a url at all', catalogue)).to.be.undefined;
  });
});
