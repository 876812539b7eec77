// The baseline the elements are measured against: the markup the server render (src/ssr) writes for the
// same document, with Lit's hydration comments and the inline <style> copies taken out, put into a shadow
// root per card by the browser's HTML parser. The shadow root adopts the element's own style sheets (the
// same CSSStyleSheet objects), so CSS, content and structure are the elements' own, with no template kept
// here to drift: only the cost of getting that DOM differs (no Lit, no validation, no formatting at run
// time). This module runs in Node (bench/run.mjs imports it); bench/page.ts builds the cards.
import { renderToString } from '../src/ssr/index.js';

/** The tag each kind of benchmark document renders under. */
export const TAGS = { review: 'rc-review-card', controversy: 'rc-controversy-summary' } as const;
export type Kind = keyof typeof TAGS;

/**
 * The shadow root's content as the server renders it for `doc`: the declarative shadow root's inside,
 * without the `<style>` elements (the baseline adopts the same sheets instead) and without Lit's part
 * comments (`<!--lit-part …-->`, `<!--lit-node n-->`, `<!--/lit-part-->`, `<!--?lit$…$-->`), which only
 * hydration reads.
 */
export function shadowMarkup(kind: Kind, doc: unknown): string {
  const tag = TAGS[kind];
  const html = renderToString(tag, doc, { lang: 'en', embedData: false });
  const open = /^<[^>]+><template shadowroot="open" shadowrootmode="open">/.exec(html);
  const close = html.lastIndexOf(`</template></${tag}>`);
  if (!open || close < 0) throw new Error(`the server render of <${tag}> has no declarative shadow root where expected`);
  const inner = html.slice(open[0].length, close);
  if (inner.includes('<template')) throw new Error(`<${tag}> renders a nested declarative shadow root; the baseline would need to handle it`);
  if (/part="error"|part="[^"]*\berror\b/.test(inner)) throw new Error(`<${tag}> rendered its error state for a benchmark document`);
  return inner.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--(?:lit-part[^>]*|\/lit-part|lit-node \d+|\?lit\$\d+\$)-->/g, '');
}
