// What every element inherits from RcElement: render-and-release updates and the one toggle listener.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/claim-quote/claim-quote.define.js';
import type { ClaimQuote } from '../../src/components/claim-quote/claim-quote.js';
import type { Claim } from '../../src/schemas/claim.js';
import { ELEMENTS } from './helpers/elements.js';

const long = 'A sentence that goes on for a while. '.repeat(30).trim();
const claim = (text: string) => ELEMENTS.find((e) => e.tag === 'rc-claim-quote')!.minimal(text) as unknown as Claim;
const toggleOf = (el: ClaimQuote) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
const textOf = (el: ClaimQuote) => el.shadowRoot!.querySelector<HTMLElement>('[part="text"]')!;

describe('RcElement', () => {
  it('keeps no Lit parts once rendered, so a card costs its DOM and little else', async () => {
    const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim(long)}></rc-claim-quote>`);
    expect(textOf(el).textContent).to.equal(long);
    expect((el.shadowRoot as ShadowRoot & { _$litPart$?: unknown })._$litPart$).to.equal(undefined);
    el.data = claim(`${long} More.`);
    await el.updateComplete;
    expect(textOf(el).textContent).to.equal(`${long} More.`);
    expect((el.shadowRoot as ShadowRoot & { _$litPart$?: unknown })._$litPart$).to.equal(undefined);
  });

  it('opens a clamped text on a pointer click, through the one listener on the element', async () => {
    const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim(long)}></rc-claim-quote>`);
    expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(el).classList.contains('clamped')).to.equal(true);
    toggleOf(el).click();
    await el.updateComplete;
    expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(el).classList.contains('clamped')).to.equal(false);
    toggleOf(el).click();
    await el.updateComplete;
    expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps a text open when new data arrives, and gives focus to the new toggle', async () => {
    const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim(long)}></rc-claim-quote>`);
    toggleOf(el).focus();
    toggleOf(el).click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(toggleOf(el));
    el.data = claim(`${long} Again.`);
    await el.updateComplete;
    expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(toggleOf(el));
  });

  it('ignores clicks on buttons it did not render (a "toggle" in the fallback content)', async () => {
    const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim(long)}><button class="toggle" aria-controls="claim-text">mine</button></rc-claim-quote>`);
    el.querySelector('button')!.click();
    await el.updateComplete;
    expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('false');
    toggleOf(el).click();
    await el.updateComplete;
    expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('renders the same toggle markup as before the update, with no event bindings left in the DOM', async () => {
    const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim(long)}></rc-claim-quote>`);
    const before = toggleOf(el).outerHTML;
    el.data = claim(long);
    await el.updateComplete;
    expect(toggleOf(el).outerHTML).to.equal(before);
    expect(toggleOf(el).getAttribute('aria-controls')).to.equal(textOf(el).closest('[id]')!.id);
  });
});
