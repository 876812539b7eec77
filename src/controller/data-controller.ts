import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isSafeUrl } from '../schemas/rules.js';
import { describeIssues, formatPath, type ValidationIssue, type ValidationResult } from '../schemas/validate.js';
import { RcErrorEvent, type DataChannel } from '../internal/events.js';
import { unwrapScriptText } from '../adapters/schema-org/script-text.js';
import { fetchJson } from './fetch-json.js';
import { loadSchemaOrgAdapter, loadedSchemaOrgAdapter } from './schema-org-loader.js';

export type DataState<T> =
  /** No data yet (nothing given, or a child script still to come): space stays reserved. */
  | { status: 'pending' }
  /** `src` is being fetched, or the schema.org adapter is loading to convert JSON-LD. */
  | { status: 'loading'; channel: DataChannel }
  | { status: 'ready'; value: T; channel: DataChannel; warnings: ValidationIssue[] }
  | { status: 'error'; issues: ValidationIssue[]; channel: DataChannel };

// Conversions waiting on the lazy adapter, per element: `updateComplete` waits for them (RcElement).
const conversions = new WeakMap<HTMLElement, Promise<unknown>>();

/** Settles once `element`'s data no longer waits on a lazy import; at once when it does not. */
export const dataConversion = (element: HTMLElement): Promise<unknown> | undefined => conversions.get(element);

/** What the controller reads from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | undefined;
  /** Milliseconds before a `src` request is abandoned. */
  srcTimeout: number;
  /** Largest `src` response, and largest child script, in bytes. */
  srcMaxBytes: number;
}

export interface DataControllerOptions<T> {
  /**
   * Validates every channel's data. The elements pass the compiled validators of
   * `src/schemas/lean` (zod's checks without zod's runtime); for a zod schema of your own, pass
   * `(input) => validate(MySchema, input)`.
   */
  validate: (input: unknown) => ValidationResult<T>;
  /** Attribute-only input (the badge's `value`/`best`); `undefined` when none is set. Reads properties, not the DOM. */
  fromAttributes?: () => unknown;
}

const isJsonLd = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) &&
  ('@context' in value || '@type' in value || '@graph' in value);

const loadIssue = (code: string, message: string): ValidationIssue[] => [{ path: [], message, severity: 'error', code }];

// One observer for every element's light DOM (a child script added, edited or removed), rather than one
// per element: a page of a thousand cards keeps one observer and one callback.
const observed = new WeakMap<Node, { childChanged(): void }>();
let childObserver: MutationObserver | undefined;
const observeChildren = (host: HTMLElement, controller: { childChanged(): void }) => {
  observed.set(host, controller);
  childObserver ??= new MutationObserver((records) => {
    const changed = new Set<{ childChanged(): void }>();
    for (const { target } of records) {
      // The record's target is the element or a node inside its light DOM; nested elements have their own.
      for (let node: Node | null = target; node; node = node.parentNode) {
        const controller = observed.get(node);
        if (controller) {
          changed.add(controller);
          break;
        }
      }
    }
    for (const controller of changed) controller.childChanged();
  });
  childObserver.observe(host, { childList: true, subtree: true, characterData: true });
};

/** A short fingerprint of a child script (cyrb53), so the controller does not keep a copy of its text. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}`;
}

/**
 * Loads an element's data from the first channel that has any — the `data` property, `src`, a child
 * `<script type="application/json">`, a child `<script type="application/ld+json">`, then attributes —
 * validates it, and reports errors once (event + console warning). The element renders `state` and nothing else.
 */
export class DataController<T> implements ReactiveController {
  private current: DataState<T> = { status: 'pending' };
  private inputs: { data?: unknown; src?: string; scripts?: string; attributes?: string } = {};
  private childVersion = 0;
  private seenChildVersion = -1;
  private request?: AbortController;
  private requestId = 0;
  private reportedError?: string;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataControllerOptions<T>,
  ) {
    host.addController(this);
  }

  /**
   * The current state; on the server (no DOM) it is derived from the `data` property and attributes.
   * During an update it is ready before render(); read between updates, a released value is derived again.
   */
  get state(): DataState<T> {
    if (isServer) this.resolve(false);
    else if (this.current === this.released) this.current = this.rederive();
    return this.current;
  }

  /**
   * Stands in for a ready state whose value was dropped after rendering (see hostUpdated): the element
   * keeps its DOM, and the value is derived again from the same input when an update needs it.
   */
  private readonly released: DataState<T> = { status: 'pending' };

  /** The state for the current input, validated afresh: the data property, the child script or the attributes. */
  private rederive(): DataState<T> {
    const { data, scripts, attributes } = this.inputs;
    if (data !== undefined) return this.check(data, 'property');
    if (scripts !== undefined) return this.readScripts(true)?.state ?? { status: 'pending' };
    if (attributes !== undefined) return this.check(this.options.fromAttributes?.(), 'attributes');
    return { status: 'pending' };
  }

  hostConnected(): void {
    if (isServer) return;
    observeChildren(this.host, this);
    // Re-fetch after a remove/re-add: the old request was aborted on disconnect. Lit does not update on
    // reconnection by itself, so ask for one.
    if (this.current.status === 'loading') {
      this.inputs.src = undefined;
      this.host.requestUpdate();
    }
  }

  /** Called by the shared observer when the element's light DOM changed. */
  childChanged(): void {
    this.childVersion++;
    // Scripts are read again when they matter: now if they are the channel in use and changed, else
    // once the data property and src are gone. An unrelated change to the light DOM renders nothing.
    if (this.host.data !== undefined || this.host.src) return;
    if (this.firstScript()?.key === this.inputs.scripts) return;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // The shared observer cannot unobserve one node; a detached element is forgotten until it returns.
    observed.delete(this.host);
    this.request?.abort();
    this.request = undefined;
  }

  hostUpdate(): void {
    this.resolve(true);
    // Derive a released value here, before render(), which must not read the DOM (child scripts).
    if (this.current === this.released) this.current = this.rederive();
  }

  hostUpdated(): void {
    const state = this.current;
    if (state.status !== 'error') {
      this.reportedError = undefined;
      // The DOM shows the value now; unless only a new request could bring it back (src), let it go.
      if (state.status === 'ready' && state.channel !== 'src') this.current = this.released;
      return;
    }
    const key = `${state.channel}\n${describeIssues(state.issues)}`;
    if (key === this.reportedError) return;
    this.reportedError = key;
    const first = state.issues[0];
    const message = `<${this.host.localName}> could not show its ${state.channel} data: ${
      first ? `${formatPath(first.path)}: ${first.message}` : 'unknown problem'
    }${state.issues.length > 1 ? ` (+${state.issues.length - 1} more)` : ''}`;
    console.warn(`[review-cards] ${message}`, state.issues);
    this.host.dispatchEvent(new RcErrorEvent({ issues: state.issues, channel: state.channel, message }));
  }

  /** Re-reads the inputs and recomputes the state when any changed. `withDom` is false on the server. */
  private resolve(withDom: boolean): void {
    const { data, src } = this.host;
    if (data !== undefined) {
      this.seenChildVersion = -1; // read the scripts again if `data` is removed later
      if (this.inputs.data !== data) {
        this.abortRequest();
        this.inputs = { data };
        this.current = this.check(data, 'property');
      }
      return;
    }
    if (src) {
      this.seenChildVersion = -1;
      if (withDom && this.inputs.src !== src) {
        this.inputs = { src };
        this.load(src);
      }
      return;
    }
    this.abortRequest();
    if (withDom && this.seenChildVersion !== this.childVersion) {
      this.seenChildVersion = this.childVersion;
      const scripts = this.readScripts();
      if (scripts) {
        if (this.inputs.scripts !== scripts.key) {
          this.inputs = { scripts: scripts.key };
          this.current = scripts.state;
        }
        return;
      }
    } else if (this.inputs.scripts !== undefined) {
      return;
    }
    const attributes = this.options.fromAttributes?.();
    if (attributes !== undefined) {
      const key = JSON.stringify(attributes);
      if (this.inputs.attributes !== key) {
        this.inputs = { attributes: key };
        this.current = this.check(attributes, 'attributes');
      }
      return;
    }
    this.inputs = {};
    this.current = { status: 'pending' };
  }

  /**
   * Validates our shape, or converts schema.org JSON-LD first (from `src`, the JSON-LD child, and the
   * `data` property, so a server render of JSON-LD matches the browser's render of the same JSON-LD child).
   */
  private check(input: unknown, channel: DataChannel): DataState<T> {
    let value = input;
    // A JSON-LD script may hold a top-level array of nodes (several plugins emit one); the adapter judges it.
    if (channel === 'json-ld' ? typeof input === 'object' && input !== null : (channel === 'src' || channel === 'property') && isJsonLd(input)) {
      const fromSchemaOrg = loadedSchemaOrgAdapter();
      if (!fromSchemaOrg) return this.awaitAdapter(input, channel);
      // Of several things on the page, the first this element can show (the first review for a review card).
      const adapted = fromSchemaOrg(input, { accept: (value) => this.options.validate(value).ok });
      if (!adapted.ok) return { status: 'error', issues: adapted.issues, channel };
      value = adapted.value;
    } else if (channel === 'json-ld') {
      return { status: 'error', channel, issues: loadIssue('not-json-ld', 'the JSON-LD script has no @context or @type') };
    }
    const result = this.options.validate(value);
    return result.ok
      ? { status: 'ready', value: result.value, channel, warnings: result.warnings }
      : { status: 'error', issues: result.issues, channel };
  }

  /**
   * A loading state that converts `input` once the adapter arrives, unless other input has replaced
   * it by then (the state object itself is the token: any new input assigns a new state).
   */
  private awaitAdapter(input: unknown, channel: DataChannel): DataState<T> {
    const waiting: DataState<T> = { status: 'loading', channel };
    if (isServer) {
      return { status: 'error', channel, issues: loadIssue('adapter-unavailable', 'JSON-LD needs the schema.org adapter; render through review-cards/ssr') };
    }
    const conversion: Promise<void> = loadSchemaOrgAdapter().then(
      () => this.settle(waiting, conversion, () => this.check(input, channel)),
      (error: unknown) =>
        this.settle(waiting, conversion, () => ({
          status: 'error',
          channel,
          issues: loadIssue('adapter-unavailable', `the schema.org adapter could not be loaded (${error instanceof Error ? error.message : String(error)})`),
        })),
    );
    conversions.set(this.host, conversion);
    return waiting;
  }

  private settle(waiting: DataState<T>, conversion: Promise<unknown>, next: () => DataState<T>): void {
    if (conversions.get(this.host) === conversion) conversions.delete(this.host);
    if (this.current !== waiting) return;
    this.current = next();
    this.host.requestUpdate();
  }

  /** The first child script with our JSON, else the first with JSON-LD. Direct children only. */
  private firstScript(): { channel: 'json' | 'json-ld'; text: string; key: string } | undefined {
    for (const [type, channel] of [['application/json', 'json'], ['application/ld+json', 'json-ld']] as const) {
      const script = this.host.querySelector(`:scope > script[type="${type}"]`);
      if (!script) continue;
      const text = script.textContent ?? '';
      return { channel, text, key: `${channel}\n${fingerprint(text)}` };
    }
    return undefined;
  }

  private readScripts(again = false): { key: string; state: DataState<T> } | undefined {
    const script = this.firstScript();
    if (script) {
      const { channel, text, key } = script;
      if (key === this.inputs.scripts && !again) return { key, state: this.current };
      if (text.length > this.host.srcMaxBytes) {
        return { key, state: { status: 'error', channel, issues: loadIssue('too-large', `the script holds ${text.length} characters; the limit is ${this.host.srcMaxBytes}`) } };
      }
      let parsed: unknown;
      try {
        // Search engines read JSON-LD through the CDATA or HTML comment guards some CMS templates add.
        parsed = JSON.parse(channel === 'json-ld' ? unwrapScriptText(text) : text);
      } catch (error) {
        return { key, state: { status: 'error', channel, issues: loadIssue('invalid-json', `the script is not valid JSON (${(error as Error).message})`) } };
      }
      return { key, state: this.check(parsed, channel) };
    }
    return undefined;
  }

  private load(src: string): void {
    this.abortRequest();
    if (!isSafeUrl(src)) {
      this.current = { status: 'error', channel: 'src', issues: loadIssue('blocked-url', 'src must be an http(s) or relative URL; nothing was requested') };
      return;
    }
    const request = new AbortController();
    const id = ++this.requestId;
    this.request = request;
    this.current = { status: 'loading', channel: 'src' };
    fetchJson(src, { signal: request.signal, timeoutMs: this.host.srcTimeout, maxBytes: this.host.srcMaxBytes, baseUrl: document.baseURI }).then(
      (result) => {
        if (id !== this.requestId || request.signal.aborted) return;
        this.request = undefined;
        this.current = result.ok ? this.check(result.value, 'src') : { status: 'error', channel: 'src', issues: loadIssue(result.code, result.message) };
        this.host.requestUpdate();
      },
      () => {
        // fetchJson never rejects; this guards against a host page that patched fetch.
      },
    );
  }

  private abortRequest(): void {
    if (this.request) {
      this.requestId++;
      this.request.abort();
      this.request = undefined;
    }
  }
}
