// The hostile-input oracles catch what they are meant to catch, so a passing matrix means something.
import { expect } from '@open-wc/testing';
import { prototypeChanges, prototypeSnapshot, unsafeMarkup, watchPage } from '../helpers/hostile-inputs.js';

function hostWith(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = markup;
  document.body.append(host);
  return host;
}

describe('hostile-input oracles', () => {
  afterEach(() => {
    window.__xss = 0;
  });

  it('the __xss trap counts a payload that really runs', async () => {
    window.__xss = 0;
    const host = hostWith('<img src="data:," onerror="window.__xss++">');
    await new Promise((r) => setTimeout(r, 100));
    host.remove();
    expect(window.__xss).to.equal(1);
  });

  it('finds on* and style attributes, non-http(s) URLs and new dangerous elements in nested shadow roots', () => {
    const host = hostWith('<a href="https://ok.example">ok</a><span id="inner"></span>');
    const inner = host.shadowRoot!.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<a href=" JaVaScRiPt:alert(1)">x</a><b onclick="x" style="color:red">y</b><svg></svg><a href="/relative">r</a>';
    const found = unsafeMarkup(host, new Set());
    host.remove();
    expect(found).to.deep.equal(['<a href=" JaVaScRiPt:alert(1)">', '<b onclick>', '<b style="color:red">', '<svg> element']);
  });

  it('lets an element keep the dangerous-looking tags its clean render has', () => {
    const host = hostWith('<svg></svg>');
    expect(unsafeMarkup(host, new Set(['svg']))).to.deep.equal([]);
    host.remove();
  });

  it('notices a polluted prototype', () => {
    const before = prototypeSnapshot();
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    const changes = prototypeChanges(before);
    delete (Object.prototype as Record<string, unknown>).polluted;
    expect(changes).to.include('Object.prototype.polluted');
    expect(prototypeChanges(before)).to.deep.equal([]);
  });

  it('records unhandled rejections and console errors', () => {
    const original = console.error;
    const quiet = () => {};
    console.error = quiet; // so the deliberate error does not reach the runner's log
    const watch = watchPage();
    // Mocha itself fails a test on an uncaught error event, so only a rejection event is dispatched by hand.
    window.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: 'nope' }));
    console.error('oops');
    watch.stop();
    const restored = console.error;
    console.error = original;
    expect(restored).to.equal(quiet);
    expect(watch.problems).to.deep.equal(['unhandledrejection: nope', 'console.error: oops']);
  });
});
