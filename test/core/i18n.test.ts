import { expect } from '@open-wc/testing';
import {
  SHIPPED_LOCALES,
  isRightToLeft,
  loadTranslator,
  parseConfig,
  resolveLocale,
} from '@assent/core';
import { en } from '../../packages/core/src/i18n/en.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('languages', () => {
  it('maps page languages to shipped tables, with English as the fallback', () => {
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('pt-BR')).to.equal('pt');
    expect(resolveLocale('CY')).to.equal('cy');
    expect(resolveLocale('xx')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
  });

  it('knows which languages are written right to left', () => {
    expect(isRightToLeft('ar')).to.equal(true);
    expect(isRightToLeft('ar-EG')).to.equal(true);
    expect(isRightToLeft('he')).to.equal(true);
    expect(isRightToLeft('en-GB')).to.equal(false);
  });

  for (const locale of SHIPPED_LOCALES.filter((l) => l !== 'en')) {
    it(`ships a complete "${locale}" table with the same placeholders, not English copies`, async () => {
      const t = await loadTranslator(parseConfig({}), locale);
      expect(t.locale).to.equal(locale);
      const copied: string[] = [];
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        const text = t.t(key);
        expect(text, key).to.be.a('string').and.not.equal('');
        expect(placeholders(text), key).to.deep.equal(placeholders(en[key]));
        if (text === en[key] && text.length > 12) copied.push(key);
      }
      // Single words ("Cookies", "SMS", "Marketing") may be the same; sentences may not.
      expect(copied).to.deep.equal([]);
    });
  }

  it('uses the shipped titles for well-known categories', async () => {
    const t = await loadTranslator(parseConfig({ categories: { analytics: {} } }), 'de-DE');
    expect(t.t('actions.acceptAll')).to.equal('Alle akzeptieren');
    expect(t.categoryTitle('analytics')).to.not.equal('analytics');
    expect(t.dir).to.equal('ltr');
    expect(t.lang).to.equal('de-DE');
  });

  it('keeps the exact English button names', async () => {
    const t = await loadTranslator(parseConfig({}), 'en-GB');
    expect([
      t.t('actions.acceptAll'),
      t.t('actions.rejectAll'),
      t.t('actions.manage'),
      t.t('actions.save'),
    ]).to.deep.equal(['Accept all', 'Reject all', 'Manage preferences', 'Save choices']);
  });

  it('lets a site override any string, per language', async () => {
    const config = parseConfig({
      translations: {
        en: { 'banner.title': 'Cookies on our site' },
        'fr-CA': { 'actions.acceptAll': 'Accepter tout' },
      },
      categories: { stats: { title: { en: 'Statistics', fr: 'Statistiques' } } },
    });
    const english = await loadTranslator(config, 'en-GB');
    expect(english.t('banner.title')).to.equal('Cookies on our site');
    expect(english.categoryTitle('stats')).to.equal('Statistics');
    const canadian = await loadTranslator(config, 'fr-CA');
    expect(canadian.t('actions.acceptAll')).to.equal('Accepter tout');
    expect(canadian.t('actions.rejectAll')).to.equal('Tout refuser');
    expect(canadian.categoryTitle('stats')).to.equal('Statistiques');
  });

  it('fills placeholders as text, and leaves unknown ones alone', async () => {
    const t = await loadTranslator(parseConfig({}), 'en');
    expect(t.t('embed.allow')).to.equal('Allow and load');
    expect(t.t('embed.title', { service: '<img src=x onerror=alert(1)>' })).to.equal(
      'Content from <img src=x onerror=alert(1)> is blocked',
    );
    expect(t.t('embed.title')).to.contain('{service}');
  });

  it('renders Arabic right to left', async () => {
    const t = await loadTranslator(parseConfig({}), 'ar');
    expect(t.dir).to.equal('rtl');
  });
});
