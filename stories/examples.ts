// Invented examples for the stories that need data no data/ document has (another
// scale, another language, every status). Every name, outlet, work and quote here
// is made up and every link is on example.org, so that no story attaches invented
// words, scores or verdicts to a real person or outlet (issue 13, "Stories tell no
// lies"); scripts/check-stories.mjs fails a story that names someone from data/
// without showing that data/ document as it is.
import type { Claim, Controversy, Review } from '../src/index.js';

const source = (path: string, title: string) => ({
  url: `https://example.org/${path}`,
  title,
  publisher: 'Example Film Weekly',
});

/** An invented review of an invented film, by an invented critic at an invented outlet. */
export const exampleReview: Review = {
  type: 'review',
  itemReviewed: {
    name: 'The Quiet Harbour',
    kind: 'documentary',
    year: 2024,
    runtimeMinutes: 94,
    people: [{ name: 'Rosa Invented', type: 'person', role: 'Director' }],
    countries: ['Examplestan'],
  },
  author: { name: 'Jane Example', type: 'person', role: 'Film critic' },
  publisher: { name: 'Example Film Weekly', type: 'organization', url: 'https://example.org/' },
  datePublished: '2025-03-02',
  headline: 'A patient portrait of a fishing town',
  verdict: 'Patient and well shot, if a little long.',
  reviewRating: { kind: 'numeric', value: 3.5, best: 5, display: 'stars', label: 'Critic rating' },
  pros: ['Unhurried, observant camera work'],
  cons: ['The last act repeats itself'],
  extras: [{ label: 'Festival prospects', value: 'Good' }],
  url: 'https://example.org/reviews/the-quiet-harbour',
  sources: [source('reviews/the-quiet-harbour', 'The Quiet Harbour, reviewed')],
};

/** The same invented review written in Russian, by an invented Russian-speaking critic. */
export const exampleReviewRu: Review = {
  type: 'review',
  inLanguage: 'ru',
  itemReviewed: { name: 'Тихая гавань', kind: 'documentary', year: 2024, runtimeMinutes: 94, countries: ['Примерстан'] },
  author: { name: 'Мария Примерова', type: 'person' },
  publisher: { name: 'Пример-кино', type: 'organization', url: 'https://example.org/ru/' },
  datePublished: '2025-04-15',
  headline: 'Терпеливый портрет рыбацкого городка',
  verdict: 'Снято терпеливо и красиво, но затянуто.',
  reviewRating: { kind: 'numeric', value: 6, best: 10, label: 'Итоговая оценка' },
  pros: ['Внимательная камера'],
  cons: ['Финал повторяет сам себя'],
  extras: [{ label: 'Фестивальные шансы', value: 'Хорошие' }],
};

/** The same invented review written in Arabic, by an invented Arabic-speaking critic. */
export const exampleReviewAr: Review = {
  type: 'review',
  inLanguage: 'ar',
  itemReviewed: { name: 'الميناء الهادئ', kind: 'documentary', year: 2024 },
  author: { name: 'سارة مثال', type: 'person' },
  publisher: { name: 'مجلة المثال', type: 'organization', url: 'https://example.org/ar/' },
  datePublished: '2025-03-02',
  verdict: 'فيلم صبور وجميل التصوير، لكنه طويل قليلاً.',
  reviewRating: { kind: 'numeric', value: 7.5, best: 10, label: 'تقييم الفيلم' },
  pros: ['تصوير متأنٍ'],
  cons: ['الجزء الأخير يكرر نفسه'],
};

export const exampleFactChecker = { name: 'Example Fact Check', type: 'organization' as const, url: 'https://example.org/fact-check' };

/** An invented statement by an invented speaker, checked by an invented fact-checker. */
export const exampleClaim: Claim = {
  type: 'claim',
  text: 'The harbour has had no ferry since the spring.',
  inLanguage: 'en',
  speaker: { name: 'Sam Placeholder', type: 'person', role: 'Harbour master', affiliation: 'Port of Exampleton' },
  dateSaid: '2025-02-10',
  setting: 'Town council meeting',
  location: 'Exampleton',
  media: { kind: 'video', url: 'https://example.org/video/council-meeting', description: 'Recording of the meeting.' },
  sources: [{ url: 'https://example.org/news/council-meeting', title: 'Council hears ferry complaints', publisher: 'Exampleton Gazette' }],
  verification: {
    attribution: { status: 'confirmed', by: exampleFactChecker, asOf: '2025-02-12', reason: 'The council published the recording.' },
    mediaAuthenticity: { status: 'original', by: exampleFactChecker, asOf: '2025-02-12', reason: 'The recording comes from the council itself.' },
    verdict: { status: 'unverified', by: exampleFactChecker, asOf: '2025-02-12', reason: 'The ferry operator has not answered.' },
  },
};

/** An invented controversy: an invented festival pausing an invented film, positions held by invented groups. */
export const exampleControversy: Controversy = {
  type: 'controversy',
  subject: 'Screenings of “The Quiet Harbour” at the Example Film Festival',
  about: { name: 'The Quiet Harbour', kind: 'documentary', year: 2024 },
  summary:
    'The Example Film Festival paused screenings of the documentary after protests from fishing families, who say it misrepresents them; the film-makers say it does not.',
  positions: [
    {
      label: 'The film misrepresents the town',
      summary: 'The families say the film leaves out the reasons the ferry stopped.',
      heldBy: [{ name: 'Exampleton Fishing Families Association', type: 'organization' }],
      sources: [{ url: 'https://example.org/news/families-letter', title: 'Families write to the festival' }],
    },
    {
      label: 'The screenings should go ahead',
      summary: 'The film-makers say the film shows the town as its people described it.',
      heldBy: [{ name: 'Rosa Invented', type: 'person', role: 'Director' }],
      sources: [{ url: 'https://example.org/news/director-statement', title: 'Director answers the families' }],
    },
  ],
  timeline: [
    {
      date: '2025-03-01',
      title: 'Premiere at the Example Film Festival',
      sources: [{ url: 'https://example.org/festival/programme', title: 'Festival programme' }],
    },
    {
      date: '2025-03-04',
      title: 'Festival pauses the remaining screenings',
      sources: [{ url: 'https://example.org/festival/statement', title: 'Festival statement' }],
    },
  ],
  statements: [exampleClaim],
  status: { description: 'Screenings paused; the festival has not said when they resume.', asOf: '2025-03-05' },
  sources: [{ url: 'https://example.org/festival/statement', title: 'Festival statement' }],
};
