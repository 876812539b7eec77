import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // data/ is served for the `src` stories, under another path than /data/, which
  // in dev mode is where Vite serves the same files as JSON modules.
  staticDirs: [{ from: '../data', to: '/json' }],
  // Storybook reads vite.config.ts, whose library build settings (entries,
  // lit/zod external) would leave bare imports in storybook-static; drop them.
  viteFinal(config) {
    if (config.build) {
      delete config.build.lib;
      delete config.build.rolldownOptions;
    }
    // Generated output is not source: reloading the preview for it only gets in the way.
    config.server = {
      ...config.server,
      watch: {
        ...config.server?.watch,
        ignored: ['**/.cache/**', '**/dist/**', '**/storybook-static/**', '**/coverage/**'],
      },
    };
    return config;
  },
};

export default config;
