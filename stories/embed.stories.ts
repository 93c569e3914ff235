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
 * A placeholder for blocked third-party content. "Allow and load" allows that one service (never
 * a whole category) and shows the content in its place; the content stays inert until then.
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

/**
 * Named by a category with no service for its content: no "Allow and load" (it would grant the
 * whole category), only the settings, and a console error asking for the service's name.
 */
export const CategoryWithoutService: Story = { args: { service: 'marketing' } };

/** Content written in a `<template>`: inert (no request) until the service is allowed. */
export const TemplateContent: Story = {
  render: ({ theme, language }) =>
    html`<div style="padding: 1rem; max-width: 40rem">
      <assent-embed .manager=${storyManager({ language })} service="youtube" theme=${theme}>
        <template>
          <iframe
            src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
            title="Video"
            width="560"
            height="315"
          ></iframe>
        </template>
      </assent-embed>
    </div>`,
};

/** An iframe written with `data-src` (what React and Vue render): the placeholder takes its 560 × 315 shape. */
export const SizedLikeItsIframe: Story = {
  render: ({ theme, language }) =>
    html`<div style="padding: 1rem">
      <assent-embed .manager=${storyManager({ language })} service="youtube" theme=${theme}>
        <iframe
          data-src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
          title="Video"
          width="560"
          height="315"
        ></iframe>
      </assent-embed>
    </div>`,
};

/**
 * A category-gated iframe whose address belongs to a service from the catalogue: "Allow and
 * load" allows Vimeo only, and says so.
 */
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
