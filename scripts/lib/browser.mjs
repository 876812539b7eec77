// Launches the system Chromium through playwright-core (which cannot download a browser here).
import { chromium } from 'playwright-core';
import { ensureChrome } from '../find-chrome.mjs';

export async function launchChromium() {
  return chromium.launch({
    executablePath: ensureChrome({ install: false }),
    headless: true,
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}

/**
 * Opens a page that records console errors, page errors, failed requests and
 * requests that left localhost (a good guest makes none).
 */
export async function openRecordingPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    // "Failed to load resource" has no URL; the response listener below reports
    // the same failure with its URL (and Chromium's own favicon probe is no page request).
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      problems.push(`console.error: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (!req.url().startsWith('data:')) problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, problems };
}

/**
 * Waits until every rc-* element in the page (light DOM and nested shadow roots)
 * has finished loading, then describes each: whether it rendered, errored or is
 * still pending. Runs in the page.
 */
export async function settleElements(page, { timeout = 5000 } = {}) {
  return page.evaluate(async (timeout) => {
    const all = () => {
      const found = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('rc-')) found.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found;
    };
    const describe = (el) => {
      const root = el.shadowRoot;
      return {
        tag: el.localName,
        defined: customElements.get(el.localName) !== undefined,
        text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
        error: root?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        pending: Boolean(root?.querySelector('[part~="placeholder"]')),
      };
    };
    const deadline = performance.now() + timeout;
    for (;;) {
      const els = all();
      await Promise.all(els.map((el) => el.updateComplete));
      const states = els.map(describe);
      if (!states.some((s) => s.pending || !s.defined) || performance.now() > deadline) return states;
      await new Promise((r) => setTimeout(r, 50));
    }
  }, timeout);
}
