import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ConsentManager, memoryStore, type ConsentEvent } from '@assent/core';
import {
  isEmailAddress,
  normaliseMobile,
  setDefaultManager,
  type AssentOptin,
} from '@assent/elements';
import '../../packages/elements/src/optin/define-optin.js';
import { en } from '../../packages/core/src/i18n/en.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';
import { resetConsent } from '../helpers/fixtures.js';
import { deepActiveElement, press } from '../helpers/keyboard.js';

const config = {
  revision: '2024-01',
  privacyPolicyUrl: '/privacy',
  defaultCountry: 'GB',
  marketing: {
    email: {
      topics: [
        { id: 'news', label: 'News and updates' },
        {
          id: 'events',
          label: { en: 'Events near you', fr: 'Événements près de chez vous' },
          description: 'Open days and residents’ meetings.',
        },
      ],
    },
    sms: { topics: [{ id: 'alerts', label: 'Service alerts' }] },
    post: {},
  },
};

/** A manager whose recorded events land in `events`, made the default for elements. */
async function setup(overrides: Record<string, unknown> = {}) {
  const events: ConsentEvent[] = [];
  const manager = new ConsentManager({
    config: { ...config, ...overrides },
    storage: memoryStore(),
    syncTabs: false,
    sink: { enqueue: async (batch) => void events.push(...batch) },
  });
  await manager.ready;
  setDefaultManager(manager);
  return { manager, events };
}

async function render(template = html`<assent-optin channels="email sms post"></assent-optin>`) {
  const optin = await fixture<AssentOptin>(template);
  await optin.updateComplete;
  return optin;
}

const $ = <T extends Element = HTMLInputElement>(optin: AssentOptin, selector: string) =>
  optin.shadowRoot!.querySelector<T>(selector)!;
const checkbox = (optin: AssentOptin, channel: string) => $(optin, `#channel-${channel}`);
const topic = (optin: AssentOptin, channel: string, id: string) =>
  optin.shadowRoot!.querySelector<HTMLInputElement>(`#topic-${channel}-${id}`);
const labelOf = (input: HTMLInputElement) => input.labels![0]!.textContent!.trim();

async function tick(optin: AssentOptin, input: HTMLInputElement) {
  await press(input, 'Space');
  await optin.updateComplete;
}

/** Ticks a channel and the first of its topics, as a visitor signing up does. */
async function subscribe(optin: AssentOptin, channel: 'email' | 'sms') {
  await tick(optin, checkbox(optin, channel));
  await tick(optin, topic(optin, channel, channel === 'email' ? 'news' : 'alerts')!);
}

async function type(optin: AssentOptin, field: 'email' | 'phone', text: string) {
  $(optin, `#${field}`).focus();
  await sendKeys({ type: text });
  await optin.updateComplete;
}

/** Submits as a visitor does: Enter on the submit button. */
async function submit(optin: AssentOptin) {
  await press($<HTMLButtonElement>(optin, '[part~="submit-button"]'), 'Enter');
  await optin.updateComplete;
  // Recording is asynchronous: let the manager persist and queue.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await optin.updateComplete;
}

describe('<assent-optin>', () => {
  afterEach(() => {
    resetConsent();
    document.documentElement.lang = 'en';
  });

  it('registers as assent-optin and is form-associated', () => {
    const element = customElements.get('assent-optin') as unknown as { formAssociated: boolean };
    expect(element).to.exist;
    expect(element.formAssociated).to.be.true;
  });

  it('shows one unticked box per channel, an email and a mobile field and one button', async () => {
    await setup();
    const optin = await render(html`<assent-optin channels="email sms"></assent-optin>`);
    const boxes = [...optin.shadowRoot!.querySelectorAll<HTMLInputElement>('[type="checkbox"]')];
    expect(boxes).to.have.length(2);
    expect(boxes.every((box) => !box.checked)).to.be.true;
    expect(labelOf(checkbox(optin, 'email'))).to.contain('Email');
    expect(labelOf(checkbox(optin, 'sms'))).to.contain('SMS');
    expect(labelOf($(optin, '#email'))).to.contain('Email address');
    expect(labelOf($(optin, '#phone'))).to.contain('Mobile');
    expect($(optin, '#email').type).to.equal('email');
    expect(optin.shadowRoot!.querySelectorAll('button')).to.have.length(1);
    expect($(optin, '[part~="submit-button"]').textContent!.trim()).to.equal('Sign up');
    expect($(optin, '[part~="statement"]').textContent!.trim()).to.equal(en['optin.statement']);
    expect($<HTMLAnchorElement>(optin, '[part~="privacy-link"]').getAttribute('href')).to.equal(
      '/privacy',
    );
  });

  it('shows a channel’s topics beneath it once it is ticked, every one unticked', async () => {
    await setup();
    const optin = await render();
    expect(topic(optin, 'email', 'news')).to.be.null;
    await tick(optin, checkbox(optin, 'email'));
    expect(checkbox(optin, 'email').checked).to.be.true;
    const news = topic(optin, 'email', 'news')!;
    expect(labelOf(news)).to.equal('News and updates');
    expect(news.checked).to.be.false;
    expect(topic(optin, 'email', 'events')!.checked).to.be.false;
    const group = news.closest('[role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).to.contain('channel-email-label');
    expect(topic(optin, 'sms', 'alerts')).to.be.null;
  });

  it('a ticked channel with topics asks for one ticked topic, next to the topics', async () => {
    const { events } = await setup();
    const optin = await render();
    await tick(optin, checkbox(optin, 'email'));
    await type(optin, 'email', 'jo@example.org');
    await submit(optin);
    expect(events).to.have.length(0);
    const message = $<HTMLElement>(optin, '#channel-email-topics-error');
    expect(message.textContent).to.equal(en['optin.chooseTopic']);
    expect(message.offsetHeight).to.be.greaterThan(0);
    const news = topic(optin, 'email', 'news')!;
    expect(news.getAttribute('aria-invalid')).to.equal('true');
    expect(news.closest('[role="group"]')!.getAttribute('aria-describedby')).to.equal(
      'channel-email-topics-error',
    );
    expect(deepActiveElement()).to.equal(news);
    await expectNoAxeViolations(optin);
    await tick(optin, news);
    expect(optin.shadowRoot!.querySelector('#channel-email-topics-error')).to.be.null;
    expect(checkbox(optin, 'email').checked, 'the channel stays ticked').to.be.true;
    await submit(optin);
    expect(events.map((event) => event.choices)).to.deep.equal([
      { channel: 'email', status: 'granted', topics: ['news'] },
    ]);
  });

  it('a submit with nothing ticked records nothing and asks for a channel', async () => {
    const { events } = await setup();
    const optin = await render();
    await submit(optin);
    expect(events).to.have.length(0);
    expect($(optin, '#channels-error').textContent).to.equal(en['optin.chooseChannel']);
    expect(checkbox(optin, 'email').getAttribute('aria-describedby')).to.equal('channels-error');
    expect(deepActiveElement()).to.equal(checkbox(optin, 'email'));
  });

  it('an invalid email address is never recorded and is announced next to its field', async () => {
    const { manager, events } = await setup();
    const optin = await render();
    await subscribe(optin, 'email');
    await type(optin, 'email', 'not-an-address');
    await submit(optin);
    expect(events).to.have.length(0);
    expect(manager.get().marketing.email.status).to.equal('unknown');
    const input = $(optin, '#email');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('email-error');
    const message = $<HTMLElement>(optin, '#email-error');
    expect(message.textContent).to.equal(en['optin.invalidEmail']);
    expect(message.offsetHeight).to.be.greaterThan(0);
    expect(input.validity.valid).to.be.false;
    expect(deepActiveElement()).to.equal(input);
    expect($(optin, '[role="status"][aria-live="polite"]').textContent).to.contain(
      en['optin.invalidEmail'],
    );
  });

  it('an address without a dot in its domain is refused', async () => {
    const { events } = await setup();
    const optin = await render();
    await tick(optin, checkbox(optin, 'email'));
    await type(optin, 'email', 'jo@localhost');
    await submit(optin);
    expect(events).to.have.length(0);
    expect($(optin, '#email-error').textContent).to.equal(en['optin.invalidEmail']);
  });

  it('a ticked channel without its address asks for it', async () => {
    const { events } = await setup();
    const optin = await render();
    await subscribe(optin, 'sms');
    expect($(optin, '#phone').required).to.be.true;
    expect($(optin, '#email').required).to.be.false;
    await submit(optin);
    expect(events).to.have.length(0);
    expect($(optin, '#phone-error').textContent).to.equal(en['optin.requiredPhone']);
    expect(deepActiveElement()).to.equal($(optin, '#phone'));
  });

  it('a landline or a malformed number is never recorded for SMS', async () => {
    const { events } = await setup();
    const optin = await render();
    await tick(optin, checkbox(optin, 'sms'));
    for (const number of ['020 7946 0958', '12345']) {
      $(optin, '#phone').select();
      await type(optin, 'phone', number);
      await submit(optin);
      expect(events, number).to.have.length(0);
      expect($(optin, '#phone').getAttribute('aria-invalid')).to.equal('true');
      // The example is libphonenumber's own GB mobile example, itself valid.
      const message = $(optin, '#phone-error').textContent!;
      expect(message).to.equal(en['optin.invalidPhone'].replace('{example}', '07400 123456'));
      expect(await normaliseMobile('07400 123456', 'GB')).to.equal('+447400123456');
    }
  });

  it('gives an example number of the configured country, valid there and isolated in Arabic', async () => {
    document.documentElement.lang = 'ar';
    await setup({ defaultCountry: 'FR' });
    const optin = await render(html`<assent-optin channels="sms"></assent-optin>`);
    await tick(optin, checkbox(optin, 'sms'));
    await type(optin, 'phone', '12345');
    await submit(optin);
    const message = $(optin, '#phone-error').textContent!;
    // Left-to-right inside a right-to-left sentence: first-strong isolate … pop isolate.
    expect(message).to.contain('\u206806 12 34 56 78\u2069');
    expect(await normaliseMobile('06 12 34 56 78', 'FR')).to.equal('+33612345678');
  });

  it('a valid email opt-in is recorded with the contact, the topics and the exact wording', async () => {
    const { manager, events } = await setup();
    const optin = await render(html`<assent-optin channels="email sms"></assent-optin>`);
    await subscribe(optin, 'email');
    await type(optin, 'email', 'jo@example.org');
    const recorded = oneEvent(optin, 'assent-optin');
    await submit(optin);
    const { detail } = await recorded;
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event!.kind).to.equal('marketing');
    expect(event!.method).to.equal('optin');
    expect(event!.contact).to.deep.equal({ email: 'jo@example.org' });
    expect(event!.choices).to.deep.equal({ channel: 'email', status: 'granted', topics: ['news'] });
    // Every box shown, ticked or not, and the privacy notice's address.
    expect(event!.wording).to.equal(
      [
        en['optin.title'],
        en['optin.statement'],
        `[x] ${en['optin.channel.email']}`,
        '  [x] News and updates',
        '  [ ] Events near you',
        `[ ] ${en['optin.channel.sms']}`,
        `${en['links.privacyPolicy']}: ${new URL('/privacy', location.href).href}`,
      ].join('\n'),
    );
    expect(detail.wording).to.equal(event!.wording);
    expect(detail.choices).to.deep.equal([
      { channel: 'email', status: 'granted', topics: ['news'] },
    ]);
    expect(manager.get().marketing.email.status).to.equal('granted');
    expect(manager.get().marketing.email.topics).to.deep.equal(['news']);
    const result = $<HTMLElement>(optin, '[part~="result"]');
    expect(result.textContent!.trim()).to.equal(en['optin.success']);
    expect(deepActiveElement()).to.equal(result);
  });

  it('a mobile number is recorded in E.164, on the SMS event only', async () => {
    const { manager, events } = await setup();
    const optin = await render();
    await subscribe(optin, 'email');
    await subscribe(optin, 'sms');
    await type(optin, 'email', 'jo@example.org');
    await type(optin, 'phone', '07911 123456');
    await submit(optin);
    expect(events.map((event) => event.choices.channel)).to.deep.equal(['email', 'sms']);
    expect(events[0]!.contact).to.deep.equal({ email: 'jo@example.org' });
    expect(events[1]!.contact).to.deep.equal({ phone: '+447911123456' });
    expect(events[1]!.choices).to.deep.equal({
      channel: 'sms',
      status: 'granted',
      topics: ['alerts'],
    });
    expect(events[1]!.wording).to.contain(`[x] ${en['optin.channel.sms']}\n  [x] Service alerts`);
    expect(manager.get().marketing.sms.status).to.equal('granted');
  });

  it('checks addresses and normalises mobile numbers to E.164', async () => {
    expect(isEmailAddress('jo@example.org')).to.be.true;
    expect(isEmailAddress('jo@localhost')).to.be.false;
    expect(isEmailAddress('jo example@example.org')).to.be.false;
    expect(await normaliseMobile('07911 123456', 'GB')).to.equal('+447911123456');
    expect(await normaliseMobile('+44 (0)7911 123456')).to.equal('+447911123456');
    expect(await normaliseMobile('020 7946 0958', 'GB')).to.be.undefined;
    expect(await normaliseMobile('07911 123456', 'XX')).to.be.undefined;
  });

  it('reads numbers without a prefix as numbers of the configured country', async () => {
    const { events } = await setup({ defaultCountry: 'FR' });
    const optin = await render(html`<assent-optin channels="sms"></assent-optin>`);
    await subscribe(optin, 'sms');
    await type(optin, 'phone', '06 12 34 56 78');
    await submit(optin);
    expect(events[0]!.contact).to.deep.equal({ phone: '+33612345678' });
  });

  it('the post objection is recorded as a denial on an opt-out basis', async () => {
    const { manager, events } = await setup();
    const optin = await render();
    expect(labelOf(checkbox(optin, 'post'))).to.equal("Don't send me marketing by post");
    await tick(optin, checkbox(optin, 'post'));
    await submit(optin);
    expect(events).to.have.length(1);
    expect(events[0]!.choices).to.deep.equal({ channel: 'post', status: 'denied' });
    expect(events[0]!.wording).to.contain("Don't send me marketing by post");
    expect(manager.get().marketing.post.status).to.equal('denied');
  });

  it('never promises contact "only in the ways you tick" beside the post objection', async () => {
    await setup();
    const optin = await render();
    const statement = $(optin, '[part~="statement"]').textContent!;
    expect(statement).to.not.match(/ways you tick/i);
    expect(labelOf(checkbox(optin, 'email'))).to.match(/^Email me/);
    expect(labelOf(checkbox(optin, 'post'))).to.match(/^Don't send me/);
  });

  it('says how often messages come only when the config says so', async () => {
    await setup();
    const plain = await render();
    expect(plain.shadowRoot!.querySelector('[part~="frequency"]')).to.be.null;
    expect(plain.shadowRoot!.textContent).to.not.contain('once a month');
    plain.remove();
    const { events } = await setup({
      marketing: {
        ...config.marketing,
        email: { ...config.marketing.email, frequency: { en: 'About once a month' } },
      },
    });
    const optin = await render(html`<assent-optin channels="email sms"></assent-optin>`);
    const frequency = $<HTMLElement>(optin, '#channel-email-frequency');
    expect(frequency.textContent!.trim()).to.equal('About once a month');
    expect(checkbox(optin, 'email').getAttribute('aria-describedby')).to.contain(
      'channel-email-frequency',
    );
    expect(optin.shadowRoot!.querySelector('#channel-sms-frequency')).to.be.null;
    await subscribe(optin, 'email');
    await type(optin, 'email', 'jo@example.org');
    await submit(optin);
    expect(events[0]!.wording).to.contain(`[x] ${en['optin.channel.email']}\n  About once a month`);
  });

  describe('on a soft opt-in (basis="soft-opt-in")', () => {
    it('offers unticked "I do not want" boxes and says why the visitor may be contacted', async () => {
      await setup();
      const optin = await render(
        html`<assent-optin basis="soft-opt-in" channels="email sms post"></assent-optin>`,
      );
      expect(optin.effectiveBasis).to.equal('soft-opt-in');
      expect(labelOf(checkbox(optin, 'email'))).to.equal(en['optin.softOptOut.email']);
      expect(labelOf(checkbox(optin, 'sms'))).to.equal(en['optin.softOptOut.sms']);
      expect(labelOf(checkbox(optin, 'post'))).to.equal(en['optin.channel.post']);
      const boxes = [...optin.shadowRoot!.querySelectorAll<HTMLInputElement>('[type="checkbox"]')];
      expect(boxes.every((input) => !input.checked)).to.be.true;
      expect($(optin, '[part~="statement"]').textContent!.trim()).to.equal(
        en['optin.softStatement'],
      );
      await expectNoAxeViolations(optin);
    });

    it('records the kept channels with basis "soft-opt-in" and a ticked box as a denial', async () => {
      const { manager, events } = await setup();
      const optin = await render(
        html`<assent-optin basis="soft-opt-in" channels="email sms"></assent-optin>`,
      );
      await tick(optin, checkbox(optin, 'sms'));
      await type(optin, 'email', 'jo@example.org');
      await submit(optin);
      expect(events.map((event) => event.choices)).to.deep.equal([
        { channel: 'email', status: 'granted', basis: 'soft-opt-in' },
        { channel: 'sms', status: 'denied' },
      ]);
      expect(events[0]!.contact).to.deep.equal({ email: 'jo@example.org' });
      expect(events[0]!.wording).to.contain(`[ ] ${en['optin.softOptOut.email']}`);
      expect(events[0]!.wording).to.contain(`[x] ${en['optin.softOptOut.sms']}`);
      expect(manager.get().marketing.email.status).to.equal('granted');
      expect(manager.get().marketing.sms.status).to.equal('denied');
    });

    it('needs the address of a channel it keeps', async () => {
      const { events } = await setup();
      const optin = await render(
        html`<assent-optin basis="soft-opt-in" channels="email"></assent-optin>`,
      );
      await submit(optin);
      expect(events).to.have.length(0);
      expect($(optin, '#email-error').textContent).to.equal(en['optin.requiredEmail']);
    });
  });

  it('a scripted click on the button records nothing', async () => {
    const { events } = await setup();
    const optin = await render();
    await tick(optin, checkbox(optin, 'email'));
    await type(optin, 'email', 'jo@example.org');
    const console = captureConsole();
    try {
      $<HTMLButtonElement>(optin, '[part~="submit-button"]').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      console.restore();
    }
    expect(events).to.have.length(0);
    expect(console.warnings.join()).to.contain('scripted click');
  });

  it('Enter in a field submits the form', async () => {
    const { events } = await setup();
    const optin = await render();
    await subscribe(optin, 'email');
    await type(optin, 'email', 'jo@example.org');
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.have.length(1);
  });

  it('says "check your inbox" while a double opt-in is pending', async () => {
    const { manager, events } = await setup();
    const optin = await render();
    await subscribe(optin, 'email');
    await type(optin, 'email', 'jo@example.org');
    await submit(optin);
    // The endpoint answered `{ accepted: 1, duplicates: 0, pending: [id] }`.
    await manager.markPending([events[0]!.id]);
    await optin.updateComplete;
    expect(manager.get().marketing.email.status).to.equal('pending');
    expect($(optin, '[part~="result"]').textContent!.trim()).to.equal(en['optin.pending']);
    await expectNoAxeViolations(optin);
  });

  it('a later choice is never overwritten by a late pending answer', async () => {
    const { manager, events } = await setup();
    const optin = await render();
    await subscribe(optin, 'email');
    await type(optin, 'email', 'jo@example.org');
    await submit(optin);
    await manager.recordMarketing([{ channel: 'email', status: 'denied' }], {
      kind: 'unsubscribe',
    });
    await manager.markPending([events[0]!.id]);
    expect(manager.get().marketing.email.status).to.equal('denied');
  });

  it('has no axe violations, empty, with topics, with errors and after success', async () => {
    await setup();
    const optin = await render();
    await expectNoAxeViolations(optin);
    await subscribe(optin, 'email');
    await subscribe(optin, 'sms');
    await type(optin, 'email', 'nope');
    await submit(optin);
    await expectNoAxeViolations(optin);
    $(optin, '#email').select();
    await type(optin, 'email', 'jo@example.org');
    await type(optin, 'phone', '07911 123456');
    await submit(optin);
    expect($(optin, '[part~="result"]')).to.exist;
    await expectNoAxeViolations(optin);
  });

  it('is translated and follows right-to-left languages', async () => {
    document.documentElement.lang = 'ar';
    await setup();
    const optin = await render();
    const base = $(optin, '[part~="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect($(optin, '[part~="submit-button"]').textContent!.trim()).to.not.equal('Sign up');
    await expectNoAxeViolations(optin);
  });

  it('records the wording in the visitor’s language', async () => {
    document.documentElement.lang = 'fr';
    const { events } = await setup();
    const optin = await render();
    await subscribe(optin, 'email');
    await type(optin, 'email', 'jo@example.org');
    await submit(optin);
    expect(events[0]!.locale).to.equal('fr');
    expect(events[0]!.wording).to.contain('Événements près de chez vous');
    expect(events[0]!.wording).to.not.contain(en['optin.statement']);
  });

  it('ignores unknown channels with a warning', async () => {
    await setup();
    const console = captureConsole();
    let optin: AssentOptin;
    try {
      optin = await render(html`<assent-optin channels="email fax"></assent-optin>`);
    } finally {
      console.restore();
    }
    expect(optin.offeredChannels).to.deep.equal(['email']);
    expect(console.warnings.join()).to.contain('"fax"');
    expect(optin.shadowRoot!.querySelector('#phone')).to.be.null;
  });

  it('offers the configured channels when none are named', async () => {
    await setup();
    const optin = await render(html`<assent-optin></assent-optin>`);
    expect(optin.offeredChannels).to.deep.equal(['email', 'sms', 'post']);
  });

  it('keeps config text inert', async () => {
    await setup({
      marketing: {
        email: { topics: [{ id: 'x', label: '<img src=x onerror="window.pwned=1">' }] },
      },
    });
    const optin = await render(html`<assent-optin channels="email"></assent-optin>`);
    await tick(optin, checkbox(optin, 'email'));
    expect(optin.shadowRoot!.querySelector('img')).to.be.null;
    expect(labelOf(topic(optin, 'email', 'x')!)).to.contain('<img');
  });

  describe('inside a page form', () => {
    async function renderInForm() {
      // fixtureSync: a plain element's fixture waits for a frame, which background tabs skip.
      const form = fixtureSync<HTMLFormElement>(html`
        <form action="javascript:void 0">
          <label for="name">Name</label>
          <input id="name" name="name" value="Jo" />
          <assent-optin channels="email sms"></assent-optin>
          <button type="submit">Send</button>
        </form>
      `);
      const optin = form.querySelector('assent-optin')!;
      await optin.updateComplete;
      return { form, optin };
    }

    it('renders no form and no button of its own', async () => {
      await setup();
      const { optin } = await renderInForm();
      expect(optin.isEmbedded).to.be.true;
      expect(optin.form).to.equal(optin.closest('form'));
      expect(optin.shadowRoot!.querySelector('form, button')).to.be.null;
    });

    it('adds its choices and contact to the form’s data', async () => {
      await setup();
      const { form, optin } = await renderInForm();
      await subscribe(optin, 'email');
      await tick(optin, topic(optin, 'email', 'events')!);
      await type(optin, 'email', 'jo@example.org');
      await subscribe(optin, 'sms');
      await type(optin, 'phone', '07911123456');
      const data = new FormData(form);
      expect(data.get('assent-optin.email')).to.equal('granted');
      expect(data.getAll('assent-optin.email.topics')).to.deep.equal(['news', 'events']);
      expect(data.get('assent-optin.sms')).to.equal('granted');
      expect(data.get('assent-optin.contact.email')).to.equal('jo@example.org');
      expect(data.get('assent-optin.contact.phone')).to.equal('+447911123456');
      expect(data.get('name')).to.equal('Jo');
    });

    it('is valid with nothing ticked, and blocks the form while an address is missing', async () => {
      await setup();
      const { form, optin } = await renderInForm();
      expect(form.checkValidity()).to.be.true;
      await tick(optin, checkbox(optin, 'email'));
      expect(optin.checkValidity()).to.be.false;
      expect(form.checkValidity()).to.be.false;
      expect(form.reportValidity()).to.be.false;
      await optin.updateComplete;
      expect($(optin, '#email-error').textContent).to.equal(en['optin.requiredEmail']);
    });

    it('records when the page form is submitted valid by the visitor', async () => {
      const { events } = await setup();
      const { form, optin } = await renderInForm();
      await subscribe(optin, 'email');
      await type(optin, 'email', 'jo@example.org');
      const submitted = oneEvent(form, 'submit');
      await press(form.querySelector<HTMLButtonElement>('button')!, 'Enter');
      await submitted;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).to.have.length(1);
      expect(events[0]!.contact).to.deep.equal({ email: 'jo@example.org' });
    });

    it('records nothing when script clicks the page form’s button', async () => {
      const { events } = await setup();
      const { form, optin } = await renderInForm();
      await subscribe(optin, 'email');
      await type(optin, 'email', 'jo@example.org');
      const console = captureConsole();
      try {
        form.querySelector('button')!.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        console.restore();
      }
      expect(events).to.have.length(0);
      expect(console.warnings.join()).to.contain('submitted by script');
    });

    it('is reset with the form', async () => {
      await setup();
      const { form, optin } = await renderInForm();
      await tick(optin, checkbox(optin, 'email'));
      form.reset();
      await optin.updateComplete;
      expect(checkbox(optin, 'email').checked).to.be.false;
      expect([...new FormData(form).keys()]).to.deep.equal(['name']);
    });
  });
});
