import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AssentRights } from '@assent/elements';
import '../../packages/elements/src/rights/define-rights.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

// The real reference server behind the test runner (test/helpers/preferences-plugin.mjs),
// with a real SMTP server receiving its mail.
const API = '/__preferences';

const newEmail = () => `rights-${crypto.randomUUID()}@example.org`;

async function mount() {
  const el = await fixture<AssentRights>(html`<assent-rights api=${API}></assent-rights>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element>(el: AssentRights, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function mailsTo(email: string): Promise<{ raw: string }[]> {
  const response = await fetch(`${API}/mails?to=${encodeURIComponent(email)}`);
  return (await response.json()) as { raw: string }[];
}

describe('<assent-rights>', () => {
  before(async function () {
    // The first request starts the reference server (seconds for its embedded database).
    this.timeout(120_000);
    await fetch(`${API}/fixture`, { method: 'POST', body: '{}' });
  });

  it('offers both requests with nothing chosen, labelled fields, and no axe violations', async () => {
    const el = await mount();
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal([
      'Get a copy of my data',
      'Delete my data',
    ]);
    expect(
      radios.every((r) => !r.checked),
      'nothing pre-selected',
    ).to.equal(true);
    expect($(el, 'label[for="email"]').textContent).to.contain('Email address');
    await expectNoAxeViolations(el);
  });

  it('says what is missing next to each field and sends nothing', async () => {
    const el = await mount();
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect($(el, '#type-error').textContent).to.contain('Choose what you would like');
    $<HTMLInputElement>(el, 'input[value="access"]').click();
    const input = $<HTMLInputElement>(el, '#email');
    input.focus();
    await sendKeys({ type: 'not-an-address' });
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#email-error').textContent).to.contain('name@example.com');
    expect(el.shadowRoot!.activeElement).to.equal(input, 'focus moves to the field');
    await expectNoAxeViolations(el);
  });

  it('sends the request, says to check the inbox, and the server mails a verification link', async function () {
    this.timeout(40_000); // the server starts on first use
    const el = await mount();
    const email = newEmail();
    $<HTMLInputElement>(el, 'input[value="erasure"]').click();
    $<HTMLInputElement>(el, '#email').focus();
    await sendKeys({ type: email });
    const requested = oneEvent(el, 'assent-rights-request');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="status"]'), 'an answer', {
      timeout: 30_000,
    });
    expect($(el, '[part="status"]').textContent).to.contain('Check your inbox');
    const event = (await requested) as CustomEvent<{ type: string }>;
    expect(event.detail.type).to.equal('erasure');
    await el.updateComplete;
    const status = $(el, '[part="status"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain(email);
    await expectNoAxeViolations(el);
    let found: { raw: string }[] = [];
    for (let i = 0; i < 150 && found.length === 0; i++) {
      found = await mailsTo(email);
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const [mail] = found;
    expect(mail, 'the verification mail').to.exist;
    expect(mail!.raw).to.contain('delete the data');
    const token = /verify\?token=([A-Za-z0-9_-]{43})/.exec(
      mail!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='),
    )?.[1];
    expect(token, 'a verification link').to.be.a('string');
    const verified = await fetch(`${API}/v1/requests/verify?token=${token}`, { method: 'POST' });
    expect(((await verified.json()) as { verified: boolean }).verified).to.equal(true);
  });

  it('tells the person when the server cannot take the request, and keeps what they typed', async () => {
    const el = await fixture<AssentRights>(
      html`<assent-rights api="/__nowhere-at-all"></assent-rights>`,
    );
    $<HTMLInputElement>(el, 'input[value="access"]').click();
    $<HTMLInputElement>(el, '#email').focus();
    await sendKeys({ type: 'ann@example.org' });
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the failure');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('ann@example.org');
    await expectNoAxeViolations(el);
  });

  describe('in the page’s language', () => {
    let lang: string;
    beforeEach(() => (lang = document.documentElement.lang));
    afterEach(() => (document.documentElement.lang = lang));

    it('speaks Polish on a Polish page, from the Polish table', async () => {
      document.documentElement.lang = 'pl';
      const el = await mount();
      expect($(el, '[part="title"]').textContent).to.equal('Państwa dane');
      const radios = [...el.shadowRoot!.querySelectorAll('input[type="radio"]')];
      expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal([
        'Otrzymać kopię moich danych',
        'Usunąć moje dane',
      ]);
      expect($(el, '[part="base"]').getAttribute('lang')).to.equal('pl');
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await el.updateComplete;
      expect($(el, '#type-error').textContent).to.contain('Prosimy wybrać');
      await expectNoAxeViolations(el);
    });

    it('is right to left in Arabic, the address kept left to right, and the mail is in Arabic', async function () {
      this.timeout(40_000);
      document.documentElement.lang = 'ar';
      const el = await mount();
      expect($(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect($(el, '#email').getAttribute('dir')).to.equal('ltr');
      const email = newEmail();
      $<HTMLInputElement>(el, 'input[value="access"]').click();
      $<HTMLInputElement>(el, '#email').focus();
      await sendKeys({ type: email });
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="status"]'), 'an answer', {
        timeout: 30_000,
      });
      expect($(el, '[part="status"]').textContent).to.contain(`\u2068${email}\u2069`);
      expect($(el, '[part="status"]').textContent).to.contain('تحقّق من بريدك الوارد');
      let found: { raw: string }[] = [];
      for (let i = 0; i < 150 && found.length === 0; i++) {
        found = await mailsTo(email);
        if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(found[0]!.raw).to.contain('lang=3D"ar"');
    });

    it('follows a change of the page’s language', async () => {
      const el = await mount();
      expect($(el, '[part="title"]').textContent).to.equal('Your data');
      document.documentElement.lang = 'de';
      await waitUntil(() => $(el, '[part="title"]').textContent === 'Ihre Daten', 'German');
    });
  });

  describe('with contact="phone"', () => {
    // A fresh number in a range libphonenumber knows as mobile (07400 …).
    const newPhone = () => `+44740${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

    it('asks for a mobile number, refuses one that is not, and sends a text with the link', async function () {
      this.timeout(40_000);
      const el = await fixture<AssentRights>(
        html`<assent-rights api=${API} contact="phone" country="GB"></assent-rights>`,
      );
      await el.updateComplete;
      expect($(el, 'label[for="email"]').textContent).to.contain('Mobile number');
      expect($(el, '[part="text"]').textContent).to.contain('We text you a link');
      const input = $<HTMLInputElement>(el, '#email');
      expect(input.type).to.equal('tel');
      $<HTMLInputElement>(el, 'input[value="access"]').click();
      input.focus();
      await sendKeys({ type: '0123' });
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#email-error'), 'the error', {
        timeout: 15_000,
      });
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#email-error').textContent).to.contain('mobile number');

      const phone = newPhone();
      input.value = '';
      input.dispatchEvent(new Event('input'));
      input.focus();
      // Written the way people in the UK write it: national, with a space.
      await sendKeys({ type: `0${phone.slice(3, 7)} ${phone.slice(7)}` });
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="status"]'), 'an answer', {
        timeout: 30_000,
      });
      expect($(el, '[part="status"]').textContent).to.contain('Check your text messages');
      let texts: { body: string }[] = [];
      for (let i = 0; i < 150 && texts.length === 0; i++) {
        texts = (await (await fetch(`${API}/texts?to=${encodeURIComponent(phone)}`)).json()) as {
          body: string;
        }[];
        if (texts.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(texts[0]!.body).to.contain('copy of the data we hold about ' + phone);
      expect(texts[0]!.body).to.match(/\/v1\/requests\/verify\?token=[A-Za-z0-9_-]{43}/);
      await expectNoAxeViolations(el);
    });
  });
});
