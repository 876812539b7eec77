import { LitElement, isServer, type PropertyDeclarations } from 'lit';
import { warnOnce } from './warn.js';
import { canonicalLocale, resolveLocale } from '../format/locale.js';
import { stringsWait } from '../format/strings-hook.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * Shared base for the review-cards elements: registration, theme, locale and the interface strings' wait.
 * Public Lit API only; data, rendering and hydration live in `DataElement`, what only cards have (density,
 * toggles, off-screen skipping) in `CardElement`, so a page with only badges does not download it.
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

  /** The locale used for dates and numbers: the closest `lang`, then the page's, then the browser's. */
  protected locale = 'en';

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
