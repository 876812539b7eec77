import type { PropertyDeclarations, TemplateResult } from 'lit';
import { stringsFor } from '../format/english.js';
import type { UiStrings } from '../format/strings.js';
import type { ValidationIssue } from '../schemas/validate.js';
import { DataElement } from './data-element.js';
import { renderError, renderPending } from './state-views.js';

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
 * Base of the cards (review, claim, controversy): a heading level, content skipped off screen until the
 * page settles, the interface strings of the element's language, and the shared error and pending views.
 * A card supplies its validator and its template.
 */
export abstract class CardElement<T> extends DataElement<T> {
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };
  protected static override skipsOffscreen = true;

  /** Level (1–6) of the card's heading, to fit the host page's outline; section headings sit one below. */
  headingLevel = 2;

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
