import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Storybook reads vite.config.ts, whose library build settings (entries,
  // lit/zod external) would leave bare imports in storybook-static; drop them.
  viteFinal(config) {
    if (config.build) {
      delete config.build.lib;
      delete config.build.rolldownOptions;
    }
    return config;
  },
};

export default config;
