// The shared data controller, exercised through real elements (rc-score-badge and rc-review-card):
// channel precedence, child scripts and their changes, errors, `src` fetching and the loading state.
// Wrappers use fixtureSync: fixture() waits a frame for non-Lit elements, and a background page gets no frames.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/components/score-badge/score-badge.define.js';
import '../../src/components/review-card/review-card.define.js';
import type { ScoreBadge } from '../../src/components/score-badge/score-badge.js';
import type { ReviewCard } from '../../src/components/review-card/review-card.js';
import type { RcErrorEvent } from '../../src/internal/events.js';
import type { Review } from '../../src/schemas/review.js';
import type { Score } from '../../src/schemas/score.js';
import { delay, gateFetch, spyOnWarn, until, type FetchGate, type WarnSpy } from './helpers/spies.js';

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

const review = (name = 'Property Film'): Review => ({
  type: 'review',
  itemReviewed: { name, kind: 'film', year: 2024 },
  reviewRating: { kind: 'numeric', value: 6, best: 10 },
});

const jsonScript = (value: unknown, type = 'application/json') => {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = typeof value === 'string' ? value : JSON.stringify(value);
  return script;
};

/** A detached element of `tag`, built with the DOM so child scripts are real children before upgrade. */
function build<T extends HTMLElement>(tag: string, attributes: Record<string, string> = {}, children: Node[] = []): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  await el.updateComplete;
  return el;
}

const shadow = (el: HTMLElement) => el.shadowRoot!;
const badgeName = (el: ScoreBadge) => shadow(el).querySelector('[part="badge"]')?.getAttribute('aria-label') ?? '';
const title = (el: ReviewCard) => shadow(el).querySelector('[part="heading"]')?.textContent?.trim() ?? '';
const errorText = (el: HTMLElement) => shadow(el).querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const isPending = (el: HTMLElement) => shadow(el).querySelector('[part="placeholder"]') !== null;

/** Collects rc-error events reaching the document (so they bubbled and crossed any shadow root). */
function collectErrors(): { events: RcErrorEvent[]; stop(): void } {
  const events: RcErrorEvent[] = [];
  const listener = (event: Event) => events.push(event as RcErrorEvent);
  document.addEventListener('rc-error', listener);
  return { events, stop: () => document.removeEventListener('rc-error', listener) };
}

describe('data controller', function () {
  // axe runs several times per test; on a loaded machine that outlasts mocha's 10 s default.
  this.timeout(30_000);
  let warn: WarnSpy;
  let errors: ReturnType<typeof collectErrors>;
  let uncaught: unknown[];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in event ? event.reason : event.error);

  beforeEach(() => {
    warn = spyOnWarn();
    errors = collectErrors();
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    warn.restore();
    errors.stop();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(uncaught, 'no exception reaches the page').to.deep.equal([]);
  });

  describe('channel precedence', () => {
    it('prefers data, then src, then child JSON, then child JSON-LD, then attributes', async () => {
      const el = build<ScoreBadge>('rc-score-badge', { value: '1', best: '10', src: fixtureUrl('score.json') }, [
        jsonScript({ kind: 'numeric', value: 3, best: 10 }),
        jsonScript({ '@context': 'https://schema.org', '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 }, 'application/ld+json'),
      ]);
      el.data = { kind: 'numeric', value: 2, best: 10 };
      await mount(el);
      expect(badgeName(el)).to.match(/^Score: 2 out of 10/);

      el.data = undefined;
      await until(() => /^Score: 7 out of 10/.test(badgeName(el)), 'the src score');

      el.removeAttribute('src');
      await until(() => /^Score: 3 out of 10/.test(badgeName(el)), 'the child JSON score');

      el.querySelector('script[type="application/json"]')!.remove();
      await until(() => /^Score: 4 out of 5/.test(badgeName(el)), 'the JSON-LD score');

      el.querySelector('script[type="application/ld+json"]')!.remove();
      await until(() => /^Score: 1 out of 10/.test(badgeName(el)), 'the attribute score');
      expect(warn.calls).to.have.length(0);
    });

    it('goes back to the data property when it is set again, and aborts a src request in flight', async () => {
      const gate = gateFetch((url) => url.includes('held'));
      try {
        const el = await mount(build<ScoreBadge>('rc-score-badge', { src: `${fixtureUrl('score.json')}?held` }));
        await until(() => gate.held.length === 1, 'the request');
        el.data = { kind: 'numeric', value: 9, best: 10 };
        await el.updateComplete;
        expect(badgeName(el)).to.match(/^Score: 9 out of 10/);
        expect(gate.held[0]!.signal!.aborted).to.equal(true);
      } finally {
        gate.restore();
      }
    });
  });

  describe('child scripts', () => {
    it('reads a child <script type="application/json">', async () => {
      const el = await mount(build<ReviewCard>('rc-review-card', {}, [jsonScript(review('Child Film'))]));
      expect(title(el)).to.equal('Child Film');
    });

    it('picks up a script added after the element upgraded', async () => {
      const el = await mount(build<ReviewCard>('rc-review-card'));
      expect(isPending(el)).to.equal(true);
      el.append(jsonScript(review('Late Film')));
      await until(() => title(el) === 'Late Film', 'the late script');
    });

    it('re-renders when the script text changes', async () => {
      const script = jsonScript(review('First Title'));
      const el = await mount(build<ReviewCard>('rc-review-card', {}, [script]));
      expect(title(el)).to.equal('First Title');
      script.textContent = JSON.stringify(review('Second Title'));
      await until(() => title(el) === 'Second Title', 'the changed text');
      script.firstChild!.nodeValue = JSON.stringify(review('Third Title'));
      await until(() => title(el) === 'Third Title', 'the changed text node');
    });

    it('tells each element about its own scripts only, nested elements included', async () => {
      const outerScript = jsonScript(review('Outer Film'));
      const badgeScript = jsonScript({ kind: 'numeric', value: 3, best: 10 });
      const badge = build<ScoreBadge>('rc-score-badge', {}, [badgeScript]);
      const outer = await mount(build<ReviewCard>('rc-review-card', {}, [outerScript, badge]));
      const sibling = await mount(build<ReviewCard>('rc-review-card', {}, [jsonScript(review('Sibling Film'))]));
      await badge.updateComplete;
      const outerRoot = outer.shadowRoot!.firstElementChild;
      const siblingRoot = sibling.shadowRoot!.firstElementChild;
      badgeScript.textContent = JSON.stringify({ kind: 'numeric', value: 8, best: 10 });
      await until(() => badge.shadowRoot!.querySelector('[part="value"]')?.textContent === '8', 'the nested badge');
      await outer.updateComplete;
      await sibling.updateComplete;
      // Neither card re-rendered: each render replaces the shadow root's content.
      expect(outer.shadowRoot!.firstElementChild).to.equal(outerRoot);
      expect(sibling.shadowRoot!.firstElementChild).to.equal(siblingRoot);
      outerScript.textContent = JSON.stringify(review('Outer Film 2'));
      await until(() => title(outer) === 'Outer Film 2', 'the outer card');
      expect(title(sibling)).to.equal('Sibling Film');
      expect(sibling.shadowRoot!.firstElementChild).to.equal(siblingRoot);
    });

    it('keeps its state when a child changes but its script does not', async () => {
      const el = await mount(build<ReviewCard>('rc-review-card', {}, [jsonScript(review('Same Film'))]));
      const rendered = el.shadowRoot!.firstElementChild;
      el.append(document.createElement('span'));
      await delay(20);
      await el.updateComplete;
      expect(title(el)).to.equal('Same Film');
      // The script's fingerprint matched, so the state object stayed and nothing was validated or rendered again.
      expect(el.shadowRoot!.firstElementChild).to.equal(rendered);
    });

    it('falls back to the child script when the data property is removed', async () => {
      const el = build<ReviewCard>('rc-review-card', {}, [jsonScript(review('Script Film'))]);
      el.data = review('Property Film');
      await mount(el);
      expect(title(el)).to.equal('Property Film');
      el.data = undefined;
      await el.updateComplete;
      expect(title(el)).to.equal('Script Film');
    });

    it('renders schema.org JSON-LD through the adapter', async () => {
      const jsonLd = {
        '@context': 'https://schema.org',
        '@type': 'Review',
        url: 'javascript:alert(1)',
        itemReviewed: { '@type': 'Movie', name: 'LD Film', dateCreated: '2024', duration: 'PT129M', director: { '@type': 'Person', name: 'Jane Director' } },
        author: { '@type': 'Person', name: 'LD Critic' },
        reviewRating: { '@type': 'Rating', ratingValue: 6, bestRating: 10, worstRating: 0 },
        reviewBody: 'Body text.',
      };
      const el = await mount(build<ReviewCard>('rc-review-card', {}, [jsonScript(jsonLd, 'application/ld+json')]));
      expect(title(el)).to.equal('LD Film');
      const root = shadow(el);
      expect(root.querySelector('[part="work-meta"]')!.textContent).to.contain('129\u00a0min');
      expect(root.querySelector('[part="people"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Jane Director — Director');
      expect(root.querySelector('[part="byline"]')!.textContent).to.contain('LD Critic');
      expect(root.querySelector('[part="badge"]')!.getAttribute('aria-label')).to.match(/^Score: 6 out of 10/);
      expect(root.querySelector('[part="excerpt"]')!.textContent!.trim()).to.equal('Body text.');
      // The adapter drops the javascript: URL, so there is no "Read the full review" link at all.
      expect(root.querySelector('a[part="review-link"]')).to.equal(null);
      expect(warn.calls).to.have.length(0);
    });

    it('reports unparsable script JSON as an error on the json channel', async () => {
      const el = await mount(build<ReviewCard>('rc-review-card', {}, [jsonScript('{ "type": ')]));
      expect(errorText(el)).to.contain('the script is not valid JSON');
      expect(errors.events).to.have.length(1);
      expect(errors.events[0]!.detail.channel).to.equal('json');
      expect(errors.events[0]!.detail.issues[0]!.code).to.equal('invalid-json');
      expect(warn.calls).to.have.length(1);
    });
  });

  describe('invalid data', () => {
    const bad = () => ({ type: 'review', itemReviewed: { name: 'Bad Film', kind: 'movie' } }) as unknown as Review;

    it('shows an error naming the path and reason, fires rc-error and warns once, without throwing', async () => {
      const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const el = build<ReviewCard>('rc-review-card');
      el.data = bad();
      const event = oneEvent(container, 'rc-error') as Promise<RcErrorEvent>;
      container.append(el);
      const fired = await event;
      await el.updateComplete;

      expect(errorText(el)).to.contain('itemReviewed.kind: must be one of: "film"');
      expect(shadow(el).querySelector('article')).to.equal(null);
      expect(fired.bubbles).to.equal(true);
      expect(fired.composed).to.equal(true);
      expect(fired.detail.channel).to.equal('property');
      expect(fired.detail.issues).to.have.length(1);
      expect(fired.detail.issues[0]!.path).to.deep.equal(['itemReviewed', 'kind']);
      expect(fired.detail.message).to.contain('itemReviewed.kind');
      expect(warn.calls).to.have.length(1);
      expect(String(warn.calls[0]![0])).to.contain('<rc-review-card> could not show its property data');
    });

    it('crosses shadow roots: a listener outside the host page component hears it', async () => {
      const outer = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      const el = build<ScoreBadge>('rc-score-badge', { value: '11', best: '10' });
      const event = oneEvent(outer, 'rc-error') as Promise<RcErrorEvent>;
      root.append(el);
      const fired = await event;
      expect(fired.detail.channel).to.equal('attributes');
      expect(fired.detail.issues[0]!.path).to.deep.equal(['value']);
      expect(warn.calls).to.have.length(1);
    });

    it('does not warn or fire again for the same error', async () => {
      const el = build<ReviewCard>('rc-review-card');
      el.data = bad();
      await mount(el);
      expect(warn.calls).to.have.length(1);
      expect(errors.events).to.have.length(1);

      el.data = bad(); // a new object with the same problem
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.calls).to.have.length(1);
      expect(errors.events).to.have.length(1);

      el.data = { ...bad(), itemReviewed: { name: '', kind: 'film' } } as Review; // a different problem
      await el.updateComplete;
      expect(errorText(el)).to.contain('itemReviewed.name: must not be empty');
      expect(warn.calls).to.have.length(2);
      expect(errors.events).to.have.length(2);
    });

    it('recovers when valid data replaces invalid data', async () => {
      const el = build<ReviewCard>('rc-review-card');
      el.data = bad();
      await mount(el);
      el.data = review('Fixed Film');
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect(title(el)).to.equal('Fixed Film');
    });
  });

  describe('after rendering (the value is let go and derived again)', () => {
    it('renders the same card on a later update, from a child script', async () => {
      const el = await mount(build<ReviewCard>('rc-review-card', {}, [jsonScript(review('Kept From Script'))]));
      const before = shadow(el).querySelector('article')!.outerHTML;
      el.headingLevel = 3;
      await el.updateComplete;
      expect(title(el)).to.equal('Kept From Script');
      expect(shadow(el).querySelector('h3[part="heading"]')).to.not.equal(null);
      expect(shadow(el).querySelector('article')!.outerHTML.replace(/h3/g, 'h2').replace(/h4/g, 'h3')).to.equal(before);
    });

    it('reads its child script again before render(), never during it', async () => {
      const el = await mount(build<ReviewCard>('rc-review-card', {}, [jsonScript(review('Read Before Render'))]));
      const reads: string[] = [];
      let rendering = false;
      const querySelector = el.querySelector.bind(el);
      el.querySelector = ((selector: string) => {
        reads.push(rendering ? `during render: ${selector}` : selector);
        return querySelector(selector);
      }) as typeof el.querySelector;
      const render = el.render.bind(el);
      el.render = () => {
        rendering = true;
        try {
          return render();
        } finally {
          rendering = false;
        }
      };
      el.headingLevel = 3;
      await el.updateComplete;
      expect(title(el)).to.equal('Read Before Render');
      expect(reads.length, 'the released value was derived from the script again').to.be.greaterThan(0);
      expect(reads.filter((r) => r.startsWith('during render'))).to.deep.equal([]);
    });

    it('validates a data object changed after rendering again before it shows it', async () => {
      const data = review('Before Change');
      const el = await mount(build<ReviewCard>('rc-review-card'));
      el.data = data;
      await el.updateComplete;
      expect(title(el)).to.equal('Before Change');
      // Lit does not watch nested changes; the next update reads the object again, through the validator.
      (data.itemReviewed as { url?: string }).url = 'javascript:alert(1)';
      const warn = spyOnWarn();
      try {
        el.headingLevel = 3;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('itemReviewed.url');
        expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
        expect(warn.calls.length).to.equal(1);
      } finally {
        warn.restore();
      }
    });

    it('keeps a fetched value, so an update never fetches again', async () => {
      const calls: string[] = [];
      const original = window.fetch;
      window.fetch = (input, init) => (calls.push(String(input)), original(input, init));
      try {
        const el = await mount(build<ReviewCard>('rc-review-card', { src: fixtureUrl('review.json') }));
        await until(() => title(el) === 'Fetched Film', 'the fetched review');
        el.headingLevel = 3;
        await el.updateComplete;
        expect(title(el)).to.equal('Fetched Film');
        expect(calls.length).to.equal(1);
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('lifecycle', () => {
    it('still renders, and still watches its scripts, after being removed and re-added', async () => {
      const script = jsonScript(review('Kept Film'));
      const el = await mount(build<ReviewCard>('rc-review-card', {}, [script]));
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(title(el)).to.equal('Kept Film');
      script.textContent = JSON.stringify(review('Changed After Re-add'));
      await until(() => title(el) === 'Changed After Re-add', 're-render after re-add');
    });

    it('fetches again after being removed and re-added while loading', async () => {
      const gate = gateFetch((url) => url.includes('held'));
      try {
        const el = await mount(build<ScoreBadge>('rc-score-badge', { src: `${fixtureUrl('score.json')}?held` }));
        await until(() => gate.held.length === 1, 'the first request');
        const parent = el.parentElement!;
        el.remove();
        expect(gate.held[0]!.signal!.aborted).to.equal(true);
        parent.append(el);
        await until(() => gate.held.length === 2, 'a second request');
        gate.held[1]!.release();
        await until(() => /^Score: 7 out of 10/.test(badgeName(el)), 'the score');
      } finally {
        gate.restore();
      }
    });
  });

  describe('src', () => {
    let gate: FetchGate | undefined;
    afterEach(() => gate?.restore());

    it('fetches and renders JSON from a URL', async () => {
      const el = await mount(build<ReviewCard>('rc-review-card', { src: fixtureUrl('review.json') }));
      await until(() => title(el) === 'Fetched Film', 'the fetched review');
      expect(shadow(el).querySelector('[part~="review-verdict"]')!.textContent).to.contain('Worth the fetch.');
      expect(warn.calls).to.have.length(0);
    });

    it('converts schema.org JSON-LD fetched from a URL', async () => {
      const el = await mount(build<ScoreBadge>('rc-score-badge', { src: fixtureUrl('rating.jsonld.json') }));
      await until(() => /^Score: 4 out of 5/.test(badgeName(el)), 'the fetched rating');
    });

    const failures: Array<[string, string, Record<string, string>, string]> = [
      ['a 404', 'missing.json', {}, 'http'],
      ['a non-JSON content type', 'score.txt', {}, 'content-type'],
      ['invalid JSON', 'broken.json', {}, 'invalid-json'],
      ['a body over src-max-bytes', 'review.json', { 'src-max-bytes': '64' }, 'too-large'],
    ];
    for (const [what, file, attributes, code] of failures) {
      it(`shows an error for ${what}, fires rc-error on the src channel and warns once`, async () => {
        const el = await mount(build<ReviewCard>('rc-review-card', { ...attributes, src: fixtureUrl(file) }));
        await until(() => errors.events.length === 1, 'rc-error');
        await el.updateComplete;
        const { detail } = errors.events[0]!;
        expect(detail.channel).to.equal('src');
        expect(detail.issues[0]!.code).to.equal(code);
        expect(errorText(el)).to.contain(detail.issues[0]!.message);
        expect(warn.calls).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('reports invalid fetched data with its path', async () => {
      const el = await mount(build<ScoreBadge>('rc-score-badge', { src: fixtureUrl('score-invalid.json') }));
      await until(() => errors.events.length === 1, 'rc-error');
      await el.updateComplete;
      expect(errors.events[0]!.detail.issues[0]!.path).to.deep.equal(['value']);
      expect(errorText(el)).to.contain('value: value 12 is above the best score 10');
    });

    it('gives up after src-timeout', async () => {
      gate = gateFetch((url) => url.includes('held'));
      const el = await mount(build<ScoreBadge>('rc-score-badge', { 'src-timeout': '50', src: `${fixtureUrl('score.json')}?held` }));
      await until(() => errors.events.length === 1, 'rc-error');
      await el.updateComplete;
      expect(errors.events[0]!.detail.issues[0]!.code).to.equal('timeout');
      expect(errorText(el)).to.contain('within 50 ms');
    });

    it('blocks a javascript: src without making any request', async () => {
      gate = gateFetch(() => false);
      const el = await mount(build<ScoreBadge>('rc-score-badge', { src: 'javascript:alert(1)' }));
      await el.updateComplete;
      expect(errorText(el)).to.contain('src must be an http(s) or relative URL; nothing was requested');
      expect(errors.events[0]!.detail.issues[0]!.code).to.equal('blocked-url');
      await delay(50);
      expect(gate.urls).to.deep.equal([]);
      expect(warn.calls).to.have.length(1);
    });

    it('shows the latest src when src changes while loading, even if the stale answer arrives later', async () => {
      gate = gateFetch((url) => url.includes('held'), { ignoreAbort: true });
      const el = await mount(build<ScoreBadge>('rc-score-badge', { src: `${fixtureUrl('score.json')}?held` }));
      await until(() => gate!.held.length === 1, 'the first request');
      el.src = fixtureUrl('rating.jsonld.json');
      await until(() => /^Score: 4 out of 5/.test(badgeName(el)), 'the second score');
      expect(gate.held[0]!.signal!.aborted).to.equal(true);

      gate.held[0]!.release(); // the stale response now arrives anyway
      await delay(200);
      await el.updateComplete;
      expect(badgeName(el)).to.match(/^Score: 4 out of 5/);
      expect(warn.calls).to.have.length(0);
    });

    it('never renders after the element is removed mid-request', async () => {
      gate = gateFetch((url) => url.includes('held'), { ignoreAbort: true });
      const el = await mount(build<ScoreBadge>('rc-score-badge', { src: `${fixtureUrl('score.json')}?held` }));
      await until(() => gate!.held.length === 1, 'the request');
      let renders = 0;
      const render = el.render.bind(el);
      el.render = () => {
        renders++;
        return render();
      };
      el.remove();
      gate.held[0]!.release();
      await delay(200);
      expect(renders).to.equal(0);
      expect(isPending(el)).to.equal(true);
      expect(errors.events).to.have.length(0);
      expect(warn.calls).to.have.length(0);
    });
  });

  describe('loading state', () => {
    let gate: FetchGate;
    beforeEach(() => {
      gate = gateFetch((url) => url.includes('held'));
    });
    afterEach(() => gate.restore());

    it('is busy, named and reserves space while src loads', async () => {
      const el = await mount(build<ReviewCard>('rc-review-card', { src: `${fixtureUrl('review.json')}?held` }));
      await until(() => gate.held.length === 1, 'the request');
      const placeholder = shadow(el).querySelector<HTMLElement>('[part="placeholder"]')!;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(placeholder.getAttribute('role')).to.equal('status');
      expect(placeholder.textContent!.trim()).to.equal('Loading…');
      expect(parseFloat(getComputedStyle(placeholder).minHeight)).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
      gate.held[0]!.release();
      await until(() => title(el) === 'Fetched Film', 'the review');
    });

    it('does not shift the layout when a badge of the reserved size arrives', async () => {
      const el = await mount(build<ScoreBadge>('rc-score-badge', { src: `${fixtureUrl('score.json')}?held` }));
      await until(() => gate.held.length === 1, 'the request');
      const before = el.getBoundingClientRect();
      gate.held[0]!.release();
      await until(() => /^Score: 7 out of 10/.test(badgeName(el)), 'the score');
      const after = el.getBoundingClientRect();
      expect(before.height).to.be.greaterThan(0);
      expect(Math.abs(after.height - before.height)).to.be.at.most(2);
    });

    it('lets the host set the reserved height of a card', async () => {
      const el = build<ReviewCard>('rc-review-card', { src: `${fixtureUrl('review.json')}?held` });
      el.style.setProperty('--rc-review-card-reserved-height', '321px');
      await mount(el);
      await until(() => gate.held.length === 1, 'the request');
      expect(el.getBoundingClientRect().height).to.equal(321);
    });
  });

  it('renders the data property on a score badge with no other channel', async () => {
    const score: Score = { kind: 'letter', value: 'A-' };
    const el = build<ScoreBadge>('rc-score-badge');
    el.data = score;
    await mount(el);
    expect(badgeName(el)).to.match(/^Score: A-/);
  });
});
