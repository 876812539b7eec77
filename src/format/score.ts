import type { Score } from '../schemas/score.js';
import { formatNumber } from './number.js';
import { fill, type BadgeStrings } from './strings.js';

/** The score as a reader sees it: "6/10", "4.5/5", "87 %", "B+", "Mostly false". `asWritten` wins. */
export function scoreText(score: Score, locale: string): string {
  if (score.asWritten) return score.asWritten;
  if (score.kind !== 'numeric') return score.value;
  if (score.display === 'percent') {
    const worst = score.worst ?? 0;
    return formatNumber((score.value - worst) / (score.best - worst), locale, { style: 'percent', maximumFractionDigits: 1 });
  }
  return `${formatNumber(score.value, locale)}/${formatNumber(score.best, locale)}`;
}

/** The value alone, e.g. "6" of "6/10", for the large figure in the badge. */
export function scoreValueText(score: Score, locale: string): string {
  if (score.kind !== 'numeric') return score.value;
  if (score.display === 'percent') return scoreText({ ...score, asWritten: undefined }, locale);
  return formatNumber(score.value, locale);
}

/** The scale suffix, e.g. "/10"; empty for percentages, letters and named ratings. */
export function scoreScaleText(score: Score, locale: string): string {
  if (score.kind !== 'numeric' || score.display === 'percent') return '';
  const worst = score.worst ?? 0;
  return worst === 0 || worst === 1 ? `/${formatNumber(score.best, locale)}` : `/${formatNumber(worst, locale)}–${formatNumber(score.best, locale)}`;
}

/**
 * Stars for a stars display: filled, half and empty counts out of `best` (rounded to halves). Only a
 * scale from 0 (or more) to at most 10 draws as stars; any other scale shows as a number, so no count
 * is ever negative (a negative count made `repeat()` throw out of render).
 */
export function starCounts(score: Score): { full: number; half: number; empty: number } | undefined {
  if (score.kind !== 'numeric' || score.display !== 'stars' || score.best > 10 || (score.worst ?? 0) < 0) return undefined;
  const halves = Math.round(score.value * 2);
  const full = Math.floor(halves / 2);
  const half = halves % 2;
  return { full, half, empty: Math.max(0, Math.ceil(score.best) - full - half) };
}

/** The accessible name: "Score: 6 out of 10", "Score: 4.5 out of 5 stars", "Rated False by Example Fact Check". */
export function describeScore(score: Score, locale: string, strings: BadgeStrings): string {
  if (score.kind === 'numeric') {
    const worst = score.worst ?? 0;
    const outOf =
      score.display === 'percent'
        ? scoreText({ ...score, asWritten: undefined }, locale)
        : fill(strings.outOf, { value: formatNumber(score.value, locale), best: formatNumber(score.best, locale) }) +
          (score.display === 'stars' ? ` ${strings.stars}` : '') +
          (worst !== 0 && worst !== 1 ? ` (${formatNumber(worst, locale)}–${formatNumber(score.best, locale)})` : '');
    return `${score.label ?? strings.score}: ${outOf}`;
  }
  if (score.author) return fill(strings.ratedBy, { value: score.value, author: score.author.name });
  return `${score.label ?? strings.score}: ${score.value}`;
}
