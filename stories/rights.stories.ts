import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { AssentRights } from '@assent/elements';
import { html } from 'lit';
import '@assent/elements/define';

/**
 * A stand-in for the reference server's `POST /v1/requests` inside Storybook: the address
 * picks the answer (`down@…` fails, anything else is accepted).
 */
const API = '/__story-requests';
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.pathname !== `${API}/v1/requests`) return realFetch(input, init);
  const body = JSON.parse(String(init?.body ?? '{}')) as { contact?: { email?: string } };
  const status = body.contact?.email?.startsWith('down@') ? 503 : 202;
  return new Response(JSON.stringify({ received: status === 202 }), {
    status,
    headers: { 'content-type': 'application/json' },
  });
};

interface RightsArgs {
  theme: 'auto' | 'light' | 'dark';
}

const meta: Meta<RightsArgs> = {
  title: 'Elements/Data requests',
  component: 'assent-rights',
  args: { theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: ({ theme }) =>
    html`<div style="max-width: 40rem">
      <assent-rights api=${API} theme=${theme}></assent-rights>
    </div>`,
};
export default meta;

type Story = StoryObj<RightsArgs>;

async function rightsIn(canvas: HTMLElement): Promise<AssentRights> {
  const el = canvas.querySelector('assent-rights')!;
  await el.updateComplete;
  return el;
}

async function fill(el: AssentRights, type: 'access' | 'erasure', email: string) {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${type}"]`)!.click();
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#email')!;
  input.value = email;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const submit = (el: AssentRights) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

/** Submitted with nothing chosen and no address: each field says what is missing. */
export const MissingChoiceAndAddress: Story = {
  play: async ({ canvasElement }) => submit(await rightsIn(canvasElement)),
};

export const InvalidAddress: Story = {
  play: async ({ canvasElement }) => {
    const el = await rightsIn(canvasElement);
    await fill(el, 'access', 'jo@localhost');
    submit(el);
  },
};

/** Accepted: the person is told to follow the link in their inbox. */
export const CheckYourInbox: Story = {
  play: async ({ canvasElement }) => {
    const el = await rightsIn(canvasElement);
    await fill(el, 'erasure', 'jo@example.org');
    submit(el);
  },
};

export const ServerUnavailable: Story = {
  play: async ({ canvasElement }) => {
    const el = await rightsIn(canvasElement);
    await fill(el, 'access', 'down@example.org');
    submit(el);
  },
};

/** `contact="phone"`: a mobile number (read as a UK number without `+`), verified by text message. */
export const ByPhone: Story = {
  render: ({ theme }) =>
    html`<div style="max-width: 40rem">
      <assent-rights api=${API} theme=${theme} contact="phone" country="GB"></assent-rights>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = await rightsIn(canvasElement);
    await fill(el, 'access', '07400 123456');
    submit(el);
  },
};
