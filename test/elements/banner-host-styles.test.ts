import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/banner/define-banner.js';
import type { AssentBanner } from '@assent/elements';
import { resetConsent, useManager, testConfig } from '../helpers/fixtures.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepActiveElement } from '../helpers/keyboard.js';
import { addHostStyle, addScript, addStylesheet } from '../helpers/host-pages.js';

function part(banner: AssentBanner, name: string): HTMLElement {
  return banner.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

// Host markup goes straight into the page (not through fixture(), which waits for an animation
// frame that a test page in a background tab may never get).
const placed: Element[] = [];
function place<T extends Element = HTMLElement>(markup: string): T {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  placed.push(holder);
  return holder.firstElementChild as T;
}
function removePlaced() {
  for (const holder of placed.splice(0)) holder.remove();
}

async function showBanner(attributes = '', config: unknown = testConfig) {
  await useManager(config);
  // The attributes are test input, written as a site would write them.
  const holder = place(`<div><assent-banner ${attributes}></assent-banner></div>`);
  const banner = holder.querySelector('assent-banner')!;
  await waitUntil(() => banner.shadowRoot?.querySelector('[part~="base"]'), 'the banner shows');
  await banner.updateComplete;
  return banner;
}

const BOOTSTRAP_CSS = '/node_modules/bootstrap/dist/css/bootstrap.min.css';
const BOOTSTRAP_JS = '/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js';

describe('<assent-banner> under the host page’s styles', () => {
  let cleanups: Array<() => void> = [];

  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) cleanup();
    cleanups = [];
    removePlaced();
    resetConsent();
    await setViewport({ width: 800, height: 600 });
  });

  it('html { font-size: 62.5% } does not shrink the banner’s text or its buttons', async () => {
    cleanups.push(addHostStyle('html { font-size: 62.5% }'));
    const banner = await showBanner();
    expect(getComputedStyle(part(banner, 'text')).fontSize).to.equal('16px');
    expect(getComputedStyle(part(banner, 'title')).fontSize).to.equal('18px');
    for (const button of banner.shadowRoot!.querySelectorAll('[part~="button"]'))
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(part(banner, 'base')).paddingTop).to.equal('16px');
  });

  it('the host’s text-transform, letter-spacing, word-spacing and friends stay outside', async () => {
    cleanups.push(
      addHostStyle(`body { text-transform: uppercase; letter-spacing: 3px; word-spacing: 12px;
        font-style: italic; font-weight: 700; text-indent: 40px; text-align: center;
        text-shadow: 1px 1px red; white-space: nowrap; font-variant: small-caps; }`),
    );
    const banner = await showBanner();
    for (const name of ['text', 'title', 'accept-button']) {
      const style = getComputedStyle(part(banner, name));
      expect(style.textTransform, name).to.equal('none');
      expect(style.letterSpacing, name).to.equal('normal');
      expect(style.wordSpacing, name).to.equal('0px');
      expect(style.fontStyle, name).to.equal('normal');
      expect(style.textIndent, name).to.equal('0px');
      expect(style.textShadow, name).to.equal('none');
      expect(style.whiteSpace, name).to.equal('normal');
      expect(style.fontVariantCaps, name).to.equal('normal');
    }
    expect(getComputedStyle(part(banner, 'text')).fontWeight).to.equal('400');
    expect(getComputedStyle(part(banner, 'text')).textAlign).to.equal('start');
  });

  it('--assent-banner-offset-bottom keeps a bottom bar above a fixed footer', async () => {
    cleanups.push(
      addHostStyle(`.site-footer { position: fixed; inset: auto 0 0; height: 56px; background: #222 }
        assent-banner { --assent-banner-offset-bottom: 56px }`),
    );
    const footer = place('<footer class="site-footer">Footer</footer>');
    const banner = await showBanner();
    const base = part(banner, 'base').getBoundingClientRect();
    expect(base.bottom).to.be.closeTo(footer.getBoundingClientRect().top, 1);
  });

  it('safe-area="auto" finds a Bootstrap fixed-bottom navbar and stays clear of it, also after a resize', async () => {
    cleanups.push(await addStylesheet(BOOTSTRAP_CSS));
    const navbar = place(`
      <nav class="navbar fixed-bottom bg-body-tertiary">
        <div class="container-fluid"><a class="navbar-brand" href="#">Riverside Homes</a></div>
      </nav>
    `);
    const banner = await showBanner('safe-area="auto"');
    await aTimeout(50);
    const base = () => part(banner, 'base').getBoundingClientRect();
    expect(base().bottom).to.be.at.most(navbar.getBoundingClientRect().top + 0.5);
    expect(base().bottom).to.be.closeTo(navbar.getBoundingClientRect().top, 1);
    // A taller navbar on a narrower screen: measured again.
    navbar.style.setProperty('height', '120px');
    await setViewport({ width: 600, height: 600 });
    window.dispatchEvent(new Event('resize'));
    await aTimeout(50);
    expect(base().bottom).to.be.closeTo(navbar.getBoundingClientRect().top, 1);
  });

  it('config banner.safeArea "auto" does the same for the script tag’s banner', async () => {
    cleanups.push(addHostStyle('.bottom-nav { position: fixed; inset: auto 0 0; height: 64px }'));
    const nav = place('<nav class="bottom-nav">Menu</nav>');
    const banner = await showBanner('', { ...testConfig, banner: { safeArea: 'auto' } });
    await aTimeout(50);
    expect(part(banner, 'base').getBoundingClientRect().bottom).to.be.closeTo(
      nav.getBoundingClientRect().top,
      1,
    );
  });

  it('a Bootstrap modal’s focus trap still lets a keyboard user reach the banner', async () => {
    cleanups.push(await addStylesheet(BOOTSTRAP_CSS));
    await addScript(BOOTSTRAP_JS);
    const bootstrap = (
      window as unknown as {
        bootstrap: { Modal: new (el: Element) => { show(): void; hide(): void; dispose(): void } };
      }
    ).bootstrap;
    const holder = place(`
      <div>
        <a href="#page" id="page-link">A link on the page</a>
        <div
          class="modal"
          id="signup"
          tabindex="-1"
          aria-labelledby="signup-title"
          aria-modal="true"
          role="dialog"
        >
          <div class="modal-dialog">
            <div class="modal-content">
              <div class="modal-header">
                <h2 class="modal-title" id="signup-title">Sign up</h2>
                <button
                  type="button"
                  class="btn-close"
                  data-bs-dismiss="modal"
                  aria-label="Close"
                ></button>
              </div>
              <div class="modal-body">
                <button type="button" class="btn btn-primary" id="last">Continue</button>
              </div>
            </div>
          </div>
        </div>
      </div>
    `);
    const element = holder.querySelector('#signup')!;
    const modal = new bootstrap.Modal(element);
    const shown = new Promise((resolve) =>
      element.addEventListener('shown.bs.modal', resolve, { once: true }),
    );
    modal.show();
    await shown;
    cleanups.push(() => {
      modal.dispose();
      document.querySelectorAll('.modal-backdrop').forEach((backdrop) => backdrop.remove());
      document.body.classList.remove('modal-open');
      document.body.removeAttribute('style');
    });
    const banner = await showBanner();
    holder.querySelector<HTMLElement>('#last')!.focus();
    let reached = false;
    for (let step = 0; step < 4 && !reached; step += 1) {
      await sendKeys({ press: 'Tab' });
      await aTimeout(20);
      reached = deepActiveElement()?.getRootNode() === banner.shadowRoot;
    }
    expect(reached, 'Tab from the modal reaches the banner').to.be.true;
    // Inside the banner the focus stays put while the visitor moves between its buttons.
    await sendKeys({ press: 'Tab' });
    await aTimeout(20);
    expect(deepActiveElement()?.getRootNode() === banner.shadowRoot, 'still in the banner').to.be
      .true;
    // The host's own trap still works for the rest of the page.
    holder.querySelector<HTMLElement>('#page-link')!.focus();
    await aTimeout(20);
    expect(element.contains(document.activeElement)).to.be.true;
  });
});

describe('<assent-banner> on phones', () => {
  afterEach(async () => {
    removePlaced();
    resetConsent();
    await setViewport({ width: 800, height: 600 });
  });

  const screens = [
    { width: 375, height: 740, share: 0.35 },
    { width: 320, height: 568, share: 0.45 },
  ];

  for (const { width, height, share } of screens) {
    it(`at ${width}×${height} the first layer takes at most ${share * 100} % of the screen, with three equal choices in view`, async () => {
      await setViewport({ width, height });
      const banner = await showBanner();
      await aTimeout(50);
      const base = part(banner, 'base').getBoundingClientRect();
      expect(base.height / innerHeight).to.be.at.most(share);
      const buttons = [...banner.shadowRoot!.querySelectorAll<HTMLElement>('[part~="button"]')];
      expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([
        'Reject all',
        'Accept all',
        'Manage preferences',
      ]);
      const boxes = buttons.map((button) => button.getBoundingClientRect());
      for (const box of boxes) {
        expect(box.top).to.be.at.least(base.top);
        expect(box.bottom).to.be.at.most(Math.min(base.bottom, innerHeight) + 0.5);
        expect(box.height).to.be.at.least(44);
        expect(box.width).to.be.closeTo(boxes[0]!.width, 1);
        expect(box.height).to.be.closeTo(boxes[0]!.height, 1);
      }
      // Every label fits its button, and no English word is cut in the middle.
      for (const button of buttons) {
        expect(button.scrollWidth).to.be.at.most(button.clientWidth);
        const text = [...button.childNodes].find(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
        )!;
        for (const word of text.textContent!.trim().split(/\s+/)) {
          const range = document.createRange();
          const start = text.textContent!.indexOf(word);
          range.setStart(text, start);
          range.setEnd(text, start + word.length);
          expect(range.getClientRects().length, `"${word}" on one line`).to.equal(1);
        }
      }
      await expectNoAxeViolations(banner);
    });
  }

  it('a long text scrolls inside the compact banner while the buttons stay in view', async () => {
    await setViewport({ width: 320, height: 568 });
    const long = 'We use cookies for many purposes. '.repeat(20);
    const banner = await showBanner('', {
      ...testConfig,
      translations: { en: { 'banner.text': long } },
    });
    await aTimeout(50);
    const base = part(banner, 'base').getBoundingClientRect();
    expect(base.height / innerHeight).to.be.at.most(0.45);
    const message = part(banner, 'message');
    expect(message.scrollHeight).to.be.greaterThan(message.clientHeight);
    const accept = part(banner, 'accept-button').getBoundingClientRect();
    expect(accept.bottom).to.be.at.most(innerHeight);
    await expectNoAxeViolations(banner);
  });

  it('a swipe on the banner is not held back from the page: no overscroll containment', async () => {
    await setViewport({ width: 320, height: 568 });
    const banner = await showBanner();
    for (const name of ['base', 'content', 'message']) {
      const style = getComputedStyle(part(banner, name));
      expect(style.overscrollBehaviorY, name).to.equal('auto');
      expect(style.overscrollBehaviorX, name).to.equal('auto');
    }
  });
});
