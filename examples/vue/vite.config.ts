import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { reviewCardsAlias } from '../shared/vite.js';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [
    vue({
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('rc-') } },
    }),
  ],
  resolve: { alias: reviewCardsAlias },
  build: { outDir: '../../.cache/pages/examples/vue', emptyOutDir: true, target: 'es2022' },
});
