// `npm run analyze`: writes custom-elements.json (committed; `npm test` fails when
// it is stale) and, from it, editor data and JSX types into dist/ (shipped, not
// committed, since they are pure functions of the manifest).
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const JSX_FILE = 'dist/jsx/jsx.d.ts';

/**
 * Modules in path order: the analyzer keeps the glob's order, which follows the
 * file system's directory order and so differs between clones, which would make
 * the committed manifest look stale on a machine that did not write it.
 */
function sortModules() {
  return {
    name: 'sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** jsx-types names event classes (`@fires {RcErrorEvent}`) without importing them; add the import. */
function importEventTypes() {
  return {
    name: 'import-event-types',
    packageLinkPhase({ customElementsManifest }) {
      if (!existsSync(JSX_FILE)) return;
      const types = new Set(
        customElementsManifest.modules
          .flatMap((m) => m.declarations ?? [])
          .flatMap((d) => d.events ?? [])
          .map((e) => e.type?.text)
          .filter((t) => t && /^[A-Z]\w*$/.test(t)),
      );
      const text = readFileSync(JSX_FILE, 'utf8');
      if (!types.size || text.includes('// event types')) return;
      writeFileSync(JSX_FILE, `// event types\nimport type { ${[...types].join(', ')} } from "review-cards";\n${text}`);
    },
  };
}

// The abstract base class is in the manifest for inheritance, but is no tag.
const quiet = { hideLogs: true, exclude: ['RcElement'] };

export default {
  // The elements, their base class and the entry points: the API a manifest
  // describes. Schemas, formatting and style sheets stay out, since their
  // defaults (whole CSS texts) would make every style tweak a manifest change.
  globs: ['src/components/**/*.ts', 'src/internal/**/*.ts', 'src/index.ts', 'src/all.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    sortModules(),
    customElementVsCodePlugin({
      ...quiet,
      outdir: 'dist/editor',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'description',
    }),
    customElementJetBrainsPlugin({
      ...quiet,
      outdir: 'dist/editor',
      webTypesFileName: 'web-types.json',
      descriptionSrc: 'description',
      packageJson: false,
    }),
    jsxTypesPlugin({
      ...quiet,
      outdir: 'dist/jsx',
      fileName: 'jsx.d.ts',
      globalTypePath: 'review-cards',
      stronglyTypedEvents: true,
    }),
    importEventTypes(),
  ],
};
