import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { minifyCssLiterals } from './scripts/lib/minify-css-literals.mjs';

// Each element's define file is its own entry, so `review-cards/score-badge.js`
// registers one tag and pulls in only what it needs.
const defineEntries = Object.fromEntries(
  (existsSync('src/components') ? readdirSync('src/components') : [])
    .filter((name) => existsSync(`src/components/${name}/${name}.define.ts`))
    .map((name) => [`components/${name}/${name}.define`, `src/components/${name}/${name}.define.ts`]),
);

// `vite build` makes the npm build (unbundled ES modules, lit and zod external);
// `vite build --mode cdn` makes the self-contained bundle for a plain <script type="module">.
const npmEntries = {
  index: 'src/index.ts',
  all: 'src/all.ts',
  'schemas/index': 'src/schemas/index.ts',
  // review-cards/ssr (Node) and review-cards/hydrate-support.js (browser, before the elements).
  'ssr/index': 'src/ssr/index.ts',
  hydrate: 'src/hydrate.ts',
  ...defineEntries,
  // bin/review-cards.js runs the built CLI.
  ...(existsSync('src/cli/main.ts') ? { 'cli/main': 'src/cli/main.ts' } : {}),
};

export default defineConfig(({ mode }) => ({
  // Both builds: the npm files too, since apps bundle them as they are.
  plugins: [minifyCssLiterals()],
  build:
    mode === 'cdn'
      ? {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          minify: true,
          sourcemap: true,
          target: 'es2022',
          lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'review-cards.js' },
          // Lib mode keeps whitespace and /*@__PURE__*/ comments in ES output for downstream
          // tree-shaking; nothing tree-shakes these final files, so minify them fully (−34 kB, −4.6 kB gzip).
          // The one lazy chunk (the schema.org reader, loaded on first JSON-LD) gets a stable name.
          // 'allow-extension' lets the entry export what the chunk needs, so Lit and the schemas stay in
          // review-cards.js (one request for the tags) instead of a third shared chunk.
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: { minify: true, comments: false, chunkFileNames: 'schema-org-[hash].js' },
          },
        }
      : {
          outDir: 'dist',
          emptyOutDir: false,
          minify: false,
          sourcemap: true,
          target: 'es2022',
          lib: { entry: npmEntries, formats: ['es'] },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/, /^node:/, 'tinyglobby', '@humanwhocodes/momoa'],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
  // Library mode leaves process.env.NODE_ENV alone; a browser bundle must not reference `process`.
  define: mode === 'cdn' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
  },
}));
