// The schema.org adapter is loaded on first use: elements given JSON-LD show their placeholder until it
// arrives, then render; `updateComplete` covers the wait; input that changes meanwhile wins. Its own
// file, so the page starts without the adapter (every test file gets a fresh page).
import { expect, fixtureSync, html } from '@open-wc/testing';
import { ScoreBadge } from '../../src/components/score-badge/score-badge.js';
import '../../src/components/score-badge/score-badge.define.js';
import { loadedSchemaOrgAdapter } from '../../src/controller/schema-org-loader.js';
import { spyOnWarn, type WarnSpy } from './helpers/spies.js';

const RATING = { '@context': 'https://schema.org', '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 };

/** Records which state each update rendered: `placeholder`, `badge` or `error`. */
class RecordingBadge extends ScoreBadge {
  rendered: string[] = [];
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.rendered.push(this.shadowRoot!.firstElementChild?.getAttribute('part') ?? '(none)');
  }
}
RecordingBadge.define('rc-recording-badge');

const jsonScript = (value: unknown, type: string) => {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = JSON.stringify(value);
  return script;
};

function mount(children: Node[] = [], setup: (el: RecordingBadge) => void = () => {}): RecordingBadge {
  const el = document.createElement('rc-recording-badge') as RecordingBadge;
  el.append(...children);
  setup(el);
  fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
  return el;
}

describe('schema.org adapter, loaded on first use', () => {
  let warn: WarnSpy;
  beforeEach(() => (warn = spyOnWarn()));
  afterEach(() => warn.restore());

  it('is not loaded by the elements until JSON-LD appears', () => {
    const el = mount([jsonScript({ kind: 'numeric', value: 3, best: 10 }, 'application/json')]);
    expect(el).to.exist;
    expect(loadedSchemaOrgAdapter()).to.equal(undefined);
  });

  it('keeps the busy placeholder while it loads, renders the converted data after, and updateComplete waits for both', async () => {
    expect(loadedSchemaOrgAdapter(), 'the page starts without the adapter').to.equal(undefined);
    const el = mount([jsonScript(RATING, 'application/ld+json')]);
    // Given JSON-LD too, but replaced by our own data before the adapter arrives: the data must stay.
    const replaced = mount([jsonScript(RATING, 'application/ld+json')]);
    await Promise.resolve();
    expect(replaced.rendered, 'first update done').to.deep.equal(['placeholder']);
    replaced.data = { kind: 'numeric', value: 3, best: 10 };

    await el.updateComplete;
    expect(el.rendered).to.deep.equal(['placeholder', 'badge']);
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.getAttribute('aria-label')).to.match(/^Score: 4 out of 5/);
    expect(loadedSchemaOrgAdapter()).to.be.a('function');

    await replaced.updateComplete;
    expect(replaced.rendered).to.deep.equal(['placeholder', 'badge']);
    expect(replaced.shadowRoot!.querySelector('[part="badge"]')!.getAttribute('aria-label')).to.match(/^Score: 3 out of 10/);
    expect(warn.calls).to.have.length(0);
  });

  it('converts at once once loaded', async () => {
    const el = mount([], (e) => (e.data = RATING as never));
    await el.updateComplete;
    expect(el.rendered).to.deep.equal(['badge']);
  });
});
