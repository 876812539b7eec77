#!/usr/bin/env node
// Opens every story and docs page of storybook-static/ in headless Chromium and
// fails any that logs a console error, throws, shows Storybook's error display,
// renders nothing, has axe violations (the a11y addon's run), or leaves an rc-*
// element in its error or loading state (stories whose name says "error",
// "invalid" or "loading" are meant to), or gives an element data that names
// someone from data/ without being that data/ document (issue 13, "stories tell
// no lies"). Docs pages get an axe run of their own. Then the embed builder: a
// pasted document becomes a card and a snippet that renders the same card in a
// plain page, and hostile input stays data. Storybook is served from a sub-path,
// as a documentation site would be.
// Run after `npm run build-storybook` (and `vite build --mode cdn`, for the plain page).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createChecks, assert } from './lib/checks.mjs';
import { serve } from './lib/serve.mjs';
import { launchChromium, openRecordingPage, settleElements } from './lib/browser.mjs';
import { loadDataDocuments, storyDataProblem } from './lib/story-truth.mjs';

const DIR = 'storybook-static';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CDN_FILE = 'dist/cdn/review-cards.js';
const PARALLEL = Number(process.env.STORY_CHECK_PARALLEL ?? 2);
const checks = createChecks('storybook');

const index = existsSync(`${DIR}/index.json`) ? JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')) : null;
// STORY_CHECK_ONLY=<regexp> checks only the entries whose id matches (the builder checks always run).
const only = process.env.STORY_CHECK_ONLY ? new RegExp(process.env.STORY_CHECK_ONLY) : null;
const allEntries = Object.values(index?.entries ?? {});
const entries = allEntries.filter((e) => !only || only.test(e.id));

await checks.check('storybook-static/index.json lists stories', () => {
  assert(index, `${DIR}/index.json is missing; run npm run build-storybook`);
  const stories = allEntries.filter((e) => e.type === 'story').length;
  assert(stories > 0, 'no stories in index.json');
  return `${stories} stories, ${allEntries.length - stories} docs pages`;
});

if (entries.length) {
  // The repository root, so that Storybook lives under /storybook-static/ (not at the root: the
  // static build must work from any sub-path) and the plain page can load the built CDN file.
  const pages = {};
  const server = await serve('.', { pages });
  const base = `${server.url}/${DIR}`;
  const documents = loadDataDocuments();
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });

  const expectsProblem = (e) => /error|invalid|broken|fail|loading|pending/i.test(`${e.name} ${e.id}`);

  // Records Storybook's preview events from the moment the channel exists, so
  // that the first render, which may finish before we look, is not missed.
  const RECORD_EVENTS = () => {
    const names = ['storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
    window.__sbEvents = [];
    let channel;
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value) {
        channel = value;
        for (const name of names) value.on(name, (payload) => window.__sbEvents.push({ name, payload }));
      },
    });
  };

  /**
   * Waits until Storybook has finished `e`: for a story, `storyFinished`, which
   * comes after the a11y addon's run. Switching earlier makes Storybook reload
   * the page, since it cannot tear down a render that is still going.
   */
  async function finished(page, e) {
    const handle = await page.waitForFunction(
      ({ id, docs }) =>
        window.__sbEvents.find((ev) =>
          ev.name === (docs ? 'docsRendered' : 'storyFinished')
            ? (ev.payload?.storyId ?? ev.payload) === id
            : !['storyFinished', 'docsRendered'].includes(ev.name),
        ),
      { id: e.id, docs: e.type === 'docs' },
      { timeout: 45_000, polling: 50 },
    );
    const ev = await handle.jsonValue();
    if (ev.name === 'storyFinished' || ev.name === 'docsRendered') return ev.payload;
    const p = ev.payload;
    throw new Error(`${ev.name}: ${typeof p === 'string' ? p : (p?.message ?? p?.title ?? JSON.stringify(p)).slice(0, 300)}`);
  }

  /** Shows one entry in the loaded preview through Storybook's channel, as its manager does. */
  async function show(page, e) {
    await page.evaluate(
      ({ id, viewMode }) => {
        window.__sbEvents.length = 0;
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode });
      },
      { id: e.id, viewMode: e.type === 'docs' ? 'docs' : 'story' },
    );
    return finished(page, e);
  }

  /**
   * What the story gave each of its own rc-* elements (light DOM; nested ones are the outer one's
   * business): the `data` property, else the child script's JSON or JSON-LD, else the JSON at `src`.
   */
  const storyInputs = (page) =>
    page.evaluate(async () => {
      const inputs = [];
      for (const el of document.querySelectorAll('#storybook-root *')) {
        if (!el.localName.startsWith('rc-')) continue;
        if (el.data !== undefined && el.data !== null) {
          inputs.push(el.data);
          continue;
        }
        const script = el.querySelector(':scope > script[type="application/json"], :scope > script[type="application/ld+json"]');
        if (script) {
          try {
            inputs.push(JSON.parse(script.textContent));
          } catch {
            /* not JSON: names no one */
          }
          continue;
        }
        const src = el.getAttribute('src');
        const url = src ? new URL(src, location.href) : null;
        if (url && /^https?:$/.test(url.protocol)) {
          const response = await fetch(url).catch(() => null);
          if (response?.ok) inputs.push(await response.json().catch(() => null));
        }
      }
      return inputs;
    });

  /** axe on a docs page (the a11y addon runs on stories only): WCAG 2.x A and AA rules. */
  async function axeDocs(page) {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
    return page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-docs'), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map(({ target }) => ({ target })) }));
    });
  }

  async function worker(queue) {
    const { page, problems } = await openRecordingPage(context);
    await page.addInitScript(RECORD_EVENTS);
    const first = queue[0];
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(first.id)}&viewMode=${first.type === 'docs' ? 'docs' : 'story'}`);
    let isFirst = true;
    for (let e = queue.shift(); e; e = queue.shift()) {
      problems.length = 0;
      await checks.check(`${e.type} ${e.id}`, async () => {
        // The page was opened on the first entry; show the others through the channel.
        const outcome = isFirst ? await finished(page, e) : await show(page, e);
        isFirst = false;
        // The a11y addon's axe run is part of storyFinished.
        const a11y = outcome?.reporters?.find?.((r) => r.type === 'a11y');
        const violations = a11y?.result?.violations ?? [];
        const body = await page.evaluate(() => document.body.className);
        if (/sb-show-errordisplay/.test(body)) {
          const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
          throw new Error(`Storybook error display: ${message.trim().slice(0, 300)}`);
        }
        assert(!/sb-show-nopreview/.test(body), 'Storybook shows "no preview"');
        const rootSelector = e.type === 'docs' ? '#storybook-docs' : '#storybook-root';
        const rendered = await page
          .waitForFunction(
            (sel) => {
              const root = document.querySelector(sel);
              return Boolean(root && (root.children.length > 0 || root.textContent.trim()));
            },
            rootSelector,
            { timeout: 15_000 },
          )
          .then(() => true, () => false);
        assert(rendered, `${rootSelector} is empty`);
        const states = await settleElements(page);
        if (e.type === 'story' && !expectsProblem(e)) {
          const bad = states.filter((s) => !s.defined || s.error !== null || s.pending || s.text === 0);
          assert(
            bad.length === 0,
            bad.map((s) => `<${s.tag}> ${!s.defined ? 'undefined' : s.error !== null ? `error: ${s.error.slice(0, 160)}` : s.pending ? 'still loading' : 'empty'}`).join('; '),
          );
        }
        if (e.type === 'story') {
          const lies = (await storyInputs(page)).map((input) => storyDataProblem(input, documents)).filter(Boolean);
          assert(lies.length === 0, lies[0]);
        } else violations.push(...(await axeDocs(page)));
        assert(problems.length === 0, problems.slice(0, 3).join(' | '));
        assert(
          violations.length === 0,
          `axe: ${violations.map((v) => `${v.id} (${v.nodes?.length ?? 0} nodes: ${v.nodes?.[0]?.target?.join(' ') ?? ''})`).join('; ')}`,
        );
      });
    }
    await page.close();
  }

  // Stories first, docs pages last (they re-render many stories each); split
  // round-robin so each worker gets a similar mix.
  const ordered = [...entries].sort((a, b) => (a.type === b.type ? 0 : a.type === 'docs' ? 1 : -1));
  const queues = Array.from({ length: Math.min(PARALLEL, ordered.length) }, (_, i) => ordered.filter((_, j) => j % PARALLEL === i));
  await checks.check('first load of the site: no console warning or error, no failed request', async () => {
    const page = await context.newPage();
    const messages = [];
    page.on('console', (m) => ['warning', 'error'].includes(m.type()) && messages.push(`console.${m.type()}: ${m.text().slice(0, 200)}`));
    page.on('pageerror', (err) => messages.push(`pageerror: ${err.message}`));
    page.on('requestfailed', (req) => messages.push(`request failed: ${req.url()}`));
    page.on('response', (res) => res.status() >= 400 && messages.push(`HTTP ${res.status()}: ${res.url()}`));
    await page.goto(`${base}/index.html`);
    const shown = await page
      .waitForFunction(() => document.querySelector('#storybook-preview-iframe')?.contentDocument?.querySelector('#storybook-docs h1, #storybook-root > *'), null, { timeout: 45_000 })
      .then(() => true, () => false);
    await page.waitForTimeout(1000);
    await page.close();
    assert(shown, 'the first page did not render');
    assert(messages.length === 0, messages.slice(0, 3).join(' | '));
  });
  await Promise.all(queues.map(worker));
  await builderChecks();
  await browser.close();
  await server.close();

  /** The embed builder, as an editor uses it: paste, look, copy, paste into a plain page. */
  async function builderChecks() {
    const { page, problems } = await openRecordingPage(context);
    const builder = 'sb-embed-builder';
    const opened = await page
      .goto(`${base}/iframe.html?id=embed-builder--docs&viewMode=docs`)
      .then(() => page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('#input'), builder, { timeout: 45_000 }))
      .then(() => true, () => false);

    /** Pastes `text` and waits for the preview to settle; returns what the builder shows. */
    async function paste(text) {
      await page.locator(`${builder} #input`).fill(text);
      return page.evaluate(async (tag) => {
        const root = document.querySelector(tag).shadowRoot;
        await document.querySelector(tag).updateComplete;
        const el = root.querySelector('.stage > *');
        for (let i = 0; i < 100 && el?.shadowRoot?.querySelector('[part~="placeholder"]'); i++) await new Promise((r) => setTimeout(r, 50));
        await el?.updateComplete;
        await document.querySelector(tag).updateComplete;
        return {
          tag: el?.localName,
          text: (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          error: Boolean(el?.shadowRoot?.querySelector('[part~="error"]')),
          problems: [...root.querySelectorAll('.problems li, .problems')].map((n) => n.textContent.replace(/\s+/g, ' ').trim()),
          snippet: root.querySelector('#snippet').value,
          copyDisabled: root.querySelector('button').disabled,
          images: document.querySelectorAll('img').length + root.querySelectorAll('img').length,
          pwned: 'pwned' in window,
        };
      }, builder);
    }

    /** Serves `snippet` in a plain HTML page (the CDN file from this build) and reads the card it renders. */
    async function plainPage(snippet) {
      assert(existsSync(CDN_FILE), `${CDN_FILE} is missing; run vite build --mode cdn`);
      const cdn = snippet.match(/<script type="module" src="([^"]+)"><\/script>/)?.[1];
      assert(cdn?.startsWith('https://cdn.jsdelivr.net/npm/review-cards@'), `the snippet loads ${cdn}, not the package from the CDN`);
      pages['/plain.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A plain page</title></head><body><main>${snippet.replace(cdn, `/${CDN_FILE}`)}</main></body></html>`;
      const plain = await openRecordingPage(context);
      await plain.page.goto(`${server.url}/plain.html`);
      await settleElements(plain.page);
      const result = await plain.page.evaluate(() => {
        const el = document.querySelector('main > :not(script)');
        return {
          tag: el?.localName,
          text: (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          images: document.querySelectorAll('img').length,
          pwned: 'pwned' in window,
        };
      });
      await plain.page.close();
      return { ...result, problems: plain.problems };
    }

    const sameCardInPlainPage = async (label, text, expectedTag) => {
      await checks.check(`embed builder: ${label} becomes a card and a snippet that renders the same card`, async () => {
        assert(opened, 'the builder did not open');
        problems.length = 0;
        const shown = await paste(text);
        assert(shown.tag === expectedTag && !shown.error && shown.text.length > 0, `preview: <${shown.tag}> ${shown.error ? 'in its error state' : 'empty'}: ${shown.problems.join('; ')}`);
        assert(shown.snippet && !shown.copyDisabled, 'no snippet to copy');
        const plain = await plainPage(shown.snippet);
        assert(plain.tag === expectedTag, `the plain page has <${plain.tag}>`);
        // Storybook renders src/ as it is; the plain page loads dist/cdn, so an old build shows up here.
        assert(plain.text === shown.text, `the plain page's card differs (is ${CDN_FILE} older than src/?):\n  builder: ${shown.text.slice(0, 200)}\n  plain:   ${plain.text.slice(0, 200)}`);
        assert(plain.problems.length === 0, plain.problems.slice(0, 3).join(' | '));
        assert(problems.length === 0, problems.slice(0, 3).join(' | '));
        return `${shown.text.length} characters of card text`;
      });
    };

    await sameCardInPlainPage('data/reviews/russians-at-war.json', readFileSync('data/reviews/russians-at-war.json', 'utf8'), 'rc-review-card');
    await sameCardInPlainPage('data/claims/un-reading-soldier-texts-to-mother.json', readFileSync('data/claims/un-reading-soldier-texts-to-mother.json', 'utf8'), 'rc-claim-quote');
    await sameCardInPlainPage(
      'schema.org JSON-LD (an invented Review)',
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Review',
        itemReviewed: { '@type': 'Movie', name: 'The Quiet Harbour', dateCreated: '2024' },
        author: { '@type': 'Person', name: 'Jane Example' },
        publisher: { '@type': 'Organization', name: 'Example Film Weekly' },
        datePublished: '2025-03-02',
        reviewRating: { '@type': 'Rating', ratingValue: 3.5, bestRating: 5 },
        reviewBody: 'Patient and well shot, if a little long.',
      }),
      'rc-review-card',
    );

    const hostileName = '</script><img src=x onerror="window.pwned=1"><!--';
    await checks.check('embed builder: markup inside a pasted document stays text, in the preview and in the snippet', async () => {
      assert(opened, 'the builder did not open');
      const shown = await paste(JSON.stringify({ type: 'review', itemReviewed: { name: hostileName, kind: 'film' } }));
      assert(!shown.error && shown.text.includes(hostileName), `the preview does not show the name as text: ${shown.text.slice(0, 200)}`);
      const json = shown.snippet.split('<script type="application/json">')[1]?.split('</script>')[0] ?? '';
      assert(json && !/[<>&]/.test(json), `the snippet's JSON has a raw < > or &: ${json.slice(0, 200)}`);
      const plain = await plainPage(shown.snippet);
      assert(plain.text.includes(hostileName), `the plain page does not show the name as text: ${plain.text.slice(0, 200)}`);
      assert(plain.images === 0 && !plain.pwned && shown.images === 0 && !shown.pwned, 'pasted markup became an element');
    });

    await checks.check('embed builder: pasted markup is not JSON: the error state, and no snippet', async () => {
      assert(opened, 'the builder did not open');
      const shown = await paste('<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>');
      assert(shown.error, 'the preview is not in its error state');
      assert(shown.problems.some((p) => /not JSON/.test(p)), `no parse error shown: ${shown.problems.join('; ')}`);
      assert(shown.snippet === '' && shown.copyDisabled, 'a snippet is offered for input that is not JSON');
      assert(shown.images === 0 && !shown.pwned, 'pasted markup became an element');
    });

    await checks.check('embed builder: an invalid document lists the validator\'s path and reason', async () => {
      assert(opened, 'the builder did not open');
      const shown = await paste(JSON.stringify({ type: 'review', verdict: 'No work named' }));
      assert(shown.error, 'the preview is not in its error state');
      assert(shown.problems.some((p) => /^itemReviewed: /.test(p)), `the path and reason are not listed: ${shown.problems.join('; ')}`);
      assert(shown.snippet === '' && shown.copyDisabled, 'a snippet is offered for an invalid document');
    });
    await page.close();
  }
}

checks.finish();
