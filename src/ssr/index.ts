// The Node entry, `review-cards/ssr`: renders an element to HTML with declarative shadow DOM
// (@lit-labs/ssr), so a card shows fully before — or without — any JavaScript, then hydrates in the
// browser once `review-cards/hydrate-support.js` and the element definitions load.
import { render } from '@lit-labs/ssr';
import { collectResult, collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../all.js';
// The server renders every shipped language with the same tables the browser loads.
import '../locales/all.define.js';
import { fromSchemaOrg } from '../adapters/schema-org/index.js';
import { jsonForScript } from '../adapters/schema-org/json-ld.js';
import { provideSchemaOrgAdapter } from '../controller/schema-org-loader.js';
import type { RcElement, Theme } from '../internal/rc-element.js';
import { documentKind as kindOfDocument, isJsonLd as isJsonLdValue, isPlainObject, forKind, type DocumentKind } from '../schemas/guards.js';
import { validateScore } from '../schemas/lean/score-validator.generated.js';
import { validateClaim, validateControversy, validateReview } from '../schemas/lean/validators.generated.js';
import { formatPath, type ValidationIssue } from '../schemas/validate.js';
import { TAG_FOR_TYPE } from '../components/tags.js';

// Server renders are synchronous: JSON-LD input is converted in the same pass, not after a lazy import.
provideSchemaOrgAdapter(fromSchemaOrg);
/** The default tag for each kind of document: a review, a claim, a controversy, or a bare score. */
export { TAG_FOR_TYPE };

export type { DocumentKind };

export interface RenderToStringOptions {
  /**
   * The tag to render under, when the class is registered under another name. Defaults to the tag
   * given, or the class's registered name, or (with `tagFor`) the tag for the document's type.
   */
  tag?: string;
  /**
   * The element's `lang`: UI strings, dates and numbers follow it. On the server nothing is inherited
   * from the page, so pass the page's language when it is not English, or hydration would keep
   * English text that the browser would have rendered in the page's language.
   */
  lang?: string;
  /** `theme` attribute: `auto` (default) follows `prefers-color-scheme`. */
  theme?: Theme;
  /** Extra attributes for the element (`id`, `class`, …). Values are escaped; `style` and `on*` are refused. */
  attributes?: Readonly<Record<string, string | number | boolean>>;
  /**
   * Embed the data as a child `<script type="application/json">` so the browser hydrates from the same
   * data. JSON-LD input is embedded as given (`<script type="application/ld+json">`) after its converted
   * form, which the browser reads first, so hydration needs no schema.org adapter.
   * Default `true`. Turn off only for HTML that no script will ever upgrade (e-mail, static archives).
   */
  embedData?: boolean;
  /**
   * Search-engine markup: JSON-LD to put beside the data, as `<script type="application/ld+json">`
   * inside the element. `true` re-emits JSON-LD input as given; an object is emitted as it is (e.g. the
   * output of a `toSchemaOrg` conversion). Default `false`. With JSON-LD input and `embedData`, the
   * embedded script already serves both purposes.
   */
  jsonLd?: boolean | object;
}

/** The same test the data controller uses to tell schema.org JSON-LD from our shape. */
export const isJsonLd: (value: unknown) => boolean = isJsonLdValue;

/**
 * The kind of document: `review`, `claim`, `controversy` or `score`; JSON-LD is converted first. `undefined` when unknown.
 * With no element to ask, JSON-LD that holds several things is the first thing a card can show, in
 * `fromSchemaOrg`'s order (fact checks, then reviews, then works with reviews, then ratings); the element
 * of that kind takes the same node, so `renderDocument` embeds and renders one value.
 */
export function documentKind(data: unknown): DocumentKind | undefined {
  let value = data;
  if (isJsonLd(value)) {
    const adapted = fromSchemaOrg(value);
    if (!adapted.ok) return undefined;
    value = adapted.value;
  }
  return kindOfDocument(value);
}

/** The default tag for a document (`rc-review-card` for `"type": "review"`, …), or `undefined`. */
export function tagFor(data: unknown): string | undefined {
  const kind = documentKind(data);
  return kind && TAG_FOR_TYPE[kind];
}

const TAG_NAME = /^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/;
const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9_:.-]*$/i;

function resolveTag(element: string | typeof RcElement, options: RenderToStringOptions): string {
  let tag = options.tag;
  if (!tag && typeof element === 'string') tag = element;
  if (!tag && typeof element === 'function') {
    tag = customElements.getName?.(element as unknown as CustomElementConstructor) ?? undefined;
    if (!tag) {
      element.define();
      tag = element.tagName;
    }
  }
  if (!tag || !TAG_NAME.test(tag)) throw new TypeError(`renderToString: "${tag}" is not a custom element name`);
  if (!customElements.get(tag)) {
    if (typeof element === 'function') element.define(tag);
    else throw new TypeError(`renderToString: <${tag}> is not a review-cards element (known: ${Object.values(TAG_FOR_TYPE).join(', ')})`);
  }
  return tag;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The light-DOM children: the data for hydration and the JSON-LD for search engines. `kind` is what the
 * element shows: from JSON-LD it takes the first converted value of that kind, so that value is embedded.
 */
function childScripts(data: unknown, kind: DocumentKind | undefined, options: RenderToStringOptions): string {
  const scripts: string[] = [];
  const jsonLdInput = isJsonLd(data);
  if (options.embedData !== false && data !== undefined) {
    if (jsonLdInput) {
      // The browser loads the schema.org adapter lazily, so hydration reads the converted data from a
      // JSON child (it wins over JSON-LD) and the first client render matches the server's.
      // Only a value this element shows: with none, no JSON child, and the browser reaches the same
      // error state from the JSON-LD.
      const adapted = fromSchemaOrg(data, acceptFor(kind));
      if (adapted.ok) scripts.push(`<script type="application/json">${jsonForScript(adapted.value)}</script>`);
    }
    scripts.push(`<script type="${jsonLdInput ? 'application/ld+json' : 'application/json'}">${jsonForScript(data)}</script>`);
  }
  const jsonLd = options.jsonLd;
  const jsonLdAlreadyThere = jsonLdInput && options.embedData !== false;
  if (jsonLd === true && jsonLdInput && !jsonLdAlreadyThere) {
    scripts.push(`<script type="application/ld+json">${jsonForScript(data)}</script>`);
  } else if (typeof jsonLd === 'object' && jsonLd !== null) {
    scripts.push(`<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`);
  }
  return scripts.join('');
}

function template(tag: string, data: unknown, options: RenderToStringOptions) {
  const extra = Object.entries(options.attributes ?? {}).filter(([, v]) => v !== false);
  for (const [name] of extra) {
    if (!ATTRIBUTE_NAME.test(name) || /^on/i.test(name) || name.toLowerCase() === 'style') {
      throw new TypeError(`renderToString: the attribute "${name}" is not allowed`);
    }
  }
  // Static parts: the tag and the extra attributes (escaped here); bindings: data, lang, theme.
  const attributes = extra.map(([name, v]) => (v === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(v))}"`)).join('');
  const tagName = unsafeStatic(tag);
  return staticHtml`<${tagName}${unsafeStatic(attributes)} lang=${options.lang ?? nothing} theme=${options.theme ?? nothing} .data=${data}></${tagName}>`;
}

/** Removes the outer template's part markers, which only matter when that template is hydrated too. */
function finish(html: string, tag: string, children: string): string {
  const outer = /^<!--lit-part [^>]*?--><!--lit-node \d+-->([\s\S]*)<!--\/lit-part-->$/.exec(html);
  let out = outer ? outer[1]! : html;
  // The bindings leave a run of spaces after the tag name.
  if (out.startsWith(`<${tag} `)) out = `<${tag} ${out.slice(tag.length + 1).trimStart()}`;
  const close = `</${tag}>`;
  const at = out.lastIndexOf(close);
  if (children && at >= 0) out = out.slice(0, at) + children + out.slice(at);
  return out;
}

/**
 * Renders one element with its data to an HTML string with declarative shadow DOM: the full card
 * (text, links, score and its scale) readable without JavaScript. `data` is our shape or schema.org
 * JSON-LD; invalid data renders the element's error state, exactly as the browser would.
 *
 * ```js
 * import { renderToString } from 'review-cards/ssr';
 * const html = renderToString('rc-review-card', review, { lang: 'en' });
 * ```
 */
export function renderToString(element: string | typeof RcElement, data: unknown, options: RenderToStringOptions = {}): string {
  const tag = resolveTag(element, options);
  const html = collectResultSync(render(template(tag, data, options)));
  return finish(html, tag, childScripts(data, kindOfTag(tag), options));
}

/** As `renderToString`, for async directives; the output is the same. */
export async function renderToStringAsync(element: string | typeof RcElement, data: unknown, options: RenderToStringOptions = {}): Promise<string> {
  const tag = resolveTag(element, options);
  const html = await collectResult(render(template(tag, data, options)));
  return finish(html, tag, childScripts(data, kindOfTag(tag), options));
}

/** Renders a document under the tag its type calls for (`type: "review"` → `<rc-review-card>`; JSON-LD is converted to find it). */
export function renderDocument(data: unknown, options: RenderToStringOptions = {}): string {
  const tag = options.tag ?? tagFor(data);
  if (!tag) {
    throw new TypeError('renderDocument: cannot tell which element renders this document (no "type" of review, claim or controversy, no score "kind", and no convertible JSON-LD); pass options.tag');
  }
  return renderToString(tag, data, { ...options, tag });
}

// The elements' own compiled validators: the server judges data exactly as the browser will.
const VALIDATOR_FOR_KIND = { review: validateReview, claim: validateClaim, controversy: validateControversy, score: validateScore } as const;

/**
 * Which kind of document the element registered as `tag` renders, or `undefined` for a foreign tag: the
 * class's own `kind`, the one its data controller accepts JSON-LD by, so a subclass under a tag of its
 * own (`class MyCard extends ReviewCard`) counts as what it extends.
 */
function kindOfTag(tag: string): DocumentKind | undefined {
  const kind = (customElements.get(tag) as { kind?: unknown } | undefined)?.kind;
  return typeof kind === 'string' && kind in TAG_FOR_TYPE ? (kind as DocumentKind) : undefined;
}

/** `fromSchemaOrg`'s options for an element of `kind`: the data controller's, so both take the same node. */
const acceptFor = (kind: DocumentKind | undefined) => (kind ? forKind(kind) : {});

/**
 * The problems that make the element registered as `tag` show its error state for `data` (JSON-LD is
 * converted first, as the element does: the first value of the element's kind), each as `path: reason`;
 * empty when it renders the data.
 */
export function problemsFor(tag: string, data: unknown): string[] {
  const kind = kindOfTag(tag);
  if (!kind) return [];
  let value = data;
  if (isJsonLd(value)) {
    const adapted = fromSchemaOrg(value, acceptFor(kind));
    if (!adapted.ok) return describe(adapted.issues);
    value = adapted.value;
  }
  const result = VALIDATOR_FOR_KIND[kind](value);
  return result.ok ? [] : describe(result.issues);
}

const describe = (issues: readonly ValidationIssue[]): string[] => issues.map((i) => `${formatPath(i.path)}: ${i.message}`);

/** A short title for a document: the reviewed work, the controversy's subject or the claim's words. */
export function titleOf(data: unknown): string | undefined {
  if (!isPlainObject(data)) return undefined;
  const work = data['itemReviewed'];
  const candidates = [isPlainObject(work) ? work['name'] : undefined, data['subject'], data['headline'], data['name'], data['text']];
  const found = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
  return found && (found.length > 120 ? `${found.slice(0, 119)}…` : found);
}

export interface DocumentHtmlOptions {
  /** The page's `<title>`. */
  title?: string;
  /** `<html lang>`; also given to each element that has no `lang` of its own. Default `en`. */
  lang?: string;
  /**
   * Module scripts to load at the end of `<body>`, in order, e.g.
   * `['/review-cards/hydrate-support.js', '/review-cards/all.js']`. None: the page works without JavaScript.
   */
  scripts?: readonly string[];
  /** Extra markup for `<head>` (trusted: written as is). */
  head?: string;
}

const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A complete HTML page around server-rendered elements (strings from `renderToString`), with the
 * module scripts that hydrate them. Handy for previews, static exports and tests.
 */
export function renderDocumentHtml(body: string | readonly string[], options: DocumentHtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const parts = typeof body === 'string' ? [body] : body;
  const scripts = (options.scripts ?? []).map((src) => `<script type="module" src="${escapeAttribute(src)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(options.title ?? 'review-cards')}</title>
${options.head ?? ''}
</head>
<body>
${parts.join('\n')}
${scripts}
</body>
</html>
`;
}
