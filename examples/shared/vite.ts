// Shared by the examples' vite configs: `review-cards` resolves to the library source, so an example
// builds without `npm run build` first. A real app drops this alias and gets the package's dist.
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export const reviewCardsAlias: Alias[] = [
  { find: /^review-cards$/, replacement: src('index.ts') },
  { find: /^review-cards\/all\.js$/, replacement: src('all.ts') },
];
