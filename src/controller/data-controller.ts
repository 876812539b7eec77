import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { forKind, isJsonLd, type DocumentKind } from '../schemas/guards.js';
import { isSafeUrl } from '../schemas/rules.js';
import { describeIssues, formatPath, type ValidationIssue, type ValidationResult } from '../schemas/validate.js';
import { RcErrorEvent, type DataChannel } from '../internal/events.js';
import { unwrapScriptText } from '../adapters/schema-org/script-text.js';
import { firstChildScript, observeChildren, unobserveChildren, type ChildScript } from './child-scripts.js';
import { fetchJson } from './fetch-json.js';
import { loadSchemaOrgAdapter, loadedSchemaOrgAdapter } from './schema-org-loader.js';

export type DataState<T> =
  /** No data yet (nothing given, or a child script still to come): space stays reserved. */
  | { status: 'pending' }
  /** `src` is being fetched, or the schema.org adapter is loading to convert JSON-LD. */
  | { status: 'loading'; channel: DataChannel }
  /** Valid data; `warnings` are the validator's and, for JSON-LD, the adapter's. */
  | { status: 'ready'; value: T; channel: DataChannel; warnings: ValidationIssue[] }
  | { status: 'error'; issues: ValidationIssue[]; channel: DataChannel }
  /**
   * Ready data that has been rendered and let go (see `releaseRenderedValue`): the next update derives it
   * again from the same input before render(). Only seen between updates.
   */
  | { status: 'released'; channel: DataChannel };

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
  /**
   * The kind of document the element shows. JSON-LD is converted and validated by the schema.org adapter;
   * with `kind`, the first converted value of this kind is taken as it is, without a second validation.
   * Without it, converted values are offered to `validate` in turn.
   */
  kind?: DocumentKind;
  /** Attribute-only input (the badge's `value`/`best`); `undefined` when none is set. Reads properties, not the DOM. */
  fromAttributes?: () => unknown;
}

/** The input a state was derived from: its channel and what identifies it (the object, URL, script fingerprint). */
interface InputKey {
  channel: DataChannel | undefined;
  key: unknown;
}

const loadIssue = (code: string, message: string): ValidationIssue[] => [{ path: [], message, severity: 'error', code }];

/**
 * Loads an element's data from the first channel that has any — the `data` property, `src`, a child
 * `<script type="application/json">`, a child `<script type="application/ld+json">`, then attributes —
 * validates it once, and reports errors once (event + console warning). The element renders `state`.
 *
 * Each update, `resolve()` finds the input that wins and derives a new state only when that input changed.
 */
export class DataController<T> implements ReactiveController {
  private current: DataState<T> = { status: 'pending' };
  private input: InputKey = { channel: undefined, key: undefined };
  private request?: AbortController;
  private converting?: Promise<void>;
  private reportedError?: string;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataControllerOptions<T>,
  ) {
    host.addController(this);
  }

  /** The state as of the last update (or of a fetch or conversion that finished since). */
  get state(): DataState<T> {
    return this.current;
  }

  /** Settles once the JSON-LD conversion in flight, if any, has set the state; `undefined` when none is. */
  get conversion(): Promise<void> | undefined {
    return this.converting;
  }

  hostConnected(): void {
    if (isServer) return;
    observeChildren(this.host, () => this.childrenChanged());
    // Fetch again after a remove and re-add: the request was aborted on disconnect. Lit does not update on
    // reconnection by itself, so ask for one.
    if (this.current.status === 'loading' && this.input.channel === 'src') {
      this.input = { channel: undefined, key: undefined };
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    unobserveChildren(this.host);
    this.abortRequest();
  }

  hostUpdate(): void {
    this.resolve();
  }

  hostUpdated(): void {
    this.reportError();
    this.releaseRenderedValue();
  }

  /**
   * Derives the state from the input that wins — the `data` property, then `src`, then a child script,
   * then attributes — unless it is the input the state already came from. Reads the light DOM, so it runs
   * before render(), never during it. On the server (no DOM, no fetch) only `data` and attributes count.
   */
  resolve(): void {
    const { data, src } = this.host;
    if (data !== undefined) return this.use('property', data, () => this.check(data, 'property'));
    if (src) return this.use('src', src, () => this.fetch(src));
    const script = isServer ? undefined : firstChildScript(this.host);
    if (script) return this.use(script.channel, script.key, () => this.parse(script));
    const attributes = this.options.fromAttributes?.();
    if (attributes !== undefined) return this.use('attributes', JSON.stringify(attributes), () => this.check(attributes, 'attributes'));
    this.use(undefined, undefined, () => ({ status: 'pending' }));
  }

  private use(channel: DataChannel | undefined, key: unknown, derive: () => DataState<T>): void {
    if (channel === this.input.channel && key === this.input.key && this.current.status !== 'released') return;
    this.abortRequest();
    this.input = { channel, key };
    this.current = derive();
  }

  /** Called by the shared observer when the element's light DOM changed. */
  private childrenChanged(): void {
    // Scripts count only when neither `data` nor `src` is set, and only a different script changes
    // anything: an unrelated change to the light DOM renders nothing.
    if (this.host.data !== undefined || this.host.src) return;
    const channel = this.input.channel;
    const current = channel === 'json' || channel === 'json-ld' ? this.input.key : undefined;
    if (firstChildScript(this.host)?.key !== current) this.host.requestUpdate();
  }

  /**
   * Lets a rendered value go: the DOM shows it now, and the next update derives it again from the same
   * input (the property, the child script, the attributes), so a page of cards does not hold a validated
   * copy of every document beside its DOM (7.6 → 2.6 KB of JS heap per card fed by a child script, see
   * bench/NOTES.md). A fetched value stays: only a new request could bring it back.
   */
  private releaseRenderedValue(): void {
    const state = this.current;
    if (!isServer && state.status === 'ready' && state.channel !== 'src') this.current = { status: 'released', channel: state.channel };
  }

  /** Validates our shape, or converts schema.org JSON-LD (which the adapter validates) first. */
  private check(input: unknown, channel: DataChannel): DataState<T> {
    // A JSON-LD script may hold a top-level array of nodes (several plugins emit one); the adapter judges it.
    const jsonLd = channel === 'json-ld' ? typeof input === 'object' && input !== null : (channel === 'src' || channel === 'property') && isJsonLd(input);
    if (channel === 'json-ld' && !jsonLd) {
      return { status: 'error', channel, issues: loadIssue('not-json-ld', 'the JSON-LD script has no @context or @type') };
    }
    const result = jsonLd ? this.convert(input, channel) : this.options.validate(input);
    if (!result) return this.awaitAdapter(input, channel);
    return result.ok
      ? { status: 'ready', value: result.value, channel, warnings: result.warnings }
      : { status: 'error', issues: result.issues, channel };
  }

  /** The adapter's validated result for this element, or `undefined` while the adapter is not loaded. */
  private convert(input: unknown, channel: DataChannel): ValidationResult<T> | undefined {
    const fromSchemaOrg = loadedSchemaOrgAdapter();
    if (!fromSchemaOrg) return undefined;
    const { kind, validate } = this.options;
    // Of several things in the JSON-LD, the first this element shows (the first review for a review card).
    if (kind) return fromSchemaOrg(input, forKind(kind)) as ValidationResult<T>;
    // A validator of the caller's own decides which converted value it takes: its result is the value.
    let taken: T | undefined;
    const adapted = fromSchemaOrg(input, {
      accept: (value) => {
        const result = validate(value);
        if (result.ok) taken = result.value;
        return result.ok;
      },
    });
    return adapted.ok ? { ok: true, value: taken as T, warnings: adapted.warnings } : adapted;
  }

  /**
   * A loading state that converts `input` once the adapter arrives, unless other input has replaced it
   * by then (the state object itself is the token: any new input assigns a new state).
   */
  private awaitAdapter(input: unknown, channel: DataChannel): DataState<T> {
    if (isServer) {
      return { status: 'error', channel, issues: loadIssue('adapter-unavailable', 'JSON-LD needs the schema.org adapter; render through review-cards/ssr') };
    }
    const waiting: DataState<T> = { status: 'loading', channel };
    const conversion: Promise<void> = loadSchemaOrgAdapter()
      .then(
        () => this.check(input, channel),
        (error: unknown): DataState<T> => ({
          status: 'error',
          channel,
          issues: loadIssue('adapter-unavailable', `the schema.org adapter could not be loaded (${error instanceof Error ? error.message : String(error)})`),
        }),
      )
      .then((next) => {
        if (this.converting === conversion) this.converting = undefined;
        this.settle(waiting, next);
      });
    this.converting = conversion;
    return waiting;
  }

  /** Replaces `waiting` by `next` and asks for an update, unless other input replaced `waiting` first. */
  private settle(waiting: DataState<T>, next: DataState<T>): void {
    if (this.current !== waiting) return;
    this.current = next;
    this.host.requestUpdate();
  }

  private parse({ channel, text }: ChildScript): DataState<T> {
    if (text.length > this.host.srcMaxBytes) {
      return { status: 'error', channel, issues: loadIssue('too-large', `the script holds ${text.length} characters; the limit is ${this.host.srcMaxBytes}`) };
    }
    let parsed: unknown;
    try {
      // Search engines read JSON-LD through the CDATA or HTML comment guards some CMS templates add.
      parsed = JSON.parse(channel === 'json-ld' ? unwrapScriptText(text) : text);
    } catch (error) {
      return { status: 'error', channel, issues: loadIssue('invalid-json', `the script is not valid JSON (${(error as Error).message})`) };
    }
    return this.check(parsed, channel);
  }

  private fetch(src: string): DataState<T> {
    // No fetching on the server: the element renders its placeholder there.
    if (isServer) return { status: 'pending' };
    if (!isSafeUrl(src)) {
      return { status: 'error', channel: 'src', issues: loadIssue('blocked-url', 'src must be an http(s) or relative URL; nothing was requested') };
    }
    const request = new AbortController();
    const waiting: DataState<T> = { status: 'loading', channel: 'src' };
    this.request = request;
    fetchJson(src, { signal: request.signal, timeoutMs: this.host.srcTimeout, maxBytes: this.host.srcMaxBytes, baseUrl: document.baseURI }).then(
      (result) => {
        if (this.request !== request) return;
        this.request = undefined;
        this.settle(waiting, result.ok ? this.check(result.value, 'src') : { status: 'error', channel: 'src', issues: loadIssue(result.code, result.message) });
      },
      () => {
        // fetchJson never rejects; this guards against a host page that patched fetch.
      },
    );
    return waiting;
  }

  private abortRequest(): void {
    this.request?.abort();
    this.request = undefined;
  }

  /** One `rc-error` event and one console warning per distinct error. */
  private reportError(): void {
    const state = this.current;
    if (state.status !== 'error') {
      if (state.status !== 'released') this.reportedError = undefined;
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
}
