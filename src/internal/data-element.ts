import { adoptStyles, isServer, nothing, render, type LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../controller/data-controller.js';
import type { DocumentKind } from '../schemas/guards.js';
import type { ValidationIssue, ValidationResult } from '../schemas/validate.js';
import { RcElement } from './rc-element.js';
import { warnOnce } from './warn.js';

/**
 * Whether @lit-labs/ssr-client's hydrate support is installed (`review-cards/hydrate-support.js`): it adds
 * `defer-hydration` to every LitElement's observed attributes, and makes Lit's first update adopt a
 * declarative shadow root's nodes instead of rendering after them. The CDN file does not include it.
 */
const hydrateSupported = (element: typeof LitElement): boolean => element.observedAttributes.includes('defer-hydration');

/**
 * Base of the elements that show one document: the `data` and `src` properties, the data controller, and
 * the branch between the pending, error and ready states. An element supplies its validator, the kind of
 * document it shows, and how it renders a valid value, its error and its placeholder.
 *
 * It also decides how the DOM is written, with public Lit API only (see `keepsParts`), and adopts
 * server-rendered DOM, or renders afresh where it cannot.
 */
export abstract class DataElement<T> extends RcElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
  };

  /** The kind of document the element shows; JSON-LD is converted to it. */
  protected static kind?: DocumentKind;

  /**
   * Whether the first render keeps Lit's parts. Elements a page holds many of (badges, cards, quotes)
   * write their first render into a fragment of their own with lit-html's `render()`, so its parts (one
   * or two objects per binding, about 7 KB per review card) are garbage once it is in the DOM; Lit's own
   * render of that update renders nothing. The first update after that (a toggle, new data) removes
   * those nodes and lets Lit render afresh, keeping its parts, so an element the reader uses updates in
   * place from then on. An element a page has one of, large and full of toggles, keeps them from the start.
   */
  protected static keepsParts = false;

  /**
   * The document as a typed object; wins over `src`, child scripts and attributes. Each element declares
   * it again with its own type and words, which the manifest shows.
   * @ignore
   */
  data?: T;

  /** URL of a JSON document (our shape, or schema.org JSON-LD) to fetch. */
  src?: string;

  protected readonly source: DataController<T> = new DataController<T>(this, {
    validate: (input) => this.validate(input),
    kind: (this.constructor as typeof DataElement).kind,
    fromAttributes: () => this.dataFromAttributes(),
  });

  /** Validates any channel's data: the element's compiled validator. */
  protected abstract validate(input: unknown): ValidationResult<T>;
  /** Renders valid data. */
  protected abstract renderValue(value: T): TemplateResult;
  /** Renders the error state. */
  protected abstract renderError(issues: ValidationIssue[]): TemplateResult;
  /** Renders the space-reserving placeholder shown before data arrives. */
  protected abstract renderPending(): TemplateResult;

  /** The data the attributes describe, or `undefined` when they describe none (the badge's `value`, `best`, …). */
  protected dataFromAttributes(): unknown {
    return undefined;
  }

  /** Top-level nodes of a first render whose parts were let go; removed before the next render. */
  private releasedNodes?: ChildNode[];
  /** Set while the first render goes into a fragment: Lit's own render of that update renders nothing. */
  private renderingIntoFragment = false;
  /** The shadow root holds server DOM for the first update to adopt (hydrate support is loaded). */
  private hydrating = false;
  /** Server DOM no hydrate support adopts: replaced by the first update. */
  private serverNodes?: ChildNode[];

  override render(): TemplateResult | typeof nothing {
    if (this.renderingIntoFragment) return nothing;
    const state = this.source.state;
    if (state.status === 'ready') return this.renderValue(state.value);
    if (state.status === 'error') return this.renderError(state.issues);
    return this.renderPending();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // A declarative shadow root from the server. Its <style> elements stay for good: they style the
    // server's nodes while those are adopted, and do no harm after the element's own.
    const server = Array.from(root.childNodes).filter((node) => node.nodeName !== 'STYLE');
    if (!server.length) return root;
    if (hydrateSupported(this.constructor as typeof LitElement)) {
      this.hydrating = true;
    } else {
      this.serverNodes = server;
      // Lit renders before the root's first node, which is about to go: render after the styles instead.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /**
   * Before the first update of server DOM rendered from JSON-LD, converts the JSON-LD too (the adapter
   * loads on first use), so the first client render is the server's: adopted as it is, or replaced by
   * the same card, never by a placeholder that changes its size.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if ((this.hydrating || this.serverNodes) && !this.hasUpdated) {
      this.source.resolve();
      const conversion = this.source.conversion;
      if (conversion) return conversion.then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The server renderer calls willUpdate but runs no controllers: derive the state here.
    if (isServer) this.source.resolve();
  }

  protected override update(changed: PropertyValues): void {
    if (this.hydrating) {
      this.hydrating = false;
      this.adoptServerDom(changed);
      return;
    }
    // Replaced in the same task as the render below, so the page never paints without them.
    for (const node of this.serverNodes ?? []) node.remove();
    this.serverNodes = undefined;
    if (!this.hasUpdated && !(this.constructor as typeof DataElement).keepsParts) {
      this.renderIntoFragment(changed);
    } else if (this.releasedNodes) {
      this.renderAfresh(changed);
    } else {
      super.update(changed);
    }
  }

  /** Also waits for JSON-LD data to be converted by the lazily loaded schema.org adapter and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let conversion = this.source.conversion; conversion; conversion = this.source.conversion) {
      await conversion;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The first render, with parts that are garbage once it is in the DOM (see `keepsParts`). */
  private renderIntoFragment(changed: PropertyValues): void {
    const value = this.render();
    this.renderingIntoFragment = true;
    try {
      super.update(changed);
    } finally {
      this.renderingIntoFragment = false;
    }
    const fragment = document.createDocumentFragment();
    render(value, fragment, { ...this.renderOptions, renderBefore: null, isConnected: this.isConnected });
    this.releasedNodes = Array.from(fragment.childNodes);
    this.renderRoot.append(fragment);
  }

  /**
   * The first update after a render into a fragment: its nodes go, and Lit renders and keeps its parts.
   * The focused toggle is replaced by its new rendering: focus moves to that one, without scrolling
   * (opening a list moves its toggle below what the reader wants to read next).
   */
  private renderAfresh(changed: PropertyValues): void {
    const root = this.renderRoot;
    const focused = root instanceof ShadowRoot ? root.activeElement : null;
    const toggle = focused instanceof HTMLButtonElement && focused.classList.contains('toggle') ? focused.getAttribute('aria-controls') : null;
    for (const node of this.releasedNodes ?? []) node.remove();
    this.releasedNodes = undefined;
    super.update(changed);
    if (toggle) root.querySelector<HTMLElement>(`button.toggle[aria-controls="${CSS.escape(toggle)}"]`)?.focus({ preventScroll: true });
  }

  /**
   * Adopts the server's DOM. HTML this client cannot adopt (from a server on another version of the
   * library) is rendered afresh instead of throwing a hydration error into the page.
   */
  private adoptServerDom(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      const root = this.renderRoot;
      root.replaceChildren();
      // The server's <style> elements went with the rest; use the constructable sheets instead.
      if (root instanceof ShadowRoot) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
      warnOnce(`hydrate:${this.localName}`, `<${this.localName}> could not adopt its server-rendered HTML (${(error as Error).message}); rendered it again.`);
    }
  }
}
