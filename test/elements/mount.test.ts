import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getDefaultManager, mountConsentUI } from '@assent/elements';
import type { ConsentManager } from '@assent/core';
import { createManager, resetConsent, testConfig } from '../helpers/fixtures.js';
import { deepActiveElement, press } from '../helpers/keyboard.js';

describe('mountConsentUI', () => {
  let unmount: (() => void) | undefined;

  afterEach(() => {
    unmount?.();
    unmount = undefined;
    resetConsent();
  });

  async function mount(manager: ConsentManager) {
    unmount = mountConsentUI(manager);
    await manager.ready;
    await aTimeout(0);
  }

  function buttonIn(host: Element | null, part: string): HTMLElement {
    return host!.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
  }

  it('makes the manager the default and adds the banner on a first visit', async () => {
    const manager = await createManager();
    await mount(manager);
    expect(getDefaultManager()).to.equal(manager);
    const banner = document.querySelector('assent-banner')!;
    await banner.updateComplete;
    expect(banner.open).to.be.true;
  });

  it('adds no banner for a returning visitor, but the trigger', async () => {
    const manager = await createManager();
    await manager.rejectAll();
    await mount(manager);
    expect(document.querySelector('assent-banner')).to.be.null;
    expect(document.querySelector('assent-trigger')).to.exist;
  });

  it('adds no trigger when the config hides it', async () => {
    const manager = await createManager({ ...testConfig, trigger: false });
    await manager.rejectAll();
    await mount(manager);
    expect(document.querySelector('assent-trigger')).to.be.null;
  });

  it('"Manage preferences" loads and opens the preferences; Escape returns focus to it', async () => {
    const manager = await createManager();
    await mount(manager);
    const banner = document.querySelector('assent-banner')!;
    await banner.updateComplete;
    const manage = buttonIn(banner, 'manage-button');
    await press(manage, 'Enter');
    await waitUntil(() => document.querySelector('assent-preferences')?.open, 'preferences opened');
    const preferences = document.querySelector('assent-preferences')!;
    await preferences.updateComplete;
    expect(preferences.shadowRoot!.querySelector('dialog')!.open).to.be.true;
    await sendKeys({ press: 'Escape' });
    await preferences.updateComplete;
    expect(deepActiveElement()).to.equal(manage);
    expect(banner.open).to.be.true;
  });

  it('saving in the preferences closes the banner and moves focus to the trigger', async () => {
    const manager = await createManager();
    await mount(manager);
    const banner = document.querySelector('assent-banner')!;
    await banner.updateComplete;
    await press(buttonIn(banner, 'manage-button'), 'Enter');
    await waitUntil(() => document.querySelector('assent-preferences')?.open, 'preferences opened');
    const preferences = document.querySelector('assent-preferences')!;
    await preferences.updateComplete;
    await press(buttonIn(preferences, 'save-button'), 'Enter');
    await waitUntil(
      () => deepActiveElement()?.getAttribute('part') === 'button',
      'focus on the trigger',
    );
    expect(banner.open).to.be.false;
    expect(manager.needsDecision()).to.be.false;
    expect(document.activeElement).to.equal(document.querySelector('assent-trigger'));
  });

  it('any element marked data-assent-show="preferences" opens the centre', async () => {
    const manager = await createManager();
    await manager.acceptAll();
    const link = fixtureSync<HTMLAnchorElement>(
      html`<a href="#cookies" data-assent-show="preferences">Cookie settings</a>`,
    );
    await mount(manager);
    await press(link, 'Enter');
    await waitUntil(() => document.querySelector('assent-preferences')?.open, 'preferences opened');
    expect(location.hash).to.not.equal('#cookies');
    await sendKeys({ press: 'Escape' });
    await document.querySelector('assent-preferences')!.updateComplete;
    expect(document.activeElement).to.equal(link);
  });

  it('data-assent-show="banner" shows the banner again after a decision', async () => {
    const manager = await createManager();
    await manager.acceptAll();
    const button = fixtureSync<HTMLButtonElement>(
      html`<button data-assent-show="banner">Cookie banner</button>`,
    );
    await mount(manager);
    await press(button, 'Enter');
    const banner = document.querySelector('assent-banner')!;
    await banner.updateComplete;
    expect(banner.open).to.be.true;
  });

  it('puts a placeholder before a blocked iframe and removes it when the service is allowed', async () => {
    const manager = await createManager();
    const container = fixtureSync<HTMLElement>(
      html`<div>
        <iframe
          title="Video"
          data-assent="youtube"
          data-src="about:blank"
          width="560"
          height="315"
        ></iframe>
      </div>`,
    );
    await mount(manager);
    const iframe = container.querySelector('iframe')!;
    // The placeholders' code loads once the page has a gated iframe.
    await waitUntil(() => iframe.previousElementSibling, 'placeholder added');
    const embed = iframe.previousElementSibling as HTMLElement;
    expect(embed.localName).to.equal('assent-embed');
    expect(iframe.hidden).to.be.true;
    await manager.set({ services: { youtube: true } });
    expect(container.querySelector('assent-embed')).to.be.null;
    expect(iframe.hidden).to.be.false;
  });

  it('guards iframes added after mounting', async () => {
    const manager = await createManager();
    await mount(manager);
    const container = fixtureSync<HTMLElement>(html`<div></div>`);
    const iframe = document.createElement('iframe');
    iframe.title = 'Map';
    iframe.dataset.assent = 'marketing';
    iframe.dataset.src = 'about:blank';
    container.append(iframe);
    await waitUntil(() => container.querySelector('assent-embed'), 'placeholder added');
    expect(iframe.hidden).to.be.true;
  });

  it('leaves allowed iframes alone', async () => {
    const manager = await createManager();
    await manager.acceptAll();
    const container = fixtureSync<HTMLElement>(
      html`<div><iframe title="Video" data-assent="youtube" data-src="about:blank"></iframe></div>`,
    );
    await mount(manager);
    await aTimeout(200); // time for the placeholders' code to load and look
    expect(container.querySelector('assent-embed')).to.be.null;
  });

  it('unmounting removes everything it added', async () => {
    const manager = await createManager();
    const container = fixtureSync<HTMLElement>(
      html`<div><iframe title="Video" data-assent="youtube" data-src="about:blank"></iframe></div>`,
    );
    await mount(manager);
    await waitUntil(() => container.querySelector('assent-embed'), 'placeholder added');
    unmount!();
    unmount = undefined;
    expect(document.querySelector('assent-banner')).to.be.null;
    expect(container.querySelector('assent-embed')).to.be.null;
    expect(container.querySelector('iframe')!.hidden).to.be.false;
    expect(getDefaultManager()).to.be.undefined;
  });
});
