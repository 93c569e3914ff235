import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { MarketingChannel } from '@assent/core';
import type { AssentOptin } from '@assent/elements';
import { html } from 'lit';
import '@assent/elements/define';
import { marketingManager } from './marketing-support.js';

interface OptinArgs {
  channels: string;
  basis: 'consent' | 'soft-opt-in';
  theme: 'auto' | 'light' | 'dark';
  language: string;
}

const optinIn = async (canvas: HTMLElement) => {
  const optin = canvas.querySelector<AssentOptin>('assent-optin')!;
  await optin.updateComplete;
  return optin;
};

/** Ticks boxes the way a visitor's click does (ticking records nothing by itself). */
async function tick(optin: AssentOptin, ...channels: MarketingChannel[]) {
  for (const channel of channels) {
    optin.shadowRoot!.querySelector<HTMLInputElement>(`#channel-${channel}`)!.click();
    await optin.updateComplete;
  }
}

async function type(optin: AssentOptin, field: 'email' | 'phone', value: string) {
  const input = optin.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await optin.updateComplete;
}

/**
 * The marketing opt-in form. Every box starts unticked; topics appear under a ticked channel.
 * Nothing is recorded until the visitor submits it valid — and a scripted click on "Sign up"
 * is refused, so the success stories set the element's state directly.
 */
const meta: Meta<OptinArgs> = {
  title: 'Elements/Opt-in',
  component: 'assent-optin',
  args: { channels: 'email sms post', basis: 'consent', theme: 'light', language: 'en' },
  argTypes: {
    basis: { control: 'inline-radio', options: ['consent', 'soft-opt-in'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    language: {
      control: 'select',
      options: ['en', 'cy', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'ar'],
    },
  },
  render: ({ channels, basis, theme, language }) =>
    html`<div style="max-width: 40rem">
      <assent-optin
        .manager=${marketingManager(language)}
        channels=${channels}
        basis=${basis}
        theme=${theme}
      ></assent-optin>
    </div>`,
};
export default meta;

type Story = StoryObj<OptinArgs>;

export const Default: Story = {};

export const EmailAndSms: Story = { args: { channels: 'email sms' } };

export const EmailOnly: Story = { args: { channels: 'email' } };

export const PostObjectionOnly: Story = { args: { channels: 'post' } };

export const TopicsOfATickedChannel: Story = {
  play: async ({ canvasElement }) => tick(await optinIn(canvasElement), 'email', 'sms'),
};

export const InvalidAddressAndNumber: Story = {
  play: async ({ canvasElement }) => {
    const optin = await optinIn(canvasElement);
    await tick(optin, 'email', 'sms');
    await type(optin, 'email', 'jo@localhost');
    await type(optin, 'phone', '020 7946 0958');
    optin.reportValidity();
  },
};

/** A ticked channel whose topics are all unticked asks for one, next to the topics. */
export const TopicRequired: Story = {
  play: async ({ canvasElement }) => {
    const optin = await optinIn(canvasElement);
    await tick(optin, 'email');
    await type(optin, 'email', 'jo@example.org');
    optin.reportValidity();
  },
};

/** Existing customers (PECR soft opt-in): unticked "I do not want …" boxes. */
export const SoftOptIn: Story = { args: { basis: 'soft-opt-in' } };

export const NothingTicked: Story = {
  play: async ({ canvasElement }) => {
    (await optinIn(canvasElement)).reportValidity();
  },
};

/** What the visitor sees after a valid submit. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const optin = await optinIn(canvasElement);
    // Story-only: the state a trusted submit leads to.
    Object.assign(optin, { phase: 'done', submitted: ['email'] });
  },
};

/** Double opt-in: the endpoint said the address still has to be confirmed. */
export const CheckYourInbox: Story = {
  play: async ({ canvasElement }) => {
    const optin = await optinIn(canvasElement);
    const manager = optin.manager!;
    await manager.recordMarketing([{ channel: 'email', status: 'granted', topics: ['news'] }], {
      contact: { email: 'jo@example.org' },
    });
    await manager.markPending([
      { id: 'story', at: manager.get().marketing.email.since!, choices: { channel: 'email' } },
    ]);
    Object.assign(optin, { phase: 'done', submitted: ['email'] });
  },
};

/** Inside a site's own form: no button of its own; its values join the form's submission. */
export const InsideAPageForm: Story = {
  render: ({ channels, theme, language }) =>
    html`<form style="max-width: 40rem" @submit=${(event: Event) => event.preventDefault()}>
      <p>
        <label for="story-name">Your name</label><br />
        <input id="story-name" name="name" autocomplete="name" />
      </p>
      <assent-optin
        .manager=${marketingManager(language)}
        channels=${channels}
        theme=${theme}
      ></assent-optin>
      <button type="submit">Send my application</button>
    </form>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => tick(await optinIn(canvasElement), 'email'),
};

export const RightToLeft: Story = { args: { language: 'ar' } };

export const Welsh: Story = {
  args: { language: 'cy' },
  play: async ({ canvasElement }) => tick(await optinIn(canvasElement), 'email'),
};
