import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountConsentUI, type AssentBanner } from '@assent/elements';
import type { ConsentManager } from '@assent/core';
import { createManager, resetConsent, testConfig } from '../helpers/fixtures.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepActiveElement, press } from '../helpers/keyboard.js';
import { GOVUK_THEME, addStylesheet, govukPage, overlaps } from '../helpers/host-pages.js';
import { en } from '../../packages/core/src/i18n/en.js';
import { cy } from '../../packages/core/src/i18n/cy.js';

function part(banner: AssentBanner, name: string): HTMLElement {
  return banner.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

/** Whether the focus is on something inside the banner's shadow root. */
const focusInBanner = (banner: AssentBanner) =>
  deepActiveElement()?.getRootNode() === banner.shadowRoot;

describe('<assent-banner> on a GOV.UK page (govuk-frontend)', () => {
  let cleanups: Array<() => void> = [];
  let skipLink: HTMLAnchorElement;

  beforeEach(async () => {
    const page = await govukPage();
    skipLink = page.skipLink;
    cleanups.push(page.remove);
  });

  afterEach(() => {
    for (const cleanup of cleanups.reverse()) cleanup();
    cleanups = [];
    document
      .querySelectorAll('assent-banner, assent-trigger, assent-preferences')
      .forEach((e) => e.remove());
    resetConsent();
  });

  async function mount(
    banner: object = {},
  ): Promise<{ manager: ConsentManager; banner: AssentBanner }> {
    const manager = await createManager({ ...testConfig, banner: { layout: 'inline', ...banner } });
    cleanups.push(mountConsentUI(manager));
    await manager.ready;
    await waitUntil(() => document.querySelector('assent-banner')?.open, 'the banner opened');
    const element = document.querySelector('assent-banner')!;
    await element.updateComplete;
    return { manager, banner: element };
  }

  /** Puts the keyboard's starting point at the very top of the document. */
  async function tabFromTop(): Promise<void> {
    const start = document.createElement('div');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    await sendKeys({ press: 'Tab' });
    start.remove();
  }

  it('an inline banner comes first in the focus order, before the skip link', async () => {
    const { banner } = await mount();
    expect(document.body.firstElementChild === banner, 'the banner is first in <body>').to.be.true;
    await tabFromTop();
    expect(focusInBanner(banner), 'the first Tab lands in the banner').to.be.true;
    // The privacy link and the three buttons, then the page's skip link.
    for (let step = 0; step < 4; step += 1) await sendKeys({ press: 'Tab' });
    expect(document.activeElement === skipLink, 'then the skip link has the focus').to.be.true;
  });

  it('the focused skip link is visible, not covered by the banner', async () => {
    const { banner } = await mount();
    skipLink.focus();
    await aTimeout(50);
    const link = skipLink.getBoundingClientRect();
    expect(link.height).to.be.greaterThan(10);
    expect(overlaps(link, part(banner, 'base').getBoundingClientRect())).to.be.false;
    const hit = document.elementFromPoint(link.left + link.width / 2, link.top + link.height / 2);
    expect(hit === skipLink || skipLink.contains(hit)).to.be.true;
  });

  it('the inline banner is in the page’s flow: it pushes the page down instead of covering it', async () => {
    const { banner } = await mount();
    const base = part(banner, 'base');
    expect(getComputedStyle(base).position).to.equal('static');
    const header = document.querySelector('.govuk-header')!.getBoundingClientRect();
    expect(header.top).to.be.at.least(base.getBoundingClientRect().bottom - 1);
    // No room reserved and no scroll padding: nothing is under it.
    expect(document.documentElement.style.getPropertyValue('scroll-padding-top')).to.equal('');
    expect(banner.shadowRoot!.querySelector('[part~="spacer"]')).to.be.null;
  });

  it('after "Reject all" it says so, takes the focus, and hides on "Hide this message"', async () => {
    const { manager, banner } = await mount({ confirmation: true });
    await press(part(banner, 'reject-button'), 'Enter');
    await waitUntil(() => part(banner, 'confirmation'), 'the confirmation shows');
    expect(manager.allowed('analytics')).to.be.false;
    expect(part(banner, 'confirmation-text').textContent!.trim()).to.equal(en['banner.rejected']);
    expect(en['banner.rejected']).to.equal(
      'You’ve rejected additional cookies. You can change your cookie settings at any time.',
    );
    await waitUntil(() => deepActiveElement()?.id === 'confirmation', 'the message has the focus');
    const hideButton = part(banner, 'hide-button');
    expect(hideButton.textContent!.trim()).to.equal('Hide this message');
    await expectNoAxeViolations(banner);
    const hidden = new Promise<CustomEvent>((resolve) =>
      banner.addEventListener('assent-hide', (event) => resolve(event as CustomEvent), {
        once: true,
      }),
    );
    await press(hideButton, 'Enter');
    expect((await hidden).detail).to.deep.equal({ view: 'banner', source: 'reject' });
    await banner.updateComplete;
    expect(banner.open).to.be.false;
  });

  it('after "Accept all" it confirms the acceptance', async () => {
    const { manager, banner } = await mount({ confirmation: true });
    await press(part(banner, 'accept-button'), 'Space');
    await waitUntil(() => part(banner, 'confirmation'), 'the confirmation shows');
    expect(manager.allowed('analytics')).to.be.true;
    expect(part(banner, 'confirmation-text').textContent!.trim()).to.equal(en['banner.accepted']);
  });

  it('without confirmation the banner closes at once, as before', async () => {
    const { banner } = await mount();
    await press(part(banner, 'reject-button'), 'Enter');
    await waitUntil(() => !banner.open, 'the banner closed');
    expect(banner.shadowRoot!.querySelector('[part~="confirmation"]')).to.be.null;
  });

  it('the confirmation speaks the page’s language', async () => {
    document.documentElement.lang = 'cy';
    const welsh = await mount({ confirmation: true });
    await press(part(welsh.banner, 'accept-button'), 'Enter');
    await waitUntil(() => part(welsh.banner, 'confirmation'), 'the confirmation shows');
    expect(part(welsh.banner, 'confirmation-text').textContent!.trim()).to.equal(
      cy['banner.accepted'],
    );
    expect(part(welsh.banner, 'hide-button').textContent!.trim()).to.equal(
      cy['banner.hideMessage'],
    );
  });

  it('the GOV.UK theme gives a focused button the yellow focus state with its black edge', async () => {
    cleanups.push(await addStylesheet(GOVUK_THEME));
    const { banner } = await mount();
    const accept = part(banner, 'accept-button');
    const idle = getComputedStyle(accept);
    expect(idle.backgroundColor).to.equal('rgb(15, 122, 82)');
    await tabFromTop();
    for (let step = 0; step < 8 && deepActiveElement() !== accept; step += 1)
      await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === accept, 'Accept all has the focus').to.be.true;
    const focused = getComputedStyle(accept);
    expect(focused.backgroundColor).to.equal('rgb(255, 221, 0)');
    expect(focused.color).to.equal('rgb(11, 12, 12)');
    expect(focused.boxShadow).to.contain('rgb(11, 12, 12)');
    // The three choices keep one style.
    const looks = ['accept-button', 'reject-button', 'manage-button'].map((name) => {
      const style = getComputedStyle(part(banner, name));
      return [style.fontSize, style.fontWeight, style.borderTopWidth, style.paddingTop].join();
    });
    expect(new Set(looks).size).to.equal(1);
    expect(getComputedStyle(part(banner, 'base')).backgroundColor).to.equal('rgb(244, 248, 251)');
    await expectNoAxeViolations(banner);
  });

  it('the focus ring takes the site’s colour from --assent-color-focus', async () => {
    const { banner } = await mount();
    banner.style.setProperty('--assent-color-focus', 'rgb(255, 221, 0)');
    await tabFromTop();
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.matches('button')).to.be.true;
    expect(getComputedStyle(focused).outlineColor).to.equal('rgb(255, 221, 0)');
  });

  it('the Custom Elements Manifest documents the focus-ring and offset tokens', async () => {
    const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as {
      modules: Array<{
        declarations?: Array<{ tagName?: string; cssProperties?: Array<{ name: string }> }>;
      }>;
    };
    const banner = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'assent-banner')!;
    const names = banner.cssProperties!.map((property) => property.name);
    expect(names).to.include.members([
      '--assent-color-focus',
      '--assent-banner-offset-bottom',
      '--assent-banner-offset-top',
    ]);
  });
});
