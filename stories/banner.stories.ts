import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SHIPPED_LOCALES } from '@assent/core';
import '@assent/elements/define';
import { longText, storyManager } from './support.js';

interface BannerArgs {
  layout: 'bar' | 'box';
  position: string;
  modal: boolean;
  theme: 'auto' | 'light' | 'dark';
  language: string;
  translations?: Record<string, string>;
}

const page = html`<main style="padding: 1rem; max-width: 40rem">
  <h1>Riverside Homes</h1>
  <p>Report a repair, pay your rent or find a new home. The banner overlays this page.</p>
  <p><a href="#repairs">Report a repair</a></p>
</main>`;

/**
 * The first layer of consent. "Accept all", "Reject all" and "Manage preferences" share one
 * look (equal prominence). Each story starts with no decision, so the banner shows itself.
 */
const meta: Meta<BannerArgs> = {
  title: 'Elements/Banner',
  component: 'assent-banner',
  args: { layout: 'bar', position: 'bottom', modal: false, theme: 'light', language: 'en' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['bar', 'box'] },
    position: {
      control: 'select',
      options: ['top', 'bottom', 'center', 'top-start', 'top-end', 'bottom-start', 'bottom-end'],
    },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    language: {
      control: 'select',
      options: [...SHIPPED_LOCALES],
    },
  },
  render: ({ layout, position, modal, theme, language, translations }) =>
    html`${page}
      <assent-banner
        .manager=${storyManager({ language, translations })}
        layout=${layout}
        position=${position}
        ?modal=${modal}
        theme=${theme}
      ></assent-banner>`,
};
export default meta;

type Story = StoryObj<BannerArgs>;

export const Default: Story = {};

export const BarAtTheTop: Story = { args: { position: 'top' } };

export const BoxInACorner: Story = { args: { layout: 'box', position: 'bottom-end' } };

export const BoxInTheCentre: Story = { args: { layout: 'box', position: 'center' } };

export const Modal: Story = { args: { layout: 'box', position: 'center', modal: true } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const RightToLeft: Story = { args: { language: 'ar' } };

export const German: Story = { args: { language: 'de' } };

export const Urdu: Story = { args: { language: 'ur' } };

export const Bengali: Story = { args: { language: 'bn' } };

export const Tigrinya: Story = { args: { language: 'ti' } };

export const TraditionalChinese: Story = { args: { language: 'zh-HK' } };

export const BrazilianPortuguese: Story = { args: { language: 'pt-BR' } };

export const LongText: Story = { args: { translations: longText } };

export const LongTextInABox: Story = {
  args: { layout: 'box', position: 'bottom-start', translations: longText },
};

/** UK first-party statistics on the objection basis: running, said so, "Reject all" objects. */
export const ObjectionBasisAndController: Story = {
  render: ({ layout, position, theme, language }) =>
    html`${page}
      <assent-banner
        .manager=${storyManager({
          language,
          config: {
            controller: 'Riverside Homes Ltd',
            categories: {
              necessary: {},
              analytics: { basis: 'objection' },
              marketing: {},
            },
          },
        })}
        layout=${layout}
        position=${position}
        theme=${theme}
      ></assent-banner>`,
};
