/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemsFor, renderDocument, renderDocumentHtml, renderToString, tagFor, titleOf } from '../../../src/ssr/index.js';
import { ScoreBadge } from '../../../src/components/score-badge/score-badge.js';
import { ReviewCard } from '../../../src/components/review-card/review-card.js';
import { CLAIM_REVIEW, FILM_REVIEW, FILM_REVIEW_RATED_11, jsonLdPage } from '../../fixtures/json-ld-page.js';
import { run } from '../../../src/cli/main.js';

const root = new URL('../../../', import.meta.url);
const seeds = JSON.parse(readFileSync(new URL('data/index.json', root), 'utf8')) as { file: string; type: string; title: string }[];
const readSeed = (file: string): unknown => JSON.parse(readFileSync(new URL(`data/${file}`, root), 'utf8'));

/** The shadow root's content without styles: what a reader sees. */
const shadowOf = (html: string): string => /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(html)?.[1]?.replace(/<style>[\s\S]*?<\/style>/g, '') ?? '';
/** Text content, roughly: tags and Lit's part markers removed, whitespace collapsed. */
const textOf = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->|<\?>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('renderToString', () => {
  describe.each(seeds)('$file', ({ file, type }) => {
    it(`renders <${`rc-…`}> with declarative shadow DOM and the data for hydration`, (ctx) => {
      const data = readSeed(file);
      const tag = tagFor(data)!;
      expect(tag).toBe({ review: 'rc-review-card', claim: 'rc-claim-quote', controversy: 'rc-controversy-summary' }[type]);
      if (!customElements.get(tag)) ctx.skip(); // the element has not landed yet
      const html = renderDocument(data);
      expect(html.startsWith(`<${tag} `)).toBe(true);
      expect(html.endsWith(`</${tag}>`)).toBe(true);
      expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
      expect(shadowOf(html)).not.toContain('part="error"');
      expect(problemsFor(tag, data)).toEqual([]);
      const script = /<script type="application\/json">([\s\S]*?)<\/script><\/rc-/.exec(html);
      expect(JSON.parse(script![1]!)).toEqual(data);
      expect(textOf(shadowOf(html))).toContain(titleOf(data)!.replace(/…$/, '').slice(0, 60).replace(/\s+/g, ' ').trim());
    });
  });

  it('renders the same error state the browser shows for invalid data, and names the problem', () => {
    const html = renderToString('rc-score-badge', { kind: 'numeric', value: 12, best: 10 });
    expect(shadowOf(html)).toContain('part="error"');
    expect(textOf(shadowOf(html))).toContain('value 12 is above the best score 10');
    expect(problemsFor('rc-score-badge', { kind: 'numeric', value: 12, best: 10 })).toEqual(['value: value 12 is above the best score 10']);
  });

  it('renders schema.org JSON-LD as the converted data, and embeds the converted data before the JSON-LD', () => {
    const jsonLd = { '@context': 'https://schema.org', '@type': 'Rating', ratingValue: 4, bestRating: 5 };
    const html = renderToString('rc-score-badge', jsonLd);
    expect(textOf(shadowOf(html))).toContain('4 /5');
    expect(html).toContain('aria-label="Score: 4 out of 5');
    // The JSON child wins in the browser, so hydration does not wait for the lazily loaded adapter.
    expect(html).toContain(
      `</template><script type="application/json">{"kind":"numeric","value":4,"best":5,"worst":1}</script>` +
        `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script></rc-score-badge>`,
    );
    expect(tagFor(jsonLd)).toBe('rc-score-badge');
  });

  it('keeps data inside its script: "<" cannot close it', () => {
    const label = '</script><script>alert(1)</script><!--';
    const html = renderToString('rc-score-badge', { kind: 'named', value: 'False', label });
    expect(html).not.toContain('<script>alert');
    expect(html.match(/<script/g)).toHaveLength(1);
    const script = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)!;
    expect(JSON.parse(script[1]!)).toEqual({ kind: 'named', value: 'False', label });
    // and as text in the shadow root, escaped
    expect(shadowOf(html)).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
  });

  it('takes a class, a tag override, lang, theme and attributes; refuses unsafe attributes', () => {
    const html = renderToString(ScoreBadge, { kind: 'numeric', value: 6, best: 10 }, { lang: 'de', theme: 'dark', attributes: { id: 'a"b', hidden: true } });
    expect(html).toMatch(/^<rc-score-badge id="a&quot;b" hidden lang="de" theme="dark">/);
    expect(() => renderToString('rc-score-badge', {}, { attributes: { onclick: 'x' } })).toThrow(/not allowed/);
    expect(() => renderToString('rc-score-badge', {}, { attributes: { style: 'x' } })).toThrow(/not allowed/);
    expect(() => renderToString('rc-nope', {})).toThrow(/not a review-cards element/);
    expect(renderToString('rc-score-badge', { kind: 'numeric', value: 6, best: 10 }, { embedData: false })).not.toContain('<script');
  });

  it('follows the lang attribute on the server (the shim has no lang property)', () => {
    const html = renderToString('rc-score-badge', { kind: 'numeric', value: 7.5, best: 10 }, { lang: 'de' });
    expect(textOf(shadowOf(html))).toContain('7,5');
  });

  it('renders interface strings from the same language tables as the browser', () => {
    const review = JSON.parse(readFileSync(new URL('data/reviews/faces-of-the-resistance.json', root), 'utf8'));
    const html = renderToString('rc-review-card', review, { lang: 'uk' });
    expect(textOf(shadowOf(html))).toContain('Автор рецензії:');
    expect(textOf(shadowOf(html))).not.toContain('Review by');
  });

  it('renders a long verdict and a long list of points whole: clamped and folded by CSS, or open with density="full"', () => {
    // An invented review: a verdict over the clamp's 600 characters, and more points than the list shows.
    const verdict = 'An invented verdict that runs on and on. '.repeat(20).trim();
    const pros = Array.from({ length: 6 }, (_, i) => `Invented point ${i + 1}`);
    const review = { type: 'review', itemReviewed: { name: 'The Long Night', kind: 'documentary' }, verdict, pros };
    const compact = shadowOf(renderToString('rc-review-card', review));
    // The text is all there (search engines, copy-paste, readers without scripts); CSS clamps and folds it.
    expect(textOf(compact)).toContain(`Verdict: ${verdict}`);
    for (const point of pros) expect(textOf(compact)).toContain(point);
    expect(compact).toMatch(/<p part="verdict review-verdict" id="verdict" class="verdict clamped"/);
    expect(compact).toMatch(/<button [^>]*aria-expanded="false" aria-controls="verdict"/);
    expect(compact.match(/<li class="folded">/g)).toHaveLength(3);
    expect(compact).toMatch(/<button [^>]*aria-expanded="false" aria-controls="pros"/);

    const full = shadowOf(renderToString('rc-review-card', review, { attributes: { density: 'full' } }));
    expect(textOf(full)).toContain(`Verdict: ${verdict}`);
    for (const point of pros) expect(textOf(full)).toContain(point);
    expect(full).not.toContain('<button');
    expect(full).not.toMatch(/class="[^"]*\b(clamped|folded)\b/);
  });

  it('wraps elements in a page with the hydration scripts', () => {
    const page = renderDocumentHtml([renderToString('rc-score-badge', { kind: 'letter', value: 'B+' })], {
      title: 'A <page>',
      scripts: ['/hydrate-support.js', '/all.js'],
    });
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<title>A &lt;page&gt;</title>');
    expect(page.indexOf('/hydrate-support.js')).toBeLessThan(page.indexOf('/all.js'));
  });
});

describe('schema.org JSON-LD holding several things (a fact check, then a review)', () => {
  const claimReview = CLAIM_REVIEW;
  const review = FILM_REVIEW;
  const page = jsonLdPage;
  /** The converted data embedded for hydration: the JSON child the browser reads first. */
  const embedded = (html: string): Record<string, unknown> => JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!);
  const heading = (html: string): string | undefined => {
    const match = /part="heading"[^>]*>([\s\S]*?)<\/h\d>/.exec(shadowOf(html));
    return match ? textOf(match[1]!) : undefined;
  };

  it('embeds, for hydration, the review a review card shows, not the fact check that comes first', () => {
    const html = renderToString('rc-review-card', page(claimReview, review));
    expect(shadowOf(html)).not.toContain('part="error"');
    expect(heading(html)).toContain('Quiet Harbour');
    expect(embedded(html)).toMatchObject({ type: 'review', itemReviewed: { name: 'Quiet Harbour' } });
  });

  it('embeds the claim for a claim quote, and the review for a review card, whatever the order of the nodes', () => {
    expect(embedded(renderToString('rc-claim-quote', page(review, claimReview)))).toMatchObject({ type: 'claim', text: 'The lake dried up in one summer.' });
    expect(embedded(renderToString('rc-review-card', page(review, claimReview)))).toMatchObject({ type: 'review' });
  });

  it('embeds no converted data when nothing in the JSON-LD is for this element: the browser converts it as the server did', () => {
    const html = renderToString('rc-controversy-summary', page(claimReview, review));
    expect(shadowOf(html)).toContain('part="error"');
    expect(html).not.toContain('<script type="application/json">');
    expect(html).toContain('<script type="application/ld+json">');
  });

  it('problemsFor judges the node the element shows: none for a review card or a claim quote', () => {
    expect(problemsFor('rc-review-card', page(claimReview, review))).toEqual([]);
    expect(problemsFor('rc-claim-quote', page(claimReview, review))).toEqual([]);
  });

  it('problemsFor names what is wrong with the review a review card would show, not that nothing is for it', () => {
    const invalidReview = FILM_REVIEW_RATED_11;
    expect(problemsFor('rc-review-card', page(claimReview, invalidReview))).toEqual(['reviewRating.value: value 11 is above the best score 10']);
  });

  it('problemsFor names the problem the element’s error state shows', () => {
    const invalidReview = FILM_REVIEW_RATED_11;
    for (const [tag, data] of [['rc-review-card', page(claimReview, invalidReview)], ['rc-controversy-summary', page(claimReview, review)]] as const) {
      const problems = problemsFor(tag, data);
      expect(problems, tag).toHaveLength(1);
      expect(textOf(shadowOf(renderToString(tag, data))), tag).toContain(problems[0]!.replace(/^[^:]*: /, ''));
    }
  });

  it('treats a subclass under a tag of its own as the element it extends', () => {
    class HouseReviewCard extends ReviewCard {}
    HouseReviewCard.define('house-review-card');
    expect(embedded(renderToString('house-review-card', page(claimReview, review)))).toMatchObject({ type: 'review' });
    expect(problemsFor('house-review-card', page(claimReview, review))).toEqual([]);
    const invalidReview = FILM_REVIEW_RATED_11;
    expect(problemsFor('house-review-card', page(claimReview, invalidReview))).toEqual(['reviewRating.value: value 11 is above the best score 10']);
  });

  it('tagFor and renderDocument, with no element given, take the first thing a card can show: fact checks first', () => {
    expect(tagFor(page(review, claimReview))).toBe('rc-claim-quote');
    expect(tagFor(page(review))).toBe('rc-review-card');
  });
});

describe('importing the library in Node', () => {
  it('touches no DOM globals: no window, document or HTMLElement afterwards', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', `
        await import('./src/index.ts');
        await import('./src/all.ts');
        console.log(JSON.stringify([typeof window, typeof document, typeof HTMLElement, typeof customElements]));`],
      { cwd: new URL('.', root), encoding: 'utf8' },
    );
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual(['undefined', 'undefined', 'undefined', 'object']);
  });
});

describe('review-cards render', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd: new URL('.', root).pathname } };
  };

  it('prints the element for a document, the tag picked from its type', async () => {
    const { out, io: cli } = io();
    expect(await run(['render', 'data/reviews/russians-at-war.json'], cli)).toBe(0);
    expect(out.stdout).toMatch(/^<rc-review-card theme="auto"><template shadowroot="open" shadowrootmode="open">/);
    expect(out.stdout).toContain('Russians at War');
  });

  it('prints a whole page with --page and --script', async () => {
    const { out, io: cli } = io();
    expect(await run(['render', '--page', '--lang', 'en', '--script', '/hydrate.js', 'data/reviews/russians-at-war.json'], cli)).toBe(0);
    expect(out.stdout).toContain('<title>Russians at War</title>');
    expect(out.stdout).toContain('<script type="module" src="/hydrate.js"></script>');
  });

  it('exits 1 with the error state for an invalid document, 2 for a missing file', async () => {
    const { out, io: cli } = io();
    expect(await run(['render', '--tag', 'rc-score-badge', 'tests/unit/ssr/fixtures/bad-score.json'], cli)).toBe(1);
    expect(out.stdout).toContain('part="error"');
    expect(out.stderr).toContain('best: ');
    const missing = io();
    expect(await run(['render', 'nope.json'], missing.io)).toBe(2);
    expect(missing.out.stderr).toContain('nope.json: file not found');
  });
});
