// A drop-in for @open-wc/testing's `fixture` that runs each element test twice: rendered in the browser
// (the `csr` pass, the default) and, in the `ssr` pass, rendered on the server by @lit-labs/ssr,
// hydrated, and compared with a browser render of the same template, so a hydration mismatch fails
// the test. web-test-runner.config.mjs runs every file that imports this helper in both passes.
//
// IMPORT IT FIRST in a test file: hydration support must be installed before LitElement is evaluated,
// and ES modules evaluate in import order.
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { hydrate } from '@lit-labs/ssr-client';
import { fixture as csrFixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

export type FixtureMode = 'csr' | 'ssr';

/** The pass this page runs: set by the `ssr` group's test page in web-test-runner.config.mjs. */
export const fixtureMode: FixtureMode = (globalThis as { RC_FIXTURE_MODE?: string }).RC_FIXTURE_MODE === 'ssr' ? 'ssr' : 'csr';

export interface FixtureOptions {
  /** As @open-wc: render into this node (browser render only). */
  parentNode?: Element;
  /**
   * Render in the browser even in the `ssr` pass: for a test that needs what a server cannot give,
   * such as child scripts or `src` read before the first render (the server sees only `data`).
   */
  csrOnly?: boolean;
  /** More modules for the server to import (relative to this helper), e.g. a test-only element. */
  serverModules?: readonly string[];
}

/** The modules the server imports to render a template: every element. */
const SERVER_MODULES = ['../../../src/all.ts'];

// Containers of server-rendered fixtures; @open-wc cleans up its own.
afterEach(() => cleanupFixtures());

/** A shadow root's markup as a reader gets it: no Lit markers, comments or style elements. */
function shadowMarkup(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const clone = document.createElement('div');
  for (const node of root.childNodes) clone.append(node.cloneNode(true));
  for (const style of clone.querySelectorAll('style')) style.remove();
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  // Bound attributes come after static ones in a browser render, in source order on the server.
  for (const el of clone.querySelectorAll('*')) {
    const attributes = [...el.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }
  // Nested elements' shadow roots, in document order.
  const nested = [...root.querySelectorAll('*')].filter((el) => el.shadowRoot).map((el) => `<${el.localName}>${shadowMarkup(el)}`);
  return clone.innerHTML + nested.join('');
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

async function settle(element: Element): Promise<void> {
  const all = [element, ...(element.shadowRoot ? [...element.shadowRoot.querySelectorAll('*')] : [])] as Updatable[];
  for (let i = 0; i < 2; i++) await Promise.all(all.map((el) => el.updateComplete));
}

/**
 * Renders `template` and resolves to its first element once it has rendered: in the browser, or in
 * the `ssr` pass on the server and then hydrated. Same signature and result as @open-wc's `fixture`.
 */
export async function fixture<T extends Element>(template: TemplateResult | string, options: FixtureOptions = {}): Promise<T> {
  if (fixtureMode === 'csr' || options.csrOnly || typeof template === 'string' || options.parentNode) {
    return csrFixture<T>(template as TemplateResult, options.parentNode ? { parentNode: options.parentNode } : {});
  }
  // Not ssrHydratedFixture: it only removes `defer-hydration` from the element, so property bindings
  // of the outer template (`.data=${…}`) never reach it. Hydrate the template first, as a page would.
  const element: T = await ssrNonHydratedFixture<T & HTMLElement>(template, { modules: [...SERVER_MODULES, ...(options.serverModules ?? [])], base: import.meta.url });
  hydrate(template, element.parentElement!);
  element.removeAttribute('defer-hydration');
  await settle(element);
  // The browser's own render of the same template must match what hydration adopted.
  const twin = document.createElement('div');
  twin.hidden = true;
  document.body.append(twin);
  const warn = console.warn;
  console.warn = () => {}; // the twin's warnings are not the test's
  try {
    render(template, twin);
    const other = twin.firstElementChild!;
    await settle(other);
    const server = shadowMarkup(element);
    const browser = shadowMarkup(other);
    if (server !== browser) {
      let at = 0;
      while (at < server.length && server[at] === browser[at]) at++;
      const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 120), at + 120));
      throw new Error(`Hydration mismatch in <${element.localName}> at character ${at}: the server rendered\n${around(server)}\nbut the browser renders\n${around(browser)}`);
    }
  } finally {
    console.warn = warn;
    twin.remove();
  }
  return element;
}
