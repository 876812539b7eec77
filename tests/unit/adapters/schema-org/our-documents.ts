// Documents of our shape that use every field schema.org can carry, for round trips.

import type { Claim, Review, Score } from '../../../../src/schemas/index.js';

export const PAGE_URL = 'https://cards.example/page';

export const fullClaim = (): Claim => ({
  type: 'claim',
  text: 'Guys, do not come here. This is not our war.',
  inLanguage: 'en',
  original: { text: 'Пацаны, не приезжайте сюда. Это не наша война.', inLanguage: 'ru' },
  translation: { text: 'Хлопці, не їдьте сюди. Це не наша війна.', inLanguage: 'uk', by: { name: 'Newsroom translation desk', type: 'organization' } },
  speaker: { name: 'Ivan Example', type: 'person', role: 'Soldier, from an example town', affiliation: 'Example Regiment', url: 'https://example.com/people/ivan-example' },
  dateSaid: '2024-02',
  location: 'Eastern Ukraine',
  setting: 'Video message recorded at the front',
  media: { kind: 'video', url: 'https://video.example/watch?v=abc', description: 'A soldier films the bodies of his comrades.' },
  context: 'Posted by a channel that does not name itself.',
  sources: [
    { url: 'https://video.example/watch?v=abc', title: 'This is not our war', publisher: 'Video Example', author: 'Unnamed channel', datePublished: '2024-02-10', archivedUrl: 'https://web.archive.example/2024/https://video.example/watch?v=abc', note: 'The channel’s description of the video.' },
    { title: 'Transcript (no URL)' },
  ],
  verification: {
    attribution: {
      status: 'misattributed',
      by: { name: 'Example Fact Check', type: 'organization', url: 'https://factcheck.example' },
      asOf: '2024-03-01',
      reason: 'The man in the video is someone else.',
      publisherLabel: 'Wrong person',
      evidence: [{ url: 'https://factcheck.example/ivan-example', title: 'Who is in the video' }],
    },
    mediaAuthenticity: {
      status: 'edited-or-cropped',
      by: { name: 'Example Fact Check', type: 'organization' },
      asOf: '2024-03-01T10:00Z',
      reason: 'The last ten seconds were cut.',
      publisherLabel: 'Cropped',
      evidence: [{ url: 'https://video.example/watch?v=full', title: 'Full video' }],
    },
    verdict: {
      status: 'false',
      by: { name: 'Example Politics Check', type: 'organization', url: 'https://www.politifact.example' },
      asOf: '2024-03-02',
      reason: 'The figures in the video do not match the unit’s records.',
      publisherLabel: 'Pants on Fire!',
      rating: { kind: 'numeric', value: 1, best: 6, worst: 1 },
      evidence: [{ url: 'https://records.example/unit', title: 'Unit records', publisher: 'Records Office' }],
    },
  },
  url: 'https://factcheck.example/claims/not-our-war',
});

/** Labels our table reads as another status: the status identifier must carry ours. */
export const claimWithSurprisingLabels = (): Claim => ({
  type: 'claim',
  text: 'The festival cancelled all screenings.',
  speaker: { name: 'A commentator' },
  sources: [{ url: 'https://example.com/post' }],
  verification: {
    attribution: { status: 'purported', publisherLabel: 'Correct attribution' },
    mediaAuthenticity: { status: 'unverified' },
    verdict: { status: 'mostly-false', publisherLabel: 'Misattributed' },
  },
});

export const fullReview = (): Review => ({
  type: 'review',
  itemReviewed: {
    name: 'Cold Water Road',
    kind: 'documentary',
    originalName: 'Дорога холодной воды',
    year: 2024,
    datePublished: '2025-01-10',
    runtimeMinutes: 129,
    people: [
      { name: 'Ada Example', type: 'person', role: 'Director' },
      { name: 'Ada Example', type: 'person', role: 'Director/Writer' },
      { name: 'Rolf Example', role: 'Writer', url: 'https://example.com/rolf' },
      { name: 'Cora Example', role: 'Producer' },
      { name: 'A Cinematographer', role: 'Cinematographer' },
      { name: 'Example Studio', type: 'organization', role: 'Production company' },
      { name: 'Uncredited helper' },
    ],
    countries: ['Canada', 'France'],
    inLanguage: ['ru', 'en'],
    description: 'A filmmaker follows a road crew through one winter.',
    url: 'https://films.example/cold-water-road',
    sameAs: ['https://www.imdb.example/title/tt0000001/', 'https://en.wikipedia.example/wiki/Cold_Water_Road'],
  },
  author: { name: 'Jane Critic', type: 'person', role: 'Film critic', affiliation: 'Example Films', url: 'https://blog.example/jane' },
  publisher: { name: 'Example Films', type: 'organization', role: 'Independent film magazine', url: 'https://blog.example/' },
  datePublished: '2025-04-15',
  inLanguage: 'en',
  headline: 'Humane, and one-sided',
  verdict: 'There is hope',
  reviewRating: { kind: 'numeric', value: 6, best: 10, asWritten: '6/10', label: 'The final score', author: { name: 'Jane Critic' } },
  synopsis: 'A filmmaker follows a road crew for seven months.',
  excerpt: 'Obviously, the difficulty in watching the film is staying patient with its pace.',
  pros: ['Rare access', 'Patient camera'],
  cons: ['One-sided'],
  claims: [fullClaim()],
  url: 'https://blog.example/review/cold-water-road',
  sources: [{ title: 'Print edition', datePublished: '2025-04-15', note: 'Page 12.' }],
});

export const scores = (): Array<[string, Score]> => [
  ['a score out of 10', { kind: 'numeric', value: 7.5, best: 10 }],
  ['five stars with a worst of 1', { kind: 'numeric', value: 4.5, best: 5, worst: 1, asWritten: '★★★★½' }],
  ['a percentage', { kind: 'numeric', value: 87, best: 100, display: 'percent', label: 'Tomatometer' }],
  ['a letter grade', { kind: 'letter', value: 'B+', label: 'Grade' }],
  ['a named rating', { kind: 'named', value: 'Fresh', asWritten: 'Certified Fresh' }],
  ['a score with its author', { kind: 'numeric', value: 3, best: 4, author: { name: 'Roger Critic', type: 'person', role: 'Critic' } }],
];
