// `npm run analyze`: writes custom-elements.json (committed; `npm test` fails when
// it is stale) and, from it, editor data and JSX types into dist/ (shipped, not
// committed, since they are pure functions of the manifest).
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';

// The abstract base class is in the manifest for inheritance, but is no tag.
const quiet = { hideLogs: true, exclude: ['RcElement'] };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/cli/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
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
  ],
};
