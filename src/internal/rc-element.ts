import { LitElement, ReactiveElement, adoptStyles, isServer, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { warnOnce } from './warn.js';
import { skipUntilIdle } from './settle.js';
import { canonicalLocale, resolveLocale } from '../format/locale.js';
import { stringsWait } from '../format/strings-hook.js';
import { dataConversion } from '../controller/data-controller.js';

export type Theme = 'auto' | 'light' | 'dark';

/** How much shows at first: `compact` (what a reader needs at a glance, the rest one disclosure away) or `full`. */
export type Density = 'compact' | 'full';

/**
 * Shared base for the review-cards elements: registration, theme and locale.
 * Holds no rendering and no data loading (that lives in the data controller).
 */
export abstract class RcElement extends LitElement {
  /** The element's default tag name. */
  static tagName: string;
  /** Elements this one renders, registered first by `define()`. */
  static dependencies: ReadonlyArray<typeof RcElement> = [];

  // Reactive properties are declared in `properties` (here and in each element) rather than with
  // decorators: the same accessors, without the decorator helpers in every bundle.
  static override properties: PropertyDeclarations = {
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    srcMaxBytes: { type: Number, attribute: 'src-max-bytes' },
    theme: { reflect: true },
    density: {},
  };

  /**
   * Registers the element under `name` (default: its tag). A no-op when this class already has the name;
   * a warning, never an exception, when another class holds it (two copies of the library on one page),
   * or when the name is invalid or this class is already registered under another name.
   */
  static define(name: string = this.tagName, registry: CustomElementRegistry = customElements): typeof RcElement {
    for (const dependency of this.dependencies) dependency.define(dependency.tagName, registry);
    const existing = registry.get(name);
    if ((existing as unknown) === this) return this;
    if (existing) {
      warnOnce(`define:${name}`, `<${name}> is already registered by another class; kept the first one.`);
      return this;
    }
    try {
      registry.define(name, this as unknown as CustomElementConstructor);
    } catch (error) {
      // An invalid name, or this class already registered under another name (a registry takes each
      // constructor once): register a subclass for a second name. Never an exception into the host page.
      warnOnce(`define:${name}`, `<${name}> could not be registered (${(error as Error).message}); to use a second name, define a subclass.`);
    }
    return this;
  }

  /** Milliseconds before a `src` request is abandoned. */
  srcTimeout = 10_000;

  /** Largest accepted `src` response or child script, in bytes. */
  srcMaxBytes = 1_000_000;

  /** Colour scheme: `auto` follows `prefers-color-scheme`; `light` or `dark` force one. */
  theme: Theme = 'auto';

  /**
   * Whether the element skips its off-screen content until the page has settled (it adopts
   * `offscreenStyles`): cards, quotes and summaries, which a page may hold many of.
   */
  protected static skipsOffscreen = false;

  /** Holds the `skipping` custom state of an element that skips its off-screen content. */
  private internals?: ElementInternals;

  /** Whether the element came with a declarative shadow root (server-rendered) before its class ran. */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;

  /**
   * `compact` (default) shows what a reader needs at a glance with the rest behind one disclosure; `full`
   * opens everything, with no disclosure buttons (for a fact-check article page, or print).
   */
  density: Density = 'compact';

  /** True when `density="full"`: templates render every disclosure open. */
  protected get open(): boolean {
    return this.density === 'full';
  }

  /** The locale used for dates and numbers: the closest `lang`, then the page's, then the browser's. */
  protected locale = 'en';

  /**
   * Ids of the clamped texts and claim lists the reader has expanded: the `aria-controls` of their toggles.
   * Internal state, changed only by the toggle listener, which asks for the update itself.
   */
  protected expanded: ReadonlySet<string> = new Set();

  constructor() {
    super();
    // One listener per element serves every toggle in its shadow root, so templates bind no events.
    if (!isServer) this.addEventListener('click', RcElement.onToggleClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer && (this.constructor as typeof RcElement).skipsOffscreen && !this.internals) {
      this.internals = this.attachInternals();
      // Server-rendered markup is laid out at its real size already. Skipping it would swap that size for a
      // remembered or reserved one for a frame whenever the browser paints before it decides what is on
      // screen (it does on a busy page: a 0.003–0.09 shift at 1280 px, CPU slowed 4–6×), and saves nothing.
      if (!this.serverRendered) skipUntilIdle(this.internals.states);
    }
  }

  private static onToggleClick(this: RcElement, event: Event): void {
    for (const target of event.composedPath()) {
      if (target === this) return;
      if (target instanceof HTMLButtonElement && target.classList.contains('toggle') && target.getRootNode() === this.renderRoot) {
        const id = target.getAttribute('aria-controls');
        if (!id) return;
        const next = new Set(this.expanded);
        if (!next.delete(id)) next.add(id);
        this.expanded = next;
        this.requestUpdate();
        return;
      }
    }
  }

  /**
   * Whether the first render keeps Lit's parts. Elements a page holds many of (badges, cards, quotes)
   * keep only the DOM of their first render: the parts (one or two objects per binding, about 7 KB per
   * review card) go with the fragment they were rendered into. The first update after that (a toggle,
   * new data) renders afresh once and keeps its parts, so an element the reader uses updates in place
   * from then on. An element a page has one of, large and full of toggles, keeps them from the start.
   */
  protected static keepsParts = false;

  /**
   * Renders as `keepsParts` says. Server HTML this client cannot adopt (JSON-LD that failed on the
   * server, now waiting for the lazily loaded adapter; or a server on another version of the library)
   * is rendered afresh instead of throwing a hydration error into the page.
   */
  protected override update(changed: PropertyValues): void {
    const root = this.renderRoot as (ShadowRoot | HTMLElement) & { _$litPart$?: unknown };
    const { keepsParts } = this.constructor as typeof RcElement;
    // Set by @lit-labs/ssr-client's hydrate support until the first update has adopted the server DOM.
    if ((this as { _$needsHydration?: boolean })._$needsHydration === true || isServer) {
      this.hydrate(changed);
      if (!keepsParts) delete root._$litPart$;
      return;
    }
    if (keepsParts || root._$litPart$) {
      super.update(changed);
      return;
    }
    // Server-rendered <style> elements stay; everything else is the previous render.
    const clear = () => {
      for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
    };
    if (!this.hasUpdated) {
      const value = this.render();
      // LitElement.update would keep the parts on the shadow root; reflect attributes only.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      const fragment = document.createDocumentFragment();
      render(value, fragment, { ...this.renderOptions, renderBefore: null, isConnected: this.isConnected });
      clear();
      root.append(fragment);
      return;
    }
    // The first update after a released render. The focused toggle is replaced by its new rendering:
    // give focus to that one, without scrolling (opening a list moves its toggle below what the reader
    // wants to read next).
    const focused = root instanceof ShadowRoot ? root.activeElement : null;
    const toggle = focused instanceof HTMLButtonElement && focused.classList.contains('toggle') ? focused.getAttribute('aria-controls') : null;
    clear();
    super.update(changed);
    if (toggle) root.querySelector<HTMLElement>(`button.toggle[aria-controls="${CSS.escape(toggle)}"]`)?.focus({ preventScroll: true });
  }

  /** Adopts the server's DOM, keeping its nodes. */
  private hydrate(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      if (isServer) throw error;
      const root = this.renderRoot as (ShadowRoot | HTMLElement) & { _$litPart$?: unknown };
      delete root._$litPart$;
      root.replaceChildren();
      // The server's <style> elements went with the rest; use the constructable sheets instead.
      if (root instanceof ShadowRoot) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
      // Expected while JSON-LD waits for the adapter; anything else is worth telling the developer.
      if (!dataConversion(this)) warnOnce(`hydrate:${this.localName}`, `<${this.localName}> could not adopt its server-rendered HTML (${(error as Error).message}); rendered it again.`);
    }
  }

  /** Also waits for JSON-LD data to be converted by the lazily loaded schema.org adapter and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let conversion = dataConversion(this); conversion; conversion = dataConversion(this)) {
      await conversion.catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Where the CDN files load interface strings on first use, an update waits for its language's table, so
   * the element renders once in that language instead of in English first. A table that cannot be loaded
   * resolves the wait too (English, one warning).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = isServer ? undefined : stringsWait();
    const load = wait?.(resolveLocale(this));
    return load ? load.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A DOM read, so it happens here and never in render(). The server's DOM shim has attributes but no
    // `lang` property and no ancestors: only the element's own `lang` attribute counts there.
    this.locale = isServer ? canonicalLocale(this.getAttribute('lang') || 'en') : resolveLocale(this);
  }
}
