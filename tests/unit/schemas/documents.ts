// Minimal valid documents of each type, fresh on every call so a test may change its copy.

export const validReview = () => ({
  type: 'review',
  itemReviewed: { name: 'The Long Night', kind: 'documentary', year: 2024, runtimeMinutes: 97 },
  author: { name: 'A. Critic', type: 'person', role: 'Film critic' },
  datePublished: '2024-09-12',
  verdict: 'There is hope',
  reviewRating: { kind: 'numeric', value: 6, best: 10 },
  pros: ['Patient camera work'],
  cons: ['Too long'],
  url: 'https://example.com/reviews/the-long-night',
  sources: [{ url: 'https://example.com/reviews/the-long-night', title: 'Review' }],
});

export const validClaim = () => ({
  type: 'claim',
  text: 'We were never told where the money came from.',
  inLanguage: 'en',
  speaker: { name: 'Jane Doe', role: 'Producer' },
  dateSaid: '2024-09',
  sources: [{ url: 'https://example.com/interview', publisher: 'Example News' }],
  verification: {
    attribution: { status: 'confirmed', by: { name: 'Example News', type: 'organization' }, asOf: '2024-09-13' },
    verdict: { status: 'unverified', asOf: '2024-09-13', reason: 'No documents have been published.' },
  },
});

export const validControversy = () => ({
  type: 'controversy',
  subject: 'Funding of The Long Night',
  summary: 'Critics and the film makers disagree about how the documentary was funded.',
  positions: [
    { label: 'The funding was disclosed', summary: 'The makers say all funding is listed.', heldBy: [{ name: 'The makers' }], sources: [{ title: 'Press release' }] },
    { label: 'The funding was not disclosed', summary: 'Critics say a backer was left out.', heldBy: [{ name: 'A critic' }], sources: [{ url: '/articles/backer' }] },
  ],
  timeline: [{ date: '2024-09-05T19:30Z', title: 'Premiere', sources: [{ title: 'Festival programme' }] }],
  statements: [validClaim()],
  sources: [{ url: 'https://example.com/overview' }],
});
