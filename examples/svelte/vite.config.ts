import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { reviewCardsAlias } from '../shared/vite.js';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte({ preprocess: vitePreprocess(), configFile: false })],
  resolve: { alias: reviewCardsAlias },
  build: { outDir: '../../.cache/pages/examples/svelte', emptyOutDir: true, target: 'es2022' },
});
