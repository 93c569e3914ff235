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

/**
 * The only strings that may read exactly as in English: names and loanwords that these
 * languages write the same way. Anything else identical to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Partial<Record<keyof typeof en, string[]>> = {
  'preferences.cookies': [
    'cy',
    'da',
    'de',
    'el',
    'es',
    'fr',
    'it',
    'mt',
    'nl',
    'pt',
    'pt-BR',
    'sv',
  ],
  'preferences.cookieName': ['de'],
  'preferences.details': ['de', 'nl'],
  'preferences.services': ['fr'],
  'category.marketing.title': [
    ...['da', 'de', 'es', 'fr', 'hu', 'it', 'mt', 'nl', 'pt', 'pt-BR', 'ro', 'sv'],
  ],
  'unsubscribe.channel.email': ['el', 'it', 'mt'],
  'unsubscribe.channel.post': ['cy', 'de', 'et', 'ga', 'gd', 'nl', 'no', 'sv', 'da'],
  // "SMS" is written the same in most languages.
  'unsubscribe.channel.sms': [
    ...['bg', 'cs', 'cy', 'de', 'el', 'es', 'fr', 'ga', 'gd', 'gu', 'he', 'hi', 'hr', 'hu', 'it'],
    ...['ja', 'ko', 'lt', 'mt', 'nl', 'no', 'pa', 'pl', 'pt', 'pt-BR', 'ro', 'sk', 'sl', 'so'],
    ...['et', 'ti', 'tr', 'uk'],
  ],
};

describe('languages', () => {
  it('maps page languages to shipped tables, with English as the fallback', () => {
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('CY')).to.equal('cy');
    expect(resolveLocale('fr-CA')).to.equal('fr');
    expect(resolveLocale('de_AT')).to.equal('de');
    expect(resolveLocale('xx')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
  });

  it('gives Brazilian Portuguese its own table and Portugal the European one', () => {
    expect(resolveLocale('pt-BR')).to.equal('pt-BR');
    expect(resolveLocale('pt-br')).to.equal('pt-BR');
    expect(resolveLocale('pt-PT')).to.equal('pt');
    expect(resolveLocale('pt')).to.equal('pt');
  });

  it('reads Chinese in simplified or traditional characters by script and region', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK', 'zh_cn'])
      expect(resolveLocale(tag), tag).to.equal('zh-Hans');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN'])
      expect(resolveLocale(tag), tag).to.equal('zh-Hant');
  });

  it('reads Norwegian Bokmål and Nynorsk as Norwegian', () => {
    for (const tag of ['no', 'nb', 'nb-NO', 'nn', 'nn-NO'])
      expect(resolveLocale(tag), tag).to.equal('no');
  });

  it('ships every language of the EU, the UK and its largest communities', () => {
    expect([...SHIPPED_LOCALES].sort()).to.deep.equal(
      [
        ...['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it'],
        ...['lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'cy', 'gd', 'ar', 'bn'],
        ...['fa', 'gu', 'pa', 'so', 'ti', 'tr', 'uk', 'ur', 'zh-Hans', 'zh-Hant', 'he', 'hi'],
        ...['ja', 'ko', 'no', 'pt-BR'],
      ].sort(),
    );
    for (const locale of SHIPPED_LOCALES) expect(resolveLocale(locale), locale).to.equal(locale);
  });

  it('knows which languages are written right to left', () => {
    for (const tag of ['ar', 'ar-EG', 'fa', 'fa-IR', 'he', 'ur', 'ur-PK'])
      expect(isRightToLeft(tag), tag).to.equal(true);
    for (const tag of ['en-GB', 'pa', 'bn', 'zh-Hant', 'ti'])
      expect(isRightToLeft(tag), tag).to.equal(false);
  });

  for (const locale of SHIPPED_LOCALES.filter((l) => l !== 'en')) {
    it(`ships a complete "${locale}" table with the same placeholders, not English copies`, async () => {
      const t = await loadTranslator(parseConfig({}), locale);
      expect(t.locale).to.equal(locale);
      const copied: string[] = [];
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        const text = t.t(key);
        expect(text, key).to.be.a('string').and.not.equal('');
        expect(text, key).to.not.equal(key);
        expect(placeholders(text), key).to.deep.equal(placeholders(en[key]));
        // The list patterns are mostly punctuation; the test below holds them to the CLDR data.
        if (
          text === en[key] &&
          !key.startsWith('list.') &&
          !(SAME_AS_ENGLISH[key] ?? []).includes(locale)
        )
          copied.push(key);
      }
      expect(copied).to.deep.equal([]);
      // Plural forms of cookie lifetimes, where a table has them, each say how many.
      const table = (await import(`../../packages/core/src/i18n/${locale}.ts`)) as Record<
        string,
        Record<string, string>
      >;
      const strings = Object.values(table)[0]!;
      for (const [key, text] of Object.entries(strings)) {
        if (!(key in en))
          expect(key, locale).to.match(/^duration\.[a-z]+\.(zero|one|two|few|many|other)$/);
        if (key.startsWith('duration.')) expect(placeholders(text), key).to.deep.equal(['count']);
      }
      for (const unit of ['minute', 'hour', 'day', 'week', 'month', 'year'])
        if (Object.keys(strings).some((key) => key.startsWith('duration.')))
          expect(strings, `${locale} ${unit}`).to.have.property(`duration.${unit}.other`);
    });
  }

  it('joins lists as the browser’s own list formatting does, in every language it knows', async () => {
    const items = ['Ana', 'Bo', 'Cy', 'Di', 'Ed'];
    const compared: string[] = [];
    for (const locale of SHIPPED_LOCALES) {
      // English follows British usage (no comma before "and"), like the rest of its table.
      const tag = locale === 'en' ? 'en-GB' : locale;
      if (Intl.ListFormat.supportedLocalesOf([tag]).length === 0) continue;
      const t = await loadTranslator(parseConfig({}), tag);
      const browser = new Intl.ListFormat(tag, { type: 'conjunction' });
      for (let n = 1; n <= items.length; n++)
        expect(t.list(items.slice(0, n)), `${locale}, ${n}`).to.equal(
          browser.format(items.slice(0, n)),
        );
      compared.push(locale);
    }
    expect(compared.length).to.be.greaterThan(35);
    const english = await loadTranslator(parseConfig({}), 'en-GB');
    expect(english.list([])).to.equal('');
    expect(english.list(['Analytics', 'Functional', 'Marketing'])).to.equal(
      'Analytics, Functional and Marketing',
    );
  });

  it('lets a site write its own list patterns', async () => {
    const config = parseConfig({ translations: { en: { 'list.end': '{0}, and {1}' } } });
    const t = await loadTranslator(config, 'en-US');
    expect(t.list(['A', 'B', 'C'])).to.equal('A, B, and C');
    expect(t.list(['$1', '$&'])).to.equal('$1 and $&');
  });

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

  it('keeps an email address written into right-to-left text left to right, once', async () => {
    for (const locale of ['ar', 'fa', 'he', 'ur']) {
      const t = await loadTranslator(parseConfig({}), locale);
      const message = t.t('optin.invalidEmail');
      expect(message, locale).to.match(/[\u2066\u2068]name@example\.com\u2069/);
      expect(message.match(/name@example\.com/g), locale).to.have.length(1);
      expect(message, locale).to.not.match(/[\u2066\u2068][\u2066\u2068]/);
    }
    const english = await loadTranslator(parseConfig({}), 'en');
    expect(english.t('optin.invalidEmail')).to.not.match(/[\u2066-\u2069]/);
  });

  it('writes French with no-break spaces before a colon and inside guillemets', async () => {
    const t = await loadTranslator(parseConfig({}), 'fr');
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const text = t.t(key);
      expect(text, key).to.not.match(/ [:;!?»]|« /);
    }
    expect(t.t('embed.text')).to.contain('«\u00a0{category}\u00a0»');
  });

  it('renders Arabic right to left', async () => {
    const t = await loadTranslator(parseConfig({}), 'ar');
    expect(t.dir).to.equal('rtl');
  });
});
