// A build plugin that minifies the style sheets in Lit's css`…` literals with Lightning CSS. JS
// minifiers leave template literals as written, and our sheets are a fifth of the CDN file.
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

const CSS_LITERAL = /\bcss`([^`]*)`/g;

/** Minifies one sheet; throws with the file name on a CSS syntax error, so a typo fails the build. */
export function minifyCss(source, file = 'style.css') {
  const { code } = transform({ filename: file, code: Buffer.from(source), minify: true });
  return code.toString();
}

/** The plugin, for `vite build`: every css`…` literal under src/ without `${}` interpolations. */
export function minifyCssLiterals() {
  return {
    name: 'review-cards:minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const out = new MagicString(code);
      for (const match of code.matchAll(CSS_LITERAL)) {
        const sheet = match[1];
        // Interpolations would need placeholders and escapes would need cooking; we have neither, and a
        // new one must fail the build rather than be minified wrongly.
        if (/\$\{|\\/.test(sheet)) this.error(`${id}: a css\`…\` literal with \${} or a backslash cannot be minified`);
        const start = match.index + 'css`'.length;
        out.update(start, start + sheet.length, minifyCss(sheet, id));
      }
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
