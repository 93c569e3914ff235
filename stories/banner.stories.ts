import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SHIPPED_LOCALES } from '@assent/core';
import '@assent/elements/define';
import { longText, storyManager } from './support.js';
import govukTheme from '../packages/elements/src/themes/govuk.css?inline';

interface BannerArgs {
  layout: 'bar' | 'box' | 'inline';
  position: string;
  modal: boolean;
  confirmation?: boolean;
  safeArea?: 'auto' | 'none';
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
    layout: { control: 'inline-radio', options: ['bar', 'box', 'inline'] },
    safeArea: { control: 'inline-radio', options: ['none', 'auto'] },
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
  render: ({ layout, position, modal, confirmation, safeArea, theme, language, translations }) =>
    html`${page}
      <assent-banner
        .manager=${storyManager({ language, translations })}
        layout=${layout}
        position=${position}
        ?modal=${modal}
        ?confirmation=${confirmation}
        safe-area=${safeArea ?? 'none'}
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

/** Phones: the compact first layer (at most 45 % of a 320×568 screen), three equal buttons. */
export const CompactOnAPhone: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A longer text scrolls inside the compact banner; the buttons stay in view. */
export const CompactWithLongText: Story = {
  args: { translations: longText },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/**
 * After "Accept all" or "Reject all", the confirmation ("You've rejected additional cookies…")
 * with "Hide this message". Press one of the buttons to see it.
 */
export const WithConfirmation: Story = { args: { confirmation: true } };

/** `safe-area="auto"`: the bar measures the page's fixed footer and sits above it. */
export const AboveAFixedFooter: Story = {
  args: { safeArea: 'auto' },
  render: (args, context) =>
    html`${meta.render!(args, context)}
      <footer
        style="position: fixed; inset: auto 0 0; padding: 16px; background: #1b1b1f; color: #fff"
      >
        A fixed footer: Home · Repairs · Rent · Contact
      </footer>`,
};

/**
 * The GOV.UK pattern: in the page's flow, first in the focus order (before the skip link),
 * with the GOV.UK theme and the confirmation message. (The tests run it on a page styled by
 * govuk-frontend itself.)
 */
export const GovukInline: Story = {
  args: { layout: 'inline', confirmation: true },
  render: ({ language, translations }) =>
    html`<style .textContent=${govukTheme}></style>
      <div class="govuk-template__body">
        <assent-banner
          .manager=${storyManager({ language, translations })}
          layout="inline"
          confirmation
        ></assent-banner>
        <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
        <div class="govuk-width-container">
          <main class="govuk-main-wrapper" id="main-content">
            <h1 class="govuk-heading-xl">Report a repair</h1>
            <p class="govuk-body">Tell us about a repair in your home.</p>
            <a href="#start" class="govuk-button">Start now</a>
          </main>
        </div>
      </div>`,
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
