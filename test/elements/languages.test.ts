import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/banner/define-banner.js';
import { SHIPPED_LOCALES, loadTranslator, parseConfig, type Translator } from '@assent/core';
import type { AssentBanner } from '@assent/elements';
import { resetConsent, testConfig, useManager } from '../helpers/fixtures.js';
import { settle } from '../helpers/settle.js';

const RIGHT_TO_LEFT = ['ar', 'fa', 'he', 'ur'];
const INVISIBLE = new Set(['\u200c', '\u200d', '\u2066', '\u2067', '\u2068', '\u2069']);
const FIRST_LAYER = ['reject-button', 'accept-button', 'manage-button'];

function part(banner: AssentBanner, name: string): HTMLElement {
  return banner.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

/** Every element of the banner's shadow tree that takes up room. */
function boxes(banner: AssentBanner): HTMLElement[] {
  return [...banner.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
    (element) => element.getBoundingClientRect().width > 0,
  );
}

/**
 * Which characters of `text` the browser can only draw as a missing-glyph box ("tofu"):
 * each character is drawn on a canvas in the banner's font and compared, pixel by pixel,
 * with the drawing of a code point that no font has.
 */
function tofu(text: string, font: string): string[] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 64;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.font = `40px ${font}`;
  context.textBaseline = 'middle';
  const draw = (character: string) => {
    context.clearRect(0, 0, 64, 64);
    context.fillText(character, 8, 32);
    return context.getImageData(0, 0, 64, 64).data.join(',');
  };
  // U+0378 is unassigned in Unicode: every font draws it as its missing-glyph box.
  const missing = draw('\u0378');
  const missingWidth = context.measureText('\u0378').width;
  return (
    [...new Set(text)]
      // Spaces, joiners and direction marks draw nothing by design.
      .filter((character) => !/\s/u.test(character) && !INVISIBLE.has(character))
      .filter(
        (character) =>
          context.measureText(character).width === missingWidth && draw(character) === missing,
      )
  );
}

async function showBannerIn(locale: string) {
  document.documentElement.lang = locale;
  await useManager(testConfig);
  const banner = await fixture<AssentBanner>(html`<assent-banner></assent-banner>`);
  await banner.updateComplete;
  await settle();
  return banner;
}

/** Every visible string of the banner and preferences, as the visitor reads them. */
function visibleStrings(t: Translator): string {
  return [
    'banner.title',
    'banner.text',
    'actions.acceptAll',
    'actions.rejectAll',
    'actions.manage',
    'actions.save',
    'links.privacyPolicy',
    'preferences.title',
    'preferences.text',
    'category.necessary.title',
    'category.analytics.description',
    'optin.statement',
    'unsubscribe.done.email',
  ]
    .map((key) => t.t(key as Parameters<Translator['t']>[0]))
    .join(' ');
}

describe('the banner in every shipped language', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(resetConsent);

  it('can tell a missing glyph from a drawn one', () => {
    const font = 'sans-serif';
    expect(tofu('Aa', font)).to.deep.equal([]);
    // An unassigned code point, and a letter of Kawi (Unicode 15), which no Debian font covers.
    expect(tofu('A\u0379', font)).to.deep.equal(['\u0379']);
    expect(tofu('A\u{11F04}', font)).to.deep.equal(['\u{11F04}']);
  });

  for (const locale of SHIPPED_LOCALES) {
    it(`"${locale}" fits 320 px with equal buttons, in its own words and script`, async () => {
      const t = await loadTranslator(parseConfig({}), locale);
      const banner = await showBannerIn(locale);
      expect(part(banner, 'reject-button').textContent!.trim()).to.equal(t.t('actions.rejectAll'));
      expect(part(banner, 'title').textContent!.trim()).to.equal(t.t('banner.title'));

      expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(
        innerWidth,
      );
      for (const element of boxes(banner)) {
        const rect = element.getBoundingClientRect();
        const name = element.getAttribute('part') ?? element.localName;
        expect(rect.left, `${name} starts off screen`).to.be.at.least(-0.5);
        expect(rect.right, `${name} ends off screen`).to.be.at.most(innerWidth + 0.5);
        expect(element.scrollWidth, `${name} overflows its box`).to.be.at.most(
          element.clientWidth + 1,
        );
      }

      const widths = FIRST_LAYER.map((name) => part(banner, name).getBoundingClientRect().width);
      for (const width of widths) expect(width).to.be.closeTo(widths[0]!, 0.5);

      const base = part(banner, 'base');
      expect(getComputedStyle(base).direction).to.equal(
        RIGHT_TO_LEFT.includes(locale) ? 'rtl' : 'ltr',
      );
      expect(tofu(visibleStrings(t), getComputedStyle(base).fontFamily)).to.deep.equal([]);
    });
  }
});
