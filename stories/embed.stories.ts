import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@assent/elements/define';
import { longText, storyManager } from './support.js';

interface EmbedArgs {
  service: string;
  theme: 'auto' | 'light' | 'dark';
  language: string;
  translations?: Record<string, string>;
  src?: string;
  catalogued?: string[];
}

/**
 * A placeholder for blocked third-party content. "Allow and load" grants that one service and
 * shows the slotted content in its place.
 */
const meta: Meta<EmbedArgs> = {
  title: 'Elements/Embed',
  component: 'assent-embed',
  args: { service: 'youtube', theme: 'light', language: 'en' },
  argTypes: {
    service: { control: 'select', options: ['youtube', 'google-analytics', 'marketing'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: ({ service, theme, language, translations, src, catalogued }) =>
    html`<div style="padding: 1rem; max-width: 40rem">
      <assent-embed
        .manager=${storyManager({ language, translations, catalogued })}
        service=${service}
        src=${src ?? ''}
        theme=${theme}
        style="--assent-embed-aspect-ratio: 16 / 9"
      >
        <p>The video would load here.</p>
      </assent-embed>
    </div>`,
};
export default meta;

type Story = StoryObj<EmbedArgs>;

export const Default: Story = {};

export const WholeCategory: Story = { args: { service: 'marketing' } };

/** A category-gated iframe whose address belongs to a service named from the catalogue. */
export const CataloguedService: Story = {
  args: {
    service: 'marketing',
    src: 'https://player.vimeo.com/video/76979871',
    catalogued: ['vimeo', 'youtube'],
  },
};

export const Dark: Story = { args: { theme: 'dark' } };

export const RightToLeft: Story = { args: { language: 'ar' } };

export const LongText: Story = {
  args: {
    translations: {
      ...longText,
      'embed.text':
        'This video is provided by YouTube, which may set cookies on your device to remember your viewing preferences and to show you adverts on this and other websites. It is not shown because you have not allowed marketing cookies. You can allow just this service, or change all of your choices in the cookie settings.',
    },
  },
};
