import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@assent/elements/define';
import type { AssentPreferences } from '@assent/elements';
import { longText, storyManager } from './support.js';

interface PreferencesArgs {
  theme: 'auto' | 'light' | 'dark';
  language: string;
  translations?: Record<string, string>;
  details?: boolean;
  /** Config fields to add or replace. */
  config?: Record<string, unknown>;
}

async function openCentre(canvasElement: HTMLElement, details = false): Promise<void> {
  await customElements.whenDefined('assent-preferences');
  const centre = canvasElement.querySelector<AssentPreferences>('assent-preferences')!;
  await centre.updateComplete;
  centre.show(canvasElement.querySelector('button'));
  await centre.updateComplete;
  if (details) {
    centre.shadowRoot!.querySelector<HTMLElement>('[part~="details"]')?.showPopover();
  }
}

/**
 * The preferences centre: a modal dialog with a switch per category and per service. Switches
 * edit a draft; "Save choices", "Accept all" or "Reject all" commit it; Escape discards it.
 */
const meta: Meta<PreferencesArgs> = {
  title: 'Elements/Preferences',
  component: 'assent-preferences',
  args: { theme: 'light', language: 'en' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    language: {
      control: 'select',
      options: ['en', 'cy', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'ar'],
    },
  },
  render: ({ theme, language, translations, config }) => {
    const manager = storyManager({ language, translations, config });
    return html`<main style="padding: 1rem">
        <button
          type="button"
          @click=${(event: Event) => manager.showPreferences(event.currentTarget as Element)}
        >
          Open the preferences
        </button>
      </main>
      <assent-preferences .manager=${manager} theme=${theme}></assent-preferences>`;
  },
  play: async ({ canvasElement, args }) => openCentre(canvasElement, args.details),
};
export default meta;

type Story = StoryObj<PreferencesArgs>;

export const Open: Story = {};

export const DetailsPopoverOpen: Story = { args: { details: true } };

export const Dark: Story = { args: { theme: 'dark' } };

/** Analytics on the objection basis: on before any choice, and the centre says why. */
export const OpenToObjection: Story = {
  args: {
    config: {
      categories: {
        necessary: {},
        functional: {},
        analytics: { basis: 'objection' },
        marketing: {},
      },
    },
  },
};

export const RightToLeft: Story = { args: { language: 'ar' } };

export const RightToLeftWithDetails: Story = { args: { language: 'ar', details: true } };

export const LongText: Story = {
  args: {
    translations: {
      ...longText,
      'preferences.title': 'Choose which cookies this website may set on your device, one by one',
    },
  },
};
