// `review-cards validate` on schema.org JSON-LD: a page's scripts or a JSON-LD file, reported as a card
// reads them (which node it shows, which it skips and why), with Google's problems as warnings.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { jsonLdScripts, validateHtmlText } from '../../../src/cli/validate-json-ld.js';
import { validateDocumentText } from '../../../src/cli/validate-text.js';
import { CLAIM_REVIEW, FILM_REVIEW_RATED_11, jsonLdPage } from '../../fixtures/json-ld-page.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = 'tests/corpus/json-ld';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: root });
  return { code, stdout, stderr };
}

describe('review-cards validate on JSON-LD', () => {
  it('reports for an HTML page which review a card shows and why the others are skipped, exiting 0', async () => {
    const { code, stdout } = await cli('validate', `${corpus}/wp-site-reviews-several.html`);
    expect(code).toBe(0);
    expect(stdout).toContain(`${corpus}/wp-site-reviews-several.html:9:1: info: review[0]: Review: a card shows this, shown as a review`);
    expect(stdout).toContain('info: review[1]: Review: skipped: another Review: an element shows one, the one at review[0]');
    expect(stdout).toContain('1 file checked: 1 valid, 0 invalid; 0 errors, 0 warnings.');
  });

  it('fails a page no card can show, and one the named element cannot show, exiting 1', async () => {
    const none = await cli('validate', `${corpus}/unusable-article-only.html`);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('error: (root): no card can show this JSON-LD: unsupported @type "NewsArticle", "Organization"');
    const wrong = await cli('validate', '--element', 'rc-review-card', `${corpus}/fact-check-two-claims.html`);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('<rc-review-card> cannot show this JSON-LD: holds ClaimReview (claim), but nothing this element shows');
  });

  it('names the problem of the review a review card would show, beside a valid fact check', () => {
    // A valid fact check first, then a review rated 11 out of 10.
    const graph = jsonLdPage(CLAIM_REVIEW, FILM_REVIEW_RATED_11);
    const report = validateHtmlText(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`, { element: 'rc-review-card' });
    const errors = report.issues.filter((i) => i.severity === 'error').map((i) => i.message);
    expect(errors).toEqual(['<rc-review-card> cannot show this JSON-LD: value 11 is above the best score 10']);
  });

  it('reports dropped links and Google’s missing fields as warnings', async () => {
    const { stdout } = await cli('validate', `${corpus}/wp-entities-junk-urls.html`);
    expect(stdout).toContain('warning: url: "www.reviews.example/keepers-daughter" is not an absolute http(s) URL or a path from the site\'s root, so it would be a broken link; dropped');
  });

  it('rejects an unknown --element', async () => {
    const { code, stderr } = await cli('validate', '--element', 'rc-nope', `${corpus}/wp-cdata-guard.html`);
    expect(code).toBe(2);
    expect(stderr).toContain('--element must be one of rc-review-card, rc-claim-quote, rc-score-badge');
  });

  it('finds every ld+json script of a page, at its line, through CDATA and comment guards', () => {
    const page = '<html>\n<script type="application/ld+json">{"@type":"Review"}</script>\n<p>x</p>\n<SCRIPT TYPE=\'application/ld+json\'>\n<!--\n{"@type":"Rating","ratingValue":4,"bestRating":5,"worstRating":1}\n-->\n</SCRIPT>';
    expect(jsonLdScripts(page).map((s) => s.line)).toEqual([2, 4]);
    const report = validateHtmlText(page);
    expect(report.issues.some((i) => i.path[0] === 'script 2' && i.code === 'card-shows')).toBe(true);
    expect(validateHtmlText('<p>no markup</p>').issues[0]?.code).toBe('no-json-ld');
  });

  it('reads a JSON-LD .json file as JSON-LD, locating each note at its node', () => {
    const text = '[\n  {"@context": "https://schema.org", "@type": "WebPage"},\n  {"@context": "https://schema.org", "@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1}\n]';
    const report = validateDocumentText(text);
    expect(report.status).toBe('valid');
    expect(report.issues.find((i) => i.code === 'card-shows')).toMatchObject({ path: [1], line: 3, column: 3 });
  });
});
