// Row E5 of the matrix: the CDN bundle under a strict Content-Security-Policy with Trusted Types
// (`default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
// trusted-types lit-html`). The page is served by the fault server on its own origin and framed here;
// tests/server/csp/check.js reports back by postMessage.
import { expect } from '@open-wc/testing';
import { faultServer } from './helpers/fault-server.js';

interface CspReport {
  violations: string[];
  problems: string[];
  warnings: string[];
  steps: string[];
  elements: Array<{ tag: string; state: string; text: string; adoptedStyleSheets: number; styleElements: number; styleAttributes: number }>;
}

/** Frames the CSP page and resolves to its report. */
async function loadCspPage(query = ''): Promise<CspReport> {
  const base = await faultServer();
  const frame = document.createElement('iframe');
  const report = new Promise<CspReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the CSP page sent no report within 20 s')), 20_000);
    window.addEventListener('message', function listen(e: MessageEvent) {
      if (e.source !== frame.contentWindow || e.data?.type !== 'rc-csp-report') return;
      window.removeEventListener('message', listen);
      clearTimeout(timer);
      resolve(e.data.report as CspReport);
    });
  });
  frame.src = `${base}/csp/page.html${query}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('the CDN bundle under a strict CSP with Trusted Types', () => {
  let report: CspReport;

  before(async function () {
    this.timeout(60_000); // the first request bundles src/cdn.ts
    report = await loadCspPage();
  });

  it('causes no securitypolicyviolation (no eval, no inline style, no untrusted HTML)', () => {
    expect(report.violations).to.deep.equal([]);
  });

  it('causes no uncaught error, unhandled rejection or console error', () => {
    expect(report.problems).to.deep.equal([]);
  });

  it('renders all four elements from attributes, src, JSON and JSON-LD, styled by adopted style sheets only', () => {
    const ready = report.elements.filter((e) => e.state === 'ready').map((e) => e.tag);
    expect(ready).to.include.members(['rc-score-badge', 'rc-review-card', 'rc-claim-quote', 'rc-controversy-summary']);
    expect(ready.filter((t) => t === 'rc-score-badge')).to.have.length(2);
    for (const e of report.elements) {
      expect(e.text, e.tag).not.to.equal('');
      expect(e.adoptedStyleSheets, e.tag).to.be.greaterThan(0);
      expect(e.styleElements + e.styleAttributes, `${e.tag}: <style> or style=""`).to.equal(0);
    }
  });

  it('shows invalid data as the error state under the same policy', () => {
    expect(report.elements.filter((e) => e.state === 'error').map((e) => e.tag)).to.deep.equal(['rc-review-card']);
  });

  it('lets every tag be defined again without throwing', () => {
    expect(report.steps).to.deep.equal(['define every tag again through the library: ok']);
  });
});

// A second copy of the bundle carries a second copy of Lit, and Lit creates its Trusted Types policy,
// always named `lit-html`, when its module runs. Under `trusted-types lit-html` the browser refuses a
// second policy of that name and the second copy's Lit throws while loading: true of any two Lit copies,
// ours or the host's. A page that loads two copies and enforces Trusted Types adds 'allow-duplicates'.
describe('two copies of the CDN bundle on one strict-CSP page', () => {
  it("load, define and render without throwing when the policy allows duplicate 'lit-html' policies", async function () {
    this.timeout(60_000);
    const report = await loadCspPage('?copies=2&allow-duplicates');
    expect(report.steps.filter((s) => !s.endsWith(': ok'))).to.deep.equal([]);
    expect(report.problems).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    // Six in the page and one created after both copies loaded; the first copy's classes keep the tags.
    expect(report.elements.length).to.equal(7);
    expect(report.elements.filter((e) => e.state === 'pending')).to.deep.equal([]);
    expect(report.warnings.filter((w) => w.includes('already registered by another class')).length).to.be.greaterThan(0);
  });
});
