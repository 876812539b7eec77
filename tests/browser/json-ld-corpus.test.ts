// The JSON-LD corpus (tests/corpus/json-ld/) rendered in Chromium the way a publisher embeds it: the
// script, exactly as published (guards and all), inside the element, with the page's language. A reader
// must see the work (or the claim), the rating as written and the author (or the judge), and no rc-error;
// genuinely unusable markup must show the error state instead.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/review-card/review-card.define.js';
import '../../src/components/claim-quote/claim-quote.define.js';
import '../../src/components/score-badge/score-badge.define.js';
import { parseCorpusFile, type CorpusDocument } from '../corpus/json-ld/corpus.js';
import { spyOnWarn, type WarnSpy } from './helpers/spies.js';

const base = new URL('../corpus/json-ld/', import.meta.url);

async function text(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

async function loadCorpus(): Promise<CorpusDocument[]> {
  const files = JSON.parse(await text(new URL('index.json', base))) as string[];
  return Promise.all(files.map(async (file) => parseCorpusFile(file.slice(0, -'.html'.length), await text(new URL(file, base)))));
}

/** The text a reader sees: visible text nodes, through shadow roots, whitespace collapsed. */
function visibleText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) out.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element && node.localName === 'script') return;
    const shadow = node instanceof Element ? node.shadowRoot : null;
    for (const child of (shadow ?? node).childNodes) walk(child);
  };
  walk(root);
  return out.join('').replace(/\s+/g, ' ');
}

describe('the JSON-LD corpus, rendered in Chromium', () => {
  let corpus: CorpusDocument[] = [];
  let warn: WarnSpy;
  before(async () => (corpus = await loadCorpus()));
  beforeEach(() => (warn = spyOnWarn()));
  afterEach(() => warn.restore());

  it('shows every usable document with its work, rating as written and author, and the error state only for unusable ones', async () => {
    expect(corpus.length).to.be.greaterThanOrEqual(43);
    const failures: string[] = [];
    for (const d of corpus) {
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(d.element) as HTMLElement & { updateComplete: Promise<unknown> };
      el.lang = d.language;
      const errors: Event[] = [];
      el.addEventListener('rc-error', (event) => errors.push(event));
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = d.script;
      el.append(script);
      host.append(el);
      await el.updateComplete;
      const errorState = el.shadowRoot?.querySelector('[part="error"]') !== null;
      if (d.error) {
        if (!errorState || errors.length === 0) failures.push(`${d.name}: unusable markup should show the error state and fire rc-error`);
        continue;
      }
      if (errorState || errors.length > 0) {
        failures.push(`${d.name}: shows the error state: ${visibleText(el.shadowRoot as ShadowRoot).slice(0, 200)}`);
        continue;
      }
      const seen = visibleText(el);
      for (const expected of d.shows) {
        if (!seen.includes(expected)) failures.push(`${d.name}: does not show "${expected}" in: ${seen.slice(0, 300)}`);
      }
      host.remove();
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
