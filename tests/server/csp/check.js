// Runs after the elements: waits for them to render, defines the tags again (and, with ?copies=2, loads a
// second copy of the bundle), then reports what happened to the test page that framed this one.
const TAGS = ['rc-score-badge', 'rc-review-card', 'rc-claim-quote', 'rc-controversy-summary'];
const probe = window.__probe;
const report = { violations: probe.violations, problems: probe.problems, warnings: probe.warnings, elements: [], steps: [] };

const step = async (name, fn) => {
  try {
    await fn();
    report.steps.push(`${name}: ok`);
  } catch (error) {
    report.steps.push(`${name}: threw ${error && error.name}: ${error && error.message}`);
  }
};

const settle = async (el) => {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    if (!el.shadowRoot?.querySelector('[part~="placeholder"]')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
};

try {
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  const library = await import('/csp/review-cards.js');
  await step('define every tag again through the library', () => {
    for (const name of ['ScoreBadge', 'ReviewCard', 'ClaimQuote', 'ControversySummary']) library[name]?.define();
  });
  if (location.search.includes('copies=2')) {
    await step('load a second copy of the bundle', () => import('/csp/review-cards.js?copy=2'));
    const second = await import('/csp/review-cards.js?copy=2').catch(() => undefined);
    await step("define the second copy's tags", () => {
      for (const name of ['ScoreBadge', 'ReviewCard', 'ClaimQuote', 'ControversySummary']) second?.[name]?.define();
    });
    await step('render a new element after both copies loaded', async () => {
      const el = document.createElement('rc-score-badge');
      el.setAttribute('value', '3');
      document.body.append(el);
      await settle(el);
    });
  }
  for (const el of document.querySelectorAll(TAGS.join(','))) {
    await settle(el);
    const root = el.shadowRoot;
    report.elements.push({
      tag: el.localName,
      state: !root ? 'no shadow root' : root.querySelector('[part~="error"]') ? 'error' : root.querySelector('[part~="placeholder"]') ? 'pending' : 'ready',
      text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
      adoptedStyleSheets: root?.adoptedStyleSheets.length ?? 0,
      styleElements: root?.querySelectorAll('style').length ?? 0,
      styleAttributes: root?.querySelectorAll('[style]').length ?? 0,
    });
  }
} catch (error) {
  report.problems.push(`check.js: ${error && error.stack}`);
}
// Violations are reported asynchronously; give late ones a moment to arrive.
await new Promise((r) => setTimeout(r, 100));
parent.postMessage({ type: 'rc-csp-report', report }, '*');
