// The blocks of each component's docs page (stories/*.mdx), made from the Custom
// Elements Manifest and the generated JSON Schema, so that nothing in the docs is
// written twice: attributes, properties, events, slots, parts and custom
// properties with their defaults, and the fields of the element's data.
import { createElement as h, type ReactNode } from 'react';
import manifest from '../custom-elements.json' with { type: 'json' };
import jsonSchema from '../schema/review-cards.schema.json' with { type: 'json' };
import type { Score } from '../src/index.js';
import { embedSnippet, type Tag } from './embed-snippet.js';
import { claim, controversy, review } from './support.js';

interface Described {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Member extends Described {
  kind: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
  readonly?: boolean;
}
interface Declaration extends Described {
  tagName?: string;
  attributes?: (Described & { fieldName?: string })[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);

function declaration(tag: Tag): Declaration {
  const found = declarations.find((d) => d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>; run npm run analyze`);
  return found;
}

/** The element's own description, from its class comment. */
export const componentDescription = (tag: Tag): string => declaration(tag).description ?? '';

const code = (text: string | undefined): ReactNode => (text ? h('code', null, text) : '—');

/** A description with its `code spans` as code, the way the source comments write them. */
const prose = (text: string | undefined): ReactNode =>
  (text ?? '').split('`').map((piece, i) => (i % 2 ? h('code', { key: i }, piece) : piece));

function table(caption: string, headers: string[], rows: ReactNode[][]): ReactNode {
  if (rows.length === 0) return h('p', null, `No ${caption.toLowerCase()}.`);
  return h(
    'table',
    null,
    h('caption', null, caption),
    h('thead', null, h('tr', null, headers.map((text) => h('th', { key: text, scope: 'col' }, text)))),
    h('tbody', null, rows.map((cells, i) => h('tr', { key: i }, cells.map((cell, j) => h('td', { key: j }, cell))))),
  );
}

/** Attributes, properties, events, slots, parts and custom properties of `tag`, with defaults. */
export function ApiTables({ tag }: { tag: Tag }): ReactNode {
  const d = declaration(tag);
  const members = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  const defaultOf = (field?: string) => members.find((m) => m.name === field)?.default;
  return h(
    'div',
    { className: 'rc-api' },
    h('h2', { id: 'attributes' }, 'Attributes'),
    table('Attributes', ['Attribute', 'Type', 'Default', 'Description'], (d.attributes ?? []).map((a) => [
      code(a.name), code(a.type?.text), code(defaultOf(a.fieldName) ?? a.default), prose(a.description),
    ])),
    h('h2', { id: 'properties' }, 'Properties'),
    table('Properties', ['Property', 'Attribute', 'Type', 'Default', 'Description'], members.map((m) => [
      code(m.name), code(m.attribute), code(m.type?.text), code(m.default), prose(m.description),
    ])),
    h('h2', { id: 'events' }, 'Events'),
    table('Events', ['Event', 'Type', 'Description'], (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), prose(e.description)])),
    h('h2', { id: 'slots' }, 'Slots'),
    table('Slots', ['Slot', 'Description'], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', prose(s.description)])),
    h('h2', { id: 'parts' }, 'Parts'),
    table('CSS parts', ['Part', 'Description'], (d.cssParts ?? []).map((p) => [code(p.name), prose(p.description)])),
    h('h2', { id: 'custom-properties' }, 'Custom properties'),
    table('CSS custom properties', ['Property', 'Default', 'Description'], (d.cssProperties ?? []).map((p) => [
      code(p.name), code(p.default), prose(p.description),
    ])),
  );
}

type JsonSchemaNode = {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  description?: string;
};
const defs = (jsonSchema as { $defs: Record<string, JsonSchemaNode> }).$defs;

function typeText(node: JsonSchemaNode): string {
  if (node.$ref) return node.$ref.split('/').pop() ?? node.$ref;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.type === 'array' && node.items) return `${typeText(node.items)}[]`;
  const union = node.anyOf ?? node.oneOf;
  if (union) return union.map(typeText).join(' | ');
  return [node.type ?? 'any'].flat().join(' | ');
}

/** The data each element takes, by the JSON Schema's definitions. */
const DATA_DEFS: Record<Tag, string[]> = {
  'rc-score-badge': ['NumericScore', 'LetterScore', 'NamedScore'],
  'rc-review-card': ['Review'],
  'rc-claim-quote': ['Claim', 'Verification'],
  'rc-controversy-summary': ['Controversy', 'Position', 'TimelineEvent'],
};

/** The fields of the data `tag` takes, from the generated JSON Schema (itself generated from the zod schemas). */
export function DataFields({ tag }: { tag: Tag }): ReactNode {
  return h(
    'div',
    null,
    DATA_DEFS[tag].map((name) => {
      const def = defs[name];
      if (!def?.properties) return null;
      const required = new Set(def.required ?? []);
      return h(
        'div',
        { key: name },
        h('h3', { id: `data-${name.toLowerCase()}` }, name),
        def.description ? h('p', null, prose(def.description)) : null,
        table(`${name} fields`, ['Field', 'Type', 'Required'], Object.entries(def.properties)
          .filter(([field]) => field !== '$schema')
          .map(([field, node]) => [code(field), code(typeText(node)), required.has(field) ? 'yes' : ''])),
      );
    }),
  );
}

/** The live example of each docs page: a data/ document as it is, and where it comes from. */
export const EXAMPLES: Record<Tag, { data: unknown; from: string }> = {
  'rc-score-badge': {
    data: review('faces-of-the-resistance').reviewRating as Score,
    from: 'the `reviewRating` of `data/reviews/faces-of-the-resistance.json`',
  },
  'rc-review-card': { data: review('russians-at-war'), from: '`data/reviews/russians-at-war.json`' },
  'rc-claim-quote': { data: claim('alexei-smirnov-video-message'), from: '`data/claims/alexei-smirnov-video-message.json`' },
  'rc-controversy-summary': { data: controversy('russians-at-war'), from: '`data/controversies/russians-at-war.json`' },
};

/** The copy-paste HTML for a plain page: the CDN script and the tag with the example inside. */
export const cdnSnippet = (tag: Tag): string => embedSnippet(tag, EXAMPLES[tag].data);

const ENTRY: Record<Tag, { module: string; type: string; variable: string }> = {
  'rc-score-badge': { module: 'score-badge', type: 'Score', variable: 'score' },
  'rc-review-card': { module: 'review-card', type: 'Review', variable: 'review' },
  'rc-claim-quote': { module: 'claim-quote', type: 'Claim', variable: 'claim' },
  'rc-controversy-summary': { module: 'controversy-summary', type: 'Controversy', variable: 'controversy' },
};

/** The same in an app: import the tag, check data from elsewhere, set it as a typed object. */
export function npmSnippet(tag: Tag): string {
  const { module, type, variable } = ENTRY[tag];
  const show = `show${type}`;
  return [
    `// npm install review-cards`,
    `import 'review-cards/${module}.js'; // registers <${tag}>`,
    `import { validate${type}, type ${type} } from 'review-cards';`,
    ``,
    `function ${show}(${variable}: ${type}, where: Element): void {`,
    `  const element = document.createElement('${tag}');`,
    `  element.data = ${variable}; // a typed object; wins over src and child scripts`,
    `  element.addEventListener('rc-error', (event) => console.warn(event.detail.issues));`,
    `  where.append(element);`,
    `}`,
    ``,
    `// Data from elsewhere: check it with the rules the element itself uses.`,
    `const result = validate${type}(await (await fetch('/my-${variable}.json')).json());`,
    `if (result.ok) ${show}(result.value, document.querySelector('main')!);`,
    `else console.warn(result.issues);`,
  ].join('\n');
}
