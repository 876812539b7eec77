// Works and reviews: schema.org CreativeWork and Review → our work and review.
import type { Claim } from '../../../schemas/claim.js';
import type { Review } from '../../../schemas/review.js';
import { LIMITS, WORK_YEARS } from '../../../schemas/rules.js';
import type { IssuePath } from '../../../schemas/validate.js';
import type { Work, WorkKind } from '../../../schemas/work.js';
import { JsonLdReader, compact, first, hasType, isNode, items, literal, prop, typesOf, type JsonLdNode } from '../json-ld.js';
import { isYearOnly, languageOf, parseDurationMinutes, parseNumber, quietLanguage, readDate, readLanguage, readName, readText, readUrl, yearOf } from '../json-ld-values.js';
import { TYPE_TO_KIND } from '../vocabulary.js';
import { lookUpByType } from '../hierarchy.js';
import { readAgent, readAgents, readPeople, readSources } from './people.js';
import { readScore } from './scores.js';
import { claimFromClaim, claimFromClaimReview } from './claims.js';

/** A year `Work.year` accepts. */
const isWorkYear = (year: number | undefined): year is number =>
  year !== undefined && Number.isInteger(year) && year >= WORK_YEARS.min && year <= WORK_YEARS.max;

function readWork(reader: JsonLdReader, value: unknown, path: IssuePath): Work | undefined {
  const node = reader.resolve(literal(first(value)));
  if (typeof node === 'string') {
    const name = readText(reader, node, path, LIMITS.shortText);
    return name ? { name, kind: 'other' } : undefined;
  }
  if (!isNode(node)) return undefined;
  const types = typesOf(node);
  // The nearest mapped type, subtypes included: a ReviewNewsArticle is an article, a MusicVideoObject a video.
  let kind: WorkKind = lookUpByType(types, TYPE_TO_KIND) ?? 'other';
  if (kind === 'film') {
    const genres = items(prop(node, 'genre'), 20).map(literal).filter((g): g is string => typeof g === 'string');
    if (genres.some((g) => /documentar/i.test(g))) kind = 'documentary';
    else if (genres.some((g) => /^short( film)?$/i.test(g.trim()))) kind = 'short';
  }
  const name = readText(reader, prop(node, 'name') ?? prop(node, 'headline'), [...path, 'name'], LIMITS.shortText);
  const alternateName = readText(reader, prop(node, 'alternateName'), [...path, 'alternateName'], LIMITS.shortText);

  // A year-only datePublished is the work's year; a fuller date is kept and gives the year too. Only a
  // year our schema takes becomes `year` (a derived field must never fail the whole document), and a
  // year-only date is dropped only when `year` says the same.
  let datePublished = readDate(reader, prop(node, 'datePublished'), [...path, 'datePublished']);
  const created = readDate(reader, prop(node, 'dateCreated'), [...path, 'dateCreated']);
  const copyrightYear = parseNumber(first(prop(node, 'copyrightYear')));
  let year = isWorkYear(copyrightYear) ? copyrightYear : undefined;
  if (copyrightYear !== undefined && year === undefined) {
    reader.warn([...path, 'copyrightYear'], 'is not a year from 1000 to 9999 and was ignored', 'invalid-year');
  }
  const dateYear = datePublished ? yearOf(datePublished) : created ? yearOf(created) : undefined;
  year ??= isWorkYear(dateYear) ? dateYear : undefined;
  if (datePublished && isYearOnly(datePublished) && yearOf(datePublished) === year) datePublished = undefined;

  const durationValue = prop(node, 'duration') ?? prop(node, 'timeRequired');
  const runtimeMinutes = parseDurationMinutes(first(durationValue));
  if (durationValue !== undefined && runtimeMinutes === undefined) {
    reader.warn([...path, 'duration'], 'is not a duration such as PT95M or PT1H35M and was ignored', 'invalid-duration');
  }

  const countries = reader.all(node, 'countryOfOrigin', 30)
    .map((c, i) => readName(reader, c, [...path, 'countryOfOrigin', i], 80))
    .filter((c): c is string => c !== undefined);
  const languages = items(prop(node, 'inLanguage'), 30)
    .map((l, i) => readLanguage(reader, l, [...path, 'inLanguage', i]))
    .filter((l): l is string => l !== undefined);
  const sameAs = items(prop(node, 'sameAs'), 30)
    .map((u, i) => readUrl(reader, u, [...path, 'sameAs', i]))
    .filter((u): u is string => u !== undefined);

  return compact<Work>({
    name: name as string,
    kind,
    originalName: alternateName !== name ? alternateName : undefined,
    year,
    datePublished,
    runtimeMinutes,
    people: readPeople(reader, node, path, kind),
    countries,
    inLanguage: languages,
    description: readText(reader, prop(node, 'description'), [...path, 'description'], LIMITS.longText, { html: true }),
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
    sameAs,
  });
}

/** `positiveNotes` / `negativeNotes`: an ItemList of ListItems (by `position`), a list of strings, or one string. */
function readNotes(reader: JsonLdReader, value: unknown, path: IssuePath): string[] {
  const resolved = reader.resolve(literal(first(value)));
  let list: unknown[] = Array.isArray(value) ? items(value, 50) : [resolved];
  if (isNode(resolved) && prop(resolved, 'itemListElement') !== undefined) {
    const elements = items(prop(resolved, 'itemListElement'), 50).map((e) => reader.resolve(literal(e)));
    const position = (e: unknown): number => (isNode(e) ? parseNumber(first(prop(e, 'position'))) ?? Infinity : Infinity);
    list = elements.map((e, i) => ({ e, i })).sort((a, b) => position(a.e) - position(b.e) || a.i - b.i).map(({ e }) => e);
  }
  return list
    .map((entry, i) => {
      const e = reader.resolve(literal(entry));
      const named = isNode(e) ? prop(e, 'name') ?? (isNode(reader.one(e, 'item')) ? prop(reader.one(e, 'item') as JsonLdNode, 'name') : prop(e, 'item')) : e;
      return readText(reader, named, [...path, i], 1_000);
    })
    .filter((t): t is string => t !== undefined);
}

export function readReview(reader: JsonLdReader, node: JsonLdNode, path: IssuePath, parentWork?: JsonLdNode): Record<string, unknown> {
  // IMDb's nested reviews name their item only by URL; the work they sit in is the better item.
  const own = reader.one(node, 'itemReviewed');
  const ownIsBare = isNode(own) && prop(own, 'name') === undefined && prop(own, 'headline') === undefined;
  const useParent = parentWork !== undefined && (own === undefined || ownIsBare);
  const itemValue = useParent ? parentWork : own;
  const itemPath = useParent ? path.slice(0, -1) : [...path, 'itemReviewed'];
  // A review's claims: fact-checked ones as ClaimReviews, unchecked ones as bare Claims.
  const claims = reader.all(node, 'associatedClaimReview', 50)
    .filter(isNode)
    .map((c, i) => (hasType(c, 'ClaimReview') ? claimFromClaimReview : claimFromClaim)(reader, c, [...path, 'associatedClaimReview', i]));
  return compact<Partial<Review>>({
    type: 'review',
    itemReviewed: readWork(reader, itemValue, itemPath) as Work,
    author: readAgents(reader, prop(node, 'author') ?? prop(node, 'creator'), [...path, 'author'], quietLanguage(node)),
    publisher: readAgent(reader, prop(node, 'publisher'), [...path, 'publisher'], { single: true }),
    datePublished: readDate(reader, prop(node, 'datePublished') ?? prop(node, 'dateCreated'), [...path, 'datePublished']),
    inLanguage: languageOf(reader, node, path),
    headline: readText(reader, prop(node, 'headline') ?? prop(node, 'name'), [...path, 'headline'], 300),
    verdict: readText(reader, prop(node, 'abstract'), [...path, 'abstract'], 1_000),
    reviewRating: readScore(reader, prop(node, 'reviewRating'), [...path, 'reviewRating'], quietLanguage(node)),
    synopsis: readText(reader, prop(node, 'description'), [...path, 'description'], LIMITS.longText, { html: true }),
    excerpt: readText(reader, prop(node, 'reviewBody'), [...path, 'reviewBody'], LIMITS.longText, { html: true }),
    pros: readNotes(reader, prop(node, 'positiveNotes'), [...path, 'positiveNotes']),
    cons: readNotes(reader, prop(node, 'negativeNotes'), [...path, 'negativeNotes']),
    claims: claims as Claim[],
    url: readUrl(reader, prop(node, 'url'), [...path, 'url']),
    sources: readSources(reader, reader.all(node, 'citation', 50), [...path, 'citation']),
  });
}
