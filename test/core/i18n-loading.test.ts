import { expect } from '@open-wc/testing';
import { loadTranslator, parseConfig } from '@assent/core';

// This file imports no table itself, so the requests it sees are the translator's own.
const tablesFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/i18n\/([\w-]+)\.ts/.exec(entry.name)?.[1])
    .filter((name): name is string => Boolean(name) && name !== 'index' && name !== 'locale');

describe('loading a language', () => {
  it('fetches only the page language’s own table, not English beside it', async () => {
    const t = await loadTranslator(parseConfig({}), 'pl-PL');
    expect(t.t('actions.rejectAll')).to.equal('Odrzuć wszystkie');
    expect(tablesFetched()).to.deep.equal(['pl']);
  });

  it('fetches Brazilian Portuguese for pt-BR and traditional Chinese for zh-HK', async () => {
    const brazil = await loadTranslator(parseConfig({}), 'pt-BR');
    expect(brazil.locale).to.equal('pt-BR');
    expect(brazil.t('optin.phoneLabel')).to.equal('Número de celular');
    const hongKong = await loadTranslator(parseConfig({}), 'zh-HK');
    expect(hongKong.locale).to.equal('zh-Hant');
    expect(hongKong.t('actions.rejectAll')).to.equal('全部拒絕');
    expect(tablesFetched()).to.include.members(['pt-BR', 'zh-Hant']);
    expect(tablesFetched()).to.not.include('en');
  });

  it('isolates filled-in values in right-to-left languages only', async () => {
    const arabic = await loadTranslator(parseConfig({}), 'ar');
    expect(arabic.t('unsubscribe.for', { contact: 'a***@example.com' })).to.equal(
      'تفضيلات \u2068a***@example.com\u2069',
    );
    const german = await loadTranslator(parseConfig({}), 'de');
    expect(german.t('unsubscribe.for', { contact: 'a***@example.com' })).to.equal(
      'Einstellungen für a***@example.com',
    );
  });

  it('writes cookie lifetimes in the visitor’s language with its plural rules', async () => {
    const polish = await loadTranslator(parseConfig({}), 'pl');
    expect(polish.duration('2 years')).to.equal('2 lata');
    expect(polish.duration('5 years')).to.equal('5 lat');
    expect(polish.duration('session')).to.equal('Do zamknięcia przeglądarki');
    // Where the browser has no unit names, the table's own plural forms are used.
    const welsh = await loadTranslator(parseConfig({}), 'cy');
    expect(welsh.duration('1 day')).to.equal('1 diwrnod');
    const maltese = await loadTranslator(parseConfig({}), 'mt');
    expect(['1 day', '3 days', '11 days', '20 days'].map(maltese.duration)).to.deep.equal([
      '1 jum',
      '3 jiem',
      '11-il jum',
      '20 jum',
    ]);
    const somali = await loadTranslator(parseConfig({}), 'so');
    expect(somali.duration('2 months')).to.equal('2 bilood');
    // Wording the site wrote itself is shown as written.
    expect(polish.duration('until you log out')).to.equal('until you log out');
    expect(polish.duration(' 13 months ')).to.equal('13 miesięcy');
  });
});
