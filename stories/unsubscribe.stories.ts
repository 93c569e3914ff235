import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PreferencesView } from '@assent/core';
import type { AssentUnsubscribe } from '@assent/elements';
import { html } from 'lit';
import '@assent/elements/define';
import { marketingManager } from './marketing-support.js';

/**
 * A stand-in for the reference server's `/v1/preferences` inside Storybook, so every state of
 * a signed link can be shown without a backend: the token picks the answer.
 */
const API = '/__story-preferences';
const contacts = new Map<string, PreferencesView>();

function freshContact(): PreferencesView {
  const since = new Date(Date.now() - 86_400_000 * 40).toISOString();
  return {
    contact: { email: 'j***@example.org' },
    channels: {
      email: {
        status: 'granted',
        since,
        topics: [
          { id: 'news', status: 'granted' },
          { id: 'events', status: 'granted' },
        ],
      },
      sms: { status: null, since: null, topics: [] },
      post: { status: null, since: null, topics: [] },
    },
    writable: ['email', 'post'],
    scope: { channel: null, topic: null },
    expiresAt: new Date(Date.now() + 86_400_000 * 300).toISOString(),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith(`${API}/v1/preferences`)) return realFetch(input, init);
  const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
  const token = String(url.searchParams.get('token') ?? body.token ?? '');
  if (token === 'expired') return json(410, { message: 'This link has expired.' });
  if (token === 'down') return json(503, { message: 'Unavailable' });
  if (token === 'loading') return new Promise<Response>(() => undefined);
  if (!token.startsWith('story-')) return json(401, { message: 'This link is not valid.' });
  const view = contacts.get(token) ?? freshContact();
  contacts.set(token, view);
  for (const change of (body.changes as Array<Record<string, unknown>> | undefined) ?? []) {
    const channel = view.channels[change.channel as 'email' | 'post']!;
    const topics = change.topics as string[] | undefined;
    const status = change.status as 'granted' | 'denied';
    if (topics) {
      for (const id of topics) {
        const topic = channel.topics.find((item) => item.id === id);
        if (topic) topic.status = status;
        else channel.topics.push({ id, status });
      }
      channel.status = channel.topics.some((topic) => topic.status === 'granted')
        ? 'granted'
        : 'denied';
    } else {
      channel.status = status;
      for (const topic of channel.topics) topic.status = status;
    }
    channel.since = new Date().toISOString();
  }
  return json(200, view);
};

interface UnsubscribeArgs {
  token: string;
  theme: 'auto' | 'light' | 'dark';
  language: string;
}

let tokens = 0;

/**
 * The unsubscribe page: from a signed link (`token`) or, without one, for this browser's own
 * subject. Every change is confirmed with an undo. Opening a link changes nothing.
 */
const meta: Meta<UnsubscribeArgs> = {
  title: 'Elements/Unsubscribe',
  component: 'assent-unsubscribe',
  args: { token: 'story-contact', theme: 'light', language: 'en' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    language: {
      control: 'select',
      options: ['en', 'cy', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'ar'],
    },
  },
  render: ({ token, theme, language }) =>
    html`<div style="max-width: 40rem">
      <assent-unsubscribe
        .manager=${marketingManager(language)}
        api=${API}
        token=${token === 'story-contact' ? `story-${++tokens}` : token}
        theme=${theme}
      ></assent-unsubscribe>
    </div>`,
};
export default meta;

type Story = StoryObj<UnsubscribeArgs>;

const unsubscribeIn = async (canvas: HTMLElement) => {
  const element = canvas.querySelector<AssentUnsubscribe>('assent-unsubscribe')!;
  await element.updateComplete;
  return element;
};

async function press(element: AssentUnsubscribe, label: string) {
  const button = [...element.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  button?.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await element.updateComplete;
}

export const FromALink: Story = {};

export const AfterUnsubscribingFromATopic: Story = {
  play: async ({ canvasElement }) =>
    press(await unsubscribeIn(canvasElement), 'Unsubscribe from News and updates'),
};

export const AfterUnsubscribingFromEverything: Story = {
  play: async ({ canvasElement }) =>
    press(await unsubscribeIn(canvasElement), 'Unsubscribe from everything'),
};

export const Loading: Story = { args: { token: 'loading' } };

export const ExpiredLink: Story = { args: { token: 'expired' } };

export const InvalidLink: Story = { args: { token: 'tampered' } };

export const ServerUnavailable: Story = { args: { token: 'down' } };

export const WithTheSitesOwnWayToAskForALink: Story = {
  args: { token: 'expired' },
  render: ({ token, theme, language }) =>
    html`<assent-unsubscribe
      .manager=${marketingManager(language)}
      api=${API}
      token=${token}
      theme=${theme}
      ><a slot="request-link" href="/contact">Ask us for a new link</a></assent-unsubscribe
    >`,
};

/** No token: this browser's own opt-ins, changed through the consent manager. */
export const ThisBrowser: Story = {
  render: ({ theme, language }) => {
    const manager = marketingManager(language);
    void manager.recordMarketing(
      [
        { channel: 'email', status: 'granted', topics: ['news', 'events'] },
        { channel: 'sms', status: 'granted', topics: ['alerts'] },
      ],
      { contact: { email: 'jo@example.org', phone: '+447911123456' } },
    );
    return html`<div style="max-width: 40rem">
      <assent-unsubscribe .manager=${manager} theme=${theme}></assent-unsubscribe>
    </div>`;
  },
};

export const NothingToUnsubscribeFrom: Story = {
  render: ({ theme, language }) => {
    const manager = marketingManager(language);
    void manager.recordMarketing([{ channel: 'post', status: 'denied' }]);
    return html`<assent-unsubscribe
      .manager=${manager}
      channels="email post"
      theme=${theme}
    ></assent-unsubscribe>`;
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const RightToLeft: Story = { args: { language: 'ar' } };

export const Welsh: Story = { args: { language: 'cy' } };
