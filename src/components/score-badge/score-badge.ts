import type { PropertyDeclarations, TemplateResult } from 'lit';
import { DataElement } from '../../internal/data-element.js';
import { renderBadgeError, renderPending } from '../../internal/state-views.js';
import { validateScore } from '../../schemas/lean/score-validator.generated.js';
import type { BandPresetName } from '../../schemas/rules.js';
import type { Score } from '../../schemas/score.js';
import type { ValidationIssue, ValidationResult } from '../../schemas/validate.js';
import { BADGE_ENGLISH, localStrings } from '../../format/strings.js';
import { tokenStyles, baseStyles } from '../../styles/tokens.styles.js';
import { scoreBadgeHostStyles, scoreBadgeStyles } from './score-badge.styles.js';
import { renderScoreBadge } from './score-badge.template.js';

/**
 * One score on its own scale — 6/10, 4.5/5 stars, 87 %, B+, or a named rating such as "Mostly false" —
 * with a colour band that is never the only signal and one accessible name ("Score: 6 out of 10").
 *
 * @tagname rc-score-badge
 * @summary A score as written, with its scale, band and accessible name.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart badge - The badge box (role="img", carries the accessible name).
 * @csspart value - The number, grade or named rating.
 * @csspart scale - The "/10" suffix; absent for percentages, grades and named ratings.
 * @csspart stars - The star glyphs of a stars display.
 * @csspart band - The band's name, e.g. "Generally favorable".
 * @csspart label - The score's caption, e.g. "Movie score".
 * @csspart placeholder - The reserved space shown before data arrives.
 * @csspart error - The error state shown instead of the badge.
 *
 * @cssproperty [--rc-score-badge-radius=var(--rc-radius-small, 0.375rem)] - Corner radius of the badge.
 * @cssproperty [--rc-score-badge-font-size=1.5em] - Size of the numeric value.
 * @cssproperty [--rc-score-badge-named-font-size=1.125em] - Size of a named rating or grade.
 * @cssproperty --rc-score-badge-positive - Text and border colour of positive bands.
 * @cssproperty --rc-score-badge-positive-surface - Fill of positive bands.
 * @cssproperty --rc-score-badge-mixed - Text and border colour of mixed bands.
 * @cssproperty --rc-score-badge-mixed-surface - Fill of mixed bands.
 * @cssproperty --rc-score-badge-negative - Text and border colour of negative bands.
 * @cssproperty --rc-score-badge-negative-surface - Fill of negative bands.
 * @cssproperty --rc-color-text - Text colour (all elements).
 * @cssproperty --rc-color-surface - Background colour (all elements).
 * @cssproperty --rc-font-family - Font family (all elements).
 *
 * @slot - Fallback for readers before the element upgrades (a plain `<blockquote>` or link); hidden once the
 *   data renders, shown again under the error message when the data is invalid.
 * @fires {RcErrorEvent} rc-error - The score is invalid or could not be loaded; `detail` has `issues` and `channel`.
 */
export class ScoreBadge extends DataElement<Score> {
  static override tagName = 'rc-score-badge';
  static override styles = [tokenStyles, baseStyles, scoreBadgeStyles, scoreBadgeHostStyles];
  static override properties: PropertyDeclarations = {
    value: { type: Number },
    best: { type: Number },
    worst: { type: Number },
    label: {},
    display: {},
    bands: {},
  };

  protected static override kind = 'score' as const;

  /** The score as a typed object; wins over `src`, child scripts and attributes. */
  override data?: Score;

  /** URL of a JSON score (our shape, or schema.org Rating / AggregateRating) to fetch. */
  override src?: string;

  /** The score, for attribute-only use: `<rc-score-badge value="6" best="10">`. */
  value?: number;

  /** Top of the scale; 10 when `value` is set and `best` is not. */
  best?: number;

  /** Bottom of the scale; 0 when not set. */
  worst?: number;

  /** A named rating or letter grade for attribute-only use ("Mostly false", "B+"); used when `value` is not set. */
  label?: string;

  /** How a numeric score is shown: `number` (6/10), `stars` or `percent`. */
  display?: 'number' | 'stars' | 'percent';

  /** Band preset for the colour: `default`, `metacritic` or `rotten-tomatoes`. */
  bands?: BandPresetName;

  protected override validate(input: unknown): ValidationResult<Score> {
    return validateScore(input);
  }

  /** The score the attributes describe, or `undefined` when none are set. Invalid values go to validation as they are. */
  protected override dataFromAttributes(): unknown {
    const bands = this.bands;
    if (this.value !== undefined && this.value !== null) {
      return { kind: 'numeric', value: this.value, best: this.best ?? 10, worst: this.worst, display: this.display, bands };
    }
    if (this.label) return { kind: /^[A-F][+-]?$/.test(this.label) ? 'letter' : 'named', value: this.label, bands };
    return undefined;
  }

  protected override renderValue(score: Score): TemplateResult {
    return renderScoreBadge(score, this.locale, localStrings(this.locale, BADGE_ENGLISH));
  }

  protected override renderError(issues: ValidationIssue[]): TemplateResult {
    return renderBadgeError(issues, localStrings(this.locale, BADGE_ENGLISH));
  }

  protected override renderPending(): TemplateResult {
    return renderPending(localStrings(this.locale, BADGE_ENGLISH));
  }
}
