import { aTimeout, expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/preferences/define-preferences.js';
import type { AssentPreferences } from '@assent/elements';
import type { ConsentManager } from '@assent/core';
import { serviceCatalogue } from '@assent/core/catalogue';
import { en } from '../../packages/core/src/i18n/en.js';
import { resetConsent, testConfig, useManager } from '../helpers/fixtures.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepActiveElement, press } from '../helpers/keyboard.js';
import { settle } from '../helpers/settle.js';

function part(element: AssentPreferences, name: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

function parts(element: AssentPreferences, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function categorySwitch(element: AssentPreferences, title: string): HTMLButtonElement {
  const heading = [...element.shadowRoot!.querySelectorAll('[part~="category-title"]')].find(
    (node) => node.textContent!.trim() === title,
  )!;
  return heading.closest('[part~="category"]')!.querySelector('[part~="category-switch"]')!;
}

function serviceSwitch(element: AssentPreferences, name: string): HTMLButtonElement {
  return element.shadowRoot!.querySelector(`[part~="service-switch"][aria-label="Allow ${name}"]`)!;
}

async function openPreferences(config: unknown = testConfig) {
  const manager = await useManager(config);
  const opener = fixtureSync<HTMLButtonElement>(html`<button>Cookie settings</button>`);
  const preferences = document.createElement('assent-preferences');
  document.body.append(preferences);
  await preferences.updateComplete;
  opener.focus();
  const shown = oneEvent(preferences, 'assent-show');
  manager.showPreferences(opener);
  await shown;
  return { manager, preferences, opener };
}

describe('<assent-preferences>', () => {
  let manager: ConsentManager;
  let preferences: AssentPreferences;
  let opener: HTMLButtonElement;

  beforeEach(async () => {
    ({ manager, preferences, opener } = await openPreferences());
  });

  afterEach(async () => {
    preferences.remove();
    resetConsent();
    await setViewport({ width: 800, height: 600 });
  });

  it('registers as assent-preferences', () => {
    expect(customElements.get('assent-preferences')).to.exist;
  });

  it('opens as a modal native dialog when the manager asks', () => {
    const dialog = part(preferences, 'base') as HTMLDialogElement;
    expect(dialog.localName).to.equal('dialog');
    expect(dialog.matches(':modal')).to.be.true;
    expect(preferences.open).to.be.true;
    expect(part(preferences, 'title').textContent!.trim()).to.equal('Cookie preferences');
  });

  it('has one switch per category, with its description', () => {
    const switches = parts(preferences, 'category-switch');
    expect(switches).to.have.length(3);
    for (const toggle of switches) {
      expect(toggle.getAttribute('role')).to.equal('switch');
      const description = preferences.shadowRoot!.getElementById(
        toggle.getAttribute('aria-describedby')!,
      );
      expect(description!.textContent!.trim()).to.not.equal('');
    }
  });

  it('shows necessary switched on and disabled', () => {
    const necessary = categorySwitch(preferences, 'Necessary');
    expect(necessary.getAttribute('aria-checked')).to.equal('true');
    expect(necessary.disabled).to.be.true;
    expect(part(preferences, 'always-on').textContent!.trim()).to.equal('Always on');
  });

  it('lists each service under its category with its purpose and own switch', () => {
    const analytics = categorySwitch(preferences, 'Analytics').closest('[part~="category"]')!;
    const service = analytics.querySelector('[part~="service"]')!;
    expect(service.querySelector('[part~="service-title"]')!.textContent).to.equal(
      'Google Analytics',
    );
    expect(service.querySelector('[part~="service-description"]')!.textContent).to.contain(
      'Counts visits',
    );
    expect(serviceSwitch(preferences, 'Google Analytics').getAttribute('role')).to.equal('switch');
  });

  it('switching a category with Space changes the draft, not the decision', async () => {
    const analytics = categorySwitch(preferences, 'Analytics');
    await press(analytics, 'Space');
    await preferences.updateComplete;
    expect(analytics.getAttribute('aria-checked')).to.equal('true');
    expect(serviceSwitch(preferences, 'Google Analytics').getAttribute('aria-checked')).to.equal(
      'true',
    );
    expect(manager.allowed('analytics')).to.be.false;
    expect(manager.needsDecision()).to.be.true;
  });

  it('"Save choices" commits the switches as they are', async () => {
    await press(categorySwitch(preferences, 'Analytics'), 'Enter');
    const hidden = oneEvent(preferences, 'assent-hide');
    await press(part(preferences, 'save-button'), 'Enter');
    expect((await hidden).detail).to.deep.equal({ view: 'preferences', source: 'save' });
    await aTimeout(0);
    expect(manager.allowed('analytics')).to.be.true;
    expect(manager.allowed('marketing')).to.be.false;
    expect(manager.getRecord().decidedAt).to.be.a('string');
  });

  it('a single service can be allowed while its category stays off', async () => {
    await press(serviceSwitch(preferences, 'YouTube'), 'Space');
    await press(part(preferences, 'save-button'), 'Enter');
    await aTimeout(0);
    expect(manager.allowed('youtube')).to.be.true;
    expect(manager.allowed('marketing')).to.be.false;
  });

  it('"Accept all" grants every category and closes', async () => {
    const hidden = oneEvent(preferences, 'assent-hide');
    await press(part(preferences, 'accept-button'), 'Enter');
    expect((await hidden).detail.source).to.equal('accept');
    expect(manager.allowed('marketing')).to.be.true;
    await preferences.updateComplete;
    expect((part(preferences, 'base') as HTMLDialogElement).open).to.be.false;
  });

  it('"Reject all" denies everything optional, even switches turned on', async () => {
    await press(categorySwitch(preferences, 'Marketing'), 'Space');
    const decided = oneEvent(preferences, 'assent-decision');
    await press(part(preferences, 'reject-button'), 'Enter');
    const event = await decided;
    expect(event.detail.action).to.equal('reject');
    expect(event.detail.wording).to.contain('Cookie preferences');
    expect(manager.allowed('marketing')).to.be.false;
    expect(manager.needsDecision()).to.be.false;
  });

  it('ignores a scripted click on "Save choices"', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      part(preferences, 'save-button').click();
    } finally {
      console.warn = warn;
    }
    await aTimeout(0);
    expect(manager.needsDecision()).to.be.true;
    expect(preferences.open).to.be.true;
  });

  it('Escape closes without saving, discards the draft and returns focus to the opener', async () => {
    await press(categorySwitch(preferences, 'Analytics'), 'Space');
    const hidden = oneEvent(preferences, 'assent-hide');
    await sendKeys({ press: 'Escape' });
    expect((await hidden).detail.source).to.equal('escape');
    await preferences.updateComplete;
    expect(preferences.open).to.be.false;
    expect(manager.needsDecision()).to.be.true;
    expect(manager.getDraft().categories.analytics).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it('"Close" closes without saving and returns focus to the opener', async () => {
    await press(part(preferences, 'close-button'), 'Enter');
    await preferences.updateComplete;
    expect(preferences.open).to.be.false;
    expect(manager.needsDecision()).to.be.true;
    expect(document.activeElement).to.equal(opener);
  });

  it('reopens with the committed choices, not an abandoned draft', async () => {
    await press(categorySwitch(preferences, 'Analytics'), 'Space');
    await sendKeys({ press: 'Escape' });
    await preferences.updateComplete;
    manager.showPreferences(opener);
    await preferences.updateComplete;
    expect(categorySwitch(preferences, 'Analytics').getAttribute('aria-checked')).to.equal('false');
  });

  it('puts focus inside the dialog when it opens, and Tab reaches the switches', async () => {
    expect(preferences.shadowRoot!.contains(deepActiveElement())).to.be.true;
    const seen = new Set<string | null>();
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      seen.add(deepActiveElement()!.getAttribute('role'));
    }
    expect(seen.has('switch')).to.be.true;
  });

  it('exposes every documented part', () => {
    for (const name of [
      'base',
      'header',
      'title',
      'close-button',
      'body',
      'text',
      'categories',
      'category',
      'category-title',
      'category-description',
      'always-on',
      'switch',
      'category-switch',
      'service-switch',
      'services',
      'service',
      'service-title',
      'service-description',
      'details-button',
      'details',
      'cookies',
      'footer',
      'button',
      'accept-button',
      'reject-button',
      'save-button',
    ]) {
      expect(part(preferences, name), name).to.exist;
    }
  });

  it('has no axe violations when open', async () => {
    await expectNoAxeViolations(preferences);
  });

  describe('details popover', () => {
    function detailsButton(): HTMLButtonElement {
      return part(preferences, 'details-button') as HTMLButtonElement;
    }
    function popover(): HTMLElement {
      return preferences.shadowRoot!.getElementById(
        detailsButton().getAttribute('aria-controls')!,
      )!;
    }

    it('opens beside the service with aria-expanded and lists its cookies readably', async () => {
      expect(detailsButton().getAttribute('aria-expanded')).to.equal('false');
      const shown = oneEvent(preferences, 'assent-show');
      await press(detailsButton(), 'Enter');
      expect((await shown).detail.view).to.equal('details');
      await preferences.updateComplete;
      expect(popover().matches(':popover-open')).to.be.true;
      expect(detailsButton().getAttribute('aria-expanded')).to.equal('true');
      const names = [...popover().querySelectorAll('tbody tr td:first-child')].map((cell) =>
        cell.textContent!.trim(),
      );
      expect(names).to.deep.equal(['_ga', '_ga_*']);
      expect(popover().textContent).to.contain('2 years');
    });

    it('has no axe violations with the popover open', async () => {
      await press(detailsButton(), 'Enter');
      await preferences.updateComplete;
      await expectNoAxeViolations(preferences);
    });

    it('closes on Escape and leaves the preferences open', async () => {
      await press(detailsButton(), 'Enter');
      await sendKeys({ press: 'Escape' });
      await preferences.updateComplete;
      expect(popover().matches(':popover-open')).to.be.false;
      expect(detailsButton().getAttribute('aria-expanded')).to.equal('false');
      expect(preferences.open).to.be.true;
    });

    it('closes on a click outside it', async () => {
      await press(detailsButton(), 'Enter');
      const title = part(preferences, 'title').getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(title.left + 5), Math.round(title.top + 5)],
      });
      await preferences.updateComplete;
      expect(popover().matches(':popover-open')).to.be.false;
      expect(preferences.open).to.be.true;
    });

    it('stays inside a 320 px wide viewport', async () => {
      await setViewport({ width: 320, height: 560 });
      await press(detailsButton(), 'Enter');
      await aTimeout(50);
      const rect = popover().getBoundingClientRect();
      expect(rect.left).to.be.at.least(0);
      expect(rect.right).to.be.at.most(innerWidth);
      expect(rect.top).to.be.at.least(0);
      expect(rect.bottom).to.be.at.most(innerHeight);
    });
  });

  describe('layout and languages', () => {
    it('fits 320 px without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 560 });
      await settle();
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      const dialog = part(preferences, 'base').getBoundingClientRect();
      expect(dialog.right).to.be.at.most(innerWidth);
      const body = part(preferences, 'body');
      expect(body.scrollWidth).to.be.at.most(body.clientWidth);
    });

    it('fits at 200% zoom without sideways scrolling', async () => {
      await setViewport({ width: 640, height: 400 });
      document.documentElement.style.zoom = '2';
      await settle();
      expect(document.documentElement.scrollWidth).to.be.at.most(
        document.documentElement.clientWidth,
      );
      const body = part(preferences, 'body');
      expect(body.scrollWidth).to.be.at.most(body.clientWidth);
    });
  });
});

describe('<assent-preferences> in other languages', () => {
  afterEach(async () => {
    document.querySelectorAll('assent-preferences').forEach((element) => element.remove());
    resetConsent();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows German buttons on a German page', async () => {
    document.documentElement.lang = 'de';
    const { preferences } = await openPreferences();
    expect(part(preferences, 'save-button').textContent!.trim()).to.equal('Auswahl speichern');
    expect(part(preferences, 'accept-button').textContent!.trim()).to.equal('Alle akzeptieren');
  });

  it('renders right to left in Arabic, and places the popover from the right', async () => {
    await setViewport({ width: 1280, height: 800 });
    document.documentElement.lang = 'ar';
    const { preferences } = await openPreferences();
    const dialog = part(preferences, 'base');
    expect(dialog.getAttribute('dir')).to.equal('rtl');
    const button = part(preferences, 'details-button');
    await press(button, 'Enter');
    await aTimeout(50);
    const popover = part(preferences, 'details');
    // bottom-start in right-to-left: the popover's right edge lines up with the button's.
    expect(
      Math.abs(popover.getBoundingClientRect().right - button.getBoundingClientRect().right),
    ).to.be.lessThan(2);
    await expectNoAxeViolations(preferences);
  });

  it('renders HTML in service text as inert text', async () => {
    const { preferences } = await openPreferences({
      ...testConfig,
      services: {
        evil: {
          category: 'analytics',
          title: '<img src=x onerror="window.__pwned=1">Evil',
          description: '<b>bold</b>',
          cookies: [],
        },
      },
    });
    const title = part(preferences, 'service-title');
    expect(title.querySelector('img')).to.be.null;
    expect(title.textContent).to.contain('<img');
    expect(part(preferences, 'service-description').querySelector('b')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('shows a catalogued service’s provider, privacy notice and cookie durations', async () => {
    const { preferences } = await openPreferences({
      ...testConfig,
      services: serviceCatalogue.resolve({ 'google-analytics': {} }).services,
    });
    await press(part(preferences, 'details-button'), 'Enter');
    await preferences.updateComplete;
    const provider = part(preferences, 'provider');
    expect(provider.textContent).to.contain('Google LLC');
    const link = provider.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://policies.google.com/privacy');
    expect(link.textContent).to.equal('Privacy notice');
    const table = part(preferences, 'details').querySelector('[part~="cookies"]')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()),
    );
    // Name, provider, purpose and duration, every one from the catalogue's data.
    const ga = rows.find((row) => row[0] === '_ga')!;
    expect(ga[1]).to.equal('Google LLC');
    expect(ga[2]).to.not.equal('—');
    expect(ga[3]).to.equal('2 years');
    expect(rows.find((row) => row[0] === '_gid')![3]).to.equal('1 day');
    expect(rows.every((row) => row.every((cell) => cell && cell !== '—'))).to.be.true;
    const heads = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent!.trim());
    expect(heads).to.deep.equal(['Name', 'Provider', 'Purpose', 'Duration']);
    await expectNoAxeViolations(preferences);
  });

  it('shows cookie durations given as data in the page’s language', async () => {
    document.documentElement.lang = 'de';
    const { preferences } = await openPreferences({
      ...testConfig,
      services: {
        chat: {
          category: 'analytics',
          title: 'Chat',
          cookies: [
            { name: 'chat_id', duration: { days: 365 } },
            { name: 'chat_session', duration: { session: true } },
          ],
        },
      },
    });
    const table = part(preferences, 'details').querySelector('[part~="cookies"]')!;
    const durations = [...table.querySelectorAll('tbody tr')].map((row) =>
      row.querySelectorAll('td')[3]!.textContent!.trim(),
    );
    expect(durations).to.deep.equal(['1 Jahr', 'Bis Sie den Browser schließen']);
  });

  it('lists the library’s own cookie under Necessary, with its provider, purpose and lifetime', async () => {
    const { preferences } = await openPreferences({ ...testConfig, controller: 'Acme Homes Ltd' });
    const necessary = categorySwitch(preferences, 'Necessary').closest('[part~="category"]')!;
    const rows = [...necessary.querySelectorAll('[part~="cookies"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()),
    );
    expect(rows).to.have.length(1);
    const [name, provider, purpose, duration] = rows[0]!;
    expect(name).to.match(/^assent/);
    expect(provider).to.equal('Acme Homes Ltd');
    expect(purpose).to.equal(en['preferences.ownCookie']);
    expect(duration).to.equal('1 year');
    await expectNoAxeViolations(preferences);
  });

  it('keeps cookie names and lifetimes left to right in Arabic', async () => {
    document.documentElement.lang = 'ar';
    const { preferences } = await openPreferences();
    await press(part(preferences, 'details-button'), 'Enter');
    await aTimeout(50);
    const table = part(preferences, 'details').querySelector('[part~="cookies"]')!;
    const cells = [...table.querySelector('tbody tr')!.querySelectorAll('td')];
    const name = cells[0]!.querySelector('bdi')!;
    expect(name.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(name).unicodeBidi).to.equal('isolate');
    expect(name.textContent!.trim()).to.equal('_ga');
    // "2 years" from the config, in Arabic and isolated, so its own direction holds.
    const duration = cells[3]!.querySelector('bdi')!;
    expect(getComputedStyle(duration).unicodeBidi).to.equal('isolate');
    expect(duration.textContent).to.equal('سنتان');
    // The rendered order of "_ga" is left to right: "_" sits left of "ga".
    const range = document.createRange();
    const code = [...name.querySelector('code')!.childNodes].find(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent,
    )!;
    range.setStart(code, 0);
    range.setEnd(code, 1);
    const underscore = range.getBoundingClientRect();
    range.setStart(code, 1);
    range.setEnd(code, 3);
    expect(underscore.left).to.be.below(range.getBoundingClientRect().left);
  });

  it('records every category’s and service’s text and switch with "Save choices"', async () => {
    const { manager, preferences } = await openPreferences({
      ...testConfig,
      services: {
        ...testConfig.services,
        youtube: {
          ...testConfig.services.youtube,
          privacyPolicyUrl: 'https://policies.google.com/privacy',
        },
      },
    });
    await press(categorySwitch(preferences, 'Analytics'), 'Space');
    const sent = new Promise<string>((resolve) =>
      preferences.addEventListener('assent-decision', (event) => resolve(event.detail.wording), {
        once: true,
      }),
    );
    await press(part(preferences, 'save-button'), 'Enter');
    const wording = await sent;
    expect(wording.split('\n')).to.deep.equal([
      en['preferences.title'],
      en['preferences.text'],
      `[x] Necessary: ${en['category.necessary.description']}`,
      `[x] Analytics: ${en['category.analytics.description']}`,
      '  [x] Google Analytics: Counts visits to learn which pages are useful.',
      `[ ] Marketing: ${en['category.marketing.description']}`,
      '  [ ] YouTube: Plays embedded videos.',
      '    Privacy notice: https://policies.google.com/privacy',
      'Save choices',
    ]);
    expect(manager.get().categories.analytics).to.be.true;
  });

  it('says why a category open to objection is on, and records it', async () => {
    const { manager, preferences } = await openPreferences({
      ...testConfig,
      categories: { necessary: {}, analytics: { basis: 'objection' }, marketing: {} },
    });
    const analytics = categorySwitch(preferences, 'Analytics');
    // On before any choice (the law allows it unless the visitor objects), and it says so.
    expect(analytics.getAttribute('aria-checked')).to.equal('true');
    const note = part(preferences, 'category-basis');
    expect(note.textContent!.trim()).to.equal('On unless you object. Switch it off to object.');
    expect(note.closest('[part~="category"]')).to.equal(analytics.closest('[part~="category"]'));
    expect(analytics.getAttribute('aria-describedby')!.split(' ')).to.include(note.id);
    expect(categorySwitch(preferences, 'Marketing').getAttribute('aria-checked')).to.equal('false');
    expect(parts(preferences, 'category-basis')).to.have.length(1);
    await expectNoAxeViolations(preferences);
    // Switching it off objects; the recorded wording carries the note.
    await press(analytics, 'Space');
    const sent = new Promise<string>((resolve) =>
      preferences.addEventListener('assent-decision', (event) => resolve(event.detail.wording), {
        once: true,
      }),
    );
    await press(part(preferences, 'save-button'), 'Enter');
    const lines = (await sent).split('\n');
    expect(lines).to.include(`[ ] Analytics: ${en['category.analytics.description']}`);
    expect(
      lines[lines.indexOf(`[ ] Analytics: ${en['category.analytics.description']}`) + 1],
    ).to.equal(`  ${en['preferences.objection']}`);
    expect(manager.get().categories.analytics).to.be.false;
  });
});
