// Property: every valid document the hand-written arbitraries generate (tests/helpers/arbitraries.ts)
// renders in its element in Chromium: the ready state, no warning, no error, nothing unsafe.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { claimArb, controversyArb, reviewArb, scoreArb } from '../helpers/arbitraries.js';
import { ELEMENTS } from './helpers/elements.js';
import { allowedTagsOf, muteWarnings, settled, shadowTexts, unsafeMarkup, watchPage } from './helpers/hostile-inputs.js';

const RUNS = 25;

const ARBITRARIES: Record<string, fc.Arbitrary<unknown>> = {
  'rc-score-badge': scoreArb,
  'rc-review-card': reviewArb,
  'rc-claim-quote': claimArb,
  'rc-controversy-summary': controversyArb,
};

/** A text the element is sure to show, to check the render is of this document. */
const headline = (tag: string, doc: Record<string, any>): string | undefined =>
  ({
    'rc-score-badge': doc.asWritten ?? (doc.kind === 'named' ? doc.value : undefined),
    'rc-review-card': doc.itemReviewed?.name,
    'rc-claim-quote': doc.text,
    'rc-controversy-summary': doc.subject,
  })[tag];

describe('generated valid documents in the browser', () => {
  for (const kind of ELEMENTS) {
    it(`<${kind.tag}> renders every generated document without a warning or an error`, async function () {
      this.timeout(60_000);
      await kind.define();
      const clean = document.createElement(kind.tag) as HTMLElement & { data?: unknown };
      clean.data = kind.full();
      document.body.append(clean);
      await settled(clean);
      const allowed = allowedTagsOf(clean);
      clean.remove();

      await fc.assert(
        fc.asyncProperty(ARBITRARIES[kind.tag]!, async (doc) => {
          const watch = watchPage();
          const warnings = muteWarnings();
          const el = document.createElement(kind.tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
          try {
            el.data = doc;
            document.body.append(el);
            expect(await settled(el)).to.equal('ready');
            expect(unsafeMarkup(el, allowed)).to.deep.equal([]);
            const text = headline(kind.tag, doc as Record<string, unknown>);
            if (text) expect(shadowTexts(el).some((t) => t.includes(text))).to.equal(true);
            expect(warnings.calls).to.deep.equal([]);
            expect(watch.problems).to.deep.equal([]);
          } finally {
            el.remove();
            warnings.restore();
            watch.stop();
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});
