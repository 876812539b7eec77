// Light-DOM fallback: content an author writes inside the tag for readers before the element upgrades
// (or when its script never loads). It gives way to the card on upgrade, and stays under the error
// message when the data is bad.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { ScoreBadge } from '../../src/components/score-badge/score-badge.js';
import { ReviewCard } from '../../src/components/review-card/review-card.js';
import { ClaimQuote } from '../../src/components/claim-quote/claim-quote.js';
import { ControversySummary } from '../../src/components/controversy-summary/controversy-summary.js';
import type { RcElement } from '../../src/internal/rc-element.js';
import { spyOnWarn } from './helpers/spies.js';

const seed = async (file: string): Promise<unknown> => (await fetch(`/data/${file}`)).json();

const cases: { name: string; base: typeof RcElement; data: () => Promise<unknown> }[] = [
  { name: 'rc-score-badge', base: ScoreBadge, data: async () => ({ kind: 'numeric', value: 6, best: 10 }) },
  { name: 'rc-review-card', base: ReviewCard, data: () => seed('reviews/russians-at-war.json') },
  { name: 'rc-claim-quote', base: ClaimQuote, data: () => seed('claims/alexei-smirnov-video-message.json') },
  { name: 'rc-controversy-summary', base: ControversySummary, data: () => seed('controversies/russians-at-war.json') },
];

let counter = 0;

/**
 * The element written as an author would, under a tag not yet defined (a subclass registered later
 * stands in for the script arriving), with a data script and a fallback quote with a link.
 */
async function authored(base: typeof RcElement, data: unknown) {
  const tag = `${base.tagName}-fallback-${++counter}`;
  const host = document.createElement('div');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  const element = document.createElement(tag);
  const fallback = document.createElement('blockquote');
  fallback.append('Fallback words, ', Object.assign(document.createElement('a'), { href: 'https://example.org/source', textContent: 'and their source' }));
  element.append(script, fallback);
  host.append(element);
  document.body.append(host);
  const upgrade = async () => {
    (class extends base {}).define(tag);
    await (element as RcElement).updateComplete;
    await (element as RcElement).updateComplete;
    return element as RcElement;
  };
  return { element, fallback, upgrade, remove: () => host.remove() };
}

for (const { name, base, data } of cases) {
  describe(`${name} light-DOM fallback`, () => {
    it('shows before the upgrade and gives way to the card after it', async () => {
      const { element, fallback, upgrade, remove } = await authored(base, await data());
      try {
        expect(fallback.checkVisibility(), 'before').to.equal(true);
        await upgrade();
        expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
        expect(fallback.checkVisibility(), 'after').to.equal(false);
        expect(fallback.isConnected, 'the author’s DOM is left alone').to.equal(true);
      } finally {
        remove();
      }
    });

    it('stays visible under the error message when the data is invalid', async () => {
      const warn = spyOnWarn();
      const { element, fallback, upgrade, remove } = await authored(base, { type: 'nonsense' });
      try {
        await upgrade();
        const error = element.shadowRoot!.querySelector('[part="error"]')!;
        expect(error, 'error state').to.not.equal(null);
        expect(fallback.checkVisibility()).to.equal(true);
        expect(fallback.assignedSlot?.closest('[part="error"]')).to.equal(error);
        // After the message (below it in a card, beside the badge's dash), never over it. The paths and
        // reasons sit in a closed <details>, so the visible message ends with its summary.
        const message = error.querySelector('summary')!.getBoundingClientRect();
        const box = fallback.getBoundingClientRect();
        expect(box.top >= message.bottom - 1 || box.left >= message.right - 1, 'fallback clear of the message').to.equal(true);
        expect(warn.calls.length).to.equal(1);
      } finally {
        warn.restore();
        remove();
      }
    });
  });
}
