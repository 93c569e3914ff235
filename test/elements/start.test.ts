import { expect, waitUntil } from '@open-wc/testing';
import { memoryStore, type Assent } from '@assent/core';
import { startAssent } from '@assent/elements/mount';
import { resetConsent } from '../helpers/fixtures.js';

type Win = Window & { dataLayer?: IArguments[]; ran?: string[] };
const win = window as Win;

describe('startAssent with the UI', () => {
  let assent: Assent | undefined;
  let script: HTMLScriptElement | undefined;
  afterEach(() => {
    if (assent) document.cookie = `${assent.config.cookieName}=; Path=/; Max-Age=0`;
    assent?.dispose();
    assent = undefined;
    script?.remove();
    resetConsent();
  });

  it('shows the banner on a first visit, gates the tag and pushes the Consent Mode default', async () => {
    delete win.dataLayer;
    win.ran = [];
    script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.assent = 'analytics';
    script.textContent = 'window.ran.push("analytics")';
    document.body.append(script);
    assent = startAssent({
      config: {
        cookieName: `assent_start_ui_${Date.now().toString(36)}`,
        categories: { analytics: {} },
        googleConsentMode: true,
      },
      storage: memoryStore(),
      syncTabs: false,
    });
    expect(Array.from(win.dataLayer![0]!).slice(0, 2)).to.deep.equal(['consent', 'default']);
    await assent.ready;
    const banner = document.querySelector('assent-banner')!;
    expect(banner).to.exist;
    await waitUntil(() => banner.open, 'the banner opens');
    expect(win.ran).to.deep.equal([]);
    await waitUntil(
      () => banner.shadowRoot?.querySelector('[part~="accept-button"]'),
      'the banner renders its buttons',
    );
    const accept = banner.shadowRoot!.querySelector<HTMLElement>('[part~="accept-button"]')!;
    expect(accept.textContent!.trim()).to.equal('Accept all');
    await assent.acceptAll({ method: 'banner' });
    await waitUntil(() => win.ran!.length === 1, 'the tag runs after "Accept all"');
    assent.dispose();
    expect(document.querySelector('assent-banner')).to.be.null;
    assent = undefined;
  });
});
