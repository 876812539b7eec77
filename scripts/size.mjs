#!/usr/bin/env node
// Bundle size report: the CDN file as shipped, and what each npm entry costs an
// app that bundles it (minified, lit and zod included, tree-shaken). Fails when a
// budget is exceeded. Run after `npm run build`.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'vite';
import { createChecks, assert } from './lib/checks.mjs';
import { gzipByModule } from './lib/gzip-by-module.mjs';

// gzip budgets in bytes, 7-10 % over what was measured when each was set (CDN 25.7 kB, badge 16.6 kB, all
// four 26.5 kB: the schema.org adapter lazy, compiled validators in place of zod, css minified, no
// decorators, the badge's own strings); raise one deliberately, in the commit that needs it, and say why.
// Raised for issue 17 (CDN 28 → 30 kB, all four 28.5 → 30 kB): main's issue 13 work left the CDN file at
// 28.0 kB, and the languages add 1.0 kB (the table loader and unpacker, plural forms, layered tables).
// Raised again (CDN 30 → 30.9 kB, all four 30 → 30.7 kB) for the review card's clamped verdicts and points
// and folded lists of points (+0.37 kB) and its unnamed-reviewer byline: the CDN file measured 29.99 kB.
const BUDGETS = {
  'dist/cdn/review-cards.js': 30_900,
  'review-cards/score-badge.js': 18_000,
  'review-cards/all.js': 30_700,
};

/**
 * What a page downloads with the autoloader (issue 17; issue 6's whole-file targets are retired): the gzip
 * total of the files it loads up front, the autoloader, the elements' files and the chunks they import, in
 * English (a language adds its table). BUDGETS fail the tests; the two pages are not yet at issue 17's
 * TARGETS (14 kB for badges only, and for all four tags no more than the all-in-one file's 25.9 kB when the
 * issue was filed), so their budgets hold today's figures (+3 %) against regressions and each run prints
 * the distance to the target, and what the badge page is made of, module by module.
 * Lowered when the cards' styles and formatting helpers left the badge's core (17.8 → 17.1 kB) and the
 * cards' chunks were merged (31.0 → 30.8 kB); the badge's again when density, toggles and off-screen skipping
 * moved to the cards' base (17.3 → 16.9 kB). A badge fed JSON-LD stopped downloading the cards' chunk when
 * the validators got a chunk of their own (46.0 → 33.8 kB; the all-four page 31.1 → 31.4 kB for it). The
 * all-four page's raised to 32.7 kB when the review card clamped long verdicts and points (31.4 → 31.7 kB).
 */
const PAGE_BUDGETS = {
  'autoloader alone': 2_000,
  'a page with only badges': 17_400,
  'a page with only badges, fed JSON-LD': 34_800,
  'a page with all four tags': 32_700,
};
const PAGE_TARGETS = {
  'a page with only badges': 14_000,
  'a page with all four tags': 25_900,
};
/** Each language table the CDN files fetch on first use (dist/cdn/locales/<lang>.js). */
const LANGUAGE_BUDGET = 1_500;

/** What every Lit element, and Lit with our score validation, costs before any code of ours. */
const LIT_ELEMENT = "import { LitElement, html, css } from 'lit'; customElements.define('x-e', class extends LitElement { static styles = css`:host{display:block}`; render() { return html`<p>x</p>`; } });";
/** The same element on lit-html alone (no ReactiveElement): what Lit's element layer costs a page. */
const LIT_HTML_ELEMENT = "import { html, render } from 'lit-html'; customElements.define('x-e', class extends HTMLElement { connectedCallback() { render(html`<p>x</p>`, this.shadowRoot ?? this.attachShadow({ mode: 'open' })); } });";
const REFERENCES = [
  ['reference: Lit alone (one minimal LitElement)', LIT_ELEMENT],
  ['reference: lit-html alone (the same element without LitElement)', LIT_HTML_ELEMENT],
  ['reference: Lit + the compiled score validator', `${LIT_ELEMENT} import { validateScore } from 'review-cards'; globalThis.v = validateScore;`],
];

/** zod's class names survive minification; none may reach a page that only renders elements. */
const ZOD_FREE = ['dist/cdn/review-cards.js', 'dist/cdn/schema-org-*.js (on first JSON-LD)', 'review-cards/score-badge.js (bundled)', 'review-cards/all.js (bundled)'];

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const sizes = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code).length,
});

/**
 * Bundles `code` the way an app's production build would. `review-cards/…`
 * resolves through this package's own exports map and sideEffects (self-reference).
 */
async function bundled(specifier, code) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      // 'strict' keeps the entry's exports, as a library consumer would use them.
      rolldownOptions: { preserveEntrySignatures: 'strict', input: 'virtual:entry', output: { format: 'es' } },
    },
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'virtual:entry' ? '\0entry' : undefined),
        load: (id) => (id === '\0entry' ? code : undefined),
      },
    ],
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  // What the page loads up front (the entry and what it imports statically), and what it may load later.
  const initial = new Set();
  const visit = (name) => {
    const chunk = chunks.find((c) => c.fileName === name);
    if (!chunk || initial.has(chunk)) return;
    initial.add(chunk);
    chunk.imports.forEach(visit);
  };
  chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
  const join = (list) => list.map((c) => c.code).join('\n');
  return { initial: join([...initial]), lazy: join(chunks.filter((c) => !initial.has(c))) };
}

const checks = createChecks('size');
const rows = [];
const codeOf = new Map();

await checks.check('dist/cdn/review-cards.js is self-contained: one file for the tags, one lazy chunk', () => {
  const file = 'dist/cdn/review-cards.js';
  assert(existsSync(file), `${file} is missing; run npm run build`);
  const code = readFileSync(file, 'utf8');
  const bare = code.match(/\bfrom\s*["'`][^"'`./][^"'`]*["'`]|\bimport\s*\(\s*["'`][^"'`./]/g);
  assert(!bare, `bare imports left in the CDN bundle: ${bare?.join(', ')}`);
  assert(!/\bprocess\.env\b/.test(code), 'the CDN bundle references process.env');
  // Nothing static: the tags cost one request. The schema.org reader is imported on first JSON-LD.
  const staticImports = code.match(/\bfrom\s*["'`]\.[^"'`]*["'`]/g);
  assert(!staticImports, `the CDN file imports other files up front: ${staticImports?.join(', ')}`);
  const lazy = [...code.matchAll(/\bimport\s*\(\s*["'`]\.\/([^"'`]+)["'`]/g)].map((m) => m[1]);
  assert(lazy.length === 1 && /^schema-org-[\w-]+\.js$/.test(lazy[0]), `expected one lazy schema-org chunk, found: ${lazy.join(', ') || 'none'}`);
  assert(existsSync(`dist/cdn/${lazy[0]}`), `dist/cdn/${lazy[0]} is missing`);
  const chunk = readFileSync(`dist/cdn/${lazy[0]}`, 'utf8');
  rows.push({ what: file, ...sizes(code) });
  rows.push({ what: 'dist/cdn/schema-org-*.js (on first JSON-LD)', ...sizes(chunk) });
  codeOf.set(file, code).set('dist/cdn/schema-org-*.js (on first JSON-LD)', chunk);
});

const entries = [
  ['review-cards/score-badge.js', "import 'review-cards/score-badge.js';"],
  ['review-cards/review-card.js', "import 'review-cards/review-card.js';"],
  ['review-cards/claim-quote.js', "import 'review-cards/claim-quote.js';"],
  ['review-cards/controversy-summary.js', "import 'review-cards/controversy-summary.js';"],
  ['review-cards/all.js', "import 'review-cards/all.js';"],
  ['review-cards', "export * from 'review-cards';"],
  ['review-cards/schemas.js', "export * from 'review-cards/schemas.js';"],
];
for (const [what, code] of entries) {
  await checks.check(`bundle ${what}`, async () => {
    const { initial, lazy } = await bundled(what, code);
    rows.push({ what: `${what} (bundled)`, ...sizes(initial) });
    codeOf.set(`${what} (bundled)`, initial);
    if (lazy) rows.push({ what: `${what} (bundled, loaded on first JSON-LD)`, ...sizes(lazy) });
  });
}

for (const [what, code] of REFERENCES) {
  await checks.check(`bundle ${what}`, async () => {
    const { initial } = await bundled(what, code);
    rows.push({ what, ...sizes(initial) });
  });
}

// Importing a class without registering it must not define any tag (sideEffects works).
await checks.check("`import { ScoreBadge } from 'review-cards'` registers nothing", async () => {
  const { initial: code } = await bundled('', "import { ScoreBadge } from 'review-cards'; globalThis.x = ScoreBadge;");
  assert(!/customElements\.define\(/.test(code), 'the bundle calls customElements.define');
});

for (const what of ZOD_FREE) {
  await checks.check(`${what} has no zod in it (the elements validate with the compiled validators)`, () => {
    const code = codeOf.get(what);
    assert(code !== undefined, `no bundle measured for ${what}`);
    const found = code.match(/\$Zod[A-Z]\w*/);
    assert(!found, `zod is in it (${found?.[0]})`);
  });
}

for (const [what, budget] of Object.entries(BUDGETS)) {
  await checks.check(`budget ${what} ≤ ${kB(budget)} gzip`, () => {
    const row = rows.find((r) => r.what === what || r.what === `${what} (bundled)`);
    assert(row, `no size measured for ${what}`);
    assert(row.gzip <= budget, `${kB(row.gzip)} gzip is over the budget of ${kB(budget)}`);
    return kB(row.gzip);
  });
}

/** The files under dist/cdn a page loads up front for `entries`: each file and what it imports statically, once. */
function staticClosure(entries) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    assert(existsSync(`dist/cdn/${file}`), `dist/cdn/${file} is missing; run npm run build`);
    files.add(file);
    const code = readFileSync(`dist/cdn/${file}`, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+)["'`]/g)) visit(m[1]);
  };
  entries.forEach(visit);
  return [...files];
}

/** The schema.org reader the element files import on first JSON-LD (the one `rc-score-badge.js`'s closure names). */
function jsonLdChunk() {
  for (const file of staticClosure(['rc-score-badge.js'])) {
    const found = readFileSync(`dist/cdn/${file}`, 'utf8').match(/\bimport\s*\(\s*["'`]\.\/(schema-org-[\w-]+\.js)["'`]/);
    if (found) return found[1];
  }
  assert(false, 'no file of rc-score-badge.js imports a schema-org chunk on first use');
}

const pages = {
  'autoloader alone': ['autoloader.js'],
  'a page with only badges': ['autoloader.js', 'rc-score-badge.js'],
  // A badge given a schema.org rating or fact check: the reader and what it imports, not the cards.
  'a page with only badges, fed JSON-LD': ['autoloader.js', 'rc-score-badge.js', jsonLdChunk()],
  'a page with all four tags': ['autoloader.js', 'rc-score-badge.js', 'rc-review-card.js', 'rc-claim-quote.js', 'rc-controversy-summary.js'],
};
for (const [what, entries] of Object.entries(pages)) {
  const budget = PAGE_BUDGETS[what];
  await checks.check(`budget ${what} (autoloader) ≤ ${kB(budget)} gzip in all`, () => {
    const files = staticClosure(entries);
    const total = files.reduce((sum, f) => ({ min: sum.min + sizes(readFileSync(`dist/cdn/${f}`)).min, gzip: sum.gzip + sizes(readFileSync(`dist/cdn/${f}`)).gzip, brotli: sum.brotli + sizes(readFileSync(`dist/cdn/${f}`)).brotli }), { min: 0, gzip: 0, brotli: 0 });
    rows.push({ what: `${what} (autoloader: ${files.length} files)`, ...total });
    assert(total.gzip <= budget, `${kB(total.gzip)} gzip (${files.join(', ')}) is over the budget of ${kB(budget)}`);
    const target = PAGE_TARGETS[what];
    const distance = target === undefined ? '' : total.gzip <= target ? ` (issue 17's target ${kB(target)}: met)` : ` (issue 17's target ${kB(target)}: ${kB(total.gzip - target)} over)`;
    return `${kB(total.gzip)} in ${files.length} files${distance}`;
  });
}

await checks.check(`budget each language table ≤ ${kB(LANGUAGE_BUDGET)} gzip`, () => {
  const tables = existsSync('dist/cdn/locales') ? readdirSync('dist/cdn/locales').filter((f) => f.endsWith('.js')) : [];
  assert(tables.length >= 12, `expected at least 12 tables in dist/cdn/locales, found ${tables.length}`);
  const measured = tables.map((f) => ({ lang: f.slice(0, -3), ...sizes(readFileSync(`dist/cdn/locales/${f}`)) }));
  const largest = measured.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  rows.push({ what: `dist/cdn/locales/<lang>.js, largest (${largest.lang}) of ${tables.length}`, min: largest.min, gzip: largest.gzip, brotli: largest.brotli });
  const over = measured.filter((m) => m.gzip > LANGUAGE_BUDGET);
  assert(!over.length, `over the budget: ${over.map((m) => `${m.lang} ${kB(m.gzip)}`).join(', ')}`);
  return `largest ${largest.lang} ${kB(largest.gzip)}`;
});

console.log('\n| what | minified | gzip | brotli |\n| --- | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.what} | ${kB(r.min)} | ${kB(r.gzip)} | ${kB(r.brotli)} |`);
console.log('');

// What a page with only badges downloads, module by module (issue 17: what stands between it and 14 kB).
if (existsSync('dist/cdn/rc-score-badge.js')) {
  const byModule = new Map();
  for (const file of staticClosure(pages['a page with only badges'])) {
    for (const { module, gzip } of gzipByModule(`dist/cdn/${file}`)) byModule.set(module, (byModule.get(module) ?? 0) + gzip);
  }
  const shown = [...byModule].sort((a, b) => b[1] - a[1]);
  console.log('A page with only badges, by module (gzip bytes each adds: the page compressed without it):\n');
  console.log('| module | gzip |\n| --- | ---: |');
  for (const [module, gzip] of shown) console.log(`| ${module} | ${gzip} B |`);
  console.log('');
}
mkdirSync('.cache/test', { recursive: true });
writeFileSync('.cache/test/size.json', JSON.stringify(rows, null, 2) + '\n');
checks.finish();
