import { expect } from '@open-wc/testing';
import { AssentBanner, AssentEmbed, AssentOptin, decide } from '@assent/elements/classes';

describe('@assent/elements/classes', () => {
  it('imports every class without registering a tag', () => {
    expect(AssentBanner).to.be.a('function');
    expect(AssentOptin).to.be.a('function');
    expect(decide).to.be.a('function');
    for (const tag of [
      'assent-banner',
      'assent-preferences',
      'assent-trigger',
      'assent-embed',
      'assent-optin',
      'assent-unsubscribe',
    ])
      expect(customElements.get(tag), tag).to.be.undefined;
  });

  it('lets a site register a class under a name of its own', () => {
    class SiteEmbed extends AssentEmbed {}
    customElements.define('site-embed', SiteEmbed);
    expect(document.createElement('site-embed')).to.be.instanceOf(AssentEmbed);
  });
});
