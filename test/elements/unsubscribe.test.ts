import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  ConsentManager,
  fetchPreferences,
  memoryStore,
  type ConsentEvent,
  type PreferencesView,
} from '@assent/core';
import { setDefaultManager, type AssentUnsubscribe } from '@assent/elements';
import '../../packages/elements/src/unsubscribe/define-unsubscribe.js';
import { en } from '../../packages/core/src/i18n/en.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { captureConsole } from '../helpers/console.js';
import { resetConsent } from '../helpers/fixtures.js';
import { deepActiveElement, press } from '../helpers/keyboard.js';

const config = {
  revision: '2024-01',
  privacyPolicyUrl: '/privacy',
  marketing: {
    email: {
      topics: [
        { id: 'news', label: 'News and updates' },
        { id: 'events', label: { en: 'Events near you', fr: 'Événements près de chez vous' } },
      ],
    },
    sms: { topics: [{ id: 'alerts', label: 'Service alerts' }] },
    post: {},
  },
};

interface Link {
  api: string;
  email: string;
  token: string;
  expiredToken: string;
  invalidToken: string;
  topicToken: string;
}

/** A fresh contact on the reference server, opted in to email news and events and to post. */
async function createLink(body: object = {}): Promise<Link> {
  const response = await fetch('/__preferences/fixture', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as Link;
}

async function setup() {
  const events: ConsentEvent[] = [];
  const manager = new ConsentManager({
    config,
    storage: memoryStore(),
    syncTabs: false,
    sink: { enqueue: async (batch) => void events.push(...batch) },
  });
  await manager.ready;
  setDefaultManager(manager);
  return { manager, events };
}

async function render(template: ReturnType<typeof html>) {
  const element = await fixture<AssentUnsubscribe>(template);
  await element.updateComplete;
  return element;
}

const part = <T extends Element = HTMLElement>(element: AssentUnsubscribe, name: string) =>
  element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

function channel(element: AssentUnsubscribe, name: string) {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="channel"]')].find(
    (item) => text(item.querySelector('[part~="channel-title"]')) === name,
  );
}

function topic(element: AssentUnsubscribe, label: string) {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="topic"]')].find(
    (item) => text(item.querySelector('[part~="topic-label"]')) === label,
  );
}

const statusOf = (item: HTMLElement | undefined) => text(item?.querySelector('[part~="status"]'));

function buttonNamed(element: AssentUnsubscribe, name: string): HTMLButtonElement {
  const button = [...element.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => text(candidate) === name,
  );
  if (!button) throw new Error(`No button "${name}"`);
  return button;
}

/** Clicks as a visitor does (Enter on the focused button) and waits for the confirmation. */
async function choose(element: AssentUnsubscribe, name: string, expected: string) {
  await press(buttonNamed(element, name), 'Enter');
  await waitUntil(() => text(part(element, 'notice')?.querySelector('p')) === expected, expected, {
    timeout: 5000,
  });
}

const serverStatus = (view: PreferencesView, channelName: 'email' | 'post', id?: string) =>
  id
    ? view.channels[channelName]!.topics.find((item) => item.id === id)?.status
    : view.channels[channelName]!.status;

describe('<assent-unsubscribe>', () => {
  before(async function () {
    // The first request starts the reference server (a few seconds for its embedded database).
    this.timeout(60000);
    await createLink();
  });

  afterEach(() => {
    resetConsent();
    document.documentElement.lang = 'en';
  });

  it('registers as assent-unsubscribe', () => {
    expect(customElements.get('assent-unsubscribe')).to.exist;
  });

  describe('from a signed link', () => {
    it('shows every channel and topic of the link’s contact with its status', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.token}></assent-unsubscribe>`,
      );
      expect(text(part(element, 'contact'))).to.match(/^Preferences for t\*+@example\.org$/);
      expect(statusOf(channel(element, 'Email'))).to.equal('Subscribed');
      expect(statusOf(topic(element, 'News and updates'))).to.equal('Subscribed');
      expect(statusOf(topic(element, 'Events near you'))).to.equal('Subscribed');
      expect(statusOf(channel(element, 'Post'))).to.equal('Subscribed');
      // An email contact cannot be reached by SMS: the channel is not offered.
      expect(channel(element, 'SMS') === undefined, 'sms is not shown').to.be.true;
      expect(buttonNamed(element, 'Unsubscribe from everything')).to.exist;
      expect(buttonNamed(element, 'Unsubscribe from News and updates')).to.exist;
      expect(buttonNamed(element, 'Unsubscribe from all emails')).to.exist;
      await expectNoAxeViolations(element);
    });

    it('opening the link changes nothing', async () => {
      await setup();
      const link = await createLink();
      await render(
        html`<assent-unsubscribe api=${link.api} token=${link.token}></assent-unsubscribe>`,
      );
      const view = await fetchPreferences(link.api, link.token);
      expect(serverStatus(view, 'email')).to.equal('granted');
      expect(serverStatus(view, 'email', 'news')).to.equal('granted');
    });

    it('unsubscribes from one topic, and undo subscribes again', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.token}></assent-unsubscribe>`,
      );
      const changed = oneEvent(element, 'assent-unsubscribe');
      await choose(
        element,
        'Unsubscribe from News and updates',
        'You have been unsubscribed from “News and updates”.',
      );
      expect((await changed).detail).to.deep.equal({
        changes: [{ channel: 'email', topics: ['news'], status: 'denied' }],
        undo: false,
        token: true,
      });
      expect(deepActiveElement()).to.equal(part(element, 'notice'));
      expect(statusOf(topic(element, 'News and updates'))).to.equal('Unsubscribed');
      expect(statusOf(topic(element, 'Events near you'))).to.equal('Subscribed');
      let view = await fetchPreferences(link.api, link.token);
      expect(serverStatus(view, 'email', 'news')).to.equal('denied');
      expect(serverStatus(view, 'email', 'events')).to.equal('granted');
      await expectNoAxeViolations(element);

      await choose(element, 'Undo', 'Your subscription to “News and updates” has been restored.');
      expect(statusOf(topic(element, 'News and updates'))).to.equal('Subscribed');
      view = await fetchPreferences(link.api, link.token);
      expect(serverStatus(view, 'email', 'news')).to.equal('granted');
      expect(serverStatus(view, 'email', 'events')).to.equal('granted');
    });

    it('unsubscribes from a whole channel, and undo restores its topics', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.token}></assent-unsubscribe>`,
      );
      await choose(
        element,
        'Unsubscribe from all emails',
        'You will no longer receive marketing emails from us.',
      );
      expect(statusOf(channel(element, 'Email'))).to.equal('Unsubscribed');
      expect(statusOf(channel(element, 'Post'))).to.equal('Subscribed');
      let view = await fetchPreferences(link.api, link.token);
      expect(serverStatus(view, 'email')).to.equal('denied');
      expect(serverStatus(view, 'post')).to.equal('granted');

      await choose(element, 'Undo', 'You will receive our marketing emails again.');
      view = await fetchPreferences(link.api, link.token);
      expect(serverStatus(view, 'email')).to.equal('granted');
      expect(serverStatus(view, 'email', 'news')).to.equal('granted');
      expect(serverStatus(view, 'email', 'events')).to.equal('granted');
    });

    it('says what a channel unsubscribe did in a whole sentence of the page language', async () => {
      await setup();
      document.documentElement.lang = 'de';
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.token}></assent-unsubscribe>`,
      );
      expect(buttonNamed(element, 'Alle E-Mails abbestellen')).to.exist;
      await choose(
        element,
        'Alle E-Mails abbestellen',
        'Sie erhalten von uns keine Werbe-E-Mails mehr.',
      );
      await choose(element, 'Rückgängig machen', 'Sie erhalten unsere Werbe-E-Mails wieder.');
    });

    it('unsubscribes from everything in one click, and undo restores it all', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.token}></assent-unsubscribe>`,
      );
      await choose(
        element,
        'Unsubscribe from everything',
        'You have been unsubscribed from everything.',
      );
      let view = await fetchPreferences(link.api, link.token);
      expect(serverStatus(view, 'email')).to.equal('denied');
      expect(serverStatus(view, 'post')).to.equal('denied');
      expect(text(part(element, 'nothing'))).to.be.undefined;
      expect(part(element, 'everything-button')).to.be.null;
      await expectNoAxeViolations(element);

      await choose(element, 'Undo', 'Your subscriptions have been restored.');
      view = await fetchPreferences(link.api, link.token);
      expect(serverStatus(view, 'email')).to.equal('granted');
      expect(serverStatus(view, 'post')).to.equal('granted');
    });

    it('takes the token from the page address', async () => {
      await setup();
      const link = await createLink();
      const before = location.href;
      history.replaceState(null, '', `?token=${encodeURIComponent(link.token)}`);
      try {
        const element = await render(
          html`<assent-unsubscribe api=${link.api}></assent-unsubscribe>`,
        );
        expect(element.activeToken).to.equal(link.token);
        expect(statusOf(channel(element, 'Email'))).to.equal('Subscribed');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('a link for one topic offers only that topic', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.topicToken}></assent-unsubscribe>`,
      );
      const buttons = [...element.shadowRoot!.querySelectorAll('button')].map(text);
      expect(buttons).to.deep.equal(['Unsubscribe from News and updates']);
      expect(channel(element, 'Post') === undefined, 'post is not shown').to.be.true;
    });

    it('an invalid link says so and how to get a new one', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.invalidToken}></assent-unsubscribe>`,
      );
      const problem = part(element, 'problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(text(problem)).to.equal(en['unsubscribe.invalidToken']);
      expect(text(part(element, 'request-link'))).to.contain(en['unsubscribe.requestLink']);
      expect(part<HTMLAnchorElement>(element, 'privacy-link')!.getAttribute('href')).to.equal(
        '/privacy',
      );
      expect(element.shadowRoot!.querySelector('[part~="channel"]')).to.be.null;
      await expectNoAxeViolations(element);
    });

    it('a garbled token is invalid too', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token="not-a-token"></assent-unsubscribe>`,
      );
      expect(text(part(element, 'problem'))).to.equal(en['unsubscribe.invalidToken']);
    });

    it('an expired link says it has expired, with the site’s own way to ask', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.expiredToken}
          ><a slot="request-link" href="/contact">Ask for a new link</a></assent-unsubscribe
        >`,
      );
      expect(text(part(element, 'problem'))).to.equal(en['unsubscribe.expiredToken']);
      const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="request-link"]')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal([
        'Ask for a new link',
      ]);
      await expectNoAxeViolations(element);
    });

    it('an unreachable server gets an apology and a way to try again', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe
          api="http://127.0.0.1:9"
          token=${link.token}
        ></assent-unsubscribe>`,
      );
      expect(text(part(element, 'problem'))).to.equal(en['unsubscribe.error']);
      const retry = part<HTMLButtonElement>(element, 'retry-button')!;
      expect(text(retry)).to.equal('Try again');
      await expectNoAxeViolations(element);
      element.api = link.api;
      await element.updateComplete;
      expect(statusOf(channel(element, 'Email'))).to.equal('Subscribed');
    });

    it('a scripted click on undo subscribes no one again', async () => {
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.token}></assent-unsubscribe>`,
      );
      await choose(
        element,
        'Unsubscribe from all emails',
        'You will no longer receive marketing emails from us.',
      );
      const console = captureConsole();
      try {
        buttonNamed(element, 'Undo').click();
        await new Promise((resolve) => setTimeout(resolve, 200));
      } finally {
        console.restore();
      }
      expect(console.warnings.join()).to.contain('scripted click');
      const view = await fetchPreferences(link.api, link.token);
      expect(serverStatus(view, 'email')).to.equal('denied');
    });

    it('speaks the page’s language', async () => {
      document.documentElement.lang = 'fr';
      await setup();
      const link = await createLink();
      const element = await render(
        html`<assent-unsubscribe api=${link.api} token=${link.token}></assent-unsubscribe>`,
      );
      expect(text(part(element, 'title'))).to.equal('Vos préférences de communication');
      expect(topic(element, 'Événements près de chez vous')).to.exist;
      await expectNoAxeViolations(element);
    });
  });

  describe('without a token', () => {
    async function optedIn() {
      const setupResult = await setup();
      await setupResult.manager.recordMarketing(
        [
          { channel: 'email', status: 'granted', topics: ['news', 'events'] },
          { channel: 'sms', status: 'granted', topics: ['alerts'] },
        ],
        { contact: { email: 'jo@example.org', phone: '+447911123456' } },
      );
      setupResult.events.length = 0;
      return setupResult;
    }

    it('shows this browser’s own channels and topics', async () => {
      await optedIn();
      const element = await render(html`<assent-unsubscribe></assent-unsubscribe>`);
      expect(part(element, 'contact')).to.be.null;
      expect(statusOf(channel(element, 'Email'))).to.equal('Subscribed');
      expect(statusOf(topic(element, 'Service alerts'))).to.equal('Subscribed');
      expect(statusOf(channel(element, 'Post'))).to.equal('Sent unless you object');
      await expectNoAxeViolations(element);
    });

    it('unsubscribes from a topic through the manager, and undo restores it', async () => {
      const { manager, events } = await optedIn();
      const element = await render(html`<assent-unsubscribe></assent-unsubscribe>`);
      await choose(
        element,
        'Unsubscribe from Events near you',
        'You have been unsubscribed from “Events near you”.',
      );
      expect(events).to.have.length(1);
      expect(events[0]!.kind).to.equal('unsubscribe');
      expect(events[0]!.method).to.equal('unsubscribe');
      expect(events[0]!.choices).to.deep.equal({
        channel: 'email',
        status: 'denied',
        topics: ['events'],
      });
      expect(events[0]!.wording).to.contain('Unsubscribe from Events near you');
      expect(manager.get().marketing.email.topics).to.deep.equal(['news']);
      expect(statusOf(topic(element, 'Events near you'))).to.equal('Unsubscribed');

      await choose(element, 'Undo', 'Your subscription to “Events near you” has been restored.');
      expect(events).to.have.length(2);
      expect(events[1]!.kind).to.equal('marketing');
      expect(events[1]!.choices).to.deep.equal({
        channel: 'email',
        status: 'granted',
        topics: ['news', 'events'],
      });
      expect(manager.get().marketing.email.status).to.equal('granted');
      expect(manager.get().marketing.email.topics).to.deep.equal(['news', 'events']);
    });

    it('unsubscribes from a channel', async () => {
      const { manager, events } = await optedIn();
      const element = await render(html`<assent-unsubscribe></assent-unsubscribe>`);
      await choose(
        element,
        'Unsubscribe from all text messages',
        'You will no longer receive marketing text messages from us.',
      );
      expect(events[0]!.choices).to.deep.equal({ channel: 'sms', status: 'denied' });
      expect(manager.get().marketing.sms.status).to.equal('denied');
      expect(manager.get().marketing.email.status).to.equal('granted');
    });

    it('unsubscribes from everything, post included, and undo restores it', async () => {
      const { manager, events } = await optedIn();
      const element = await render(html`<assent-unsubscribe></assent-unsubscribe>`);
      await choose(
        element,
        'Unsubscribe from everything',
        'You have been unsubscribed from everything.',
      );
      expect(events.map((event) => event.choices.channel)).to.deep.equal(['email', 'sms', 'post']);
      const { marketing } = manager.get();
      expect([marketing.email.status, marketing.sms.status, marketing.post.status]).to.deep.equal([
        'denied',
        'denied',
        'denied',
      ]);
      await choose(element, 'Undo', 'Your subscriptions have been restored.');
      const restored = manager.get().marketing;
      expect(restored.email).to.include({ status: 'granted' });
      expect(restored.email.topics).to.deep.equal(['news', 'events']);
      expect(restored.sms.topics).to.deep.equal(['alerts']);
    });

    it('says when there is nothing left to unsubscribe from', async () => {
      const { manager } = await setup();
      await manager.recordMarketing([{ channel: 'post', status: 'denied' }]);
      const element = await render(
        html`<assent-unsubscribe channels="email post"></assent-unsubscribe>`,
      );
      expect(text(part(element, 'nothing'))).to.equal(en['unsubscribe.nothing']);
      expect(element.shadowRoot!.querySelectorAll('button')).to.have.length(0);
      expect(statusOf(channel(element, 'Email'))).to.equal('Not subscribed');
      expect(channel(element, 'SMS') === undefined, 'sms is not shown').to.be.true;
      await expectNoAxeViolations(element);
    });
  });
});
