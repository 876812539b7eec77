// Scores: schema.org Rating / AggregateRating → our numeric, letter or named score.
import { validateScore } from '../../../schemas/lean/score-validator.generated.js';
import { DEFAULT_LETTER_SCALE } from '../../../schemas/rules.js';
import type { NumericScore, Score } from '../../../schemas/score.js';
import type { IssuePath } from '../../../schemas/validate.js';
import { JsonLdReader, compact, first, hasType, isNode, literal, prop, type JsonLdNode } from '../json-ld.js';
import { parseNumber, parseRatingText, readText } from '../json-ld-values.js';
import { readAgent } from './people.js';

const LETTERS: readonly string[] = DEFAULT_LETTER_SCALE;

/**
 * A Rating node (or a bare value) as a score. Google's defaults apply: bestRating 5, worstRating 1;
 * a value outside them picks the nearest sensible scale (10, 100; worst 0) with a warning.
 * "6 / 10" and "60%" are read as Google reads them. Text that is not a number is a named score,
 * or a letter grade when it is one.
 */
export function readScore(reader: JsonLdReader, value: unknown, path: IssuePath, language?: string): Score | undefined {
  const node = reader.resolve(literal(first(value)));
  if (node === undefined) return undefined;
  if (!isNode(node)) return scoreFromParts(reader, { value: node }, path);
  const asWritten = readText(reader, prop(node, 'alternateName'), [...path, 'alternateName'], 60);
  let label = readText(reader, prop(node, 'name'), [...path, 'name'], 80);
  if (!label && hasType(node, 'AggregateRating')) label = countLabel(node);
  const score = scoreFromParts(reader, {
    value: prop(node, 'ratingValue'), best: prop(node, 'bestRating'), worst: prop(node, 'worstRating'), alternateName: asWritten,
  }, path);
  const author = readAgent(reader, prop(node, 'author'), [...path, 'author'], { single: true });
  if (!score) {
    if (asWritten) return compact<Score>({ kind: 'named', value: asWritten, label, author });
    reader.warn([...path, 'ratingValue'], 'is missing or not a number', 'missing-rating-value');
    return undefined;
  }
  const keepAsWritten = score.kind === 'numeric' || asWritten !== score.value;
  const shown = score.kind === 'numeric' && !asWritten ? publisherDisplay(score, hasType(node, 'AggregateRating'), language) : undefined;
  return compact<Score>({ ...score, asWritten: keepAsWritten ? asWritten ?? shown : undefined, label, author });
}

/**
 * A numeric score the way its publisher's page shows it, where our default display would not: an
 * average (AggregateRating) to one decimal on a scale up to 10 ("4.4/5", not "4.357/5") and to whole
 * numbers above that; and a scale whose floor is its lowest star (worst 0.5 of 5, 2 of 10) as
 * "3.5/5", not "3.5/0.5–5". Set as `asWritten`, so the exact value stays in the data and in the
 * accessible name. A reviewer's own rating is not rounded: it is shown as given.
 */
export function publisherDisplay(score: NumericScore, average: boolean, language: string | undefined): string | undefined {
  if (score.display === 'percent') return undefined;
  const digits = average ? (score.best <= 10 ? 1 : 0) : 2;
  const factor = 10 ** digits;
  const rounded = Math.round(score.value * factor) / factor;
  const starFloor = score.worst !== undefined && score.worst > 0 && score.worst !== 1;
  // Only averages are rounded; a value with more digits than that is left to the default display.
  if (rounded !== score.value && !average) return undefined;
  if (rounded === score.value && !starFloor) return undefined;
  let format: (n: number) => string = (n) => String(n);
  try {
    const formatter = new Intl.NumberFormat(language ?? 'en', { maximumFractionDigits: Math.max(digits, 2) });
    format = (n) => formatter.format(n);
  } catch {
    // An unknown language tag: plain digits.
  }
  const text = `${format(rounded)}/${format(score.best)}`;
  return text.length <= 60 ? text : undefined;
}

function countLabel(node: JsonLdNode): string | undefined {
  const ratings = parseNumber(first(prop(node, 'ratingCount')));
  const reviews = parseNumber(first(prop(node, 'reviewCount')));
  const format = (n: number, noun: string): string => `${Math.round(n).toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
  if (ratings !== undefined && ratings >= 0) return format(ratings, 'rating');
  if (reviews !== undefined && reviews >= 0) return format(reviews, 'review');
  return undefined;
}

interface ScoreParts {
  value: unknown;
  best?: unknown;
  worst?: unknown;
  alternateName?: string | undefined;
}

function scoreFromParts(reader: JsonLdReader, parts: ScoreParts, path: IssuePath): Score | undefined {
  const raw = literal(first(parts.value));
  const valuePath = [...path, 'ratingValue'];
  let value: number | undefined;
  let bestFromText: number | undefined;
  let percent = false;
  if (typeof raw === 'number') {
    value = Number.isFinite(raw) ? raw : undefined;
  } else if (typeof raw === 'string') {
    const text = raw.trim();
    if (!text) return undefined;
    const parsed = parseRatingText(text);
    if (parsed) {
      value = parsed.value;
      bestFromText = parsed.best;
      percent = parsed.percent === true;
    } else if (/^[+-]?\.?\d/.test(text)) {
      // Number-like but unreadable ("1e400", "4 stars"): not a name either.
      return undefined;
    } else {
      const letter = LETTERS.indexOf(text.toUpperCase());
      if (letter >= 0) return { kind: 'letter', value: LETTERS[letter] as string };
      const named = readText(reader, text, valuePath, 80);
      return named ? { kind: 'named', value: named } : undefined;
    }
  }
  if (value === undefined) return undefined;

  let best = parseNumber(first(parts.best)) ?? bestFromText;
  let worst = parseNumber(first(parts.worst));
  // Our letter grades go out as their rank on 1–13 with the letter as alternateName; read them back.
  const letter = parts.alternateName === undefined ? -1 : LETTERS.indexOf(parts.alternateName.toUpperCase());
  if (letter >= 0 && best === LETTERS.length && worst === 1 && value === LETTERS.length - letter) {
    return { kind: 'letter', value: LETTERS[letter] as string };
  }
  if (best === undefined) {
    best = value <= 5 ? 5 : value <= 10 ? 10 : 100;
    reader.warn([...path, 'bestRating'], `is missing; ${best} assumed${best === 5 ? ' (Google’s default)' : ` since ratingValue is ${value}`}`, 'defaulted');
  }
  if (worst === undefined) {
    worst = value < 1 ? 0 : 1;
    reader.warn([...path, 'worstRating'], `is missing; ${worst} assumed${worst === 1 ? ' (Google’s default)' : ` since ratingValue is ${value}`}`, 'defaulted');
  }
  const score: NumericScore = compact({
    kind: 'numeric' as const,
    value,
    best,
    // Our default worst is 0, so an explicit 0 need not be stored.
    worst: worst === 0 ? undefined : worst,
    display: percent ? ('percent' as const) : undefined,
  });
  return score;
}

/** A judge's own numeric rating, kept beside its label; dropped (not fatal) when its scale is broken. */
export function readAssessmentRating(reader: JsonLdReader, ratingNode: JsonLdNode | undefined, label: string | undefined, path: IssuePath): Score | undefined {
  if (!ratingNode || prop(ratingNode, 'ratingValue') === undefined) return undefined;
  const quiet = new JsonLdReader(null);
  const score = scoreFromParts(quiet, {
    value: prop(ratingNode, 'ratingValue'), best: prop(ratingNode, 'bestRating'), worst: prop(ratingNode, 'worstRating'), alternateName: label,
  }, path);
  if (!score || (score.kind !== 'numeric' && score.value === label)) return undefined;
  if (!validateScore(score).ok) {
    reader.warn([...path, 'ratingValue'], 'is outside its bestRating/worstRating scale; the numeric rating was dropped', 'invalid-rating');
    return undefined;
  }
  return score;
}
