import { html, nothing, type TemplateResult } from 'lit';
import { scoreBand } from '../../schemas/rules.js';
import type { Score } from '../../schemas/score.js';
import { describeScore, scoreScaleText, scoreValueText, starCounts } from '../../format/score.js';
import type { UiStrings } from '../../format/strings.js';

/**
 * The badge's rendering as a pure function, shared by `<rc-score-badge>` and by the cards that show a
 * score inline (cheaper than a nested element per card; one implementation either way).
 * One accessible name for the whole badge; the visible parts are hidden from assistive technology so the
 * score is announced once, not once per star.
 */
export function renderScoreBadge(score: Score, locale: string, strings: UiStrings, options: { showBand?: boolean } = {}): TemplateResult {
  const band = scoreBand(score);
  const stars = starCounts(score);
  const scale = scoreScaleText(score, locale);
  const named = score.kind === 'named';
  return html`<span part="badge" class="badge" data-kind=${score.kind} data-tone=${band?.tone ?? 'neutral'} data-band=${band?.id ?? 'unranked'}
    role="img" aria-label=${describeScore(score, locale, strings) + (band && options.showBand !== false ? ` (${band.label})` : '')}>
    <span class="badge-score" aria-hidden="true">
      ${stars
        ? html`<span part="stars" class="stars">${'★'.repeat(stars.full)}${stars.half ? '½' : ''}${'☆'.repeat(stars.empty)}</span>`
        : nothing}
      <span part="value" class=${named ? 'value value-named' : 'value'}>${score.asWritten ?? scoreValueText(score, locale)}</span>${
        scale && !score.asWritten ? html`<span part="scale" class="scale">${scale}</span>` : nothing
      }
    </span>
    ${band && options.showBand !== false ? html`<span part="band" class="band" aria-hidden="true">${band.label}</span>` : nothing}
    ${score.label ? html`<span part="label" class="label" aria-hidden="true">${score.label}</span>` : nothing}
  </span>`;
}
