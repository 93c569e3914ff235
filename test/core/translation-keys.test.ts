import { expect } from '@open-wc/testing';
import { loadTranslator, parseConfig } from '@assent/core';
import { captureConsole } from '../helpers/console.js';

const unknownKeyWarnings = (warnings: string[]) =>
  warnings.filter((warning) => warning.includes('Unknown keys in translations'));

describe('translations in the config', () => {
  it('a misspelt key gets one console warning naming it, however many languages load', async () => {
    const config = parseConfig({
      translations: {
        en: { 'banner.titel': 'Cookies on our site', 'banner.title': 'Cookies on our site' },
        cy: { 'actions.acceptAl': 'Derbyn' },
      },
    });
    const console = captureConsole();
    try {
      const english = await loadTranslator(config, 'en-GB');
      await loadTranslator(config, 'cy');
      await loadTranslator(config, 'en');
      expect(english.t('banner.title')).to.equal('Cookies on our site');
      const warnings = unknownKeyWarnings(console.warnings);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('en "banner.titel"').and.contain('cy "actions.acceptAl"');
      expect(warnings[0]).to.not.contain('"banner.title"');
    } finally {
      console.restore();
    }
  });

  it('known keys, plural forms of lifetimes and a category of the site’s own pass in silence', async () => {
    const config = parseConfig({
      categories: { security: { title: 'Security' } },
      translations: {
        en: { 'banner.hideMessage': 'Hide' },
        pl: { 'duration.year.few': '{count} lata' },
        cy: {
          'category.security.title': 'Diogelwch',
          'category.analytics.description': 'Ystadegau',
        },
      },
    });
    const console = captureConsole();
    try {
      await loadTranslator(config, 'pl');
      expect(unknownKeyWarnings(console.warnings)).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });
});
