import { existsSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { minifyCssLiterals } from './scripts/lib/minify-css-literals.mjs';

// Each element's define file is its own entry, so `review-cards/score-badge.js`
// registers one tag and pulls in only what it needs.
const defineEntries = Object.fromEntries(
  (existsSync('src/components') ? readdirSync('src/components') : [])
    .filter((name) => existsSync(`src/components/${name}/${name}.define.ts`))
    .map((name) => [`components/${name}/${name}.define`, `src/components/${name}/${name}.define.ts`]),
);

/** The shipped language tables (`src/locales/<lang>.ts`, each registered by its `<lang>.define.ts`). */
const localeNames = (existsSync('src/locales') ? readdirSync('src/locales') : [])
  .filter((file) => /^[a-z]{2,3}\.ts$/.test(file))
  .map((file) => file.slice(0, -3));

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
  // review-cards/locales/<lang>.js registers one language, review-cards/locales/all.js every one.
  ...Object.fromEntries([...localeNames, 'all'].map((lang) => [`locales/${lang}.define`, `src/locales/${lang}.define.ts`])),
  // bin/review-cards.js runs the built CLI.
  ...(existsSync('src/cli/main.ts') ? { 'cli/main': 'src/cli/main.ts' } : {}),
};

/** `rc-packed-locale:<lang>`: a language table in the form the CDN ships (src/format/pack.ts), made at build time. */
const PACKED_LOCALE = 'rc-packed-locale:';
function packedLocales(): Plugin {
  return {
    name: 'packed-locales',
    // Library mode hands entries over as paths under the root: take the id from wherever it starts.
    resolveId: (id) => (id.includes(PACKED_LOCALE) ? `\0${id.slice(id.indexOf(PACKED_LOCALE))}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${PACKED_LOCALE}`)) return undefined;
      const lang = id.slice(PACKED_LOCALE.length + 1);
      const { tsImport } = await import('tsx/esm/api');
      const [{ strings }, { packStrings }] = await Promise.all([
        tsImport(`./src/locales/${lang}.ts`, import.meta.url),
        tsImport('./src/format/pack.ts', import.meta.url),
      ]);
      return `export const packed = ${JSON.stringify(packStrings(strings))};`;
    },
  };
}

/** In the per-element CDN files, the data controller's `src` fetcher is loaded on first use (src/cdn/fetch-json-lazy.ts). */
function lazySrcFetcher(): Plugin {
  return {
    name: 'lazy-src-fetcher',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/controller/data-controller.ts')) return undefined;
      const next = code.replace(/from\s*(['"])\.\/fetch-json\.js\1/, "from '../cdn/fetch-json-lazy.js'");
      if (next === code) throw new Error('data-controller.ts no longer imports ./fetch-json.js; update lazySrcFetcher');
      return { code: next, map: null };
    },
  };
}

/**
 * `vite build --mode cdn-parts`, after `--mode cdn` and into the same folder: the autoloader, one file per
 * element sharing chunks of Lit and the core, and one file per language table (used by review-cards.js too).
 */
const cdnPartsEntries = {
  autoloader: 'src/cdn/autoloader.ts',
  ...Object.fromEntries(
    (existsSync('src/cdn') ? readdirSync('src/cdn') : []).filter((f) => /^rc-[\w-]+\.ts$/.test(f)).map((f) => [f.slice(0, -3), `src/cdn/${f}`]),
  ),
  ...Object.fromEntries(localeNames.map((lang) => [`locales/${lang}`, `${PACKED_LOCALE}${lang}`])),
};

export default defineConfig(({ mode }) => ({
  // Both builds: the npm files too, since apps bundle them as they are.
  plugins: [minifyCssLiterals(), ...(mode === 'cdn-parts' ? [packedLocales(), lazySrcFetcher()] : [])],
  build:
    mode === 'cdn-parts'
      ? {
          outDir: 'dist/cdn',
          emptyOutDir: false,
          minify: true,
          sourcemap: true,
          target: 'es2022',
          // No preload helper for the lazy schema.org chunk: it is one import, not worth 0.8 kB in every page.
          modulePreload: false,
          lib: { entry: cdnPartsEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: {
            // Entries need export only what a page uses (classes); lets the chunk groups below stay apart.
            preserveEntrySignatures: 'allow-extension',
            output: {
              minify: true,
              comments: false,
              // Named for what they hold: `core` (Lit and what every element needs), `cards` (what only the cards
              // need), `validators` (the documents' validators), `schema-org` (the JSON-LD reader, on first use),
              // `shared` (the rest, each loaded on first use).
              chunkFileNames: (chunk) =>
                chunk.moduleIds.some((id) => id.includes('/node_modules/lit-html/lit-html.js'))
                  ? 'core-[hash].js'
                  : chunk.name === 'cards' || chunk.name === 'validators'
                    ? `${chunk.name}-[hash].js`
                    : chunk.moduleIds.some((id) => id.includes('/adapters/schema-org/'))
                      ? 'schema-org-[hash].js'
                      : 'shared-[hash].js',
              // A few shared chunks instead of one per combination of elements: what the badge needs (Lit and
              // the core), and what only the cards need; fewer, larger files compress better. The documents'
              // validators are a chunk of their own because the JSON-LD reader needs them too: a badge fed
              // JSON-LD then downloads them (1.7 kB), not the cards (12.6 kB). It costs the all-four page 0.3 kB.
              codeSplitting: {
                includeDependenciesRecursively: false,
                groups: [
                  { name: 'validators', test: /\/src\/schemas\/lean\/validators\.generated\.ts/ },
                  { name: 'cards', test: /\/src\/(components\/(review-card|claim-quote|controversy-summary)\/|internal\/(templates|clamp|card-element|settle)\.ts|styles\/(offscreen|card-base)\.styles\.ts|format\/(url|plural|language|date)\.ts)|\/lit-html\/(static|directives\/)|\/lit\/(static-html\.js|directives\/)/ },
                ],
              },
            },
          },
        }
      : mode === 'cdn'
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
  define: mode.startsWith('cdn') ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  // Vitest: `npm run test:unit` (`vitest run --project unit`) and `npm run test:pages` (`--project pages`);
  // plain `npx vitest run` runs both.
  test: {
    projects: [
      // Node: schemas, adapters, formatting, controller, data, the scripts; with this config's plugins.
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
      // Pages: Node builds or server-renders a page, then drives the system Chromium with playwright-core
      // (no-JavaScript rendering, hydration, the React, Vue and Svelte examples, full-page captures).
      {
        test: {
          name: 'pages',
          environment: 'node',
          include: ['tests/pages/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file launches one Chromium; two at a time suit 2 cores.
          maxWorkers: 2,
        },
      },
    ],
  },
}));
