// What every element inherits from RcElement and DataElement: render-and-release updates and the one toggle listener.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { afterIdle, press } from './helpers/engine.js';
import { nothing, type LitElement } from 'lit';
import '../../src/components/claim-quote/claim-quote.define.js';
import type { ClaimQuote } from '../../src/components/claim-quote/claim-quote.js';
import type { Claim } from '../../src/schemas/claim.js';
import { ELEMENTS } from './helpers/elements.js';

const long = 'A sentence that goes on for a while. '.repeat(30).trim();
const claim = (text: string) => ELEMENTS.find((e) => e.tag === 'rc-claim-quote')!.minimal(text) as unknown as Claim;
const toggleOf = (el: ClaimQuote) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
type RcElementLike = HTMLElement & { updateComplete: Promise<boolean> };
// What Lit keeps on the shadow root between renders: the root part and the value it committed. Compared as
// booleans, so a failure does not make chai print a part (it reaches the whole element).
const rootValueOf = (el: HTMLElement) => (el.shadowRoot as ShadowRoot & { _$litPart$?: { _$committedValue: unknown } })._$litPart$?._$committedValue;
const keepsTemplate = (el: HTMLElement) => rootValueOf(el) !== undefined && rootValueOf(el) !== nothing;
const textOf = (el: ClaimQuote) => el.shadowRoot!.querySelector<HTMLElement>('[part="text"]')!;

describe('RcElement', () => {
  it('keeps no Lit parts after its first render, so a card costs its DOM and little else', async () => {
    const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim(long)}></rc-claim-quote>`);
    expect(textOf(el).textContent).to.equal(long);
    // Lit's own render of the first update rendered nothing; the card came from a fragment of its own.
    expect(keepsTemplate(el)).to.equal(false);
  });

  it('renders afresh on its first update, then updates in place like any Lit element', async () => {
    const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim(long)}></rc-claim-quote>`);
    const first = textOf(el);
    el.data = claim(`${long} More.`);
    await el.updateComplete;
    expect(first.isConnected).to.equal(false);
    expect(textOf(el).textContent).to.equal(`${long} More.`);
    expect(keepsTemplate(el)).to.equal(true);
    const second = textOf(el);
    el.data = claim(`${long} Again.`);
    await el.updateComplete;
    expect(textOf(el)).to.equal(second);
    expect(second.textContent).to.equal(`${long} Again.`);
  });

  it('lets the controversy summary, one per page and full of toggles, update in place from the start', async () => {
    await ELEMENTS.find((e) => e.tag === 'rc-controversy-summary')!.define();
    const seed = await (await fetch('/data/controversies/russians-at-war.json')).json();
    const el = await fixture<RcElementLike>(html`<rc-controversy-summary .data=${seed}></rc-controversy-summary>`);
    expect(keepsTemplate(el)).to.equal(true);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button.toggle')).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('replaces server-rendered DOM it has no hydrate support to adopt, instead of rendering after it', async () => {
    // The CDN file has no hydrate support: a declarative shadow root's nodes give way to the element's
    // own render in one task (so the page never paints without them), whether or not it keeps its parts.
    await ELEMENTS.find((e) => e.tag === 'rc-controversy-summary')!.define();
    const seed = await (await fetch('/data/controversies/russians-at-war.json')).json();
    const script = (doc: unknown) => `<script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>`;
    const host = document.createElement('div');
    document.body.append(host);
    try {
      host.setHTMLUnsafe(
        `<rc-claim-quote><template shadowrootmode="open"><style>p { margin: 0 }</style><p id="server">From the server</p></template>${script(claim(long))}</rc-claim-quote>` +
          `<rc-controversy-summary><template shadowrootmode="open"><p id="server">From the server</p></template>${script(seed)}</rc-controversy-summary>`,
      );
      // Chromium upgrades the new elements inside setHTMLUnsafe; Firefox later, so `updateComplete` would
      // still be undefined there. Upgrade them now, as a page's parser would have.
      customElements.upgrade(host);
      for (const el of host.children as HTMLCollectionOf<RcElementLike>) {
        await el.updateComplete;
        // A boolean, not the node: chai's message for a failing element walks the whole tree (Firefox hangs on it).
        expect(el.shadowRoot!.querySelector('#server') === null, `${el.localName} replaced the server's nodes`).to.equal(true);
        expect(el.shadowRoot!.querySelectorAll('[part~="base"], [part~="heading"]').length, el.localName).to.be.greaterThan(0);
        expect(el.shadowRoot!.querySelectorAll('[part~="placeholder"], [part~="error"]').length, el.localName).to.equal(0);
      }
      // The server's <style> stays: it styled the server's nodes, and does no harm after them.
      expect(host.children[0]!.shadowRoot!.querySelector('style')).to.not.equal(null);
      expect((host.children[0] as ClaimQuote).shadowRoot!.querySelectorAll('[part="text"]').length).to.equal(1);
    } finally {
      host.remove();
    }
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

  it('keeps the page where it was when the reader opens a text from the keyboard', async () => {
    // fixtureSync: fixture() waits a frame for a plain <div>, and a background page gets no frames.
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <div style="height: 150vh"></div>
      <rc-claim-quote .data=${claim(long.repeat(3))}></rc-claim-quote>
      <div style="height: 300vh"></div>
    </div>`);
    const el = wrapper.querySelector<ClaimQuote>('rc-claim-quote')!;
    await el.updateComplete;
    window.scrollBy(0, toggleOf(el).getBoundingClientRect().top - 200);
    const scrolled = window.scrollY;
    toggleOf(el).focus({ preventScroll: true });
    await press('Enter');
    await el.updateComplete;
    expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(toggleOf(el));
    // The opened text pushes the toggle down; focusing its new rendering must not scroll the page to it.
    expect(toggleOf(el).getBoundingClientRect().top).to.be.greaterThan(200);
    expect(window.scrollY).to.equal(scrolled);
    window.scrollTo(0, 0);
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
  it('skips its off-screen content at first, and lays it out in full once the page is idle', async () => {
    const el = await fixture<ClaimQuote>(html`<rc-claim-quote .data=${claim(long)}></rc-claim-quote>`);
    // Skipped content is blank in a full-page capture; the page must be whole soon after it settles.
    expect(getComputedStyle(el).contentVisibility).to.equal('auto');
    // After the element's own idle callback (1 s timeout), which was asked for first.
    await afterIdle();
    expect(el.matches(':state(skipping)')).to.equal(false);
    expect(getComputedStyle(el).contentVisibility).to.equal('visible');
  });

  it('leaves an element without a class (server-rendered markup, no script) unskipped', async () => {
    // Made by hand: open-wc's fixture waits for an animation frame, which a page running in the background
    // (the runner opens two at a time) never gets, and this element has no update to wait for.
    const host = document.createElement('rc-not-defined-here');
    document.body.append(host);
    try {
      const root = host.attachShadow({ mode: 'open' });
      const styles = (customElements.get('rc-claim-quote') as unknown as typeof LitElement).elementStyles;
      root.adoptedStyleSheets = styles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
      expect(getComputedStyle(host).contentVisibility).to.equal('visible');
    } finally {
      host.remove();
    }
  });
});
