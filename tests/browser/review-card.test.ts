// Wrappers use fixtureSync: fixture() waits a frame for non-Lit elements, and a background page gets no frames.
// First import: `fixture` runs these tests twice, in the browser and server-rendered then hydrated.
import { fixture } from './helpers/fixture.js';
import { expect, fixtureSync, html } from '@open-wc/testing';
import { itIn, preferColorScheme, press } from './helpers/engine.js';
import { render } from 'lit';
import '../../src/components/review-card/review-card.define.js';
import '../../src/locales/de.define.js';
import type { ReviewCard } from '../../src/components/review-card/review-card.js';
import { GLANCE_THRESHOLD, NOTES_SHOWN, renderReviewCard } from '../../src/components/review-card/review-card.template.js';
import { CLAIMS_SHOWN } from '../../src/components/claim-quote/claim-quote.template.js';
import { ENGLISH } from '../../src/format/english.js';
import type { Review } from '../../src/schemas/review.js';
import { spyOnWarn, until } from './helpers/spies.js';

interface IndexEntry {
  file: string;
  type: string;
  title: string;
}

const dataUrl = (path: string) => new URL(`../../data/${path}`, import.meta.url).href;

async function loadJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const reviewFiles = async () => (await loadJson<IndexEntry[]>(dataUrl('index.json'))).filter((e) => e.type === 'review');
const loadReview = (file: string) => loadJson<Review>(dataUrl(file));
// Read before the suite is declared, so each document gets its own test.
const reviewEntries = await reviewFiles();

const q = <E extends Element = HTMLElement>(el: ReviewCard, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const qa = (el: ReviewCard, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** Claims a reader can see (folded ones may be in the DOM for script-less readers, but hidden). */
const visibleClaims = (el: ReviewCard) => qa(el, '[part="claims"] article').filter((a) => a.checkVisibility()).length;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function card(review: Review, attributes: { headingLevel?: number; theme?: 'light' | 'dark' } = {}) {
  return fixture<ReviewCard>(
    html`<rc-review-card .data=${review} heading-level=${attributes.headingLevel ?? 2} theme=${attributes.theme ?? 'auto'}></rc-review-card>`,
  );
}

/** axe in the light scheme, with theme="dark", and with prefers-color-scheme: dark. */
async function expectAccessibleInBothSchemes(el: ReviewCard) {
  await expect(el).to.be.accessible();
  el.theme = 'dark';
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.theme = 'auto';
  await el.updateComplete;
  // Where the driver cannot emulate the preference, theme="dark" above covered the colours, and the test
  // 'follows prefers-color-scheme: dark …' below is listed as not run in that engine.
  if (!(await preferColorScheme('dark'))) return;
  try {
    await expect(el).to.be.accessible();
  } finally {
    await preferColorScheme('light');
  }
}

const minimal = (overrides: Partial<Review> = {}): Review => ({
  type: 'review',
  itemReviewed: { name: 'The Long Night', kind: 'documentary', year: 2024, runtimeMinutes: 97 },
  author: { name: 'A. Critic', type: 'person' },
  publisher: { name: 'Example Review', type: 'organization', url: 'https://example.com/' },
  datePublished: '2024-09-12',
  verdict: 'There is hope',
  reviewRating: { kind: 'numeric', value: 6, best: 10 },
  pros: ['Patient camera work'],
  cons: ['Too long'],
  url: 'https://example.com/reviews/the-long-night',
  ...overrides,
});

const longText = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

describe('rc-review-card', function () {
  // axe runs several times per test; on a loaded machine that outlasts mocha's 10 s default.
  this.timeout(30_000);
  itIn(['chromium'], 'only CDP can emulate prefers-color-scheme; theme="dark" is checked in every engine')('follows prefers-color-scheme: dark with theme="auto", in the colours of theme="dark"', async () => {
    const el = await card(minimal(), { theme: 'dark' });
    const colours = () => {
      const style = getComputedStyle(q(el, '[part="base"]')!);
      return [style.color, style.backgroundColor, style.borderColor].join(' ');
    };
    const dark = colours();
    el.theme = 'auto';
    await el.updateComplete;
    await preferColorScheme('dark');
    try {
      expect(colours()).to.equal(dark);
      await expect(el).to.be.accessible();
      await preferColorScheme('light');
      expect(colours()).not.to.equal(dark);
    } finally {
      await preferColorScheme('light');
    }
  });
  describe('every review in data/', () => {
    it('has review documents to render', () => {
      expect(reviewEntries.length).to.be.greaterThan(0);
    });

    for (const entry of reviewEntries) {
      it(`renders ${entry.file} with its facts, accessibly in light and dark`, async function () {
        this.timeout(30_000);
        const review = await loadReview(entry.file);
        const warn = spyOnWarn();
        const el = await card(review).finally(() => warn.restore());
        expect(warn.calls, `${entry.file} renders without a warning`).to.have.length(0);
        const where = entry.file;
        expect(q(el, 'article[part="base"]'), where).to.not.equal(null);
        expect(text(q(el, 'h2[part="heading"]')), where).to.equal(review.itemReviewed.name);

        if (review.reviewRating) {
          const badge = q(el, '[part="badge"]')!;
          const shown = review.reviewRating.asWritten ?? String(review.reviewRating.value);
          expect(text(badge.querySelector('[part="value"]')), where).to.equal(shown);
          if (review.reviewRating.label) expect(text(badge.querySelector('[part="label"]')), where).to.equal(review.reviewRating.label);
          expect(badge.getAttribute('role'), where).to.equal('img');
        } else {
          expect(q(el, '[part="badge"]'), where).to.equal(null);
        }
        expect(qa(el, '[part="pros"] li').length, `${where} pros`).to.equal(review.pros?.length ?? 0);
        expect(qa(el, '[part="cons"] li').length, `${where} cons`).to.equal(review.cons?.length ?? 0);
        expect(qa(el, '[part="extras"] dt').map(text), `${where} extras`).to.deep.equal((review.extras ?? []).map((e) => e.label));
        expect(qa(el, '[part="extras"] dd').map(text), `${where} extras`).to.deep.equal((review.extras ?? []).map((e) => e.value.replace(/\s+/g, ' ')));
        if (review.verdict) expect(text(q(el, '[part~="review-verdict"]')), where).to.contain(review.verdict.replace(/\s+/g, ' '));
        // A headline that only repeats the work's title (case and quotation marks aside) is not shown twice.
        const loose = (v: string) => v.toLocaleLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
        if (review.headline && loose(review.headline) !== loose(review.itemReviewed.name)) expect(text(q(el, '[part="headline"]')), where).to.equal(review.headline);
        else expect(q(el, '[part="headline"]'), where).to.equal(null);
        if (review.datePublished) expect(q(el, '[part="byline"] time')!.getAttribute('datetime'), where).to.equal(review.datePublished);
        expect(qa(el, 'article[part="base"] > [part~="details"] > [part="sources"] li').length, `${where} sources`).to.equal(review.sources?.length ?? 0);
        expect(q(el, 'a[part="review-link"]') !== null, `${where} review link`).to.equal(review.url !== undefined);
        const claims = review.claims?.length ?? 0;
        // Folded claims are rendered but hidden (`.folded`), so a server-rendered card shows them without JavaScript.
        expect(qa(el, '[part="claims"] li:not(.folded) article').length, `${where} claims`).to.equal(claims > CLAIMS_SHOWN + 1 ? CLAIMS_SHOWN : claims);
        await expectAccessibleInBothSchemes(el);
      });
    }

    it('shows the Russians at War review as printed: 6/10, 129 min, the team, "Oscar prospects: None"', async () => {
      const el = await card(await loadReview('reviews/russians-at-war.json'));
      expect(text(q(el, '[part="work-meta"]'))).to.equal('Documentary · 2024 · 129 min');
      expect(text(q(el, '[part="value"]'))).to.equal('6/10');
      expect(q(el, '[part="badge"]')!.getAttribute('aria-label')).to.match(/^The final score: 6 out of 10/);
      expect(qa(el, '[part="people"] li').map(text)).to.deep.equal(['Anastasia Trofimova — Director/Writer', 'Roland Schlimme — Writer']);
      const extras = qa(el, '[part="extras"] .extra').map((pair) => `${text(pair.querySelector('dt'))}: ${text(pair.querySelector('dd'))}`);
      expect(extras).to.include('Oscar prospects: None');
      expect(text(q(el, '[part="pros"] [part="subheading"]'))).to.equal('The good');
      expect(text(q(el, '[part="cons"] [part="subheading"]'))).to.equal('The bad');
    });

    it('gives the review its own verdict part, apart from the verdicts of the claims it quotes', async () => {
      const el = await card(await loadReview('reviews/vatniksoup-russians-at-war-thread.json'));
      const style = document.createElement('style');
      style.textContent = 'rc-review-card::part(review-verdict) { outline: 3px solid rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        const outlined = qa(el, '[part~="verdict"]').filter((node) => getComputedStyle(node).outlineColor === 'rgb(1, 2, 3)');
        expect(qa(el, '[part~="claims"] [part~="check"]').length, 'the claims show their own verification').to.be.greaterThan(0);
        expect(outlined).to.have.length(1);
        expect(outlined[0]!.closest('[part~="claims"]')).to.equal(null);
      } finally {
        style.remove();
      }
    });

    it('folds a thread with many claims after three, and lists them all on request', async () => {
      const review = await loadReview('reviews/vatniksoup-russians-at-war-thread.json');
      const total = review.claims!.length;
      const el = await card(review);
      // The claims are one disclosure away; open it first.
      q<HTMLButtonElement>(el, 'article[part="base"] > button.more-toggle')!.click();
      await el.updateComplete;
      expect(visibleClaims(el)).to.equal(CLAIMS_SHOWN);
      const toggle = q(el, '[part="claims"] > button[part="toggle"]')!;
      expect(text(toggle)).to.equal(`Show all ${total} claims`);
      expect(qa(el, '[part="claims"] article').filter((a) => a.checkVisibility()).length).to.equal(3);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.focus();
      await press('Enter');
      await el.updateComplete;
      expect(qa(el, '[part="claims"] li:not(.folded) article').length).to.equal(total);
      // The update renders the card afresh; focus stays on the (new) toggle.
      const opened = q(el, '[part="claims"] > button[part="toggle"]')!;
      expect(el.shadowRoot!.activeElement).to.equal(opened);
      expect(opened.getAttribute('aria-expanded')).to.equal('true');
      expect(text(opened)).to.equal('Show fewer claims');
      // Every claim still shows its verification at a glance: a verdict, or "Not fact-checked".
      expect(qa(el, '[part="claims"] [part="check"]').length).to.equal(total);
      await expect(el).to.be.accessible();
    });
  });

  describe('the work and the byline', () => {
    it('groups a person\'s roles: "Anastasia Trofimova — Director, Writer"', async () => {
      const el = await card(minimal({
        itemReviewed: {
          name: 'Russians at War', kind: 'documentary',
          people: [
            { name: 'Anastasia Trofimova', role: 'Director' },
            { name: 'Anastasia Trofimova', role: 'Writer' },
            { name: 'Roland Schlimme', role: 'Writer' },
          ],
        },
      }));
      const list = q(el, 'ul[part="people"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Cast and crew');
      expect(qa(el, '[part="people"] li').map(text)).to.deep.equal(['Anastasia Trofimova — Director, Writer', 'Roland Schlimme — Writer']);
    });

    it('shows kind, year and running time, and the reviewer, outlet and date', async () => {
      const el = await card(minimal());
      expect(text(q(el, '[part="work-meta"]'))).to.equal('Documentary · 2024 · 97 min');
      // The running time keeps together at any width.
      expect(q(el, '[part="work-meta"]')!.textContent).to.contain('97\u00a0min');
      expect(text(q(el, '[part="byline"]'))).to.equal('Review by A. Critic, Example Review · September 12, 2024');
      expect(q<HTMLAnchorElement>(el, '[part="byline"] a')!.href).to.equal('https://example.com/');
      const link = q<HTMLAnchorElement>(el, 'a[part="review-link"]')!;
      expect(text(link)).to.equal('Read the full review');
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('says the source names neither reviewer nor outlet, so the score is not read as the page\'s own', async () => {
      const anonymous = minimal();
      delete anonymous.author;
      delete anonymous.publisher;
      const el = await card(anonymous);
      expect(text(q(el, '[part="byline"]'))).to.equal('Reviewer and outlet not named · September 12, 2024');
      const dateless = minimal();
      delete dateless.author;
      delete dateless.publisher;
      delete dateless.datePublished;
      expect(text(q(await card(dateless), '[part="byline"]'))).to.equal('Reviewer and outlet not named');
    });

    it('names the outlet alone when the review has no named author', async () => {
      const outletOnly = minimal();
      delete outletOnly.author;
      expect(text(q(await card(outletOnly), '[part="byline"]'))).to.equal('Example Review · September 12, 2024');
    });
  });

  describe('heading-level', () => {
    it('puts the title at h2 and the section headings at h3 by default', async () => {
      const el = await card(minimal());
      expect(q(el, 'h2[part="heading"]')).to.not.equal(null);
      expect(qa(el, 'h3[part="subheading"]').map(text)).to.deep.equal(['The good', 'The bad']);
    });

    it('follows heading-level="4"', async () => {
      const el = await card(minimal(), { headingLevel: 4 });
      expect(text(q(el, 'h4[part="heading"]'))).to.equal('The Long Night');
      expect(qa(el, 'h5[part="subheading"]')).to.have.length(2);
      expect(q(el, 'h2')).to.equal(null);
    });

    it('caps the section headings at h6', async () => {
      const el = await card(minimal(), { headingLevel: 6 });
      expect(q(el, 'h6[part="heading"]')).to.not.equal(null);
      expect(qa(el, 'h6[part="subheading"]')).to.have.length(2);
    });

    it('reflects changes to the attribute', async () => {
      const el = await card(minimal());
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(q(el, 'h3[part="heading"]')).to.not.equal(null);
    });
  });

  describe('Show more', () => {
    it('opens and closes a long excerpt from the keyboard, with aria-expanded', async () => {
      const el = await card(minimal({ excerpt: longText(150) }));
      // The excerpt is one disclosure away: open "More from this review" first.
      q<HTMLButtonElement>(el, 'article[part="base"] > button.more-toggle')!.click();
      await el.updateComplete;
      expect(q(el, '[part~="details"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      const button = q<HTMLButtonElement>(el, 'blockquote[part="excerpt"] + button[part="toggle"]')!;
      const quote = q(el, 'blockquote[part="excerpt"]')!;
      expect(button.getAttribute('aria-controls')).to.equal(quote.id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(button)).to.equal('Show more');
      expect(quote.querySelector('p')!.classList.contains('clamped')).to.equal(true);
      const clampedHeight = quote.getBoundingClientRect().height;

      button.focus();
      await press('Enter');
      await el.updateComplete;
      // Each update renders the card afresh; focus follows the toggle to its new rendering.
      const opened = q<HTMLButtonElement>(el, 'blockquote[part="excerpt"] + button[part="toggle"]')!;
      expect(opened.getAttribute('aria-expanded')).to.equal('true');
      expect(text(opened)).to.equal('Show less');
      expect(q(el, 'blockquote[part="excerpt"]')!.getBoundingClientRect().height).to.be.greaterThan(clampedHeight);
      expect(el.shadowRoot!.activeElement).to.equal(opened);

      await press(' ');
      await el.updateComplete;
      const closed = q<HTMLButtonElement>(el, 'blockquote[part="excerpt"] + button[part="toggle"]')!;
      expect(closed.getAttribute('aria-expanded')).to.equal('false');
      expect(text(closed)).to.equal('Show more');
      expect(el.shadowRoot!.activeElement).to.equal(closed);
      await expect(el).to.be.accessible();
    });

    it('reaches the disclosure button with Tab', async () => {
      const el = await card(minimal({ synopsis: longText(150), url: undefined, publisher: undefined }));
      const before = fixtureSync(html`<button>before</button>`);
      before.after(el);
      (before as HTMLButtonElement).focus();
      await press('Tab');
      const focused = el.shadowRoot!.activeElement;
      expect(focused?.getAttribute('part')).to.equal('toggle');
      expect(focused?.getAttribute('aria-controls')).to.equal('review-more');
      expect(focused?.textContent?.trim()).to.equal('More from this review');
    });

    it('leaves short texts alone', async () => {
      const el = await card(minimal({ excerpt: 'Short words.', synopsis: 'A short story.' }));
      expect(q(el, 'button:not(.more-toggle)')).to.equal(null);
      expect(text(q(el, '[part="synopsis"]'))).to.equal('A short story.');
    });

    it('shows a long excerpt and synopsis whole with density="full", with no button that could not close them', async () => {
      const el = await fixture<ReviewCard>(html`<rc-review-card density="full" .data=${minimal({ excerpt: longText(150), synopsis: longText(150) })}></rc-review-card>`);
      expect(qa(el, 'button')).to.have.length(0);
      expect(qa(el, '.clamped')).to.have.length(0);
      for (const part of ['excerpt-text', 'synopsis']) {
        const box = q(el, `[part="${part}"]`)!;
        expect(box.scrollHeight, part).to.be.at.most(box.clientHeight + 1);
        expect(text(box), part).to.equal(longText(150));
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('a long verdict, long points and long lists', () => {
    // Over 600 characters: clamped at every width (shorter text only clamps in a card narrower than 40rem).
    const longVerdict = longText(120);
    const points = (n: number) => Array.from({ length: n }, (_, i) => `Invented point ${i + 1}`);
    const at = (review: Review, attributes: { density?: 'compact' | 'full'; width?: number } = {}) =>
      fixture<ReviewCard>(html`<rc-review-card .data=${review} density=${attributes.density ?? 'compact'} style=${`width: ${attributes.width ?? 760}px`}></rc-review-card>`);
    /** Whether the box shows all of its text: nothing cut off by a clamp. */
    const whole = (node: HTMLElement) => node.scrollHeight <= node.clientHeight + 1;

    it('clamps a long verdict behind "Show more", with the label on its first line, and opens it', async () => {
      expect(longVerdict.length).to.be.within(601, 1_000);
      const el = await at(minimal({ verdict: longVerdict }));
      const verdict = q(el, 'p[part~="review-verdict"]')!;
      expect(verdict.getAttribute('part')).to.equal('verdict review-verdict');
      expect(verdict.id).to.equal('verdict');
      expect(verdict.classList.contains('clamped')).to.equal(true);
      expect(whole(verdict)).to.equal(false);
      // The whole verdict is in the DOM (search engines, copy-paste); only CSS clamps it.
      expect(text(verdict)).to.equal(`Verdict: ${longVerdict}`);
      const label = verdict.querySelector<HTMLElement>('.verdict-label')!;
      expect(text(label)).to.equal('Verdict:');
      expect(label.getBoundingClientRect().bottom).to.be.at.most(verdict.getBoundingClientRect().bottom);
      const button = q<HTMLButtonElement>(el, 'p[part~="review-verdict"] + button[part="toggle"]')!;
      expect(button.getAttribute('aria-controls')).to.equal('verdict');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(button)).to.equal('Show more');
      const clampedHeight = verdict.getBoundingClientRect().height;
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      const opened = q(el, 'p[part~="review-verdict"]')!;
      const openButton = q(el, 'button[aria-controls="verdict"]')!;
      expect(openButton.getAttribute('aria-expanded')).to.equal('true');
      expect(text(openButton)).to.equal('Show less');
      expect(opened.classList.contains('clamped')).to.equal(false);
      expect(whole(opened)).to.equal(true);
      expect(opened.getBoundingClientRect().height).to.be.greaterThan(clampedHeight);
      await expect(el).to.be.accessible();
    });

    it('clamps a verdict of medium length only in a narrow card', async () => {
      const medium = longText(60);
      expect(medium.length).to.be.within(GLANCE_THRESHOLD + 1, 600);
      const narrow = await at(minimal({ verdict: medium }), { width: 360 });
      expect(whole(q(narrow, 'p[part~="review-verdict"]')!)).to.equal(false);
      expect(q(narrow, 'button[aria-controls="verdict"]')!.checkVisibility()).to.equal(true);
      const wide = await at(minimal({ verdict: medium }), { width: 900 });
      expect(whole(q(wide, 'p[part~="review-verdict"]')!)).to.equal(true);
      expect(q(wide, 'button[aria-controls="verdict"]')!.checkVisibility()).to.equal(false);
      await expect(wide).to.be.accessible();
    });

    it('leaves a short verdict as it was: no id, no clamp, no button', async () => {
      const el = await at(minimal({ verdict: 'x'.repeat(GLANCE_THRESHOLD) }));
      const verdict = q(el, 'p[part~="review-verdict"]')!;
      expect(verdict.id).to.equal('');
      expect(verdict.className).to.equal('verdict');
      expect(q(el, 'button[part="toggle"]:not(.more-toggle)')).to.equal(null);
    });

    it('clamps one long point in place, with its own button', async () => {
      const el = await at(minimal({ pros: [longVerdict, 'Short point'], cons: ['Short too'] }));
      const items = qa(el, '[part="pros"] li');
      expect(items.map(text)).to.deep.equal([`${longVerdict} Show more`, 'Short point']);
      const point = items[0]!.querySelector<HTMLElement>('p')!;
      expect(point.id).to.equal('pros-0');
      expect(whole(point)).to.equal(false);
      const button = items[0]!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
      expect(button.getAttribute('aria-controls')).to.equal('pros-0');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(qa(el, '[part="cons"] button')).to.have.length(0);
      await expect(el).to.be.accessible();

      button.focus();
      await press('Enter');
      await el.updateComplete;
      const opened = q(el, 'button[aria-controls="pros-0"]')!;
      expect(opened.getAttribute('aria-expanded')).to.equal('true');
      expect(text(opened)).to.equal('Show less');
      expect(el.shadowRoot!.activeElement).to.equal(opened);
      expect(q(el, '#pros-0')!.classList.contains('clamped')).to.equal(false);
      expect(whole(q(el, '#pros-0')!)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it(`shows the first ${NOTES_SHOWN} points of a long list, and all of them on request`, async () => {
      const el = await at(minimal({ pros: points(7), cons: points(NOTES_SHOWN + 1) }));
      const shown = (part: string) => qa(el, `[part="${part}"] li`).filter((li) => li.checkVisibility()).map(text);
      expect(qa(el, '[part="pros"] li'), 'every point is in the DOM').to.have.length(7);
      expect([q(el, '[part="pros"]')!.className, q(el, '[part="cons"]')!.className]).to.deep.equal(['notes-list notes-pros', 'notes-list notes-cons']);
      expect(shown('pros')).to.deep.equal(points(NOTES_SHOWN));
      const button = q<HTMLButtonElement>(el, '[part="pros"] > ul + button[part="toggle"]')!;
      expect(button.getAttribute('aria-controls')).to.equal(q(el, '[part="pros"] > ul')!.id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(button)).to.equal('Show all 7');
      // A list folds only when that hides two points or more: the button would take the room of one.
      expect(shown('cons')).to.deep.equal(points(NOTES_SHOWN + 1));
      expect(q(el, '[part="cons"] button')).to.equal(null);
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      expect(shown('pros')).to.deep.equal(points(7));
      const opened = q(el, '[part="pros"] button[part="toggle"]')!;
      expect(opened.getAttribute('aria-expanded')).to.equal('true');
      expect(text(opened)).to.equal('Show less');
      await expect(el).to.be.accessible();
    });

    it('says "Show all" in the reader\'s language', async () => {
      const el = await fixture<ReviewCard>(html`<rc-review-card lang="de" .data=${minimal({ pros: points(5) })}></rc-review-card>`, {
        serverModules: ['../../../src/locales/de.define.ts'],
      });
      expect(text(q(el, '[part="pros"] button[part="toggle"]'))).to.equal('Alle anzeigen (5)');
    });

    it('shows everything with density="full": no clamp, no fold, no button', async () => {
      const el = await at(minimal({ verdict: longVerdict, pros: [longVerdict, ...points(6)], cons: points(6) }), { density: 'full' });
      expect(qa(el, 'button')).to.have.length(0);
      expect(qa(el, '.clamped, .folded')).to.have.length(0);
      expect(whole(q(el, 'p[part~="review-verdict"]')!)).to.equal(true);
      expect(qa(el, '[part="pros"] li').filter((li) => li.checkVisibility())).to.have.length(7);
      expect(qa(el, '[part="cons"] li').filter((li) => li.checkVisibility())).to.have.length(6);
      await expect(el).to.be.accessible();
    });
  });

  describe('locale and direction', () => {
    it('formats the date in Russian under lang="ru"', async () => {
      const wrapper = fixtureSync(html`<div lang="ru"><rc-review-card .data=${minimal()}></rc-review-card></div>`);
      const el = wrapper.querySelector('rc-review-card')!;
      await el.updateComplete;
      const time = q(el, '[part="byline"] time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-09-12');
      expect(text(time)).to.match(/^12 сентября 2024/);
    });

    it('renders Cyrillic titles and text as given', async () => {
      const el = await card(minimal({ itemReviewed: { name: 'Русские на войне', kind: 'documentary' }, verdict: 'Есть надежда' }));
      expect(text(q(el, '[part="heading"]'))).to.equal('Русские на войне');
      expect(text(q(el, '[part~="review-verdict"]'))).to.contain('Есть надежда');
    });

    it('mirrors under dir="rtl"', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 900px" dir="rtl" lang="he">
        <rc-review-card theme="light" .data=${minimal({ inLanguage: 'he', verdict: 'יש תקווה', itemReviewed: { name: 'הלילה הארוך', kind: 'documentary' } })}></rc-review-card>
      </div>`);
      const el = wrapper.querySelector('rc-review-card')!;
      await el.updateComplete;
      const article = q(el, 'article')!;
      expect(getComputedStyle(article).direction).to.equal('rtl');
      const verdict = getComputedStyle(q(el, '[part~="review-verdict"]')!);
      expect(verdict.borderRightWidth).to.equal('4px');
      expect(verdict.borderLeftWidth).to.equal('0px');
      // The title starts on the right and the score sits at the inline end, on the left.
      const title = q(el, '[part="heading"]')!.getBoundingClientRect();
      const badge = q(el, '[part="badge"]')!.getBoundingClientRect();
      expect(badge.right).to.be.lessThan(title.left);
      await expectAccessibleInBothSchemes(el);
    });

    it('keeps an English review left-to-right inside a right-to-left page', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div dir="rtl" lang="ar">
        <rc-review-card .data=${minimal({ inLanguage: 'en', excerpt: 'An English excerpt.' })}></rc-review-card>
      </div>`);
      const el = wrapper.querySelector('rc-review-card')!;
      await el.updateComplete;
      expect(q(el, 'blockquote[part="excerpt"]')!.getAttribute('dir')).to.equal('ltr');
      expect(q(el, 'blockquote[part="excerpt"]')!.getAttribute('lang')).to.equal('en');
      expect(getComputedStyle(q(el, 'article')!).direction).to.equal('rtl');
    });
  });

  describe('hostile data', () => {
    it('renders markup in a title as text', async () => {
      const payload = '<img src=x onerror="window.__reviewXss=1">';
      const el = await card(minimal({ itemReviewed: { name: payload, kind: 'film' }, verdict: '<b>bold</b>', pros: ['<script>window.__reviewXss=2</script>'] }));
      expect(q(el, '[part="heading"]')!.textContent!.trim()).to.equal(payload);
      expect(q(el, 'img')).to.equal(null);
      expect(q(el, 'b')).to.equal(null);
      expect(q(el, 'script')).to.equal(null);
      expect(text(q(el, '[part="pros"] li'))).to.equal('<script>window.__reviewXss=2</script>');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as { __reviewXss?: number }).__reviewXss).to.equal(undefined);
    });

    it('refuses a javascript: URL in the data, rendering no link', async () => {
      const warn = spyOnWarn();
      try {
        const el = await card(minimal({ url: 'javascript:alert(1)' }));
        expect(text(q(el, '[part="error"]'))).to.contain('url: must be an http(s) or relative URL');
        expect(q(el, 'a')).to.equal(null);
        expect(warn.calls).to.have.length(1);
      } finally {
        warn.restore();
      }
    });

    it('renders no javascript: link even from unvalidated data given to the template', async () => {
      const unvalidated = minimal({
        url: 'javascript:alert(1)',
        author: { name: 'Sly Critic', url: ' JaVaScRiPt:alert(2)' },
        publisher: { name: 'Data Outlet', url: 'data:text/html,<script>alert(3)</script>' },
        sources: [{ url: 'java\tscript:alert(4)', title: 'Source title', archivedUrl: 'vbscript:msgbox' }],
      });
      const container = document.createElement('div');
      render(renderReviewCard(unvalidated, { locale: 'en', strings: ENGLISH, headingLevel: 2, expanded: new Set() }), container);
      expect(container.querySelectorAll('a')).to.have.length(0);
      expect(container.textContent).to.contain('Sly Critic');
      expect(container.textContent).to.contain('Data Outlet');
      expect(container.textContent).to.contain('Source title');
      expect(container.textContent).to.not.contain('Read the full review');
    });
  });

  describe('states', () => {
    it('reserves space with a busy placeholder before data arrives, accessibly', async () => {
      const el = await fixture<ReviewCard>(html`<rc-review-card></rc-review-card>`);
      const placeholder = q(el, '[part="placeholder"]')!;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
      await expectAccessibleInBothSchemes(el);
    });

    it('shows the error state for invalid data, accessibly', async () => {
      const warn = spyOnWarn();
      try {
        const el = await card({ ...minimal(), reviewRating: { kind: 'numeric', value: 12, best: 10 } });
        expect(text(q(el, '[part="error"]'))).to.contain('reviewRating.value: value 12 is above the best score 10');
        expect(warn.calls).to.have.length(1);
        await expectAccessibleInBothSchemes(el);
      } finally {
        warn.restore();
      }
    });

    it('is fully accessible with every field filled, in light and dark', async () => {
      const el = await card(minimal({
        headline: 'A headline',
        synopsis: longText(150),
        excerpt: longText(150),
        extras: [{ label: 'Oscar prospects', value: 'None' }],
        itemReviewed: { name: 'Film', kind: 'film', originalName: 'Фильм', year: 2024, runtimeMinutes: 129, countries: ['Canada'], people: [{ name: 'A', role: 'Director' }] },
        sources: [{ url: 'https://example.com/a', title: 'A source', publisher: 'Pub', datePublished: '2024-09-12' }],
      }));
      expect(text(q(el, '.original-name'))).to.equal('Original title: Фильм');
      await until(() => q(el, '[part="synopsis"]') !== null, 'the synopsis');
      await expectAccessibleInBothSchemes(el);
    });
  });
});
