import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/trigger/define-trigger.js';
import type { AssentTrigger } from '@assent/elements';
import { resetConsent, useManager } from '../helpers/fixtures.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { press } from '../helpers/keyboard.js';

function part(trigger: AssentTrigger, name: string): HTMLElement {
  return trigger.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

async function decidedTrigger(template = html`<assent-trigger></assent-trigger>`) {
  const manager = await useManager();
  await manager.rejectAll();
  const trigger = await fixture<AssentTrigger>(template);
  await trigger.updateComplete;
  return { manager, trigger };
}

describe('<assent-trigger>', () => {
  afterEach(resetConsent);

  it('registers as assent-trigger', () => {
    expect(customElements.get('assent-trigger')).to.exist;
  });

  it('stays out of the way until the visitor has decided', async () => {
    const manager = await useManager();
    const trigger = await fixture<AssentTrigger>(html`<assent-trigger></assent-trigger>`);
    await trigger.updateComplete;
    expect(part(trigger, 'button')).to.be.null;
    await manager.acceptAll();
    await trigger.updateComplete;
    expect(part(trigger, 'button')).to.exist;
  });

  it('is a button named "Cookie settings"', async () => {
    const { trigger } = await decidedTrigger();
    const button = part(trigger, 'button');
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Cookie settings');
  });

  it('reopens the preferences with Enter, naming itself as opener', async () => {
    const { manager, trigger } = await decidedTrigger();
    const request = new Promise<{ view: string; opener?: Element | null }>((resolve) =>
      manager.on('show', resolve),
    );
    await press(part(trigger, 'button'), 'Enter');
    const { view, opener } = await request;
    expect(view).to.equal('preferences');
    expect(opener).to.equal(part(trigger, 'button'));
  });

  it('shows its tooltip on focus, placed inside the viewport, and hides it with Escape', async () => {
    const { trigger } = await decidedTrigger();
    trigger.focus();
    await aTimeout(50);
    const tooltip = part(trigger, 'tooltip');
    expect(tooltip.matches(':popover-open')).to.be.true;
    expect(tooltip.getAttribute('role')).to.equal('tooltip');
    expect(tooltip.textContent!.trim()).to.equal('Change your cookie choices');
    const rect = tooltip.getBoundingClientRect();
    const button = part(trigger, 'button').getBoundingClientRect();
    expect(rect.bottom).to.be.at.most(button.top);
    expect(rect.left).to.be.at.least(0);
    expect(rect.right).to.be.at.most(innerWidth);
    await sendKeys({ press: 'Escape' });
    expect(tooltip.matches(':popover-open')).to.be.false;
  });

  it('sits in the configured corner', async () => {
    const { trigger } = await decidedTrigger(
      html`<assent-trigger position="top-end"></assent-trigger>`,
    );
    const rect = part(trigger, 'button').getBoundingClientRect();
    expect(rect.top).to.be.closeTo(16, 1);
    expect(rect.right).to.be.closeTo(document.documentElement.clientWidth - 16, 1);
  });

  it('falls back to bottom-start for an unknown position', async () => {
    const { trigger } = await decidedTrigger(
      html`<assent-trigger position="middle"></assent-trigger>`,
    );
    expect(trigger.effectivePosition).to.equal('bottom-start');
    const rect = part(trigger, 'button').getBoundingClientRect();
    expect(rect.bottom).to.be.closeTo(innerHeight - 16, 1);
    expect(rect.left).to.be.closeTo(16, 1);
  });

  it('exposes its parts', async () => {
    const { trigger } = await decidedTrigger();
    for (const name of ['button', 'icon', 'tooltip']) expect(part(trigger, name), name).to.exist;
  });

  it('has no axe violations, with and without its tooltip', async () => {
    const { trigger } = await decidedTrigger();
    await expectNoAxeViolations(trigger);
    trigger.focus();
    await expectNoAxeViolations(trigger);
  });

  it('speaks German on a German page', async () => {
    document.documentElement.lang = 'de';
    const { trigger } = await decidedTrigger();
    expect(part(trigger, 'button').getAttribute('lang')).to.equal('de');
    expect(part(trigger, 'button').getAttribute('aria-label')).to.not.equal('Cookie settings');
  });
});
