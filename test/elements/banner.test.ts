import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/banner/define-banner.js';
import '../../packages/elements/src/optin/define-optin.js';
import type { AssentOptin as AssentOptinElement } from '@assent/elements';
import type { AssentBanner, AssentHideEvent } from '@assent/elements';
import { createManager, resetConsent, testConfig, useManager } from '../helpers/fixtures.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepActiveElement, press } from '../helpers/keyboard.js';
import { settle } from '../helpers/settle.js';
import { captureConsole } from '../helpers/console.js';
import { en } from '../../packages/core/src/i18n/en.js';

function part(banner: AssentBanner, name: string): HTMLElement {
  return banner.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

function labels(banner: AssentBanner): string[] {
  return [...banner.shadowRoot!.querySelectorAll('[part~="button"]')].map((b) =>
    b.textContent!.trim(),
  );
}

async function showBanner(
  template = html`<assent-banner></assent-banner>`,
  config: unknown = testConfig,
) {
  const manager = await useManager(config);
  const banner = await fixture<AssentBanner>(template);
  await banner.updateComplete;
  return { manager, banner };
}

describe('<assent-banner>', () => {
  afterEach(async () => {
    resetConsent();
    await setViewport({ width: 800, height: 600 });
  });

  it('registers as assent-banner', () => {
    expect(customElements.get('assent-banner')).to.exist;
  });

  it('shows itself on a first visit with the three English buttons', async () => {
    const { banner } = await showBanner();
    expect(banner.open).to.be.true;
    expect(labels(banner)).to.deep.equal(['Reject all', 'Accept all', 'Manage preferences']);
  });

  it('stays hidden for a returning visitor', async () => {
    const manager = await createManager();
    await manager.rejectAll();
    const banner = await fixture<AssentBanner>(
      html`<assent-banner .manager=${manager}></assent-banner>`,
    );
    await banner.updateComplete;
    expect(banner.open).to.be.false;
    expect(banner.shadowRoot!.querySelector('[part~="base"]')).to.be.null;
  });

  it('renders nothing until there is a manager, then follows the default one', async () => {
    const banner = await fixture<AssentBanner>(html`<assent-banner></assent-banner>`);
    expect(banner.shadowRoot!.querySelector('[part~="base"]')).to.be.null;
    await useManager();
    await banner.updateComplete;
    expect(part(banner, 'accept-button')).to.exist;
  });

  it('rejecting all from the banner denies analytics', async () => {
    const { manager, banner } = await showBanner();
    await press(part(banner, 'reject-button'), 'Enter');
    await aTimeout(0);
    expect(manager.allowed('analytics')).to.be.false;
    expect(manager.needsDecision()).to.be.false;
  });

  it('accepting all with the Space key allows analytics and closes the banner', async () => {
    const { manager, banner } = await showBanner();
    const hidden = oneEvent(banner, 'assent-hide');
    await press(part(banner, 'accept-button'), 'Space');
    const event = (await hidden) as AssentHideEvent;
    expect(event.detail).to.deep.equal({ view: 'banner', source: 'accept' });
    expect(manager.allowed('analytics')).to.be.true;
    await banner.updateComplete;
    expect(banner.open).to.be.false;
  });

  it('records the exact wording the visitor saw with the decision', async () => {
    const { manager, banner } = await showBanner();
    const title = part(banner, 'title').textContent!.trim();
    const text = part(banner, 'text').textContent!.trim();
    const recorded = new Promise<string | undefined>((resolve) =>
      manager.on('record', (event) => resolve(event.wording)),
    );
    const decided = oneEvent(banner, 'assent-decision');
    await press(part(banner, 'reject-button'), 'Enter');
    const event = await decided;
    const wording = await recorded;
    expect(event.detail.action).to.equal('reject');
    expect(wording).to.equal(event.detail.wording);
    expect(wording).to.contain(title);
    expect(wording).to.contain(text);
    expect(wording!.endsWith('Reject all')).to.be.true;
  });

  it('records every paragraph shown and the privacy notice’s URL with the decision', async () => {
    const { manager, banner } = await showBanner(html`<assent-banner></assent-banner>`, {
      ...testConfig,
      controller: 'Acme Homes Ltd',
    });
    const recorded = new Promise<string | undefined>((resolve) =>
      manager.on('record', (event) => resolve(event.wording)),
    );
    await press(part(banner, 'accept-button'), 'Enter');
    expect((await recorded)!.split('\n')).to.deep.equal([
      en['banner.title'],
      en['banner.text'],
      'With your consent we would also like to use optional cookies for: Analytics and Marketing.',
      'Acme Homes Ltd is responsible for the use of your data on this site.',
      `Privacy notice: ${new URL('/privacy', location.href).href}`,
      'Accept all',
    ]);
  });

  it('names the purposes of the configured categories only, in the page’s language', async () => {
    document.documentElement.lang = 'de';
    const { banner } = await showBanner(html`<assent-banner></assent-banner>`, {
      ...testConfig,
      categories: { necessary: {}, functional: {} },
      services: {},
    });
    const purposes = part(banner, 'purposes').textContent!.trim();
    expect(purposes).to.contain('Funktional');
    expect(purposes).to.not.contain('Marketing');
    expect(purposes).to.not.contain('Statistik');
    expect(part(banner, 'controller')).to.be.null;
  });

  it('says which categories already run unless the visitor objects, and how to object', async () => {
    const { manager, banner } = await showBanner(html`<assent-banner></assent-banner>`, {
      ...testConfig,
      categories: { necessary: {}, analytics: { basis: 'objection' }, marketing: {} },
    });
    expect(manager.allowed('analytics'), 'runs before a decision').to.be.true;
    expect(part(banner, 'objection').textContent!.trim()).to.equal(
      'We already measure how the site is used (Analytics), which the law allows unless you object. To object, choose “Reject all”.',
    );
    expect(part(banner, 'purposes').textContent).to.contain('Marketing');
    expect(part(banner, 'purposes').textContent).to.not.contain('Analytics');
    await expectNoAxeViolations(banner);
    await press(part(banner, 'reject-button'), 'Enter');
    await settle();
    expect(manager.allowed('analytics'), '"Reject all" objects').to.be.false;
  });

  it('warns once in the console when no privacy notice is configured', async () => {
    const withoutLink = { ...testConfig, privacyPolicyUrl: undefined };
    const log = captureConsole();
    try {
      const { banner } = await showBanner(html`<assent-banner></assent-banner>`, withoutLink);
      banner.requestUpdate();
      await banner.updateComplete;
    } finally {
      log.restore();
    }
    expect(log.warnings.filter((line) => line.includes('privacyPolicyUrl'))).to.have.length(1);
  });

  it('ignores a scripted click: it is not the visitor’s consent', async () => {
    const { manager, banner } = await showBanner();
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      part(banner, 'accept-button').click();
      await aTimeout(0);
    } finally {
      console.warn = warn;
    }
    expect(manager.needsDecision()).to.be.true;
    expect(banner.open).to.be.true;
    expect(String(warnings[0])).to.contain('scripted click');
  });

  it('still lets the JavaScript API decide, and then closes', async () => {
    const { manager, banner } = await showBanner();
    const hidden = oneEvent(banner, 'assent-hide');
    await manager.acceptAll();
    expect((await hidden).detail.source).to.equal('close');
    expect(banner.open).to.be.false;
  });

  it('fires assent-show when it opens', async () => {
    await useManager();
    const banner = document.createElement('assent-banner');
    const shown = oneEvent(banner, 'assent-show');
    document.body.append(banner);
    try {
      expect((await shown).detail.view).to.equal('banner');
    } finally {
      banner.remove();
    }
  });

  it('stays open when an assent-hide listener cancels, with the decision still recorded', async () => {
    const { manager, banner } = await showBanner();
    banner.addEventListener('assent-hide', (event) => event.preventDefault());
    await press(part(banner, 'accept-button'), 'Enter');
    await banner.updateComplete;
    expect(manager.needsDecision()).to.be.false;
    expect(banner.open).to.be.true;
  });

  it('"Manage preferences" asks the manager for the preferences, naming itself as opener', async () => {
    const { manager, banner } = await showBanner();
    const request = new Promise<{ view: string; opener?: Element | null }>((resolve) =>
      manager.on('show', resolve),
    );
    await press(part(banner, 'manage-button'), 'Enter');
    const { view, opener } = await request;
    expect(view).to.equal('preferences');
    expect(opener).to.equal(part(banner, 'manage-button'));
    expect(manager.needsDecision()).to.be.true;
  });

  it('reaches every button with Tab, in the configured order', async () => {
    const { banner } = await showBanner(html`<assent-banner></assent-banner>`, {
      ...testConfig,
      banner: { buttonOrder: ['accept', 'reject', 'manage'] },
    });
    part(banner, 'privacy-link').focus();
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(deepActiveElement()!.textContent!.trim());
    }
    expect(order).to.deep.equal(['Accept all', 'Reject all', 'Manage preferences']);
  });

  it('gives "Accept all" and "Reject all" exactly the same size and look', async () => {
    const { banner } = await showBanner();
    const accept = part(banner, 'accept-button');
    const reject = part(banner, 'reject-button');
    const manage = part(banner, 'manage-button');
    const look = (element: HTMLElement) => {
      const style = getComputedStyle(element);
      const { width, height } = element.getBoundingClientRect();
      return {
        width: Math.round(width),
        height: Math.round(height),
        background: style.backgroundColor,
        color: style.color,
        border: style.border,
        font: style.font,
      };
    };
    expect(look(accept)).to.deep.equal(look(reject));
    expect(look(manage)).to.deep.equal(look(reject));
  });

  it('exposes every documented part', async () => {
    const { banner } = await showBanner();
    for (const name of [
      'base',
      'content',
      'message',
      'title',
      'text',
      'privacy-link',
      'actions',
      'button',
      'accept-button',
      'reject-button',
      'manage-button',
    ]) {
      expect(part(banner, name), name).to.exist;
    }
  });

  it('uses the box layout in a corner when asked', async () => {
    const { banner } = await showBanner(
      html`<assent-banner layout="box" position="top-start"></assent-banner>`,
    );
    const base = part(banner, 'base');
    expect(base.classList.contains('box')).to.be.true;
    const rect = base.getBoundingClientRect();
    expect(rect.top).to.be.closeTo(16, 1);
    expect(rect.left).to.be.closeTo(16, 1);
    expect(rect.width).to.be.lessThan(innerWidth / 2 + 100);
  });

  it('puts the bar at the top when asked', async () => {
    const { banner } = await showBanner(html`<assent-banner position="top"></assent-banner>`);
    const rect = part(banner, 'base').getBoundingClientRect();
    expect(rect.top).to.equal(0);
    expect(Math.round(rect.width)).to.equal(document.documentElement.clientWidth);
  });

  it('falls back to the config for unknown layout and position values', async () => {
    const { banner } = await showBanner(
      html`<assent-banner layout="diagonal" position="sideways"></assent-banner>`,
    );
    expect(banner.effectiveLayout).to.equal('bar');
    expect(banner.effectivePosition).to.equal('bottom');
    const rect = part(banner, 'base').getBoundingClientRect();
    expect(Math.round(rect.bottom)).to.equal(innerHeight);
  });

  it('shows German buttons on a German page', async () => {
    document.documentElement.lang = 'de';
    const { banner } = await showBanner();
    expect(labels(banner)).to.deep.equal([
      'Alle ablehnen',
      'Alle akzeptieren',
      'Einstellungen verwalten',
    ]);
    expect(part(banner, 'base').getAttribute('lang')).to.equal('de');
  });

  it('renders right to left on an Arabic page', async () => {
    document.documentElement.lang = 'ar';
    const { banner } = await showBanner();
    const base = part(banner, 'base');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    // The first button in reading order sits on the right.
    const [first, second] = [...banner.shadowRoot!.querySelectorAll('[part~="button"]')];
    expect(first!.getBoundingClientRect().left).to.be.greaterThan(
      second!.getBoundingClientRect().left,
    );
  });

  it('renders HTML in config text as inert text', async () => {
    const { banner } = await showBanner(html`<assent-banner></assent-banner>`, {
      ...testConfig,
      translations: { en: { 'banner.title': '<img src=x onerror="window.__pwned=1">Cookies' } },
    });
    const title = part(banner, 'title');
    expect(title.querySelector('img')).to.be.null;
    expect(title.textContent).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('does not render a javascript: privacy link', async () => {
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    try {
      const { banner } = await showBanner(html`<assent-banner></assent-banner>`, {
        ...testConfig,
        privacyPolicyUrl: 'javascript:alert(1)',
      });
      expect(banner.shadowRoot!.querySelector('a')).to.be.null;
    } finally {
      console.error = error;
    }
    expect(String(errors[0])).to.contain('privacyPolicyUrl');
  });

  it('links to a safe privacy notice', async () => {
    const { banner } = await showBanner();
    const link = part(banner, 'privacy-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/privacy');
    expect(link.textContent!.trim()).to.equal('Privacy notice');
  });

  describe('accessibility', () => {
    it('has no axe violations as a bar', async () => {
      const { banner } = await showBanner();
      await expectNoAxeViolations(banner);
    });

    it('has no axe violations as a box in the dark theme', async () => {
      const { banner } = await showBanner(
        html`<assent-banner layout="box" position="center" theme="dark"></assent-banner>`,
      );
      await expectNoAxeViolations(banner);
    });

    it('has no axe violations when modal', async () => {
      const { banner } = await showBanner(html`<assent-banner modal layout="box"></assent-banner>`);
      await expectNoAxeViolations(banner);
    });

    it('has no axe violations in Arabic', async () => {
      document.documentElement.lang = 'ar';
      const { banner } = await showBanner();
      await expectNoAxeViolations(banner);
    });

    it('as a modal, blocks the page and keeps Tab inside', async () => {
      const outside = fixtureSync<HTMLButtonElement>(html`<button>Outside</button>`);
      const { banner } = await showBanner(html`<assent-banner modal></assent-banner>`);
      const dialog = part(banner, 'base') as HTMLDialogElement;
      expect(dialog.matches(':modal')).to.be.true;
      part(banner, 'manage-button').focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.not.equal(outside);
      expect(banner.shadowRoot!.contains(deepActiveElement())).to.be.true;
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActiveElement()).to.equal(part(banner, 'manage-button'));
    });

    it('as a modal, is not dismissed by Escape', async () => {
      const { banner } = await showBanner(html`<assent-banner modal></assent-banner>`);
      await press(part(banner, 'accept-button'), 'Escape');
      await banner.updateComplete;
      expect(banner.open).to.be.true;
      expect((part(banner, 'base') as HTMLDialogElement).open).to.be.true;
    });

    it('is not modal by default: the page stays usable', async () => {
      const outside = fixtureSync<HTMLButtonElement>(html`<button>Outside</button>`);
      const { banner } = await showBanner();
      expect(part(banner, 'base').localName).to.equal('section');
      outside.focus();
      expect(document.activeElement).to.equal(outside);
    });

    it('returns focus to where the visitor was after deciding', async () => {
      const outside = fixtureSync<HTMLButtonElement>(html`<button>Before</button>`);
      const { banner } = await showBanner();
      outside.focus();
      part(banner, 'reject-button').focus();
      await sendKeys({ press: 'Enter' });
      await banner.updateComplete;
      expect(document.activeElement).to.equal(outside);
    });
  });

  describe('on the page', () => {
    it('causes no layout shift when it appears over content', async () => {
      await useManager();
      const page = fixtureSync<HTMLElement>(
        html`<main>
          <h1>Housing news</h1>
          ${Array.from({ length: 20 }, (_, i) => html`<p>Paragraph ${i} of the page’s own content.</p>`)}
        </main>`,
      );
      await settle();
      const topBefore = page.getBoundingClientRect().top;
      const shownAt = performance.now();
      // Prepended: a banner in the flow would push every paragraph down.
      const banner = document.createElement('assent-banner');
      document.body.prepend(banner);
      try {
        await banner.updateComplete;
        await settle();
        await settle();
        const shift = await new Promise<number>((resolve) => {
          const observer = new PerformanceObserver((list) => {
            observer.disconnect();
            resolve(
              list
                .getEntries()
                .filter((entry) => entry.startTime >= shownAt)
                .reduce(
                  (sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value,
                  0,
                ),
            );
          });
          observer.observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 300);
        });
        expect(banner.open).to.be.true;
        expect(page.getBoundingClientRect().top).to.equal(topBefore);
        expect(shift).to.equal(0);
      } finally {
        banner.remove();
      }
    });

    it('never hides the focused link under the bottom bar (WCAG 2.4.11)', async () => {
      await useManager();
      const page = fixtureSync<HTMLElement>(
        html`<div>
          <p style="height: 1500px">Long page</p>
          <a href="#one">First link near the bottom</a>
          <p>Footer text</p>
          <a href="#two" id="last">Last link on the page</a>
        </div>`,
      );
      const banner = document.createElement('assent-banner');
      document.body.append(banner);
      try {
        await banner.updateComplete;
        await aTimeout(50);
        page.querySelector<HTMLElement>('p')!.tabIndex = -1;
        page.querySelector<HTMLElement>('p')!.focus();
        for (const selector of ['a[href="#one"]', '#last']) {
          await sendKeys({ press: 'Tab' });
          await settle();
          await settle();
          const link = page.querySelector(selector)!;
          expect(document.activeElement).to.equal(link);
          const bar = part(banner as AssentBanner, 'base').getBoundingClientRect();
          expect(link.getBoundingClientRect().bottom, selector).to.be.at.most(bar.top);
        }
        expect(getComputedStyle(document.documentElement).scrollPaddingBottom).to.not.equal('auto');
        expect(part(banner as AssentBanner, 'spacer')).to.exist;
      } finally {
        banner.remove();
        window.scrollTo(0, 0);
      }
      expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
    });

    it('keeps a focused checkbox inside an opt-in form on screen and above the bar at 200% zoom (WCAG 2.4.11)', async () => {
      await useManager({
        ...testConfig,
        marketing: { email: { topics: [{ id: 'news', label: 'News' }] }, post: {} },
      });
      // A 640 × 1280 window at 200% zoom: 320 × 640 CSS pixels.
      await setViewport({ width: 320, height: 640 });
      const page = fixtureSync<HTMLElement>(
        html`<div>
          <p style="height: 900px" tabindex="-1">Long page</p>
          <assent-optin channels="email post"></assent-optin>
          <p style="height: 600px">After the form</p>
        </div>`,
      );
      const banner = document.createElement('assent-banner');
      document.body.append(banner);
      try {
        await banner.updateComplete;
        await customElements.whenDefined('assent-optin');
        await page.querySelector<AssentOptinElement>('assent-optin')!.updateComplete;
        await aTimeout(50);
        page.querySelector<HTMLElement>('p')!.focus();
        await sendKeys({ press: 'Tab' });
        await settle();
        await settle();
        const focused = deepActiveElement()!;
        expect(focused.id).to.equal('channel-email');
        const box = focused.getBoundingClientRect();
        const bar = part(banner as AssentBanner, 'base').getBoundingClientRect();
        expect(box.top, 'the checkbox is on screen').to.be.at.least(0);
        expect(box.bottom, 'the checkbox is above the bar').to.be.at.most(bar.top);
      } finally {
        banner.remove();
        window.scrollTo(0, 0);
      }
    });

    for (const layout of ['bar', 'box'] as const) {
      it(`fits a 320 px wide screen without sideways scrolling (${layout})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const { banner } = await showBanner(
          html`<assent-banner layout=${layout} position="center" modal></assent-banner>`,
        );
        await settle();
        expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
        expect(part(banner, 'base').getBoundingClientRect().right).to.be.at.most(innerWidth);
      });

      it(`fits at 200% zoom without sideways scrolling (${layout})`, async () => {
        await setViewport({ width: 640, height: 400 });
        document.documentElement.style.zoom = '2';
        const { banner } = await showBanner(
          html`<assent-banner layout=${layout} position="center" modal></assent-banner>`,
        );
        await settle();
        expect(document.documentElement.scrollWidth).to.be.at.most(
          document.documentElement.clientWidth,
        );
        const rect = part(banner, 'accept-button').getBoundingClientRect();
        expect(rect.right).to.be.at.most(innerWidth);
      });
    }
  });
});
