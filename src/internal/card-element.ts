import { isServer, type PropertyDeclarations, type TemplateResult } from 'lit';
import { stringsFor } from '../format/english.js';
import type { UiStrings } from '../format/strings.js';
import type { ValidationIssue } from '../schemas/validate.js';
import { DataElement } from './data-element.js';
import { renderError, renderPending } from './state-views.js';
import { skipUntilIdle } from './settle.js';

/** How much shows at first: `compact` (what a reader needs at a glance, the rest one disclosure away) or `full`. */
export type Density = 'compact' | 'full';

/** What a card's template is given besides its data. */
export interface CardContext {
  locale: string;
  strings: UiStrings;
  headingLevel: number;
  /** Ids of the texts and lists the reader has expanded. */
  expanded: ReadonlySet<string>;
  /** Render every disclosure open (`density="full"`). */
  open: boolean;
}

/**
 * Base of the cards (review, claim, controversy): a heading level, the density and the toggles of the
 * texts and lists a reader opens, content skipped off screen until the page settles (a page may hold many
 * cards), the interface strings of the element's language, and the shared error and pending views. A card
 * supplies its validator and its template.
 */
export abstract class CardElement<T> extends DataElement<T> {
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    density: {},
  };

  /** Level (1–6) of the card's heading, to fit the host page's outline; section headings sit one below. */
  headingLevel = 2;

  /**
   * `compact` (default) shows what a reader needs at a glance with the rest behind one disclosure; `full`
   * opens everything, with no disclosure buttons (for a fact-check article page, or print).
   */
  density: Density = 'compact';

  /** True when `density="full"`: templates render every disclosure open. */
  protected get open(): boolean {
    return this.density === 'full';
  }

  /**
   * Ids of the clamped texts and claim lists the reader has expanded: the `aria-controls` of their toggles.
   * Internal state, changed only by the toggle listener, which asks for the update itself.
   */
  protected expanded: ReadonlySet<string> = new Set();

  /** Holds the `skipping` custom state while the card's off-screen content is skipped (`offscreenStyles`). */
  private internals?: ElementInternals;

  /** Whether the element came with a declarative shadow root (server-rendered) before its class ran. */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;

  constructor() {
    super();
    // One listener per element serves every toggle in its shadow root, so templates bind no events.
    if (!isServer) this.addEventListener('click', CardElement.onToggleClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer && !this.internals) {
      this.internals = this.attachInternals();
      // Server-rendered markup is laid out at its real size already. Skipping it would swap that size for a
      // remembered or reserved one for a frame whenever the browser paints before it decides what is on
      // screen (it does on a busy page: a 0.003–0.09 shift at 1280 px, CPU slowed 4–6×), and saves nothing.
      if (!this.serverRendered) skipUntilIdle(this.internals.states);
    }
  }

  private static onToggleClick(this: CardElement<unknown>, event: Event): void {
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

  /** Renders valid data with the card's template. */
  protected abstract renderCard(value: T, context: CardContext): TemplateResult;

  protected override renderValue(value: T): TemplateResult {
    const { locale, headingLevel, expanded, open } = this;
    return this.renderCard(value, { locale, strings: stringsFor(locale), headingLevel, expanded, open });
  }

  protected override renderError(issues: ValidationIssue[]): TemplateResult {
    return renderError(issues, stringsFor(this.locale));
  }

  protected override renderPending(): TemplateResult {
    return renderPending(stringsFor(this.locale));
  }
}
