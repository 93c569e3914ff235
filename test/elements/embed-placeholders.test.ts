/**
 * The placeholders the UI puts before blocked `<iframe data-assent data-src>`: their shape
 * (the iframe's width and aspect ratio, responsive wrappers filled without a gap) and their
 * life (gone with their iframe). Bootstrap's own stylesheet from npm; WordPress's embed
 * wrapper rules as its block library ships them.
 */
import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { mountConsentUI } from '@assent/elements/mount';
import { serviceCatalogue } from '@assent/core/catalogue';
import type { ConsentManager } from '@assent/core';
import { createManager, resetConsent, testConfig } from '../helpers/fixtures.js';

/** `@wordpress/block-library`'s embed block: a padded wrapper with an absolute iframe. */
const WORDPRESS_EMBED_CSS = `
.wp-block-embed__wrapper { position: relative; }
.wp-embed-responsive .wp-has-aspect-ratio .wp-block-embed__wrapper:before { content: ""; display: block; padding-top: 50%; }
.wp-embed-responsive .wp-has-aspect-ratio iframe { position: absolute; top: 0; right: 0; bottom: 0; left: 0; height: 100%; width: 100%; }
.wp-embed-responsive .wp-embed-aspect-16-9 .wp-block-embed__wrapper:before { padding-top: 56.25%; }
`;

function addStyles(): void {
  if (document.getElementById('wrappers')) return;
  const bootstrap = document.createElement('link');
  bootstrap.rel = 'stylesheet';
  bootstrap.href = '/node_modules/bootstrap/dist/css/bootstrap.min.css';
  bootstrap.id = 'wrappers';
  const wordpress = document.createElement('style');
  wordpress.textContent = WORDPRESS_EMBED_CSS;
  document.head.append(bootstrap, wordpress);
}

describe('placeholders for blocked iframes', () => {
  let unmount: (() => void) | undefined;

  before(async () => {
    addStyles();
    await waitUntil(() =>
      Array.from(document.styleSheets).some((sheet) => sheet.href?.includes('bootstrap')),
    );
  });

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

  async function placeholderOf(container: HTMLElement): Promise<HTMLElement> {
    await waitUntil(() => container.querySelector('assent-embed'), 'a placeholder');
    // The placeholder's code loads on first use.
    await customElements.whenDefined('assent-embed');
    const embed = container.querySelector('assent-embed')!;
    await (embed as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    return embed as HTMLElement;
  }

  /** The visible box of a placeholder. */
  const boxIn = (embed: Element) => embed.shadowRoot!.querySelector('[part="base"]')!;

  const size = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return { width: Math.round(rect.width), height: Math.round(rect.height) };
  };

  it("takes the iframe's width and height attributes", async () => {
    const manager = await createManager();
    const container = fixtureSync<HTMLElement>(
      html`<div style="width: 900px">
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
    expect(size(boxIn(await placeholderOf(container)))).to.deep.equal({ width: 560, height: 315 });
  });

  it('takes width="100%" with a fixed height', async () => {
    const manager = await createManager();
    const container = fixtureSync<HTMLElement>(
      html`<div style="width: 700px">
        <iframe
          title="Map"
          data-assent="youtube"
          data-src="about:blank"
          width="100%"
          height="450"
        ></iframe>
      </div>`,
    );
    await mount(manager);
    expect(size(boxIn(await placeholderOf(container)))).to.deep.equal({ width: 700, height: 450 });
  });

  it("takes the iframe's CSS aspect-ratio", async () => {
    const manager = await createManager();
    const container = fixtureSync<HTMLElement>(
      html`<div style="width: 600px">
        <iframe
          title="Video"
          data-assent="youtube"
          data-src="about:blank"
          style="width: 100%; aspect-ratio: 4 / 3; border: 0"
        ></iframe>
      </div>`,
    );
    await mount(manager);
    expect(size(boxIn(await placeholderOf(container)))).to.deep.equal({ width: 600, height: 450 });
  });

  it("fills Bootstrap's .ratio wrapper, with no gap", async () => {
    const manager = await createManager();
    const container = fixtureSync<HTMLElement>(
      html`<div style="width: 640px">
        <div class="ratio ratio-16x9">
          <iframe title="Video" data-assent="youtube" data-src="about:blank"></iframe>
        </div>
      </div>`,
    );
    await mount(manager);
    const wrapper = container.querySelector('.ratio')!;
    expect(size(wrapper)).to.deep.equal({ width: 640, height: 360 });
    expect(size(await placeholderOf(container))).to.deep.equal({ width: 640, height: 360 });
    const base = (await placeholderOf(container)).shadowRoot!.querySelector('[part="base"]')!;
    expect(size(base)).to.deep.equal({ width: 640, height: 360 });
  });

  it("fills WordPress's responsive embed wrapper, with no gap", async () => {
    const manager = await createManager();
    const container = fixtureSync<HTMLElement>(
      html`<div class="wp-embed-responsive" style="width: 800px">
        <figure
          class="wp-block-embed is-type-video wp-embed-aspect-16-9 wp-has-aspect-ratio"
          style="margin: 0"
        >
          <div class="wp-block-embed__wrapper">
            <iframe title="Video" data-assent="youtube" data-src="about:blank"></iframe>
          </div>
        </figure>
      </div>`,
    );
    await mount(manager);
    const wrapper = container.querySelector('.wp-block-embed__wrapper')!;
    const embed = await placeholderOf(container);
    expect(size(wrapper)).to.deep.equal({ width: 800, height: 450 });
    expect(size(embed)).to.deep.equal({ width: 800, height: 450 });
    expect(embed.getBoundingClientRect().top).to.equal(wrapper.getBoundingClientRect().top);
  });

  it('goes when its iframe is removed, and does not pile up when one is added again', async () => {
    const manager = await createManager();
    const container = fixtureSync<HTMLElement>(
      html`<div><iframe title="Video" data-assent="youtube" data-src="about:blank"></iframe></div>`,
    );
    await mount(manager);
    await placeholderOf(container);
    for (let round = 0; round < 3; round++) {
      container.querySelector('iframe')!.remove();
      await waitUntil(() => !container.querySelector('assent-embed'), 'the placeholder goes');
      const iframe = document.createElement('iframe');
      Object.assign(iframe, { title: 'Video' });
      iframe.dataset.assent = 'youtube';
      iframe.dataset.src = 'about:blank';
      container.append(iframe);
      await placeholderOf(container);
      expect(container.querySelectorAll('assent-embed')).to.have.length(1);
    }
  });

  it('an iframe named by its category waits for its own service, found from its host', async () => {
    const manager = await createManager({
      ...testConfig,
      services: {
        ...testConfig.services,
        ...(serviceCatalogue.resolve({ vimeo: {} }).services as Record<string, object>),
      },
    });
    const container = fixtureSync<HTMLElement>(
      html`<div>
        <iframe
          title="Video"
          data-assent="marketing"
          data-src="https://player.vimeo.com/video/1"
        ></iframe>
      </div>`,
    );
    await mount(manager);
    const embed = await placeholderOf(container);
    expect(embed.shadowRoot!.textContent).to.contain('Only Vimeo will be allowed.');
    await manager.set({ services: { youtube: true } });
    expect(container.querySelector('assent-embed')).to.exist;
    await manager.set({ services: { vimeo: true } });
    expect(container.querySelector('assent-embed')).to.be.null;
    expect(manager.allowed('marketing')).to.be.false;
  });
});
