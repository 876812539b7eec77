import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // This is the project's documentation site: no onboarding checklist in its sidebar.
  features: { sidebarOnboardingChecklist: false },
  // An icon of its own: without one, a browser opening iframe.html asks for /favicon.ico and logs a 404
  // (relative, so that the static build works from any sub-path). The canvas is the host page: it takes
  // the toolbar's theme (preview.ts sets data-theme), so a dark card never sits in a white frame.
  previewHead: (head) => `${head ?? ''}
<link rel="icon" href="./favicon.svg" type="image/svg+xml">
<script>
  // Lit's development build (npm run storybook) announces itself with a console warning on every
  // load; its other development warnings, which point at real mistakes, still show.
  (globalThis.litIssuedWarnings ??= new Set()).add('dev-mode');
</script>
<style>
  :root { color-scheme: light dark; }
  :root[data-theme='light'] { color-scheme: light; }
  :root[data-theme='dark'] { color-scheme: dark; }
  body.sb-show-main { background: Canvas; color: CanvasText; }
</style>`,
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
    // Storybook's renderer imports lit/directive-helpers.js, which the optimizer would otherwise leave
    // unbundled: in dev it then loads a second lit-html and Lit warns "Multiple versions of Lit loaded".
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    };
    return config;
  },
};

export default config;
