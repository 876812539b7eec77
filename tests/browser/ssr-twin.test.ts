// The twin-pass helper itself: in the csr pass it renders in the browser; in the ssr pass the element
// comes from the server (declarative shadow DOM), hydrates with its nodes kept, and a server/browser
// difference fails the fixture.
import { fixture, fixtureMode } from './helpers/fixture.js';
import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import type { ScoreBadge } from '../../src/components/score-badge/score-badge.js';
import type { ReviewCard } from '../../src/components/review-card/review-card.js';
import type { Review } from '../../src/schemas/review.js';
import { spyOnWarn } from './helpers/spies.js';
import './helpers/mismatch-element.js';

describe(`fixture helper (${fixtureMode} pass)`, () => {
  it('knows its pass from the page', () => {
    expect(fixtureMode).to.equal((window as { RC_FIXTURE_MODE?: string }).RC_FIXTURE_MODE === 'ssr' ? 'ssr' : 'csr');
  });

  it('renders and, in the ssr pass, hydrates: the element adopts the nodes the server made and updates them in place', async () => {
    const el = await fixture<ScoreBadge>(html`<rc-score-badge .data=${{ kind: 'numeric', value: 6, best: 10 }}></rc-score-badge>`);
    const value = el.shadowRoot!.querySelector('[part="value"]')!;
    expect(value.textContent).to.equal('6');
    // Hydration keeps the server's nodes, with the server's part markers in them.
    expect(value.innerHTML.includes('<!--lit-part-->')).to.equal(fixtureMode === 'ssr');
    // Server-rendered roots keep their <style> element; browser-rendered ones adopt style sheets.
    expect(el.shadowRoot!.querySelector('style') !== null).to.equal(fixtureMode === 'ssr');
    el.data = { kind: 'numeric', value: 7, best: 10 };
    await el.updateComplete;
    // A browser render lets its first render's parts go, so its first update renders afresh; a hydrated
    // element has the parts hydration made, so it updates the server's nodes in place. The server's <style> stays.
    expect(value.isConnected).to.equal(fixtureMode === 'ssr');
    expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('7');
    expect(el.shadowRoot!.querySelector('style') !== null).to.equal(fixtureMode === 'ssr');
  });

  it('renders a card with its nested parts, and the error state with its one warning', async () => {
    const review = (await (await fetch('/data/reviews/russians-at-war.json')).json()) as Review;
    const card = await fixture<ReviewCard>(html`<rc-review-card .data=${review}></rc-review-card>`);
    expect(card.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Russians at War');
    const warn = spyOnWarn();
    try {
      const bad = await fixture<ScoreBadge>(html`<rc-score-badge .data=${{ kind: 'numeric', value: 11, best: 10 }}></rc-score-badge>`);
      expect(bad.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('value 11 is above the best score 10');
      expect(warn.calls.length).to.equal(1);
    } finally {
      warn.restore();
    }
  });

  it('fails the fixture when the server and the browser render differently (ssr pass)', async () => {
    const render = fixture(html`<rc-test-mismatch></rc-test-mismatch>`, { serverModules: ['./mismatch-element.ts'] });
    if (fixtureMode === 'csr') {
      expect((await render).shadowRoot!.textContent).to.contain('rendered in the browser');
      return;
    }
    let error: unknown;
    await render.catch((e: unknown) => (error = e));
    expect(String(error)).to.match(/Hydration mismatch in <rc-test-mismatch>/);
  });

  it('lets a test stay in the browser with csrOnly (child scripts are read only there)', async () => {
    const el = await fixture<ScoreBadge>(
      html`<rc-score-badge><script type="application/json">{"kind":"letter","value":"B+"}</script></rc-score-badge>`,
      { csrOnly: true },
    );
    expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('B+');
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
  });
});
