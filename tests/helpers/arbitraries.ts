// fast-check arbitraries for valid review-cards documents, written by hand from the zod schemas in
// src/schemas (no zod-4 + fast-check-4 bridge exists). Every value they produce is *canonical*: the
// schema accepts it and returns an equal copy (text already trimmed, optional keys absent rather than
// `undefined`). Shared by the node tests (tests/unit) and the browser tests (tests/browser).
import fc from 'fast-check';
import {
  ATTRIBUTION_STATUSES, BAND_PRESET_NAMES, DEFAULT_LETTER_SCALE, LIMITS, MEDIA_AUTHENTICITY_STATUSES,
  VERDICT_STATUSES, WORK_KINDS, isSafeUrl,
  type Agent, type Claim, type Controversy, type Review, type Score, type Source,
} from '../../src/schemas/index.js';

/** Lists stay short so a run of a few hundred documents stays fast; the schemas' caps are tested elsewhere. */
const MAX_ITEMS = 3;

/** Text the reader would see: words, any Unicode, emoji and combining marks, bidi controls, zero-width spaces. */
const odd = fc.constantFrom(
  'Ça va', 'Привет, мир', 'שלום', 'مرحبا', '日本語のテキスト', '👩🏽‍🚀🏳️‍🌈', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '\u202Eevil\u202C', 'zero\u200Bwidth', '<b>not bold</b>', '${x} {{y}} `z`', '"quoted" & \'apostrophe\'',
);

/** Non-empty text of at most `max` UTF-16 units with no leading or trailing whitespace. */
export function textArb(max: number = LIMITS.shortText): fc.Arbitrary<string> {
  const raw = fc.oneof(
    { weight: 4, arbitrary: fc.lorem({ maxCount: Math.max(1, Math.min(12, Math.floor(max / 8))) }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 40) }) },
    { weight: 1, arbitrary: odd },
  );
  return raw.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= max);
}

/** Longer prose, sometimes past the 600-character clamp threshold. */
export const longTextArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: textArb(LIMITS.longText) },
    { weight: 1, arbitrary: fc.lorem({ mode: 'sentences', maxCount: 40 }).map((s) => s.trim()).filter((s) => s.length > 0) },
  );

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 dates at year, month, day or minute/second precision, always real calendar dates. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    zone: fc.constantFrom('', 'Z', '+02:00', '-0530'),
    precision: fc.constantFrom('year', 'month', 'day', 'time'),
  })
  .map(({ year, month, day, hour, minute, second, zone, precision }) => {
    const y = pad(year, 4);
    if (precision === 'year') return y;
    if (precision === 'month') return `${y}-${pad(month)}`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const date = `${y}-${pad(month)}-${pad(Math.min(day, last))}`;
    if (precision === 'day') return date;
    return `${date}T${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}${zone}`;
  });

export const languageTagArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('en', 'ru', 'uk', 'de', 'fr', 'pt-BR', 'zh-Hant-TW', 'ar', 'he', 'sr-Latn'),
  fc
    .tuple(fc.stringMatching(/^[a-z]{2,3}$/), fc.array(fc.stringMatching(/^[a-zA-Z0-9]{2,8}$/), { maxLength: 2 }))
    .map(([lang, subtags]) => [lang, ...subtags].join('-'))
    .filter((tag) => tag.length <= 35),
);

/** http(s) URLs and relative references: the only URLs the schemas accept. */
export const safeUrlArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
    { weight: 1, arbitrary: fc.constantFrom('/reviews/the-long-night', 'page.html', '?q=1', '#top', '../up', '//cdn.example/x') },
  )
  .filter((url) => url.length <= LIMITS.url && isSafeUrl(url));

const list = <T>(item: fc.Arbitrary<T>, minLength = 0) => fc.array(item, { minLength, maxLength: Math.max(minLength, MAX_ITEMS) });

/** An object whose keys not in `required` are sometimes absent (never present with `undefined`). */
function record<T extends Record<string, unknown>>(
  model: { [K in keyof T]: fc.Arbitrary<T[K]> },
  required: ReadonlyArray<keyof T>,
): fc.Arbitrary<T> {
  return fc.record(model, { requiredKeys: required as Array<keyof T>, noNullPrototype: true }) as unknown as fc.Arbitrary<T>;
}

export const agentArb: fc.Arbitrary<Agent> = record<Agent>(
  {
    name: textArb(),
    type: fc.constantFrom('person', 'organization'),
    role: textArb(),
    affiliation: textArb(),
    url: safeUrlArb,
  },
  ['name'],
);

export const sourceArb: fc.Arbitrary<Source> = record<Source>(
  {
    url: safeUrlArb,
    title: textArb(),
    publisher: textArb(),
    author: textArb(),
    datePublished: isoDateArb,
    archivedUrl: safeUrlArb,
    note: textArb(2_000),
  },
  [],
).filter((s) => s.url !== undefined || s.title !== undefined);

/** A finite number without negative zero (JSON would turn -0 into 0). */
const finite = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
  ).map((n) => n || 0);

const scoreCommon = {
  author: agentArb,
  asWritten: textArb(60),
  label: textArb(80),
  bands: fc.constantFrom(...BAND_PRESET_NAMES),
};

const numericScoreArb = fc
  .record({ worst: fc.option(finite(-1_000, 1_000), { nil: undefined }), span: finite(0.001, 10_000), at: fc.double({ min: 0, max: 1, noNaN: true }) })
  .chain(({ worst, span, at }) => {
    const low = worst ?? 0;
    const best = low + span;
    const value = Math.min(best, Math.max(low, low + span * at)) || 0;
    return record(
      {
        kind: fc.constant('numeric' as const),
        value: fc.constant(value),
        best: fc.constant(best),
        ...(worst === undefined ? {} : { worst: fc.constant(worst) }),
        display: fc.constantFrom('number', 'stars', 'percent'),
        ...scoreCommon,
      },
      ['kind', 'value', 'best', ...(worst === undefined ? [] : (['worst'] as const))],
    );
  })
  .filter((s) => s.best > (s.worst ?? 0) && s.value <= s.best && s.value >= (s.worst ?? 0));

const letterScoreArb = fc.oneof(
  fc.constantFrom(...DEFAULT_LETTER_SCALE).chain((value) =>
    record({ kind: fc.constant('letter' as const), value: fc.constant(value), ...scoreCommon }, ['kind', 'value']),
  ),
  fc.uniqueArray(textArb(8), { minLength: 2, maxLength: 6 }).chain((scale) =>
    record(
      { kind: fc.constant('letter' as const), value: fc.constantFrom(...scale), scale: fc.constant(scale), ...scoreCommon },
      ['kind', 'value', 'scale'],
    ),
  ),
);

const namedScoreArb = fc.oneof(
  record({ kind: fc.constant('named' as const), value: textArb(80), ...scoreCommon }, ['kind', 'value']),
  fc.uniqueArray(textArb(80), { minLength: 2, maxLength: 6 }).chain((scale) =>
    record(
      { kind: fc.constant('named' as const), value: fc.constantFrom(...scale), scale: fc.constant(scale), ...scoreCommon },
      ['kind', 'value', 'scale'],
    ),
  ),
);

export const scoreArb: fc.Arbitrary<Score> = fc.oneof(numericScoreArb, letterScoreArb, namedScoreArb) as fc.Arbitrary<Score>;

export const workArb = record(
  {
    name: textArb(),
    kind: fc.constantFrom(...WORK_KINDS),
    originalName: textArb(),
    year: fc.integer({ min: 1000, max: 9999 }),
    datePublished: isoDateArb,
    runtimeMinutes: fc.integer({ min: 0, max: 100_000 }),
    people: list(agentArb),
    countries: list(textArb(80)),
    inLanguage: list(languageTagArb),
    description: longTextArb(),
    url: safeUrlArb,
    sameAs: list(safeUrlArb),
  },
  ['name', 'kind'],
);

const assessmentArb = <S extends string>(statuses: readonly S[]) =>
  record(
    {
      status: fc.constantFrom(...statuses),
      by: agentArb,
      asOf: isoDateArb,
      reason: longTextArb(),
      publisherLabel: textArb(120),
      rating: scoreArb,
      evidence: list(sourceArb),
    },
    ['status'],
  );

export const claimArb: fc.Arbitrary<Claim> = record<Claim>(
  {
    type: fc.constant('claim' as const),
    text: longTextArb(),
    inLanguage: languageTagArb,
    original: record({ text: longTextArb(), inLanguage: languageTagArb }, ['text', 'inLanguage']),
    translation: record({ text: longTextArb(), inLanguage: languageTagArb, by: agentArb }, ['text', 'inLanguage']),
    speaker: agentArb,
    dateSaid: isoDateArb,
    location: textArb(),
    setting: textArb(500),
    media: record(
      { kind: fc.constantFrom('video', 'image', 'audio', 'text'), url: safeUrlArb, description: textArb(2_000) },
      ['kind'],
    ),
    context: longTextArb(),
    sources: list(sourceArb, 1),
    verification: record(
      {
        attribution: assessmentArb(ATTRIBUTION_STATUSES),
        mediaAuthenticity: assessmentArb(MEDIA_AUTHENTICITY_STATUSES),
        verdict: assessmentArb(VERDICT_STATUSES),
      },
      ['verdict'],
    ),
    url: safeUrlArb,
  } as never,
  ['type', 'text', 'speaker', 'sources', 'verification'],
);

export const reviewArb: fc.Arbitrary<Review> = record<Review>(
  {
    type: fc.constant('review' as const),
    itemReviewed: workArb,
    author: agentArb,
    publisher: agentArb,
    datePublished: isoDateArb,
    inLanguage: languageTagArb,
    headline: textArb(300),
    verdict: textArb(1_000),
    reviewRating: scoreArb,
    synopsis: longTextArb(),
    excerpt: longTextArb(),
    pros: list(textArb(1_000)),
    cons: list(textArb(1_000)),
    extras: list(record({ label: textArb(120), value: textArb(2_000) }, ['label', 'value'])),
    claims: fc.array(claimArb, { maxLength: 2 }),
    url: safeUrlArb,
    sources: list(sourceArb),
  } as never,
  ['type', 'itemReviewed'],
);

const positionArb = record(
  {
    label: textArb(200),
    summary: longTextArb(),
    heldBy: list(agentArb, 1),
    claims: fc.array(claimArb, { maxLength: 2 }),
    sources: list(sourceArb, 1),
  },
  ['label', 'summary', 'heldBy', 'sources'],
);

const timelineEventArb = record(
  { date: isoDateArb, title: textArb(300), description: longTextArb(), sources: list(sourceArb, 1) },
  ['date', 'title', 'sources'],
);

export const controversyArb: fc.Arbitrary<Controversy> = record<Controversy>(
  {
    type: fc.constant('controversy' as const),
    subject: textArb(300),
    about: workArb,
    summary: longTextArb(),
    positions: fc.array(positionArb, { minLength: 2, maxLength: 3 }),
    timeline: list(timelineEventArb),
    statements: fc.array(claimArb, { maxLength: 2 }),
    status: record({ description: longTextArb(), asOf: isoDateArb }, ['description', 'asOf']),
    parties: list(agentArb),
    sources: list(sourceArb, 1),
  } as never,
  ['type', 'subject', 'summary', 'positions', 'sources'],
);

/** Any top-level document. */
export const documentArb = fc.oneof(reviewArb, claimArb, controversyArb);
