import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/banner/define-banner.js';
import type { AssentBanner } from '@assent/elements';
import { resetConsent, useManager } from '../helpers/fixtures.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepActiveElement, press } from '../helpers/keyboard.js';

function button(banner: AssentBanner, part: string): HTMLButtonElement {
  return banner.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
}

describe('<assent-banner>', () => {
  afterEach(resetConsent);

  it('registers as assent-banner', () => {
    expect(customElements.get('assent-banner')).to.exist;
  });

  it('shows itself on a first visit', async () => {
    await useManager();
    const banner = await fixture<AssentBanner>(html`<assent-banner></assent-banner>`);
    await banner.updateComplete;
    expect(banner.open).to.be.true;
    expect(button(banner, 'accept-button').textContent!.trim()).to.equal('Accept all');
  });

  it('rejecting all from the banner denies analytics', async () => {
    const manager = await useManager();
    const banner = await fixture<AssentBanner>(html`<assent-banner></assent-banner>`);
    await banner.updateComplete;
    const hidden = oneEvent(banner, 'assent-hide');
    await press(button(banner, 'reject-button'), 'Enter');
    const event = await hidden;
    expect(event.detail.source).to.equal('reject');
    expect(manager.allowed('analytics')).to.be.false;
    expect(manager.needsDecision()).to.be.false;
    expect(deepActiveElement()).to.not.equal(button(banner, 'reject-button'));
  });

  it('has no axe violations', async () => {
    await useManager();
    const banner = await fixture<AssentBanner>(html`<assent-banner></assent-banner>`);
    await banner.updateComplete;
    await expectNoAxeViolations(banner);
    await sendKeys({ press: 'Tab' });
  });
});
