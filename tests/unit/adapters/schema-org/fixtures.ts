// JSON-LD written the way publishers write it: fact-checkers, film sites, CMS plugins. Each is a
// fresh object on every call, so a test may change its copy. URLs are example hosts.

/** PolitiFact: Truth-O-Meter label with "!", a 1–6 rating, the claim's setting in the Claim's name. */
export const politifactClaimReview = () => ({
  '@context': 'http://schema.org',
  '@type': 'ClaimReview',
  datePublished: '2024-03-05',
  url: 'https://www.politifact.example/factchecks/2024/mar/05/jane-senator/moon-made-of-cheese/',
  author: { '@type': 'Organization', name: 'Example Politics Check', url: 'https://www.politifact.example' },
  claimReviewed: 'The moon is made of cheese.',
  reviewRating: {
    '@type': 'Rating',
    ratingValue: 1,
    bestRating: 6,
    worstRating: 1,
    alternateName: 'Pants on Fire!',
    image: 'https://static.politifact.example/rulings/meter-pants-fire.jpg',
  },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Jane Senator', jobTitle: 'U.S. Senator', image: 'https://example.com/jane.jpg' },
    datePublished: '2024-03-01',
    name: 'stated on March 1, 2024 in a post on X',
    appearance: { '@type': 'CreativeWork', url: 'https://x.example/janesenator/status/1' },
  },
});

/** Snopes: "Misattributed" rates who said it; a ratingValue of -1 outside its own scale. */
export const snopesMisattributed = () => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://www.snopes.example/fact-check/einstein-insanity-quote/',
  datePublished: '2023-05-01T12:00:00+00:00',
  dateModified: '2023-06-02T09:30:00+00:00',
  claimReviewed: "A Famous Physicist said, 'Insanity is doing the same thing over and over and expecting different results.'",
  author: { '@type': 'Organization', name: 'Example Rumour Check', url: 'https://www.snopes.example' },
  reviewRating: { '@type': 'Rating', ratingValue: '-1', bestRating: '5', worstRating: '1', alternateName: 'Misattributed' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'A Famous Physicist' },
    datePublished: '1981',
    firstAppearance: { '@type': 'CreativeWork', url: 'https://archive.example/narcotics-anonymous-1981', name: 'Narcotics Anonymous (1981)' },
    appearance: [
      { '@type': 'CreativeWork', url: 'https://social.example/post/123' },
      { '@type': 'CreativeWork', url: 'https://archive.example/narcotics-anonymous-1981', name: 'Narcotics Anonymous (1981)' },
    ],
  },
});

/** Snopes' five-point ratings with a numeric value on the scale. */
export const snopesMixture = () => ({
  ...snopesMisattributed(),
  claimReviewed: 'Coffee is bad for you.',
  reviewRating: { '@type': 'Rating', ratingValue: '3', bestRating: '5', worstRating: '1', alternateName: 'Mixture' },
});

/** Full Fact: a sentence as the rating, no number, the claim's first appearance a Facebook post. */
export const fullFactClaimReview = () => ({
  '@context': 'http://schema.org',
  '@type': 'ClaimReview',
  datePublished: '2024-02-10',
  url: 'https://fullfact.example/health/coffee-cures-covid/',
  author: { '@type': 'Organization', name: 'Example Full Check', url: 'https://fullfact.example/', sameAs: 'https://twitter.example/FullFact' },
  claimReviewed: 'Three cups of coffee a day cure Covid-19.',
  reviewRating: {
    '@type': 'Rating',
    alternateName: 'This is incorrect. There is no evidence that coffee prevents or cures Covid-19.',
  },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Organization', name: 'Social media users' },
    datePublished: '2024-02-08',
    firstAppearance: { '@type': 'CreativeWork', url: 'https://facebook.example/posts/987' },
  },
});

/** A MediaReview in the Washington Post / Duke Reporters' Lab shape: a slowed-down video. */
export const mediaReviewTransformed = () => ({
  '@context': 'https://schema.org',
  '@type': 'MediaReview',
  url: 'https://news.example/politics/2021/02/01/slowed-video/',
  datePublished: '2021-02-01',
  author: { '@type': 'Organization', name: 'Example Post Fact Checker' },
  mediaAuthenticityCategory: 'https://schema.org/TransformedContent',
  originalMediaContextDescription: 'The original video plays at normal speed; this copy was slowed to 75 percent.',
  originalMediaLink: 'https://video.example/original.mp4',
  itemReviewed: {
    '@type': 'MediaReviewItem',
    creator: { '@type': 'Person', name: 'Uploader One' },
    interpretedAsClaim: {
      '@type': 'Claim',
      name: 'The speaker was drunk at the press conference.',
      author: { '@type': 'Person', name: 'Uploader One' },
    },
    mediaItemAppearance: [
      { '@type': 'VideoObject', contentUrl: 'https://video.example/slowed.mp4', description: 'Slowed clip of the press conference' },
    ],
  },
});

/** IMDb: a Movie with an aggregate rating and one user review whose item is only a URL. */
export const imdbMovie = () => ({
  '@context': 'https://schema.org',
  '@type': 'Movie',
  url: '/title/tt0000001/',
  name: 'Cold Water Road',
  alternateName: 'Дорога холодной воды',
  image: 'https://m.media.example/images/poster.jpg',
  description: 'A filmmaker follows a road crew through one winter.',
  review: {
    '@type': 'Review',
    itemReviewed: { '@type': 'CreativeWork', url: '/title/tt0000001/' },
    author: { '@type': 'Person', name: 'filmfan_42' },
    dateCreated: '2024-10-01',
    inLanguage: 'English',
    name: 'Hard to watch',
    reviewBody: 'It is hard to watch &amp; harder to forget.',
    reviewRating: { '@type': 'Rating', worstRating: 1, bestRating: 10, ratingValue: 8 },
  },
  aggregateRating: { '@type': 'AggregateRating', ratingCount: 12345, bestRating: 10, worstRating: 1, ratingValue: 7.6 },
  contentRating: 'Not Rated',
  genre: ['Documentary', 'War'],
  datePublished: '2024-09-05',
  countryOfOrigin: [{ '@type': 'Country', name: 'Canada' }, { '@type': 'Country', name: 'France' }],
  director: [{ '@type': 'Person', url: '/name/nm0000001/', name: 'Rosa Invented' }],
  creator: [
    { '@type': 'Organization', url: '/company/co0000001/' },
    { '@type': 'Person', url: '/name/nm0000001/', name: 'Rosa Invented' },
  ],
  duration: 'PT2H9M',
});

/** Rotten Tomatoes: only the Tomatometer, as strings, on 0–100. */
export const rottenTomatoesMovie = () => ({
  '@context': 'http://schema.org',
  '@type': 'Movie',
  name: 'The Quiet Harbour',
  url: 'https://www.rottentomatoes.example/m/faces_of_the_resistance',
  aggregateRating: {
    '@type': 'AggregateRating',
    name: 'Tomatometer',
    ratingValue: '87',
    bestRating: '100',
    worstRating: '0',
    reviewCount: 23,
  },
});

/** Yoast SEO: a @graph where every node refers to the others by @id, with a review ↔ movie cycle. */
export const yoastGraph = () => ({
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'WebPage',
      '@id': 'https://blog.example/review/cold-water-road/',
      url: 'https://blog.example/review/cold-water-road/',
      name: 'Cold Water Road review - Example Films',
      isPartOf: { '@id': 'https://blog.example/#website' },
      datePublished: '2024-09-12T08:00:00+00:00',
      breadcrumb: { '@id': 'https://blog.example/review/cold-water-road/#breadcrumb' },
      inLanguage: 'en-US',
    },
    {
      '@type': 'BreadcrumbList',
      '@id': 'https://blog.example/review/cold-water-road/#breadcrumb',
      itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://blog.example/' }],
    },
    { '@type': 'WebSite', '@id': 'https://blog.example/#website', publisher: { '@id': 'https://blog.example/#organization' } },
    { '@type': 'Organization', '@id': 'https://blog.example/#organization', name: 'Example Films', url: 'https://blog.example/' },
    {
      '@type': 'Person',
      '@id': 'https://blog.example/#/schema/person/abc123',
      name: 'Jane Critic',
      url: 'https://blog.example/author/jane/',
      worksFor: { '@id': 'https://blog.example/#organization' },
    },
    {
      '@type': 'Review',
      '@id': 'https://blog.example/review/cold-water-road/#review',
      itemReviewed: { '@id': 'https://blog.example/review/cold-water-road/#movie' },
      author: { '@id': 'https://blog.example/#/schema/person/abc123' },
      publisher: { '@id': 'https://blog.example/#organization' },
      reviewRating: { '@type': 'Rating', ratingValue: '4,5', bestRating: '5', worstRating: '1' },
      datePublished: '2024-09-12 08:00:00',
      reviewBody: '<p>It&#8217;s <strong>patient</strong> and humane.</p><p>It is also one-sided.</p>',
      positiveNotes: {
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', position: 2, name: 'Rare access' },
          { '@type': 'ListItem', position: 1, name: 'Patient camera' },
        ],
      },
      negativeNotes: ['One-sided'],
    },
    {
      '@type': 'Movie',
      '@id': 'https://blog.example/review/cold-water-road/#movie',
      name: 'Cold Water Road',
      review: { '@id': 'https://blog.example/review/cold-water-road/#review' },
      sameAs: ['https://www.imdb.example/title/tt0000001/', 'javascript:alert(document.cookie)'],
    },
  ],
});

/** A WordPress review plugin: strings for numbers, the author as a plain name, an English date. */
export const wordpressPluginReview = () => ({
  '@context': 'http://schema.org/',
  '@type': 'Review',
  name: 'The Quiet Harbour review',
  itemReviewed: { '@type': 'http://schema.org/Movie', name: 'The Quiet Harbour', duration: '32 min' },
  author: 'Jane Example',
  reviewRating: { '@type': 'Rating', ratingValue: '7.5', bestRating: '10', worstRating: '0' },
  datePublished: 'September 12, 2024',
  description: 'A short documentary about Ukrainian volunteers.',
});

/** Messy but common: @type arrays and prefixes, several authors, @value, "6 / 10", a review nested in a series. */
export const messySeries = () => ({
  '@context': { '@vocab': 'https://schema.org/' },
  '@type': ['schema:TVSeries', 'CreativeWork'],
  name: ['Example Series', 'Another name'],
  'schema:review': [
    {
      '@type': ['Review', 'CriticReview'],
      author: [{ '@type': 'Person', name: 'First Critic' }, { '@type': 'Person', name: 'Second Critic' }],
      reviewRating: { '@type': 'Rating', ratingValue: { '@value': '6 / 10' } },
      datePublished: { '@value': '2024-01-02T10:00:00Z' },
      url: 'data:text/html,<script>alert(1)</script>',
    },
    { '@type': 'Review', author: { '@type': 'Person', name: 'Third Critic' }, reviewRating: { '@type': 'Rating', ratingValue: 2 } },
  ],
});
