import { LitElement, isServer, type PropertyDeclarations } from 'lit';
import { warnOnce } from './warn.js';
import { skipUntilIdle } from './settle.js';
import { canonicalLocale, resolveLocale } from '../format/locale.js';
import { stringsWait } from '../format/strings-hook.js';

export type Theme = 'auto' | 'light' | 'dark';

/** How much shows at first: `compact` (what a reader needs at a glance, the rest one disclosure away) or `full`. */
export type Density = 'compact' | 'full';

/**
 * Shared base for the review-cards elements: registration, theme, density, locale, the interface strings'
 * wait and the toggles. Public Lit API only; data, rendering and hydration live in `DataElement`.
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
