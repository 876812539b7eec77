import { html, nothing, type TemplateResult } from 'lit';
import { scoreBand } from '../../schemas/score-bands.js';
import type { Score } from '../../schemas/score.js';
import { describeScore, scoreScaleText, scoreValueText, starCounts } from '../../format/score.js';
import type { BadgeStrings } from '../../format/strings.js';

/**
 * The badge's rendering as a pure function, shared by `<rc-score-badge>` and by the cards that show a
 * score inline (cheaper than a nested element per card; one implementation either way).
 * One accessible name for the whole badge; the visible parts are hidden from assistive technology so the
 * score is announced once, not once per star.
 */
export function renderScoreBadge(score: Score, locale: string, strings: BadgeStrings, options: { showBand?: boolean } = {}): TemplateResult {
  const band = scoreBand(score);
  const stars = starCounts(score);
  const scale = score.asWritten ? undefined : scoreScaleText(score, locale);
  const named = score.kind === 'named';
  const value = score.asWritten ?? scoreValueText(score, locale);
  // Band words only where the scale's owner defines them (Metacritic, Rotten Tomatoes); never for the default.
  const bandLabel = options.showBand !== false ? band?.label : undefined;
  // The common figure (a value as written, no stars or scale) binds only its text; the general one binds
  // each piece. The stars are one string, not three bindings.
  const figure = !stars && !named && !scale
    ? html`<span class="badge-score" aria-hidden="true">
      <span part="value" class="value">${value}</span>
    </span>`
    : html`<span class="badge-score" aria-hidden="true">
      ${stars ? html`<span part="stars" class="stars">${'★'.repeat(stars.full) + (stars.half ? '½' : '') + '☆'.repeat(stars.empty)}</span>` : nothing}
      <span part="value" class=${named ? 'value value-named' : 'value'}>${value}</span>${scale ? html`<span part="scale" class="scale">${scale}</span>` : nothing}
    </span>`;
  const kind = score.kind;
  const tone = band?.tone ?? 'neutral';
  const id = band?.id ?? 'unranked';
  const name = describeScore(score, locale, strings) + (bandLabel !== undefined ? ` (${bandLabel})` : '');
  // With both a band and a caption (the usual card), both are inline text bindings.
  return bandLabel !== undefined && score.label
    ? html`<span part="badge" class="badge" data-kind=${kind} data-tone=${tone} data-band=${id}
    role="img" aria-label=${name}>
    ${figure}
    <span part="band" class="band" aria-hidden="true">${bandLabel}</span>
    <span part="label" class="label" aria-hidden="true">${score.label}</span>
  </span>`
    : html`<span part="badge" class="badge" data-kind=${kind} data-tone=${tone} data-band=${id}
    role="img" aria-label=${name}>
    ${figure}
    ${bandLabel !== undefined ? html`<span part="band" class="band" aria-hidden="true">${bandLabel}</span>` : nothing}
    ${score.label ? html`<span part="label" class="label" aria-hidden="true">${score.label}</span>` : nothing}
  </span>`;
}
