import { LitElement, adoptStyles, isServer, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { warnOnce } from './warn.js';
import { canonicalLocale, resolveLocale } from '../format/locale.js';
import { dataConversion } from '../controller/data-controller.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * Shared base for the review-cards elements: registration, theme and locale.
 * Holds no rendering and no data loading (that lives in the data controller).
 */
export abstract class RcElement extends LitElement {
  /** The element's default tag name. */
  static tagName: string;
  /** Elements this one renders, registered first by `define()`. */
  static dependencies: ReadonlyArray<typeof RcElement> = [];

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
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout = 10_000;

  /** Largest accepted `src` response or child script, in bytes. */
  @property({ type: Number, attribute: 'src-max-bytes' }) srcMaxBytes = 1_000_000;

  /** Colour scheme: `auto` follows `prefers-color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** The locale used for dates and numbers: the closest `lang`, then the page's, then the browser's. */
  protected locale = 'en';

  /**
   * Server HTML this client cannot adopt (JSON-LD that failed on the server, now waiting for the lazily
   * loaded adapter; or a server on another version of the library) is rendered afresh instead of
   * throwing a hydration error into the page.
   */
  protected override update(changed: PropertyValues): void {
    // Set by @lit-labs/ssr-client's hydrate support until the first update has adopted the server DOM.
    const hydrating = (this as { _$needsHydration?: boolean })._$needsHydration === true;
    try {
      super.update(changed);
    } catch (error) {
      if (!hydrating || isServer) throw error;
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

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A DOM read, so it happens here and never in render(). The server's DOM shim has attributes but no
    // `lang` property and no ancestors: only the element's own `lang` attribute counts there.
    this.locale = isServer ? canonicalLocale(this.getAttribute('lang') || 'en') : resolveLocale(this);
  }
}
