import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { reviewCardsAlias } from '../shared/vite.js';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  resolve: { alias: reviewCardsAlias },
  build: { outDir: '../../.cache/pages/examples/react', emptyOutDir: true, target: 'es2022' },
});
