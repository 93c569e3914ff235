import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@assent/elements/define';
import { storyManager } from './support.js';

interface TriggerArgs {
  position: 'bottom-start' | 'bottom-end' | 'top-start' | 'top-end';
  theme: 'auto' | 'light' | 'dark';
  language: string;
}

/**
 * The persistent button that reopens the preferences after a decision (these stories start
 * with one). Hover or focus it for the tooltip; it opens the centre below.
 */
const meta: Meta<TriggerArgs> = {
  title: 'Elements/Trigger',
  component: 'assent-trigger',
  args: { position: 'bottom-start', theme: 'light', language: 'en' },
  argTypes: {
    position: {
      control: 'select',
      options: ['bottom-start', 'bottom-end', 'top-start', 'top-end'],
    },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: ({ position, theme, language }) => {
    const manager = storyManager({ language, decided: true });
    return html`<main style="padding: 4rem 1rem">
        <p>Or use your own link: <a href="#" data-assent-show="preferences">Cookie settings</a></p>
      </main>
      <assent-trigger .manager=${manager} position=${position} theme=${theme}></assent-trigger>
      <assent-preferences .manager=${manager} theme=${theme}></assent-preferences>`;
  },
};
export default meta;

type Story = StoryObj<TriggerArgs>;

export const Default: Story = {};

export const TopEnd: Story = { args: { position: 'top-end' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const RightToLeft: Story = { args: { language: 'ar' } };
