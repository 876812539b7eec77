#!/usr/bin/env node
// `npm run bench`: rendering, validation, memory and first-paint figures in headless Chromium, the
// elements measured side by side in the same run with a baseline of the same DOM without Lit: the server
// render's markup for the same documents, parsed into a shadow root per card (bench/baseline.ts). Not a test: the numbers depend on the machine, so only ratios measured together mean much.
//   npm run bench                      print the table
//   npm run bench -- --runs=9          more runs per figure (default 7)
//   npm run bench -- --write           also write bench/RESULTS.md
//   npm run bench -- --quick           100 and 1,000 cards only, 3 runs (a smoke run)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { findChrome } from '../scripts/find-chrome.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const flag = (name) => process.argv.includes(`--${name}`);
const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const QUICK = flag('quick');
/** `--only=render,heap`: run some parts (shape, validation, render, heap, first-paint). */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1]?.split(',');
const part = (name) => !ONLY || ONLY.includes(name);
const RUNS = option('runs', QUICK ? 3 : 7);

const read = (path) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
// The seed reviews with a score (so every card has its badge), and the seed controversy.
const reviews = [read('data/reviews/russians-at-war.json'), read('data/reviews/faces-of-the-resistance.json')];
const controversies = [read('data/controversies/russians-at-war.json')];
// The baseline's markup for each of them, from the server render of the elements' own templates.
const { shadowMarkup } = await tsImport('./baseline.ts', import.meta.url);
const DATA = {
  reviews,
  controversies,
  markup: { review: reviews.map((d) => shadowMarkup('review', d)), controversy: controversies.map((d) => shadowMarkup('controversy', d)) },
};

async function bundle(entry, banner = '') {
  const out = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    banner: { js: banner },
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

const PAGE_CSS = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
  #cards { display: grid; gap: 16px; padding: 16px; max-width: 760px; }
  /* Page rules win over the elements' :host rules, so each mode holds for both implementations. */
  #cards.plain > *, #cards.shipped > .hand-card { content-visibility: visible; }
  #cards.cv > * { display: block; content-visibility: auto; contain-intrinsic-size: auto 600px; }
`;
const benchHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${PAGE_CSS}</style></head>
<body><main id="cards"></main><script type="module" src="/bench.js"></script></body></html>`;

// Ten review cards as JSON children, the way a blog would embed them; the CDN bundle marks its own start.
const firstPaintHtml = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${PAGE_CSS}</style>
<script type="module" src="/cdn.js"></script><script type="module" src="/first-paint-probe.js"></script></head>
<body><main id="cards">${Array.from({ length: 10 }, (_, i) => `<rc-review-card><script type="application/json">${JSON.stringify(DATA.reviews[i % 2]).replace(/</g, '\\u003c')}</script></rc-review-card>`).join('')}</main></body></html>`;
const firstPaintProbe = `
const first = document.querySelector('rc-review-card');
await customElements.whenDefined('rc-review-card');
await first.updateComplete;
const rendered = performance.now();
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const painted = performance.now();
const start = performance.getEntriesByName('rc-module-start')[0].startTime;
// Paint timing arrives after the frame is presented, sometimes well after it: wait for it (up to 2 s).
const fcp = await new Promise((resolve) => {
  const observer = new PerformanceObserver((list) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) { observer.disconnect(); resolve(entry.startTime); }
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => { observer.disconnect(); resolve(undefined); }, 2000);
});
window.firstPaint = { moduleStart: start, rendered: rendered - start, painted: painted - start, fcp: fcp === undefined ? null : fcp - start, ok: !first.shadowRoot.querySelector('[part~="error"]') };
`;

const files = {
  '/': ['text/html', benchHtml],
  '/first-paint.html': ['text/html', firstPaintHtml()],
  '/first-paint-probe.js': ['text/javascript', firstPaintProbe],
  '/bench.js': ['text/javascript', await bundle('bench/page.ts')],
  '/cdn.js': ['text/javascript', await bundle('src/cdn.ts', "performance.mark('rc-module-start');")],
};
const server = createServer((req, res) => {
  const file = files[new URL(req.url ?? '/', 'http://x').pathname];
  if (!file) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(file[1]);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? findChrome() ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--js-flags=--expose-gc'],
});

async function benchPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate((d) => window.bench.init(d), DATA);
  return page;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const ms = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const results = { render: [], validation: {}, heap: {}, firstPaint: {}, shape: {} };

// 1. Same content: nodes and text per card, and no error state in the elements.
if (part('shape')) {
  const page = await benchPage();
  for (const kind of ['review', 'controversy']) results.shape[kind] = await page.evaluate((k) => window.bench.shape(k), kind);
  await page.close();
}

// 2. Validation of 1,000 documents, cold (first use in a fresh page) and warm, for each kind.
if (part('validation')) {
  // The compiled validators (what the elements run) and zod (the CLI, schemas.js), each in a fresh page.
  for (const by of ['compiled', 'zod']) {
    for (const kind of ['review', 'controversy']) {
      const page = await benchPage();
      const cold = await page.evaluate(([k, b]) => window.bench.validateMany(k, 1000, b), [kind, by]);
      const warm = [];
      for (let i = 0; i < RUNS; i++) warm.push(await page.evaluate(([k, b]) => window.bench.validateMany(k, 1000, b), [kind, by]));
      results.validation[`${kind}:${by}`] = { kind, by, cold, warm: stats(warm) };
      await page.close();
    }
  }
}

// 3. Rendering, the two implementations alternating run by run in one page per scenario.
const scenarios = QUICK
  ? [['review', 100], ['review', 1000], ['controversy', 100]]
  : [['review', 100], ['review', 1000], ['review', 5000], ['controversy', 1000]];
for (const [kind, count] of part('render') ? scenarios : []) {
  // The elements as shipped (content-visibility: auto by default) only where the target is.
  for (const mode of kind === 'review' && count === 1000 ? ['plain', 'cv', 'shipped'] : ['plain', 'cv']) {
    const page = await benchPage();
    const times = { component: [], hand: [] };
    // One unmeasured warm-up of each, so both start with compiled code.
    for (const impl of ['component', 'hand']) await page.evaluate(([k, i, n, m]) => window.bench.render(k, i, n, m), [kind, impl, Math.min(count, 100), mode]);
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 ? ['hand', 'component'] : ['component', 'hand'];
      for (const impl of order) times[impl].push(await page.evaluate(([k, i, n, m]) => window.bench.render(k, i, n, m), [kind, impl, count, mode]));
    }
    results.render.push({ kind, count, mode, component: stats(times.component), hand: stats(times.hand) });
    process.stderr.write(`  ${kind} × ${count} (${mode}): ${ms(median(times.component))} ms vs ${ms(median(times.hand))} ms\n`);
    await page.close();
  }
}

// 4. Heap per card (V8 heap, and Blink's DOM heap where the browser reports it), 1,000 review cards kept,
// measured RUNS times with the two implementations alternating, so one noisy sample does not decide it.
if (part('heap')) {
  const page = await benchPage();
  const cdp = await page.context().newCDPSession(page);
  const usage = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const u = await cdp.send('Runtime.getHeapUsage');
    return { js: u.usedSize, dom: u.embedderHeapUsedSize ?? null };
  };
  const N = 1000;
  const samples = { component: { js: [], dom: [] }, hand: { js: [], dom: [] } };
  // Warm up both once (compiled code, cached templates and style sheets), outside the measurement.
  for (const impl of ['component', 'hand']) {
    await page.evaluate(([i]) => (window.bench.prepare('review', 50), window.bench.keep('review', i)), [impl]);
    await page.evaluate(() => window.bench.clear());
  }
  for (let run = 0; run < RUNS; run++) {
    for (const impl of run % 2 ? ['hand', 'component'] : ['component', 'hand']) {
      // From a clean page with the input documents already in memory, so only the cards count.
      await page.evaluate(([n]) => window.bench.prepare('review', n), [N]);
      const before = await usage();
      await page.evaluate(([i]) => window.bench.keep('review', i), [impl]);
      const after = await usage();
      await page.evaluate(() => window.bench.clear());
      samples[impl].js.push((after.js - before.js) / N);
      if (after.dom !== null) samples[impl].dom.push((after.dom - before.dom) / N);
    }
  }
  for (const impl of ['component', 'hand']) {
    const { js, dom } = samples[impl];
    results.heap[impl] = { js: stats(js), dom: dom.length ? stats(dom) : null };
  }
  await page.close();
}

// 5. Module start to first card painted, on a page of ten cards (fresh navigation each run).
if (part('first-paint')) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/first-paint.html`);
    samples.push(await page.waitForFunction(() => window.firstPaint).then((h) => h.jsonValue()));
    await page.close();
  }
  if (samples.some((s) => !s.ok)) throw new Error('a first-paint card showed the error state');
  // A run without a paint entry is left out of that row (the table says how many runs it has).
  for (const key of ['moduleStart', 'rendered', 'painted', 'fcp']) {
    const values = samples.map((s) => s[key]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (values.length) results.firstPaint[key] = stats(values);
  }
}

const chromeVersion = browser.version();
await browser.close();
server.close();

// ---- Report ----
const version = (name) => read(`node_modules/${name}/package.json`).version;
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {
  /* not a checkout */
}
const range = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const lines = [];
lines.push(`| scenario | elements, ms median (min–max) | baseline, ms | ratio | target |`);
lines.push(`| --- | ---: | ---: | ---: | --- |`);
const MODES = {
  plain: 'both without content-visibility',
  cv: 'both with content-visibility: auto',
  shipped: "elements' default (auto) vs baseline without",
};
// Issue 6's two render targets: the elements as shipped against the plain baseline page (its own
// orientation figure, "a Lit card with content-visibility: auto 0.36×", is that comparison), and the two
// with content-visibility on both. Both without is measured, for the profile in bench/NOTES.md.
const TARGETS = { cv: 2.5, shipped: 1.0 };
for (const r of results.render) {
  const ratio = r.component.median / r.hand.median;
  const limit = r.kind === 'review' && r.count === 1000 ? TARGETS[r.mode] : undefined;
  const target = limit === undefined ? '' : `≤ ${limit.toFixed(1)}× ${ratio <= limit ? '✔' : '✖'}`;
  lines.push(`| ${r.count.toLocaleString('en')} ${r.kind === 'review' ? 'review cards' : 'controversy summaries'}, ${MODES[r.mode]} | ${range(r.component)} | ${range(r.hand)} | ${ratio.toFixed(2)}× | ${target} |`);
}
const v = results.validation;
const fp = results.firstPaint;
const kb = (bytes) => (bytes === null ? 'n/a' : bytes < 0 ? '≈ 0' : `${(bytes / 1024).toFixed(2)} KB`);
const measures = [];
for (const val of Object.values(v)) {
  const { kind, by } = val;
  const name = kind === 'review' ? 'reviews' : 'controversies';
  const who = by === 'compiled' ? 'compiled validators (the elements)' : 'zod';
  measures.push(`| validate 1,000 ${name} with ${who}, cold / warm median (min–max) | ${ms(val.cold)} / ${range(val.warm)} ms | |`);
  const rendered = results.render.find((r) => r.kind === kind && r.count === 1000 && r.mode === 'plain');
  if (rendered && by === 'compiled') {
    const share = (val.warm.median / rendered.component.median) * 100;
    const target = kind === 'review' ? `< 10 % ${share < 10 ? '✔' : '✖'}` : '';
    measures.push(`| warm validation ÷ rendering them (elements, without content-visibility) | ${share.toFixed(1)} % | ${target} |`);
  }
}
if (results.heap.component) {
  const { component: c, hand: h } = results.heap;
  // Signed: a figure near zero can come out slightly negative (garbage collected in between), and hiding
  // that would hide the noise.
  const kbRange = (s) => (s === null ? 'n/a' : `${(s.median / 1024).toFixed(2)} (${(s.min / 1024).toFixed(2)} – ${(s.max / 1024).toFixed(2)}) KB`);
  measures.push(`| JS heap per review card, median (min – max), elements / baseline | ${kbRange(c.js)} / ${kbRange(h.js)} | < 3 KB ${c.js.median < 3072 ? '✔' : '✖'} |`);
  measures.push(`| DOM (Blink) heap per review card, elements / baseline | ${kbRange(c.dom)} / ${kbRange(h.dom)} | |`);
}
if (fp.rendered) {
  measures.push(`| module start → first card rendered, 10-card page | ${range(fp.rendered)} ms | |`);
  measures.push(`| module start → first card painted | ${range(fp.painted)} ms | |`);
  if (fp.fcp) measures.push(`| module start → first contentful paint${fp.fcp.runs < RUNS ? ` (${fp.fcp.runs} of ${RUNS} runs had one)` : ''} | ${range(fp.fcp)} ms | |`);
  measures.push(`| navigation → module start | ${range(fp.moduleStart)} ms | |`);
}
const table = [
  ...(results.render.length ? [...lines, ''] : []),
  ...(measures.length ? ['| measure | value | target |', '| --- | ---: | --- |', ...measures, ''] : []),
  ...(Object.keys(results.shape).length
    ? [
        '| per card | elements: nodes / text chars / part markers | baseline: nodes / text chars |',
        '| --- | ---: | ---: |',
        ...Object.entries(results.shape).map(([k, s]) => `| ${k} | ${s.component.nodes} / ${s.component.text} / ${s.component.markers} | ${s.hand.nodes} / ${s.hand.text} |`),
      ]
    : []),
].join('\n');

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
const environment = `Chromium ${chromeVersion} (headless), Node ${process.version}, lit ${version('lit')}, zod ${version('zod')}, esbuild ${version('esbuild')} (minified, production); ${machine}; commit ${commit}; ${RUNS} runs per figure${QUICK ? ' (quick)' : ''}.`;
console.log(`\n${table}\n\n${environment}\n`);

if (flag('write')) {
  const notesFile = resolve(ROOT, 'bench/NOTES.md');
  let notes = '';
  try {
    notes = readFileSync(notesFile, 'utf8');
  } catch {
    /* no notes yet */
  }
  writeFileSync(
    resolve(ROOT, 'bench/RESULTS.md'),
    `# Benchmark results\n\nOne run of \`npm run bench -- --write\` (${new Date().toISOString().slice(0, 10)}). ${environment}\n\n` +
      `Render time runs from creating the first card to the frame that shows them all (the elements' \`updateComplete\`, then ` +
      `the next animation frame and task). The baseline is the same DOM without Lit: the markup ` +
      `the server render (src/ssr) writes for the same document, without Lit's comments and inline styles, parsed into a ` +
      `shadow root per card that adopts the element's own style sheets; no validation, no formatting (bench/baseline.ts). ` +
      `Both run in the same page, alternating run by run; ratios are of medians.\n\n${table}\n${notes ? `\n${notes}` : ''}`,
  );
  console.log('wrote bench/RESULTS.md');
}
