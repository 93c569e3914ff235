import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/embed/define-embed.js';
import type { AssentEmbed } from '@assent/elements';
import { serviceCatalogue } from '@assent/core/catalogue';
import { resetConsent, testConfig, useManager } from '../helpers/fixtures.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { press } from '../helpers/keyboard.js';

function part(embed: AssentEmbed, name: string): HTMLElement {
  return embed.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

describe('<assent-embed>', () => {
  afterEach(resetConsent);

  it('registers as assent-embed', () => {
    expect(customElements.get('assent-embed')).to.exist;
  });

  it('says which service is blocked and why', async () => {
    await useManager();
    const embed = await fixture<AssentEmbed>(html`<assent-embed service="youtube"></assent-embed>`);
    await embed.updateComplete;
    expect(part(embed, 'title').textContent).to.equal('Content from YouTube is blocked');
    expect(part(embed, 'text').textContent).to.contain('Marketing');
    expect(part(embed, 'allow-button').textContent!.trim()).to.equal('Allow and load');
  });

  it('"Allow and load" grants that one service only', async () => {
    const manager = await useManager();
    const embed = await fixture<AssentEmbed>(html`<assent-embed service="youtube"></assent-embed>`);
    await embed.updateComplete;
    const recorded = new Promise<{ method: string; wording?: string }>((resolve) =>
      manager.on('record', resolve),
    );
    const decided = oneEvent(embed, 'assent-decision');
    await press(part(embed, 'allow-button'), 'Enter');
    expect((await decided).detail.action).to.equal('allow');
    const event = await recorded;
    expect(event.method).to.equal('embed');
    expect(event.wording).to.contain('Allow and load');
    expect(manager.allowed('youtube')).to.be.true;
    expect(manager.allowed('marketing')).to.be.false;
    expect(manager.allowed('analytics')).to.be.false;
  });

  it('shows its content instead of the placeholder once allowed', async () => {
    const manager = await useManager();
    const embed = await fixture<AssentEmbed>(
      html`<assent-embed service="youtube"><p>The video</p></assent-embed>`,
    );
    await embed.updateComplete;
    expect(embed.shadowRoot!.querySelector('slot')).to.be.null;
    await manager.set({ services: { youtube: true } });
    await embed.updateComplete;
    expect(embed.allowed).to.be.true;
    expect(part(embed, 'base')).to.be.null;
    expect(embed.shadowRoot!.querySelector('slot')).to.exist;
  });

  it('never grants a whole category: a category with no service for its content offers only the settings', async () => {
    const manager = await useManager();
    const errors = captureErrors();
    try {
      const embed = await fixture<AssentEmbed>(
        html`<assent-embed service="analytics"></assent-embed>`,
      );
      await embed.updateComplete;
      expect(part(embed, 'allow-button')).to.be.null;
      expect(part(embed, 'settings-button')).to.exist;
      expect(part(embed, 'title').textContent).to.equal(
        'This content is blocked until you allow cookies of the category “Analytics”.',
      );
      expect(manager.allowed('analytics')).to.be.false;
    } finally {
      errors.restore();
    }
    expect(errors.lines.filter((line) => line.includes('names a category'))).to.have.length(1);
  });

  it('ignores a scripted click on "Allow and load"', async () => {
    const manager = await useManager();
    const embed = await fixture<AssentEmbed>(html`<assent-embed service="youtube"></assent-embed>`);
    await embed.updateComplete;
    const warn = console.warn;
    console.warn = () => {};
    try {
      part(embed, 'allow-button').click();
      await aTimeout(0);
    } finally {
      console.warn = warn;
    }
    expect(manager.allowed('youtube')).to.be.false;
  });

  it('offers no "Allow and load" for an unknown service', async () => {
    await useManager();
    const embed = await fixture<AssentEmbed>(html`<assent-embed service="nope"></assent-embed>`);
    await embed.updateComplete;
    expect(part(embed, 'allow-button')).to.be.null;
    expect(part(embed, 'settings-button')).to.exist;
  });

  it('"Cookie settings" asks for the preferences centre', async () => {
    const manager = await useManager();
    const embed = await fixture<AssentEmbed>(html`<assent-embed service="youtube"></assent-embed>`);
    await embed.updateComplete;
    const request = new Promise<{ view: string }>((resolve) => manager.on('show', resolve));
    await press(part(embed, 'settings-button'), 'Enter');
    expect((await request).view).to.equal('preferences');
  });

  it('renders HTML in a service title as inert text', async () => {
    await useManager({
      ...testConfig,
      services: {
        evil: { category: 'marketing', title: '<img src=x onerror="window.__pwned=1">' },
      },
    });
    const embed = await fixture<AssentEmbed>(html`<assent-embed service="evil"></assent-embed>`);
    await embed.updateComplete;
    expect(part(embed, 'title').querySelector('img')).to.be.null;
    expect(part(embed, 'title').textContent).to.contain('<img');
  });

  it('exposes its parts', async () => {
    await useManager();
    const embed = await fixture<AssentEmbed>(html`<assent-embed service="youtube"></assent-embed>`);
    await embed.updateComplete;
    for (const name of [
      'base',
      'title',
      'text',
      'actions',
      'button',
      'allow-button',
      'settings-button',
    ]) {
      expect(part(embed, name), name).to.exist;
    }
  });

  it('has no axe violations, in light and dark', async () => {
    await useManager();
    const light = await fixture<AssentEmbed>(html`<assent-embed service="youtube"></assent-embed>`);
    await light.updateComplete;
    await expectNoAxeViolations(light);
    light.theme = 'dark';
    await light.updateComplete;
    await expectNoAxeViolations(light);
  });

  it('renders right to left in Arabic', async () => {
    document.documentElement.lang = 'ar';
    await useManager();
    const embed = await fixture<AssentEmbed>(html`<assent-embed service="youtube"></assent-embed>`);
    await embed.updateComplete;
    expect(part(embed, 'base').getAttribute('dir')).to.equal('rtl');
  });

  it('names the catalogued service an iframe’s address belongs to, with its embed title', async () => {
    const manager = await useManager({
      ...testConfig,
      services: serviceCatalogue.resolve({ vimeo: {}, 'google-maps': { category: 'marketing' } })
        .services,
    });
    const embed = await fixture<AssentEmbed>(
      html`<assent-embed
        service="marketing"
        src="https://player.vimeo.com/video/76979871"
      ></assent-embed>`,
    );
    await embed.updateComplete;
    expect(part(embed, 'label').textContent).to.equal('Vimeo video');
    expect(part(embed, 'title').textContent).to.equal('Content from Vimeo is blocked');
    expect(part(embed, 'text').textContent).to.contain('Marketing');
    expect(part(embed, 'text').textContent).not.to.contain('provided by Marketing');
    expect(part(embed, 'scope').textContent).to.equal('Only Vimeo will be allowed.');
    const recorded = new Promise<{ wording?: string }>((resolve) => manager.on('record', resolve));
    await press(part(embed, 'allow-button'), 'Enter');
    // The iframe names the category; "Allow and load" allows Vimeo alone, and says so.
    expect(manager.allowed('vimeo')).to.be.true;
    expect(manager.allowed('marketing')).to.be.false;
    expect(manager.allowed('google-maps')).to.be.false;
    const wording = (await recorded).wording!;
    expect(wording).to.match(/^Vimeo video\nContent from Vimeo is blocked/);
    expect(wording).to.contain('Only Vimeo will be allowed.');
  });

  it('never says "Content from Marketing … provided by Marketing" when no service serves the address', async () => {
    await useManager();
    const errors = captureErrors();
    let embed: AssentEmbed;
    try {
      embed = await fixture<AssentEmbed>(
        html`<assent-embed service="marketing" src="https://unknown.example/embed"></assent-embed>`,
      );
      await embed.updateComplete;
    } finally {
      errors.restore();
    }
    expect(part(embed, 'label')).to.be.null;
    const text = embed.shadowRoot!.textContent!;
    expect(text).not.to.contain('Content from Marketing');
    expect(text).not.to.contain('provided by Marketing');
    expect(part(embed, 'allow-button')).to.be.null;
    expect(errors.lines.join('\n')).to.contain('"https://unknown.example/embed"');
  });

  it('keeps a <template> child inert until allowed, then puts it in place', async () => {
    const manager = await useManager();
    const url = `/test/helpers/blank.html?template=${Math.random()}`;
    const embed = await fixture<AssentEmbed>(
      // As a page writes it (parsed HTML): the template's content is not in the page.
      `<assent-embed service="youtube"><template><iframe src="${url}" title="Video" width="560" height="315"></iframe></template></assent-embed>`,
    );
    await embed.updateComplete;
    await aTimeout(100);
    expect(requested(url)).to.equal(0);
    expect(embed.querySelector('iframe')).to.be.null;
    await manager.set({ services: { youtube: true } });
    await embed.updateComplete;
    const iframe = embed.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(url);
    await waitUntil(() => requested(url) === 1, 'the iframe loads once allowed');
  });

  it('keeps data-src children inert until allowed, in place (what frameworks render)', async () => {
    const manager = await useManager();
    const url = `/test/helpers/blank.html?data-src=${Math.random()}`;
    const embed = await fixture<AssentEmbed>(
      html`<assent-embed service="youtube"
        ><iframe data-src=${url} title="Video" width="640" height="360"></iframe
      ></assent-embed>`,
    );
    const iframe = embed.querySelector('iframe')!;
    await embed.updateComplete;
    await aTimeout(100);
    expect(requested(url)).to.equal(0);
    // The placeholder takes the iframe's shape.
    expect(part(embed, 'base').getBoundingClientRect().width).to.be.closeTo(640, 1);
    expect(part(embed, 'base').getBoundingClientRect().height).to.be.closeTo(360, 1);
    await manager.set({ services: { youtube: true } });
    await embed.updateComplete;
    expect(embed.querySelector('iframe')).to.equal(iframe, 'the same node, never moved');
    await waitUntil(() => requested(url) === 1, 'the iframe loads once allowed');
  });

  it('a live <iframe src> child is a console error naming the fix', async () => {
    await useManager();
    const errors = captureErrors();
    try {
      const embed = await fixture<AssentEmbed>(
        html`<assent-embed service="youtube"
          ><iframe src="about:blank" title="Video"></iframe
        ></assent-embed>`,
      );
      await embed.updateComplete;
    } finally {
      errors.restore();
    }
    expect(errors.lines).to.have.length(1);
    expect(errors.lines[0]).to.contain('<assent-embed service="youtube"> holds a <iframe>');
    expect(errors.lines[0]).to.contain('<template>');
  });
});

/** How many times the page requested a URL (iframes and images show in resource timing). */
function requested(url: string): number {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name === new URL(url, location.href).href).length;
}

function captureErrors(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const error = console.error;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.error = error) };
}
