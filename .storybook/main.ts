import type { StorybookConfig } from '@storybook/web-components-vite';

// Written by hand: `storybook init` does not run on these machines.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Stories run from the TypeScript sources through each package's "source" export.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    return viteConfig;
  },
};

export default config;
